//! Requests for information: a member asks all members or chosen ones; recipients answer with
//! text and STIX objects, which every reader sees only as far as their releasability allows.
//! Reminders go out before the deadline; an RFI still open at its deadline expires.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::error::Refusals;
use crate::exchange::NewNotification;
use crate::service::Center;
use crate::{Actor, Error, MemberId, Result};
use serde_json::json;
impl Center {
    /// Sends an RFI to the named members, or to every active member when `to` is empty.
    pub async fn ask(
        &self,
        actor: &Actor,
        question: &str,
        priority: Priority,
        deadline: i64,
        to: &[String],
        links: &[String],
    ) -> Result<Rfi> {
        liaison(actor)?;
        let links: Vec<String> = links.iter().map(|l| stix::id::canonical_id(l)).collect();
        let links = links.as_slice();
        let now = self.now();
        let mut refused = Refusals::new();
        refused.check(
            !question.trim().is_empty(),
            "question",
            "required",
            "an RFI needs its question",
        );
        refused.check(
            deadline > now,
            "deadline",
            "not-in-future",
            "the deadline must be in the future",
        );
        self.refuse_bad_links(actor, links, "links", &mut refused)
            .await?;
        refused.done()?;
        let members = self.members().await?;
        let recipients: Vec<MemberId> = if to.is_empty() {
            members
                .iter()
                .filter(|m| m.status.is_active() && m.id != actor.member.id && !m.is_secretariat)
                .map(|m| m.id)
                .collect()
        } else {
            let mut ids = Vec::new();
            for name in to {
                let m = self.member_by_name(name).await?;
                if !m.status.is_active() {
                    return Err(Error::field(
                        "to",
                        "not-active",
                        format!("'{name}' is {} and cannot be asked", m.status.as_str()),
                    ));
                }
                if m.id != actor.member.id && !ids.contains(&m.id) {
                    ids.push(m.id);
                }
            }
            ids
        };
        if recipients.is_empty() {
            return Err(Error::field(
                "to",
                "no-recipient",
                "there is no member to ask",
            ));
        }
        let rfi = self
            .store()
            .insert_rfi(NewRfi {
                asker: actor.member.id,
                asked_by: actor.user.id,
                question: question.trim().into(),
                priority,
                created_at: now,
                deadline,
                recipients: recipients.clone(),
                links: links.to_vec(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "rfi.ask",
            &rfi.id.to_string(),
            json!({"recipients": recipients, "priority": priority.as_str(), "deadline": deadline}),
        )
        .await?;
        self.store()
            .notify(
                recipients
                    .iter()
                    .map(|m| NewNotification {
                        member: *m,
                        at: now,
                        kind: "rfi".into(),
                        payload: json!({"rfi": rfi.id, "from": actor.member.name, "priority": priority.as_str(), "deadline": stix::timestamp::taxii_timestamp(deadline)}).to_string(),
                    })
                    .collect(),
            )
            .await?;
        Ok(rfi)
    }

    /// The RFIs the actor's member asked or was asked.
    pub async fn rfis(&self, actor: &Actor) -> Result<Vec<Rfi>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        let mut rfis = self.store().rfis_for(actor.member.id).await?;
        // The links are the asker's intelligence: each reader is given only those it may see,
        // in one read for the whole list.
        let mut wanted: Vec<String> = rfis.iter().flat_map(|r| r.links.clone()).collect();
        wanted.sort();
        wanted.dedup();
        let visible: std::collections::HashSet<String> = self
            .readable_latest(actor, wanted, None)
            .await?
            .into_iter()
            .map(|o| o.stix_id)
            .collect();
        for r in &mut rfis {
            r.links.retain(|l| visible.contains(l));
        }
        Ok(rfis)
    }

    /// One RFI, if the actor's member asked it or was asked; the asker sees every answer, a
    /// recipient its own member's. Objects are shown only as far as the reader may see them.
    pub async fn rfi(&self, actor: &Actor, id: i64) -> Result<RfiView> {
        let (rfi, answers) = self
            .store()
            .rfi(id)
            .await?
            .filter(|(r, _)| {
                actor.reader().active
                    && (r.asker == actor.member.id || r.recipients.contains(&actor.member.id))
            })
            .ok_or(Error::NotFound("RFI"))?;
        let mut answers: Vec<Answer> = if rfi.asker == actor.member.id {
            answers
        } else {
            answers
                .into_iter()
                .filter(|a| a.member == actor.member.id)
                .collect()
        };
        let mut wanted: Vec<String> = rfi.links.clone();
        wanted.extend(answers.iter().flat_map(|a| a.objects.iter().cloned()));
        wanted.sort();
        wanted.dedup();
        let titles = self.titles(actor, wanted).await?;
        let visible: Vec<String> = titles.keys().cloned().collect();
        let mut withheld = 0;
        let mut keep = |ids: &mut Vec<String>| {
            let before = ids.len();
            ids.retain(|i| visible.contains(i));
            withheld += before - ids.len();
        };
        let mut rfi = rfi;
        keep(&mut rfi.links);
        for a in &mut answers {
            keep(&mut a.objects);
        }
        let now = self.now();
        let answered: Vec<MemberId> = answers.iter().map(|a| a.member).collect();
        let overdue = if now > rfi.deadline && rfi.asker == actor.member.id {
            rfi.recipients
                .iter()
                .filter(|m| !answered.contains(m))
                .copied()
                .collect()
        } else {
            vec![]
        };
        let mut response_times: Vec<(MemberId, i64)> = Vec::new();
        for a in &answers {
            if !response_times.iter().any(|(m, _)| *m == a.member) {
                response_times.push((a.member, a.at - rfi.created_at));
            }
        }
        let unseen_by_asker = if rfi.asker == actor.member.id {
            vec![]
        } else {
            self.unseen_by_asker(actor, rfi.asker, &answers).await?
        };
        Ok(RfiView {
            rfi,
            answers,
            withheld,
            overdue,
            response_times,
            titles,
            unseen_by_asker,
        })
    }

    /// Of the objects the actor's member gave in its answers, its own that the asking member
    /// cannot read, judged only from what the answerer knows of its own objects: their level
    /// and their list of members, in collections every member reads. An object released to a
    /// sharing group, or to named people (TLP:RED), is left out, as is one kept in a collection
    /// of its own: whether the asker is in that group or holds a grant on that collection is
    /// not the answerer's to learn, and saying "unseen" or not would tell it.
    async fn unseen_by_asker(
        &self,
        actor: &Actor,
        asker: MemberId,
        answers: &[Answer],
    ) -> Result<Vec<String>> {
        let given: Vec<String> = answers
            .iter()
            .flat_map(|a| a.objects.iter().cloned())
            .collect();
        let shared: Vec<crate::CollectionId> = self
            .access
            .collections(self.store(), self.now())
            .await?
            .iter()
            .filter(|c| c.everyone_reads)
            .map(|c| c.id)
            .collect();
        if given.is_empty() || shared.is_empty() {
            return Ok(vec![]);
        }
        let vis = crate::release::visibility(&actor.reader());
        let own: Vec<crate::store::StoredObject> = self
            .store()
            .query_objects(
                crate::store::ObjectQuery {
                    collections: shared,
                    ids: given,
                    versions: crate::store::VersionFilter::last(),
                    limit: 10_000,
                    ..crate::store::ObjectQuery::default()
                },
                vis.clone(),
            )
            .await?
            .objects
            .into_iter()
            .filter(|o| o.originator == actor.member.id)
            .collect();
        if own.is_empty() {
            return Ok(vec![]);
        }
        let releases = self
            .store()
            .releasabilities(own.iter().map(|o| o.stix_id.clone()).collect(), vis)
            .await?;
        // The asker as the answerer may picture it: the member as a whole, in no group.
        let asker = crate::Reader {
            member: asker,
            user: None,
            groups: vec![],
            active: true,
        };
        let mut unseen = Vec::new();
        for o in own {
            let key = o.version_key();
            let rels: Vec<&crate::Releasability> = releases
                .iter()
                .filter(|r| r.stix_id == o.stix_id && r.version_key == key)
                .map(|r| &r.releasability)
                .collect();
            let seen = rels.iter().any(|r| crate::can_see(&asker, r));
            let unknowable = rels.iter().any(|r| {
                !r.release.groups().is_empty() || r.release.tlp() == stix::markings::Tlp::Red
            });
            if !rels.is_empty() && !seen && !unknowable {
                unseen.push(o.stix_id);
            }
        }
        unseen.sort();
        unseen.dedup();
        Ok(unseen)
    }

    /// A recipient's liaison officer answers, with text and (optionally) STIX objects.
    pub async fn answer(
        &self,
        actor: &Actor,
        id: i64,
        text: &str,
        objects: &[String],
    ) -> Result<Answer> {
        liaison(actor)?;
        let objects: Vec<String> = objects.iter().map(|o| stix::id::canonical_id(o)).collect();
        let objects = objects.as_slice();
        let (rfi, _) = self
            .store()
            .rfi(id)
            .await?
            .filter(|(r, _)| r.recipients.contains(&actor.member.id))
            .ok_or(Error::NotFound("RFI"))?;
        if !rfi.takes_answers() {
            return Err(Error::Conflict(format!(
                "this RFI is {}; it takes no more answers",
                rfi.status.as_str()
            )));
        }
        if text.trim().is_empty() && objects.is_empty() {
            return Err(Error::field(
                "text",
                "required",
                "an answer needs text or objects",
            ));
        }
        let mut refused = Refusals::new();
        self.refuse_bad_links(actor, objects, "objects", &mut refused)
            .await?;
        refused.done()?;
        let now = self.now();
        let a = self
            .store()
            .insert_answer(
                id,
                actor.member.id,
                actor.user.id,
                text.trim(),
                objects,
                now,
            )
            .await?;
        self.record(
            AuditActor::of(actor),
            "rfi.answer",
            &id.to_string(),
            json!({"answer": a.id, "objects": objects}),
        )
        .await?;
        self.store()
            .notify(vec![NewNotification {
                member: rfi.asker,
                at: now,
                kind: "rfi_answer".into(),
                payload: json!({"rfi": id, "from": actor.member.name}).to_string(),
            }])
            .await?;
        Ok(a)
    }

    /// The asker closes its RFI.
    pub async fn close_rfi(&self, actor: &Actor, id: i64) -> Result<()> {
        liaison(actor)?;
        let (rfi, _) = self
            .store()
            .rfi(id)
            .await?
            .filter(|(r, _)| r.asker == actor.member.id || r.recipients.contains(&actor.member.id))
            .ok_or(Error::NotFound("RFI"))?;
        if rfi.asker != actor.member.id {
            return Err(Error::Forbidden(
                "only the member that asked closes an RFI".into(),
            ));
        }
        if !self
            .store()
            .set_rfi_status(
                id,
                &[RfiStatus::Open, RfiStatus::Answered],
                RfiStatus::Closed,
                self.now(),
            )
            .await?
        {
            return Err(Error::Conflict(format!(
                "this RFI is {} already",
                rfi.status.as_str()
            )));
        }
        self.record(
            AuditActor::of(actor),
            "rfi.close",
            &id.to_string(),
            json!({}),
        )
        .await
    }

    /// The RFI job every node runs: reminders a day before the deadline to recipients that
    /// have not answered, and expiry of RFIs still open at their deadline. Each happens once.
    pub async fn rfi_jobs(&self) -> Result<(usize, usize)> {
        let now = self.now();
        let (mut reminded, mut expired) = (0, 0);
        for (rfi, answers) in self.store().rfis_due(now + REMINDER_MICROS).await? {
            if now >= rfi.deadline {
                if rfi.status == RfiStatus::Open
                    && self
                        .store()
                        .set_rfi_status(rfi.id, &[RfiStatus::Open], RfiStatus::Expired, now)
                        .await?
                {
                    expired += 1;
                    self.record(
                        AuditActor::console(),
                        "rfi.expire",
                        &rfi.id.to_string(),
                        json!({}),
                    )
                    .await?;
                }
                continue;
            }
            for m in &rfi.recipients {
                if answers.iter().any(|a| a.member == *m) {
                    continue;
                }
                if self.store().mark_reminded(rfi.id, *m).await? {
                    reminded += 1;
                    self.store()
                        .notify(vec![NewNotification {
                            member: *m,
                            at: now,
                            kind: "rfi_reminder".into(),
                            payload: json!({"rfi": rfi.id, "deadline": stix::timestamp::taxii_timestamp(rfi.deadline)}).to_string(),
                        }])
                        .await?;
                }
            }
        }
        Ok((reminded, expired))
    }
}
