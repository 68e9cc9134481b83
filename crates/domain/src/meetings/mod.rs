//! Meetings of the members: convened by the presidency (or the secretariat for it), with an
//! ordered agenda, attendance, Markdown minutes, decisions (with or without a vote) and action
//! items that someone follows up.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::error::Refusals;
use crate::exchange::NewNotification;
use crate::governance::NewBallot;
use crate::service::{Authority, Center};
use crate::votes::{Outcome, VotingRule};
use crate::{Actor, Error, MemberId, Result};
use serde_json::json;
impl Center {
    /// Meetings are the presidency's business: the secretariat (or an administrator, or the
    /// console) acts for it, and so does any user of the member holding the presidency now.
    pub(crate) async fn check_presidency(&self, by: &Authority<'_>) -> Result<()> {
        if let Authority::Administrator(a) = by
            && a.reader().active
            && self
                .current_presidency()
                .await?
                .is_some_and(|t| t.member == a.member.id)
        {
            return Ok(());
        }
        by.check_secretariat().map_err(|_| {
            Error::Forbidden(
                "meetings are convened and kept by the presidency and the secretariat".into(),
            )
        })
    }

    /// Whether the actor convenes and keeps meetings (the presidency's users, the secretariat,
    /// administrators): pages offer the meeting forms by it, as the use-cases refuse by it.
    pub async fn keeps_meetings(&self, actor: &Actor) -> Result<bool> {
        match self
            .check_presidency(&Authority::Administrator(actor))
            .await
        {
            Ok(()) => Ok(true),
            Err(Error::Forbidden(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Refuses, in the use-cases' words, an actor that does not keep meetings: a meeting form
    /// posted by someone it was not offered to is refused before its fields are read, so that
    /// the answer does not depend on what was typed.
    pub async fn check_keeps_meetings(&self, actor: &Actor) -> Result<()> {
        self.check_presidency(&Authority::Administrator(actor))
            .await
    }

    /// Convenes a meeting and invites every member.
    #[allow(clippy::too_many_arguments)]
    pub async fn convene(
        &self,
        by: Authority<'_>,
        title: &str,
        kind: MeetingKind,
        starts_at: i64,
        ends_at: i64,
        time_zone: &str,
        venue: &str,
    ) -> Result<Meeting> {
        self.check_presidency(&by).await?;
        let mut refused = Refusals::new();
        refused.check(
            !title.trim().is_empty(),
            "title",
            "required",
            "a meeting needs a title",
        );
        refused.check(
            ends_at > starts_at,
            "ends",
            "before-start",
            "a meeting ends after it starts",
        );
        refused.check(
            is_zone_name(time_zone),
            "time_zone",
            "unknown-zone",
            &format!("'{time_zone}' is not a time zone name such as Europe/Brussels or UTC"),
        );
        refused.done()?;
        let convened_by = match &by {
            Authority::Administrator(a) => a.member.id,
            Authority::Console => self.info().secretariat,
        };
        let m = self
            .store()
            .insert_meeting(NewMeeting {
                title: title.trim().into(),
                kind,
                starts_at,
                ends_at,
                time_zone: time_zone.into(),
                venue: venue.trim().into(),
                convened_by,
                convened_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.convene",
            &m.id.to_string(),
            json!({"title": m.title, "kind": kind.as_str(), "starts_at": starts_at}),
        )
        .await?;
        self.notify_active_members(
            "meeting",
            m.convened_at,
            json!({"meeting": m.id, "title": m.title, "kind": kind.as_str(), "starts": stix::timestamp::taxii_timestamp(starts_at), "venue": m.venue}),
        )
        .await?;
        Ok(m)
    }

    pub async fn meetings(&self) -> Result<Vec<Meeting>> {
        self.store().meetings().await
    }

    pub async fn meeting(&self, id: i64) -> Result<MeetingRecord> {
        self.store()
            .meeting(id)
            .await?
            .ok_or(Error::NotFound("meeting"))
    }

    /// Adds an agenda item at the end (or at `position`, moving later items down).
    pub async fn add_agenda_item(
        &self,
        by: Authority<'_>,
        meeting: i64,
        title: &str,
        notes: &str,
        link: Option<AgendaLink>,
    ) -> Result<AgendaItem> {
        let link = match link {
            Some(AgendaLink::Object(id)) => Some(AgendaLink::Object(stix::id::canonical_id(&id))),
            other => other,
        };
        self.check_presidency(&by).await?;
        let m = self.meeting(meeting).await?;
        if title.trim().is_empty() {
            return Err(Error::field(
                "title",
                "required",
                "an agenda item needs a title",
            ));
        }
        match &link {
            Some(AgendaLink::Object(id)) => {
                stix::id::parse_id(id).map_err(Error::invalid)?;
            }
            Some(AgendaLink::Application(id)) => {
                if !self.applications().await?.iter().any(|a| a.id == *id) {
                    return Err(Error::NotFound("application"));
                }
            }
            Some(AgendaLink::Vote(id)) => {
                self.ballot(*id).await?;
            }
            Some(AgendaLink::Rfi(id)) => {
                if self.store().rfi(*id).await?.is_none() {
                    return Err(Error::NotFound("RFI"));
                }
            }
            Some(AgendaLink::Report(id)) => {
                if self.store().report(*id).await?.is_none() {
                    return Err(Error::NotFound("published report"));
                }
            }
            Some(AgendaLink::Joint(id)) => {
                if self.store().joint(*id).await?.is_none() {
                    return Err(Error::NotFound("joint operation"));
                }
            }
            Some(AgendaLink::Statistics) | None => {}
        }
        self.append_agenda_item(
            AuditActor::authority(&by),
            &m,
            title.trim(),
            notes,
            link.as_ref(),
        )
        .await
    }

    /// Puts a checked item at the end of the agenda, records it and tells the members.
    pub(crate) async fn append_agenda_item(
        &self,
        who: AuditActor,
        m: &MeetingRecord,
        title: &str,
        notes: &str,
        link: Option<&AgendaLink>,
    ) -> Result<AgendaItem> {
        let meeting = m.meeting.id;
        let position = m.agenda.iter().map(|i| i.position).max().unwrap_or(0) + 1;
        let item = self
            .store()
            .insert_agenda_item(meeting, position, title, notes, link)
            .await?;
        self.record(
            who,
            "meeting.agenda",
            &meeting.to_string(),
            json!({"item": item.id, "title": item.title}),
        )
        .await?;
        // The title only: what the item links to is shown to each member as it may see it.
        self.meeting_changed(&m.meeting, "agenda", &item.title)
            .await?;
        Ok(item)
    }

    /// The agenda as `actor` may see it: links to intelligence it cannot see are withheld, as
    /// is everything of a meeting for a member that is not active.
    pub async fn agenda_for(&self, actor: &Actor, meeting: i64) -> Result<Vec<ShownItem>> {
        if !actor.reader().active {
            return Err(Error::NotFound("meeting"));
        }
        let m = self.meeting(meeting).await?;
        let mut out = Vec::new();
        for item in m.agenda {
            let mut joint = None;
            let (linked, withheld) = match &item.link {
                Some(AgendaLink::Object(id)) => {
                    match self
                        .readable_latest(actor, vec![id.clone()], None)
                        .await?
                        .first()
                    {
                        Some(o) => {
                            let name = o
                                .body
                                .as_deref()
                                .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
                                .and_then(|v| {
                                    v.get("name").and_then(|n| n.as_str()).map(str::to_string)
                                })
                                .unwrap_or_else(|| o.object_type.clone());
                            (Some(name), false)
                        }
                        None => (None, true),
                    }
                }
                Some(AgendaLink::Rfi(id)) => match self.rfi(actor, *id).await {
                    Ok(v) => (Some(v.rfi.question), false),
                    Err(_) => (None, true),
                },
                Some(AgendaLink::Report(id)) => {
                    (self.store().report(*id).await?.map(|r| r.title), false)
                }
                // Votes and applications are every member's business: named for everyone.
                Some(AgendaLink::Vote(id)) => (self.ballot(*id).await.ok().map(|b| b.title), false),
                Some(AgendaLink::Application(id)) => {
                    let applicant = self
                        .applications()
                        .await?
                        .into_iter()
                        .find(|a| a.id == *id)
                        .map(|a| a.member);
                    let names = self.member_names().await?;
                    (applicant.and_then(|m| names.get(&m).cloned()), false)
                }
                Some(AgendaLink::Joint(id)) => match self.store().joint(*id).await? {
                    Some(j) => {
                        joint = Some(crate::joint::model::JointSummary::of(&j));
                        let title = j.readable_by(actor.member.id).then_some(j.title);
                        (title, false)
                    }
                    None => (None, false),
                },
                _ => (None, false),
            };
            let mut item = item;
            if withheld {
                // The id itself is not shown to someone who may not see the object.
                item.link = None;
            }
            out.push(ShownItem {
                item,
                linked,
                withheld,
                joint,
            });
        }
        Ok(out)
    }

    /// Records which members attended, and who for them.
    pub async fn record_attendance(
        &self,
        by: Authority<'_>,
        meeting: i64,
        member: &str,
        present: bool,
        delegates: &str,
    ) -> Result<()> {
        self.check_presidency(&by).await?;
        self.meeting(meeting).await?;
        let m = self.member_by_name(member).await?;
        self.store()
            .set_attendance(
                meeting,
                Attendance {
                    member: m.id,
                    delegates: delegates.trim().into(),
                    present,
                },
            )
            .await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.attendance",
            &meeting.to_string(),
            json!({"member": member, "present": present}),
        )
        .await
    }

    pub async fn set_minutes(&self, by: Authority<'_>, meeting: i64, markdown: &str) -> Result<()> {
        self.check_presidency(&by).await?;
        let m = self.meeting(meeting).await?;
        self.store().set_minutes(meeting, markdown).await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.minutes",
            &meeting.to_string(),
            json!({"length": markdown.len()}),
        )
        .await?;
        self.meeting_changed(&m.meeting, "minutes", "").await
    }

    /// Tells every active member that a meeting changed (`agenda`, `minutes`, `decision`).
    async fn meeting_changed(&self, m: &Meeting, change: &str, title: &str) -> Result<()> {
        self.notify_active_members(
            "meeting",
            self.now(),
            json!({"meeting": m.id, "title": m.title, "change": change, "item": title}),
        )
        .await
    }

    /// Records a decision: adopted at once, or put to a vote of the members (the decision rule
    /// unless another is given) that closes like any vote.
    pub async fn decide(
        &self,
        by: Authority<'_>,
        meeting: i64,
        agenda_item: Option<i64>,
        text: &str,
        by_vote: Option<VotingRule>,
        days: i64,
    ) -> Result<Decision> {
        self.check_presidency(&by).await?;
        let m = self.meeting(meeting).await?;
        if text.trim().is_empty() {
            return Err(Error::field(
                "text",
                "required",
                "a decision needs its text",
            ));
        }
        if let Some(i) = agenda_item
            && !m.agenda.iter().any(|a| a.id == i)
        {
            return Err(Error::NotFound("agenda item"));
        }
        let now = self.now();
        let ballot = match by_vote {
            None => None,
            Some(rule) => {
                rule.check().map_err(Error::invalid)?;
                let eligible = self.voters().await?;
                let b = self
                    .store()
                    .insert_ballot(NewBallot {
                        subject: format!("decision:{meeting}"),
                        title: text.trim().into(),
                        rule,
                        eligible,
                        opened_at: now,
                        deadline: now + days.clamp(1, 365) * 86_400 * 1_000_000,
                    })
                    .await?;
                Some(b.id)
            }
        };
        let d = self
            .store()
            .insert_decision(
                meeting,
                agenda_item,
                text.trim(),
                ballot,
                now,
                ballot.is_none().then_some(Outcome::Adopted),
            )
            .await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.decision",
            &meeting.to_string(),
            json!({"decision": d.id, "vote": ballot}),
        )
        .await?;
        // A decision put to the vote is not decided yet: members are told it awaits their vote.
        let change = if ballot.is_some() {
            "decision-to-vote"
        } else {
            "decision"
        };
        self.meeting_changed(&m.meeting, change, &d.text).await?;
        Ok(d)
    }

    /// Assigns an action item to a member, due on a date.
    pub async fn add_action(
        &self,
        by: Authority<'_>,
        meeting: i64,
        decision: Option<i64>,
        title: &str,
        assignee: &str,
        due_at: i64,
    ) -> Result<ActionItem> {
        self.check_presidency(&by).await?;
        self.meeting(meeting).await?;
        let mut refused = Refusals::new();
        refused.check(
            !title.trim().is_empty(),
            "title",
            "required",
            "an action item needs a title",
        );
        let m = match self.member_by_name(assignee).await {
            Ok(m) => Some(m),
            Err(Error::NotFound(_)) => {
                refused.check(
                    false,
                    "assignee",
                    "unknown-member",
                    &format!("no member is named '{assignee}'; the member list gives the names"),
                );
                None
            }
            Err(e) => return Err(e),
        };
        refused.done()?;
        let m = m.ok_or(Error::NotFound("member"))?;
        let a = self
            .store()
            .insert_action(meeting, decision, title.trim(), m.id, due_at)
            .await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.action",
            &meeting.to_string(),
            json!({"action": a.id, "assignee": assignee, "due_at": due_at}),
        )
        .await?;
        self.store()
            .notify(vec![NewNotification {
                member: m.id,
                at: self.now(),
                kind: "action_item".into(),
                payload: json!({"action": a.id, "meeting": meeting, "title": a.title, "due": stix::timestamp::taxii_timestamp(due_at)}).to_string(),
            }])
            .await?;
        Ok(a)
    }

    /// Closes an action item: the presidency and secretariat, or a user of the assignee.
    pub async fn close_action(
        &self,
        by: Authority<'_>,
        action: i64,
        status: ActionStatus,
    ) -> Result<()> {
        let a = self
            .store()
            .action(action)
            .await?
            .ok_or(Error::NotFound("action item"))?;
        match &by {
            Authority::Administrator(x) if a.closable_by_assignee(x) => {}
            _ => self.check_presidency(&by).await?,
        }
        if status == ActionStatus::Open {
            return Err(Error::invalid(
                "an action item is closed as done or cancelled",
            ));
        }
        if a.status != ActionStatus::Open {
            return Err(Error::Conflict(format!(
                "this action item is {} already",
                a.status.as_str()
            )));
        }
        self.store()
            .set_action_status(action, status, self.now())
            .await?;
        self.record(
            AuditActor::authority(&by),
            "meeting.action_closed",
            &action.to_string(),
            json!({"status": status.as_str()}),
        )
        .await
    }

    /// Action items, open ones first; `overdue` tells which are late now.
    pub async fn actions(&self, assignee: Option<MemberId>) -> Result<Vec<ActionItem>> {
        let mut all = self.store().actions(assignee).await?;
        all.sort_by_key(|a| (a.status != ActionStatus::Open, a.due_at));
        Ok(all)
    }

    /// Applies a closed vote's outcome to the decision it decides.
    pub(crate) async fn settle_decision(&self, ballot: i64, outcome: Outcome) -> Result<()> {
        self.store().set_decision_outcome(ballot, outcome).await
    }
}
#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn zones_are_checked_against_the_time_zone_database() {
        assert!(is_zone_name("UTC"));
        assert!(is_zone_name("Europe/Brussels"));
        assert!(is_zone_name("America/Argentina/Cordoba"));
        // The right shape is not enough: the zone must exist.
        assert!(!is_zone_name("Mars/Olympus"));
        assert!(!is_zone_name("Europe Brussels"));
        assert!(!is_zone_name(""));
    }

    #[test]
    fn a_meeting_time_reads_in_its_zone_with_summer_time() {
        let winter = stix::timestamp::parse_micros("2026-12-01T09:00:00Z").ok();
        let summer = stix::timestamp::parse_micros("2026-07-01T09:00:00Z").ok();
        let at = |t: Option<i64>, z| t.and_then(|t| local_time(t, z));
        assert_eq!(
            at(winter, "Europe/Brussels").as_deref(),
            Some("2026-12-01 10:00 CET")
        );
        assert_eq!(
            at(summer, "Europe/Brussels").as_deref(),
            Some("2026-07-01 11:00 CEST")
        );
        assert_eq!(at(winter, "UTC").as_deref(), Some("2026-12-01 09:00 UTC"));
        assert_eq!(at(winter, "Mars/Olympus"), None);
    }
}
