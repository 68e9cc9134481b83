//! Joint operations: opened by a lead member that invites others; invited members accept or
//! decline; accepted ones share tasks, a timeline, the intelligence concerned and outcomes.
//! Only participants read it; the presidency sees that it exists and how it stands.

pub mod model;
pub use model::*;

use serde_json::json;

use crate::audit::AuditActor;
use crate::error::Refusals;
use crate::exchange::NewNotification;
use crate::operations::model::registers_operations;
use crate::service::Center;
use crate::tracked::model::{OutcomeKind, OutcomeView};
use crate::{Actor, Error, MemberId, Result};

/// A joint operation as one participant reads it.
#[derive(Debug, Clone)]
pub struct JointView {
    pub joint: JointOperation,
    /// The linked objects the reader may see; the others are counted, not named.
    pub links: Vec<String>,
    pub withheld_links: usize,
    pub tasks: Vec<JointTask>,
    pub timeline: Vec<JointEntry>,
    pub outcomes: Vec<OutcomeView>,
}

fn participant(actor: &Actor) -> Result<()> {
    if registers_operations(actor) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "joint operations are run by a member's analysts and liaison officers".into(),
        ))
    }
}

impl Center {
    /// A joint operation the actor's member reads; any other is not found, as one that does
    /// not exist.
    async fn readable_joint(&self, actor: &Actor, id: i64) -> Result<JointOperation> {
        participant(actor)?;
        match self.store().joint(id).await? {
            Some(j) if j.readable_by(actor.member.id) => Ok(j),
            _ => Err(Error::NotFound("joint operation")),
        }
    }

    /// One the actor's member takes part in (accepted), and still active.
    async fn acting_joint(&self, actor: &Actor, id: i64) -> Result<JointOperation> {
        let j = self.readable_joint(actor, id).await?;
        if !j.acting(actor.member.id) {
            return Err(Error::Forbidden(
                "accept the invitation first: only participating members act in a joint operation"
                    .into(),
            ));
        }
        if j.status != JointStatus::Active {
            return Err(Error::Conflict("this joint operation is concluded".into()));
        }
        Ok(j)
    }

    async fn lead_joint(&self, actor: &Actor, id: i64) -> Result<JointOperation> {
        let j = self.acting_joint(actor, id).await?;
        if j.lead != actor.member.id {
            return Err(Error::Forbidden(
                "only the lead member invites members and concludes a joint operation".into(),
            ));
        }
        Ok(j)
    }

    /// Active members by name, refused together when some are not.
    async fn invitees(
        &self,
        refused: &mut Refusals,
        names: &[String],
        lead: MemberId,
    ) -> Result<Vec<MemberId>> {
        let mut out = Vec::new();
        let mut unknown = Vec::new();
        for n in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            match self.store().member_by_name(n).await? {
                Some(m) if m.status.is_active() && m.id != lead => out.push(m.id),
                _ => unknown.push(n.to_string()),
            }
        }
        refused.check(
            unknown.is_empty(),
            "members",
            "unknown-member",
            &format!(
                "invite other active members by their short names; these are not: {}",
                unknown.join(", ")
            ),
        );
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn joint_notices(
        &self,
        j: &JointOperation,
        to: &[MemberId],
        change: &str,
    ) -> Vec<NewNotification> {
        let now = self.now();
        to.iter()
            .map(|m| NewNotification {
                member: *m,
                at: now,
                kind: "joint_operation".into(),
                payload: json!({"joint": j.id, "title": j.title, "change": change}).to_string(),
            })
            .collect()
    }

    /// Opens a joint operation led by the actor's member and invites the members named.
    pub async fn open_joint(
        &self,
        actor: &Actor,
        title: &str,
        objectives: &str,
        invite: &[String],
    ) -> Result<JointOperation> {
        participant(actor)?;
        let mut refused = Refusals::new();
        let (title, objectives) = (title.trim(), objectives.trim());
        refused.check(
            (1..=200).contains(&title.chars().count()),
            "title",
            "required",
            "a joint operation needs a title of up to 200 characters, which only its participants see",
        );
        refused.check(
            objectives.chars().count() <= 10_000,
            "objectives",
            "too-long",
            "objectives are at most 10,000 characters",
        );
        let invited = self.invitees(&mut refused, invite, actor.member.id).await?;
        refused.done()?;
        let j = self
            .store()
            .insert_joint(NewJoint {
                lead: actor.member.id,
                title: title.into(),
                objectives: objectives.into(),
                created_at: self.now(),
                invited: invited.clone(),
            })
            .await?;
        self.store()
            .notify(self.joint_notices(&j, &invited, "invited"))
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.open",
            &j.id.to_string(),
            json!({"invited": invited.iter().map(|m| m.0).collect::<Vec<_>>()}),
        )
        .await?;
        Ok(j)
    }

    /// The joint operations the actor's member is invited to or takes part in, newest first.
    pub async fn joints(&self, actor: &Actor) -> Result<Vec<JointOperation>> {
        participant(actor)?;
        let mut list = self.store().joints_of(actor.member.id).await?;
        list.retain(|j| j.readable_by(actor.member.id));
        Ok(list)
    }

    /// What the presidency and the secretariat see of every joint operation: that it exists
    /// and how it stands, never its title, members or content.
    pub async fn joint_overview(&self, actor: &Actor) -> Result<Vec<JointSummary>> {
        self.check_keeps_meetings(actor).await?;
        let all = self.store().all_joints().await?;
        self.record(
            AuditActor::of(actor),
            "joint.overview",
            "",
            json!({"count": all.len()}),
        )
        .await?;
        Ok(all.iter().map(JointSummary::of).collect())
    }

    /// A joint operation as a participant reads it.
    pub async fn joint(&self, actor: &Actor, id: i64) -> Result<JointView> {
        let mut j = self.readable_joint(actor, id).await?;
        let seen: std::collections::HashSet<String> = self
            .readable_latest(actor, j.links.clone(), None)
            .await?
            .into_iter()
            .map(|o| o.stix_id)
            .collect();
        let links: Vec<String> = j
            .links
            .iter()
            .filter(|l| seen.contains(*l))
            .cloned()
            .collect();
        let withheld_links = j.links.len() - links.len();
        let outcomes = self
            .outcomes(actor)
            .await?
            .into_iter()
            .filter(|o| j.outcomes.contains(&o.outcome.id))
            .collect();
        let tasks = self.store().joint_tasks(id).await?;
        let timeline = self.store().joint_entries(id).await?;
        j.links = links.clone();
        self.record(
            AuditActor::of(actor),
            "joint.read",
            &id.to_string(),
            json!({}),
        )
        .await?;
        Ok(JointView {
            joint: j,
            links,
            withheld_links,
            tasks,
            timeline,
            outcomes,
        })
    }

    /// The lead invites more members.
    pub async fn invite_to_joint(&self, actor: &Actor, id: i64, members: &[String]) -> Result<()> {
        let j = self.lead_joint(actor, id).await?;
        let mut refused = Refusals::new();
        let mut invited = self
            .invitees(&mut refused, members, actor.member.id)
            .await?;
        refused.done()?;
        invited.retain(|m| j.participation(*m).is_none());
        let now = self.now();
        for m in &invited {
            self.store()
                .set_participation(id, *m, Participation::Invited, now)
                .await?;
        }
        self.store()
            .notify(self.joint_notices(&j, &invited, "invited"))
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.invite",
            &id.to_string(),
            json!({"invited": invited.iter().map(|m| m.0).collect::<Vec<_>>()}),
        )
        .await
    }

    /// An invited member accepts or declines; a member that declined no longer reads it.
    pub async fn answer_joint(&self, actor: &Actor, id: i64, accept: bool) -> Result<()> {
        let j = self.readable_joint(actor, id).await?;
        if j.participation(actor.member.id) != Some(Participation::Invited) {
            return Err(Error::Conflict(
                "your member has answered this invitation already".into(),
            ));
        }
        let state = if accept {
            Participation::Accepted
        } else {
            Participation::Declined
        };
        self.store()
            .set_participation(id, actor.member.id, state, self.now())
            .await?;
        self.store()
            .notify(self.joint_notices(&j, &j.accepted(), state.as_str()))
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.answer",
            &id.to_string(),
            json!({"answer": state.as_str()}),
        )
        .await
    }

    /// A task for a participating member: the lead gives tasks to any, a member to itself.
    pub async fn add_joint_task(
        &self,
        actor: &Actor,
        id: i64,
        member: &str,
        title: &str,
        due_at: i64,
    ) -> Result<JointTask> {
        let j = self.acting_joint(actor, id).await?;
        let mut refused = Refusals::new();
        let title = title.trim();
        refused.check(
            (1..=300).contains(&title.chars().count()),
            "title",
            "required",
            "a task needs a title of up to 300 characters",
        );
        let assignee = self.store().member_by_name(member.trim()).await?;
        let assignee = match assignee {
            Some(m) if j.acting(m.id) => Some(m.id),
            _ => {
                refused.check(
                    false,
                    "member",
                    "not-participating",
                    "give the task to a member that takes part in the joint operation",
                );
                None
            }
        };
        refused.done()?;
        let assignee = assignee.ok_or(Error::NotFound("member"))?;
        if assignee != actor.member.id && j.lead != actor.member.id {
            return Err(Error::Forbidden(
                "the lead member gives tasks to others; a member adds its own".into(),
            ));
        }
        let t = self
            .store()
            .insert_joint_task(NewJointTask {
                joint: id,
                member: assignee,
                title: title.into(),
                due_at,
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.task",
            &id.to_string(),
            json!({"task": t.id}),
        )
        .await?;
        Ok(t)
    }

    /// The assigned member or the lead marks a task done or cancelled.
    pub async fn set_joint_task(
        &self,
        actor: &Actor,
        id: i64,
        task: i64,
        status: TaskStatus,
    ) -> Result<()> {
        let j = self.acting_joint(actor, id).await?;
        let t = self
            .store()
            .joint_tasks(id)
            .await?
            .into_iter()
            .find(|t| t.id == task)
            .ok_or(Error::NotFound("task"))?;
        if t.member != actor.member.id && j.lead != actor.member.id {
            return Err(Error::Forbidden(
                "a task is closed by the member it was given to, or by the lead".into(),
            ));
        }
        // The store closes only an open task, and says whether it did.
        if !self.store().set_joint_task_status(task, status).await? {
            return Err(Error::Conflict("this task is closed already".into()));
        }
        self.record(
            AuditActor::of(actor),
            "joint.task.close",
            &id.to_string(),
            json!({"task": task, "status": status.as_str()}),
        )
        .await
    }

    /// A line on the timeline.
    pub async fn add_joint_entry(&self, actor: &Actor, id: i64, text: &str) -> Result<JointEntry> {
        self.acting_joint(actor, id).await?;
        let text = text.trim();
        if !(1..=4_000).contains(&text.chars().count()) {
            return Err(Error::field(
                "text",
                "required",
                "write what happened, in up to 4,000 characters",
            ));
        }
        let e = self
            .store()
            .insert_joint_entry(NewJointEntry {
                joint: id,
                member: actor.member.id,
                user: actor.user.id,
                at: self.now(),
                text: text.into(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.entry",
            &id.to_string(),
            json!({"entry": e.id}),
        )
        .await?;
        Ok(e)
    }

    /// Links a tracked group or intelligence the actor may see; each participant will see it
    /// only if it is released to them.
    pub async fn link_to_joint(&self, actor: &Actor, id: i64, stix_id: &str) -> Result<()> {
        self.acting_joint(actor, id).await?;
        let stix_id = stix::id::canonical_id(stix_id.trim());
        let (versions, _) = self.object_versions(actor, &stix_id).await?;
        if versions.is_empty() {
            return Err(Error::NotFound("object"));
        }
        self.store().add_joint_link(id, &stix_id).await?;
        self.record(
            AuditActor::of(actor),
            "joint.link",
            &id.to_string(),
            json!({"object": stix_id}),
        )
        .await
    }

    /// Records an outcome of the joint operation (an arrest, a seizure, a disrupted cell)
    /// linked to the intelligence that led to it; the center's statistics count it.
    pub async fn record_joint_outcome(
        &self,
        actor: &Actor,
        id: i64,
        kind: OutcomeKind,
        description: &str,
        occurred_at: i64,
        objects: &[String],
    ) -> Result<crate::tracked::model::Outcome> {
        let j = self.acting_joint(actor, id).await?;
        let o = self
            .record_outcome(actor, kind, description, occurred_at, objects)
            .await?;
        self.store().link_joint_outcome(id, o.id).await?;
        self.store()
            .notify(self.joint_notices(&j, &j.accepted(), "outcome"))
            .await?;
        Ok(o)
    }

    /// The lead concludes the joint operation.
    pub async fn conclude_joint(&self, actor: &Actor, id: i64) -> Result<()> {
        let j = self.lead_joint(actor, id).await?;
        self.store().conclude_joint(id, self.now()).await?;
        self.store()
            .notify(self.joint_notices(&j, &j.accepted(), "concluded"))
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.conclude",
            &id.to_string(),
            json!({}),
        )
        .await
    }

    /// The lead puts its joint operation on a coming meeting's agenda, for the members to
    /// discuss and decide on. The agenda item's title is the lead's own words and every member
    /// reads it; the operation's title stays with its participants.
    pub async fn propose_joint(
        &self,
        actor: &Actor,
        id: i64,
        meeting: i64,
        title: &str,
        notes: &str,
    ) -> Result<crate::meetings::AgendaItem> {
        self.lead_joint(actor, id).await?;
        let m = self.meeting(meeting).await?;
        let mut refused = Refusals::new();
        let title = title.trim();
        refused.check(
            (1..=200).contains(&title.chars().count()),
            "title",
            "required",
            "the agenda item needs a title of up to 200 characters, which every member reads",
        );
        refused.check(
            notes.chars().count() <= 10_000,
            "notes",
            "too-long",
            "notes are at most 10,000 characters",
        );
        refused.check(
            m.meeting.is_to_come(self.now()),
            "meeting",
            "over",
            "this meeting is over: propose the joint operation at a coming meeting",
        );
        refused.done()?;
        let item = self
            .append_agenda_item(
                AuditActor::of(actor),
                &m,
                title,
                notes.trim(),
                Some(&crate::meetings::AgendaLink::Joint(id)),
            )
            .await?;
        self.record(
            AuditActor::of(actor),
            "joint.propose",
            &id.to_string(),
            json!({"meeting": meeting, "item": item.id}),
        )
        .await?;
        Ok(item)
    }
}
