//! The statistics report laid out: printable HTML with SVG charts, and CSV. What the figures
//! count, and for whom, is decided in `domain::statistics`; this only draws them.

use askama::Template;
use domain::statistics::{Counts, Figures, Report, Scope};

/// A horizontal bar chart, measured here so the template only draws.
pub struct BarChart {
    pub title: String,
    pub height: u32,
    pub bars: Vec<Bar>,
}

pub struct Bar {
    pub label: String,
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

fn counts(c: &Counts) -> Vec<(String, u64)> {
    c.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

/// One row of the figures table.
pub struct Row {
    pub label: &'static str,
    pub value: String,
}

fn hours(h: Option<f64>) -> String {
    h.map_or_else(|| "—".into(), |h| format!("{h:.1} h"))
}

pub fn rows(f: &Figures) -> Vec<Row> {
    let n = |v: u64| v.to_string();
    vec![
        Row {
            label: "Intelligence contributed",
            value: n(f.contributed),
        },
        Row {
            label: "Intelligence received",
            value: n(f.received),
        },
        Row {
            label: "Sightings",
            value: n(f.sightings),
        },
        Row {
            label: "Correlated with another member",
            value: n(f.correlated),
        },
        Row {
            label: "RFIs sent",
            value: n(f.rfis_sent),
        },
        Row {
            label: "RFIs answered",
            value: n(f.rfis_answered),
        },
        Row {
            label: "Median RFI response",
            value: hours(f.rfi_median_response_hours),
        },
        Row {
            label: "Hit/no-hit questions",
            value: n(f.hit_questions),
        },
        Row {
            label: "Hits",
            value: n(f.hits),
        },
        Row {
            label: "Release requests granted",
            value: n(f.release_requests_granted),
        },
        Row {
            label: "Outcomes",
            value: n(f.outcomes),
        },
        Row {
            label: "Meetings",
            value: n(f.meetings),
        },
    ]
}

/// The report's body, shared by the printable document and the web page.
#[derive(Template)]
#[template(path = "statistics_body.html")]
pub struct Body<'a> {
    pub report: &'a Report,
    pub scope_note: String,
    pub totals: Vec<Row>,
    pub charts: Vec<BarChart>,
    pub members: Vec<(String, Vec<Row>)>,
    pub growth: BarChart,
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct Printable<'a> {
    title: String,
    body: Body<'a>,
}

pub fn body(report: &Report) -> Body<'_> {
    let t = &report.totals;
    let scope_note = match &report.scope {
        Scope::Viewer { member } => format!(
            "Totals cover the whole center. The figures by member count only intelligence released to {member}."
        ),
        Scope::Published { id, by } => format!(
            "Published report {id}, published by {by}: the figures by member count all intelligence."
        ),
    };
    let per_member = |f: fn(&Figures) -> u64| {
        report
            .by_member
            .iter()
            .map(|m| (m.member.clone(), f(&m.figures)))
            .collect::<Vec<_>>()
    };
    let charts = vec![
        bar_chart(
            "Intelligence contributed by type",
            counts(&t.contributed_by_type),
            false,
        ),
        bar_chart(
            "Intelligence contributed by TLP",
            counts(&t.contributed_by_tlp),
            true,
        ),
        bar_chart(
            "Contributed by member",
            per_member(|f| f.contributed),
            false,
        ),
        bar_chart("Received by member", per_member(|f| f.received), false),
        bar_chart("Outcomes by kind", counts(&t.outcomes_by_kind), false),
    ];
    let growth = bar_chart(
        "Members at the end of each month",
        report
            .members_over_time
            .iter()
            .map(|m| (m.month.clone(), m.members))
            .collect(),
        false,
    );
    Body {
        report,
        scope_note,
        totals: rows(t),
        charts,
        members: report
            .by_member
            .iter()
            .map(|m| {
                (
                    format!("{} ({})", m.display_name, m.member),
                    rows(&m.figures),
                )
            })
            .collect(),
        growth,
    }
}

/// The report as one printable HTML document (print it to PDF from the browser).
pub fn html(report: &Report) -> Result<String, askama::Error> {
    Printable {
        title: format!(
            "{} — statistics {} to {}",
            report.center, report.from, report.to
        ),
        body: body(report),
    }
    .render()
}

/// The report as CSV: one line per figure, `scope,member,figure,key,value`.
pub fn csv(report: &Report) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["scope", "member", "figure", "key", "value"])?;
    let mut figures = |scope: &str, member: &str, f: &Figures| -> Result<(), csv::Error> {
        for r in rows(f) {
            w.write_record([scope, member, r.label, "", r.value.trim_end_matches(" h")])?;
        }
        for (name, c) in [
            ("contributed by type", &f.contributed_by_type),
            ("contributed by TLP", &f.contributed_by_tlp),
            ("received by type", &f.received_by_type),
            ("received by TLP", &f.received_by_tlp),
            ("outcomes by kind", &f.outcomes_by_kind),
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
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
