//! The statistics report laid out: printable HTML with SVG charts, and CSV. What the figures
//! count, and for whom, is decided in `domain::statistics`; this only draws them.

use askama::Template;
use domain::statistics::{Counts, Figures, Report, Scope};

use crate::i18n::Words;

/// A horizontal bar chart, measured here so the template only draws.
pub struct BarChart {
    pub title: String,
    pub height: u32,
    pub bars: Vec<Bar>,
}

pub struct Bar {
    /// In full, as the bar's title (what a pointer or a screen reader finds).
    pub label: String,
    /// Beside the bar: the label cut to what fits left of it.
    pub text: String,
    pub value: u64,
    pub y: u32,
    pub width: u32,
    pub colour: &'static str,
}

const BAR_AREA: u32 = 360;
const ROW: u32 = 22;

/// Colours with at least 4.5:1 contrast against white, so labels on them stay legible.
const PALETTE: [&str; 4] = ["#1f4e79", "#7a3e00", "#2d6a2d", "#6b2c6b"];

fn tlp_colour(label: &str) -> &'static str {
    match label {
        "TLP:RED" => "#b00020",
        "TLP:AMBER" | "TLP:AMBER+STRICT" => "#8a5a00",
        "TLP:GREEN" => "#1e6b1e",
        _ => "#444444",
    }
}

pub fn bar_chart(title: &str, items: Vec<(String, u64)>, tlp: bool) -> BarChart {
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = items
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let colour = if tlp {
                tlp_colour(&label)
            } else {
                PALETTE.get(i % PALETTE.len()).copied().unwrap_or("#1f4e79")
            };
            Bar {
                y: u32::try_from(i).unwrap_or(0) * ROW + 4,
                width: u32::try_from(value * u64::from(BAR_AREA) / max)
                    .unwrap_or(BAR_AREA)
                    .max(u32::from(value > 0)),
                text: fitted(&label),
                label,
                value,
                colour,
            }
        })
        .collect::<Vec<_>>();
    BarChart {
        title: title.into(),
        height: u32::try_from(bars.len()).unwrap_or(0) * ROW + 8,
        bars,
    }
}

/// Characters of a label that fit left of a bar (185 px at 14 px type).
const LABEL_CHARS: usize = 24;

/// A label as it fits beside its bar: whole, or cut with an ellipsis.
fn fitted(label: &str) -> String {
    match label.char_indices().nth(LABEL_CHARS - 1) {
        Some((at, _)) if label.chars().count() > LABEL_CHARS => {
            format!("{}…", label[..at].trim_end())
        }
        _ => label.to_string(),
    }
}

/// Counts under labels in the reader's words (`kind` names the catalog's word family, e.g.
/// `kind` for STIX types; none keeps the label, e.g. a TLP level).
fn counts(c: &Counts, w: &Words, kind: Option<&str>) -> Vec<(String, u64)> {
    c.iter()
        .map(|(k, v)| (kind.map_or_else(|| k.clone(), |kind| w.word(kind, k)), *v))
        .collect()
}

/// One row of the figures table: a stable code (CSV, JSON), the reader's words, the value.
pub struct Row {
    pub code: &'static str,
    pub label: String,
    /// As machines read it (CSV): plain digits, hours.
    pub value: String,
    /// As the reader reads it.
    pub shown: String,
}

/// A duration as people read it: minutes under an hour, hours under two days, else days.
fn duration(w: &Words, hours: Option<f64>) -> String {
    match hours {
        None => "—".into(),
        Some(h) if h < 1.0 => w.t1("stat-minutes", "n", (h * 60.0).round()),
        Some(h) if h < 48.0 => w.t1("stat-hours", "n", (h * 10.0).round() / 10.0),
        Some(h) => w.t1("stat-days", "n", (h / 2.4).round() / 10.0),
    }
}

pub fn rows(f: &Figures, w: &Words) -> Vec<Row> {
    let n = |code: &'static str, v: u64| Row {
        code,
        label: w.t(&format!("stat-{code}")),
        value: v.to_string(),
        shown: w.number(v),
    };
    vec![
        n("contributed", f.contributed),
        n("received", f.received),
        n("sightings", f.sightings),
        n("correlated", f.correlated),
        n("rfis_sent", f.rfis_sent),
        n("rfis_answered", f.rfis_answered),
        Row {
            code: "rfi_median_response_hours",
            label: w.t("stat-rfi_median_response_hours"),
            value: duration(w, f.rfi_median_response_hours),
            shown: duration(w, f.rfi_median_response_hours),
        },
        n("hit_questions", f.hit_questions),
        n("hits", f.hits),
        n("release_requests_granted", f.release_requests_granted),
        n("outcomes", f.outcomes),
        n("meetings", f.meetings),
    ]
}

/// The report's body, shared by the printable document and the web page.
#[derive(Template)]
#[template(path = "statistics_body.html")]
pub struct Body<'a> {
    pub report: &'a Report,
    pub w: Words,
    pub scope_note: askama::filters::Safe<String>,
    pub totals: Vec<Row>,
    pub charts: Vec<BarChart>,
    pub members: Vec<(String, Vec<Row>)>,
    pub growth: BarChart,
    pub groups: Vec<GroupRow>,
    pub achievements: Vec<AchievementRow>,
    /// The joint operations' figures, then a line per operation, in the reader's words.
    pub joint_totals: Vec<Row>,
    pub joint_lines: Vec<askama::filters::Safe<String>>,
}

/// A top group as the report lists it, in the reader's words.
pub struct GroupRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub shown: String,
}

/// An achievement as the report lists it, in the reader's words.
pub struct AchievementRow {
    pub heading: askama::filters::Safe<String>,
    pub description: String,
    /// Object id, name, kind in the reader's words.
    pub objects: Vec<(String, String, String)>,
    pub contributors: String,
    /// Said when some linked intelligence was not released to every member.
    pub withheld: Option<String>,
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct Printable<'a> {
    title: String,
    w: Words,
    body: Body<'a>,
}

pub fn body(report: &Report, w: Words) -> Body<'_> {
    let t = &report.totals;
    let scope_note = match &report.scope {
        Scope::Viewer { member } => w.bdi1("stat-scope-viewer", "member", member),
        Scope::Published { id, by } => w.bdi2("stat-scope-published", "id", id, "by", by),
    };
    let per_member = |f: fn(&Figures) -> u64| {
        report
            .by_member
            .iter()
            .map(|m| (m.display_name.clone(), f(&m.figures)))
            .collect::<Vec<_>>()
    };
    let charts = vec![
        bar_chart(
            &w.t("stat-chart-trend"),
            report
                .intelligence_over_time
                .iter()
                .map(|m| (m.month.clone(), m.objects))
                .collect(),
            false,
        ),
        bar_chart(
            &w.t("stat-chart-by-type"),
            counts(&t.contributed_by_type, &w, Some("kind")),
            false,
        ),
        bar_chart(
            &w.t("stat-chart-by-tlp"),
            counts(&t.contributed_by_tlp, &w, None),
            true,
        ),
        bar_chart(
            &w.t("stat-chart-contributed-by-member"),
            per_member(|f| f.contributed),
            false,
        ),
        bar_chart(
            &w.t("stat-chart-received-by-member"),
            per_member(|f| f.received),
            false,
        ),
        bar_chart(
            &w.t("stat-chart-outcomes"),
            counts(&t.outcomes_by_kind, &w, Some("outcome-kind")),
            false,
        ),
    ];
    let growth = bar_chart(
        &w.t("stat-chart-members"),
        report
            .members_over_time
            .iter()
            .map(|m| (m.month.clone(), m.members))
            .collect(),
        false,
    );
    let j = &report.joint_operations;
    let count = |code: &'static str, v: u64| Row {
        code,
        label: w.t(&format!("stat-{code}")),
        value: v.to_string(),
        shown: w.number(v),
    };
    let joint_totals = vec![
        count("joint_opened", j.opened),
        count("joint_concluded", j.concluded),
        count("joint_active", j.active),
        count("joint_outcomes", j.outcomes),
    ];
    let joint_lines = j
        .operations
        .iter()
        .map(|o| {
            use crate::i18n::Part;
            let opened = o.opened_at.get(..10).unwrap_or(&o.opened_at).to_string();
            w.html(
                "stat-joint-line",
                &[
                    ("id", Part::Count(o.id)),
                    ("status", Part::Name(w.word("joint-status", &o.status))),
                    ("opened", Part::Name(opened)),
                    ("members", Part::Count(o.participants as i64)),
                    ("outcomes", Part::Count(o.outcomes as i64)),
                ],
            )
        })
        .collect();
    Body {
        joint_totals,
        joint_lines,
        report,
        w,
        scope_note,
        totals: rows(t, &w),
        charts,
        members: report
            .by_member
            .iter()
            .map(|m| {
                (
                    format!("{} ({})", m.display_name, m.member),
                    rows(&m.figures, &w),
                )
            })
            .collect(),
        growth,
        groups: report
            .top_groups
            .iter()
            .map(|g| GroupRow {
                id: g.id.clone(),
                name: g.name.clone(),
                kind: w.word("kind", &g.kind),
                shown: w.number(g.objects),
            })
            .collect(),
        achievements: report
            .achievements
            .iter()
            .map(|a| AchievementRow {
                heading: w.bdi3(
                    "stat-achievement",
                    "kind",
                    w.word("outcome-kind", &a.kind),
                    "date",
                    a.occurred_at.get(..10).unwrap_or(&a.occurred_at),
                    "member",
                    &a.member,
                ),
                description: a.description.clone(),
                objects: a
                    .objects
                    .iter()
                    .map(|o| (o.id.clone(), o.name.clone(), w.word("kind", &o.kind)))
                    .collect(),
                contributors: a.contributors.join(", "),
                withheld: (a.withheld > 0)
                    .then(|| w.t1("stat-achievement-withheld", "n", a.withheld)),
            })
            .collect(),
    }
}

/// The report as one printable HTML document (print it to PDF from the browser), in the
/// reader's words.
pub fn html(report: &Report, w: Words) -> Result<String, askama::Error> {
    Printable {
        title: w.t1("stat-printable-title", "center", report.center.clone()),
        w,
        body: body(report, w),
    }
    .render()
}

/// The report as CSV: one line per figure, `scope,member,figure,key,value`, figures and keys
/// by their stable codes (as in the JSON), durations in hours, for the machines that read it.
pub fn csv(report: &Report) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["scope", "member", "figure", "key", "value"])?;
    let mut figures = |scope: &str, member: &str, f: &Figures| -> Result<(), csv::Error> {
        for r in rows(f, &Words::default()) {
            let value = if r.code == "rfi_median_response_hours" {
                f.rfi_median_response_hours
                    .map(|h| format!("{h:.1}"))
                    .unwrap_or_default()
            } else {
                r.value
            };
            w.write_record([scope, member, r.code, "", &value])?;
        }
        for (name, c) in [
            ("contributed_by_type", &f.contributed_by_type),
            ("contributed_by_tlp", &f.contributed_by_tlp),
            ("received_by_type", &f.received_by_type),
            ("received_by_tlp", &f.received_by_tlp),
            ("outcomes_by_kind", &f.outcomes_by_kind),
        ] {
            for (k, v) in c {
                w.write_record([scope, member, name, k, &v.to_string()])?;
            }
        }
        Ok(())
    };
    figures("center", "", &report.totals)?;
    for m in &report.by_member {
        figures("member", &m.member, &m.figures)?;
    }
    for m in &report.members_over_time {
        w.write_record(["center", "", "members", &m.month, &m.members.to_string()])?;
        w.write_record([
            "center",
            "",
            "observers",
            &m.month,
            &m.observers.to_string(),
        ])?;
    }
    for g in &report.top_groups {
        w.write_record(["center", "", "top_group", &g.id, &g.objects.to_string()])?;
    }
    for m in &report.intelligence_over_time {
        w.write_record([
            "center",
            "",
            "intelligence",
            &m.month,
            &m.objects.to_string(),
        ])?;
    }
    let j = &report.joint_operations;
    for (code, n) in [
        ("joint_opened", j.opened),
        ("joint_concluded", j.concluded),
        ("joint_active", j.active),
        ("joint_outcomes", j.outcomes),
    ] {
        w.write_record(["center", "", code, "", &n.to_string()])?;
    }
    for o in &j.operations {
        let key = o.id.to_string();
        w.write_record(["joint", "", "status", &key, &o.status])?;
        w.write_record([
            "joint",
            "",
            "participants",
            &key,
            &o.participants.to_string(),
        ])?;
        w.write_record(["joint", "", "outcomes", &key, &o.outcomes.to_string()])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
