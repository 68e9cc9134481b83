//! Meetings: convening, the agenda, attendance, minutes, decisions and action items.

use super::*;

#[derive(Subcommand)]
pub(crate) enum MeetingCmd {
    /// List meetings.
    List,
    /// Convene a meeting; every member is invited.
    Convene {
        #[arg(long)]
        title: String,
        /// Start, e.g. 2026-12-01T09:00:00Z.
        #[arg(long)]
        starts: String,
        #[arg(long)]
        ends: String,
        /// An IANA time zone name, e.g. Europe/Brussels.
        #[arg(long, default_value = "UTC")]
        time_zone: String,
        #[arg(long, default_value = "")]
        venue: String,
        #[arg(long)]
        extraordinary: bool,
    },
    /// Show a meeting: agenda, attendance, decisions and action items.
    Show { id: i64 },
    /// Add an agenda item, optionally linked to intelligence, an RFI, an application, a vote or
    /// a published statistics report.
    Agenda {
        id: i64,
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        notes: String,
        #[arg(long, group = "link")]
        object: Option<String>,
        #[arg(long, group = "link")]
        rfi: Option<i64>,
        #[arg(long, group = "link")]
        application: Option<i64>,
        #[arg(long, group = "link")]
        vote: Option<i64>,
        #[arg(long, group = "link")]
        report: Option<i64>,
        /// A joint operation, by its number: members see that it exists and how it stands,
        /// its participants also its title.
        #[arg(long, group = "link")]
        joint: Option<i64>,
    },
    /// Record a member's attendance.
    Attendance {
        id: i64,
        member: String,
        /// Absent instead of present.
        #[arg(long)]
        absent: bool,
        #[arg(long, default_value = "")]
        delegates: String,
    },
    /// Set the minutes from a Markdown file.
    Minutes { id: i64, file: PathBuf },
    /// Record a decision, taken at once or (with --vote) by a vote of the members.
    Decide {
        id: i64,
        text: String,
        #[arg(long)]
        agenda_item: Option<i64>,
        /// Put it to a vote under this rule.
        #[arg(long, value_parser = ["unanimity", "two-thirds", "qualified"])]
        vote: Option<String>,
        #[arg(long, default_value_t = 14)]
        days: i64,
    },
    /// Add an action item for a member.
    Action {
        id: i64,
        #[arg(long)]
        title: String,
        #[arg(long)]
        assignee: String,
        /// Due date, e.g. 2027-01-15T00:00:00Z.
        #[arg(long)]
        due: String,
        #[arg(long)]
        decision: Option<i64>,
    },
    /// Write the meeting pack as printable HTML and/or iCalendar.
    Pack {
        id: i64,
        #[arg(long)]
        html: Option<PathBuf>,
        #[arg(long)]
        ics: Option<PathBuf>,
        /// The printable pack's language: en, fr, ar, fa or ru.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

pub(crate) async fn meeting(s: &Settings, cmd: MeetingCmd) -> Result<()> {
    use domain::meetings::{AgendaLink, MeetingKind, ShownItem};
    let center = open_center(s).await?;
    let names = center.member_names().await?;
    let name = |id: &domain::MemberId| names.get(id).cloned().unwrap_or_default();
    match cmd {
        MeetingCmd::List => {
            for m in center.meetings().await? {
                println!(
                    "{}\t{}\t{}\t{} to {}\t{}\t{}",
                    m.id,
                    m.title,
                    m.kind.as_str(),
                    taxii_timestamp(m.starts_at),
                    taxii_timestamp(m.ends_at),
                    m.time_zone,
                    m.venue
                );
            }
        }
        MeetingCmd::Convene {
            title,
            starts,
            ends,
            time_zone,
            venue,
            extraordinary,
        } => {
            let kind = if extraordinary {
                MeetingKind::Extraordinary
            } else {
                MeetingKind::Regular
            };
            let m = center
                .convene(
                    Authority::Console,
                    &title,
                    kind,
                    time_arg("starts", &starts)?,
                    time_arg("ends", &ends)?,
                    &time_zone,
                    &venue,
                )
                .await?;
            println!(
                "Convened meeting {}: {}; every member is invited",
                m.id, m.title
            );
        }
        MeetingCmd::Show { id } => {
            let r = center.meeting(id).await?;
            let m = &r.meeting;
            println!(
                "{}: {} ({} meeting), {} to {} ({}), {}",
                m.id,
                m.title,
                m.kind.as_str(),
                taxii_timestamp(m.starts_at),
                taxii_timestamp(m.ends_at),
                m.time_zone,
                m.venue
            );
            println!("Agenda:");
            for i in &r.agenda {
                let link = i
                    .link
                    .as_ref()
                    .map(|l| format!(" [{}]", serde_json::to_string(l).unwrap_or_default()))
                    .unwrap_or_default();
                println!("  {}. {}{link}", i.position, i.title);
            }
            println!("Attendance:");
            for a in &r.attendance {
                println!(
                    "  {}\t{}\t{}",
                    name(&a.member),
                    if a.present { "present" } else { "absent" },
                    a.delegates
                );
            }
            println!("Decisions:");
            for d in &r.decisions {
                println!(
                    "  {}\t{}\t{}",
                    d.id,
                    d.text,
                    d.outcome.map_or("vote open", |o| o.as_str())
                );
            }
            println!("Action items:");
            let now = center.now();
            for a in &r.actions {
                println!(
                    "  {}\t{}\t{}\tdue {}\t{}{}",
                    a.id,
                    a.title,
                    name(&a.assignee),
                    taxii_timestamp(a.due_at),
                    a.status.as_str(),
                    if a.overdue(now) { "\tOVERDUE" } else { "" }
                );
            }
        }
        MeetingCmd::Agenda {
            id,
            title,
            notes,
            object,
            rfi,
            application,
            vote,
            report,
            joint,
        } => {
            let link = object
                .map(AgendaLink::Object)
                .or(rfi.map(AgendaLink::Rfi))
                .or(application.map(AgendaLink::Application))
                .or(vote.map(AgendaLink::Vote))
                .or(report.map(AgendaLink::Report))
                .or(joint.map(AgendaLink::Joint));
            let item = center
                .add_agenda_item(Authority::Console, id, &title, &notes, link)
                .await?;
            println!(
                "Agenda item {} of meeting {id}: {}",
                item.position, item.title
            );
        }
        MeetingCmd::Attendance {
            id,
            member,
            absent,
            delegates,
        } => {
            center
                .record_attendance(Authority::Console, id, &member, !absent, &delegates)
                .await?;
            println!(
                "{member} {} meeting {id}",
                if absent {
                    "was absent from"
                } else {
                    "attended"
                }
            );
        }
        MeetingCmd::Minutes { id, file } => {
            let md = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            center.set_minutes(Authority::Console, id, &md).await?;
            println!("Minutes of meeting {id} set from {}", file.display());
        }
        MeetingCmd::Decide {
            id,
            text,
            agenda_item,
            vote,
            days,
        } => {
            let rule = vote
                .as_deref()
                .map(|r| voting_rule(r, domain::votes::Abstention::Neutral, 55, 50));
            let d = center
                .decide(Authority::Console, id, agenda_item, &text, rule, days)
                .await?;
            match d.ballot {
                Some(b) => println!("Decision {} goes to vote {b}", d.id),
                None => println!("Decision {} adopted", d.id),
            }
        }
        MeetingCmd::Action {
            id,
            title,
            assignee,
            due,
            decision,
        } => {
            let a = center
                .add_action(
                    Authority::Console,
                    id,
                    decision,
                    &title,
                    &assignee,
                    time_arg("due", &due)?,
                )
                .await?;
            println!(
                "Action item {} for {assignee}, due {}",
                a.id,
                taxii_timestamp(a.due_at)
            );
        }
        MeetingCmd::Pack {
            id,
            html,
            ics,
            language,
        } => {
            let language = domain::language::Language::choice("language", &language)?
                .unwrap_or(domain::language::Language::En);
            if html.is_none() && ics.is_none() {
                bail!("name a file with --html, --ics or both");
            }
            let r = center.meeting(id).await?;
            if let Some(path) = html {
                // The console is the secretariat: it sees the whole agenda.
                let agenda: Vec<ShownItem> = r
                    .agenda
                    .iter()
                    .map(|i| ShownItem {
                        item: i.clone(),
                        linked: None,
                        withheld: false,
                        joint: None,
                    })
                    .collect();
                let words = server::i18n::Words::new(language);
                let text = server::pack::html(&r, &agenda, &names, center.now(), words)?;
                std::fs::write(&path, text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("Wrote {}", path.display());
            }
            if let Some(path) = ics {
                std::fs::write(&path, server::pack::ics(&r, &center.info().name))
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("Wrote {}", path.display());
            }
        }
    }
    Ok(())
}
