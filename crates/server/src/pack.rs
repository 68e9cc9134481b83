//! The meeting pack: a printable HTML document and an iCalendar file. What a reader may see of
//! the agenda is decided in `domain` (`Center::agenda_for`); this only lays it out.

use std::collections::HashMap;

use askama::Template;
use domain::MemberId;
use domain::meetings::{MeetingRecord, ShownItem};
use icalendar::{Component, EventLike};
use pulldown_cmark::{Event, Parser};

use crate::i18n::Words;
use stix::timestamp::taxii_timestamp;

#[derive(Template)]
#[template(path = "meeting_pack.html")]
struct Pack<'a> {
    w: Words,
    title: &'a str,
    kind: String,
    starts: String,
    ends: String,
    /// The start as the participants read it, when the meeting is not held in UTC.
    local: String,
    venue: &'a str,
    convened_by: String,
    convened_at: String,
    printed: String,
    agenda: Vec<PackItem>,
    attendance: Vec<(String, bool, String)>,
    decisions: Vec<(String, String)>,
    actions: Vec<PackAction>,
    minutes_html: String,
}

struct PackItem {
    title: String,
    notes: String,
    link: Option<String>,
    withheld: bool,
}

struct PackAction {
    title: String,
    assignee: String,
    due: String,
    status: String,
    overdue: bool,
}

/// Markdown to HTML with any raw HTML in it dropped, and links and images only to http(s),
/// mail and this site, so minutes cannot carry markup or script (`javascript:` links).
pub fn markdown(md: &str) -> String {
    use pulldown_cmark::{CowStr, Tag};
    let safe = |url: &CowStr| {
        let u = url.trim().to_ascii_lowercase();
        u.starts_with("https://")
            || u.starts_with("http://")
            || u.starts_with("mailto:")
            || u.starts_with('/')
            || u.starts_with('#')
    };
    let events = Parser::new(md)
        .filter(|e| !matches!(e, Event::Html(_) | Event::InlineHtml(_)))
        .map(|e| match e {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe(&dest_url) => Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::Borrowed("#"),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe(&dest_url) => Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::Borrowed("#"),
                title,
                id,
            }),
            e => e,
        });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

/// The meeting pack as HTML, for `agenda` as the reader may see it.
pub fn html(
    r: &MeetingRecord,
    agenda: &[ShownItem],
    names: &HashMap<MemberId, String>,
    now: i64,
    w: Words,
) -> Result<String, askama::Error> {
    // UTC, in the reader's language and calendar, as the pack says.
    let reading = crate::dates::Reading {
        zone: crate::dates::Zone::default(),
        ..w.reading
    };
    let day = |t: i64| reading.moment(t);
    let name = |m: &MemberId| {
        names
            .get(m)
            .cloned()
            .unwrap_or_else(|| format!("member {}", m.0))
    };
    let m = &r.meeting;
    Pack {
        w,
        title: &m.title,
        kind: w.word("meeting-kind", m.kind.as_str()),
        starts: day(m.starts_at),
        ends: day(m.ends_at),
        local: match domain::meetings::local_time(m.starts_at, &m.time_zone) {
            Some(l) if m.time_zone != "UTC" => format!(
                " {}",
                w.t2(
                    "meeting-local-start",
                    "time",
                    l,
                    "zone",
                    m.time_zone.clone()
                )
            ),
            _ => String::new(),
        },
        venue: &m.venue,
        convened_by: name(&m.convened_by),
        convened_at: day(m.convened_at),
        printed: day(now),
        agenda: agenda
            .iter()
            .map(|s| PackItem {
                title: s.item.title.clone(),
                notes: s.item.notes.clone(),
                link: match (&s.item.link, &s.linked) {
                    (Some(domain::meetings::AgendaLink::Object(id)), Some(n)) => {
                        Some(format!("{n} ({id})"))
                    }
                    (Some(domain::meetings::AgendaLink::Application(_)), Some(n)) => {
                        Some(w.t1("meeting-link-application", "member", n.clone()))
                    }
                    (Some(domain::meetings::AgendaLink::Vote(_)), Some(t)) => {
                        Some(w.t1("meeting-link-vote", "title", t.clone()))
                    }
                    (Some(domain::meetings::AgendaLink::Rfi(id)), Some(q)) => {
                        Some(w.t2("pack-link-rfi", "id", *id, "question", q.clone()))
                    }
                    (Some(domain::meetings::AgendaLink::Statistics), _) => {
                        Some(w.t("meeting-link-statistics"))
                    }
                    (Some(domain::meetings::AgendaLink::Report(_)), Some(title)) => {
                        Some(w.t1("meeting-link-report", "title", title.clone()))
                    }
                    (Some(domain::meetings::AgendaLink::Joint(id)), _) => {
                        Some(w.t1("meeting-link-joint", "id", *id))
                    }
                    _ => None,
                },
                withheld: s.withheld,
            })
            .collect(),
        attendance: r
            .attendance
            .iter()
            .map(|a| (name(&a.member), a.present, a.delegates.clone()))
            .collect(),
        decisions: r
            .decisions
            .iter()
            .map(|d| {
                let state = match (d.ballot, d.outcome) {
                    (None, _) => w.t("meeting-decided"),
                    (Some(_), None) => w.t("pack-vote-open"),
                    (Some(_), Some(o)) => w.t1(
                        "pack-vote-closed",
                        "outcome",
                        w.word("vote-outcome", o.as_str()),
                    ),
                };
                (d.text.clone(), state)
            })
            .collect(),
        actions: r
            .actions
            .iter()
            .map(|a| PackAction {
                title: a.title.clone(),
                assignee: name(&a.assignee),
                due: day(a.due_at),
                status: w.word("action-status", a.status.as_str()),
                overdue: a.overdue(now),
            })
            .collect(),
        minutes_html: markdown(&m.minutes),
    }
    .render()
}

fn ics_time(micros: i64) -> String {
    let t = taxii_timestamp(micros);
    // 2026-01-05T09:00:00.000000Z -> 20260105T090000Z
    let digits: String = t
        .get(..19)
        .unwrap_or(&t)
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    format!("{digits}Z")
}

/// The meeting as an iCalendar file with one event (times in UTC, the zone named).
pub fn ics(r: &MeetingRecord, center: &str) -> String {
    let m = &r.meeting;
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("meeting-{}@{}", m.id, center.replace(' ', "-")))
        .summary(&m.title)
        .location(&m.venue)
        .description(&format!(
            "{} meeting of {center} ({}). Agenda: {}",
            m.kind.as_str(),
            m.time_zone,
            r.agenda
                .iter()
                .map(|i| i.title.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ))
        .add_property("DTSTART", ics_time(m.starts_at))
        .add_property("DTEND", ics_time(m.ends_at))
        .add_property("DTSTAMP", ics_time(m.convened_at));
    let mut cal = icalendar::Calendar::new();
    cal.name(center).push(event.done());
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_drop_raw_html() {
        let h =
            markdown("# Minutes\n\n<script>alert(1)</script>\n\nAgreed *unanimously* <b>x</b>.");
        assert!(h.contains("<h1>Minutes</h1>"), "{h}");
        assert!(h.contains("<em>unanimously</em>"), "{h}");
        assert!(!h.contains("<script") && !h.contains("<b>"), "{h}");
        // Links go to the web, mail or this site, never run script.
        let h = markdown(
            "[a](javascript:alert(1)) [b]( JAVASCRIPT:x) [c](https://e.example) ![d](data:text/html,x)",
        );
        assert!(!h.to_lowercase().contains("javascript"), "{h}");
        assert!(!h.contains("data:"), "{h}");
        assert!(h.contains("href=\"https://e.example\""), "{h}");
    }

    #[test]
    fn ics_times_are_utc_basic_format() {
        assert_eq!(
            ics_time(stix::timestamp::parse_micros("2026-01-05T09:30:00Z").unwrap()),
            "20260105T093000Z"
        );
    }
}
