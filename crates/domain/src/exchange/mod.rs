//! Between members: hit/no-hit, release requests and the notifications they send.
//!
//! Hit/no-hit tells a member which members hold intelligence it cannot see on a value, and how
//! many items each, never what. The originator is told who asked, once a day for one member's
//! questions about one value. A release request asks an
//! originator to release an object (or what it holds on a value) to a member; the originator's
//! liaison officer decides, and the release is added beside the objects, which are never
//! rewritten.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::release::visibility;
use crate::service::Center;
use crate::subscriptions::EventFilter;
use crate::{Actor, Error, MemberId, Result};
use serde_json::json;
impl Center {
    /// Hit/no-hit: who holds intelligence on `value` that the actor cannot see, and how much.
    /// Each question counts against the member's hourly limit; each originator with a hit is
    /// told who asked.
    pub async fn hit_query(&self, actor: &Actor, value: &str) -> Result<HitAnswer> {
        active(actor)?;
        let value = value.trim();
        if value.is_empty() || value.chars().count() > 512 {
            return Err(Error::field(
                "value",
                "out-of-range",
                "ask about one value of 1 to 512 characters: an address, domain, hash, e-mail, phone number or name",
            ));
        }
        let now = self.now();
        let asked = self
            .store()
            .hit_queries_since(actor.member.id, now - HOUR_MICROS)
            .await?;
        let limit = u64::from(self.hits_per_hour());
        if asked >= limit {
            return Err(Error::TooMany {
                message: format!(
                    "your member has asked {asked} hit/no-hit questions in the last hour, the most this center allows ({limit}); try again later"
                ),
                retry_after: 60,
            });
        }
        let keys = crate::keys::query_keys(value);
        let counts = self
            .store()
            .hit_counts(keys.clone(), visibility(&actor.reader()))
            .await?;
        let names = self.member_names().await?;
        let hits = counts
            .hidden
            .iter()
            .map(|(m, items)| Hit {
                member: names
                    .get(m)
                    .cloned()
                    .unwrap_or_else(|| format!("member {}", m.0)),
                items: *items,
            })
            .collect();
        let answer = HitAnswer {
            value: value.to_string(),
            visible: counts.visible,
            hits,
        };
        // An originator hears of a member's question about a value once a day: asking again
        // tells it nothing new, and a notice per repeat would bury the ones that do. Each
        // question keeps whom it told (`told` beside the answer), so a member asking every
        // few hours does not keep a holder from ever hearing of it.
        // The same question however it was typed: the same value, or the same keys (a domain
        // in other case, a phone number written another way).
        let same = |asked: &str| {
            asked == value || (!keys.is_empty() && crate::keys::query_keys(asked) == keys)
        };
        let told_already: std::collections::HashSet<String> = self
            .store()
            .hit_questions_since(actor.member.id, now - DAY_MICROS)
            .await?
            .iter()
            .filter(|(asked, _)| same(asked))
            .filter_map(|(_, r)| serde_json::from_str::<Told>(r).ok())
            .flat_map(|t| t.told)
            .collect();
        let mut told = Vec::new();
        let notices: Vec<NewNotification> = counts
            .hidden
            .iter()
            .filter_map(|(m, items)| {
                let name = names
                    .get(m)
                    .cloned()
                    .unwrap_or_else(|| format!("member {}", m.0));
                if told_already.contains(&name) {
                    return None;
                }
                told.push(name);
                Some(NewNotification {
                    member: *m,
                    at: now,
                    kind: "hit".into(),
                    payload: json!({
                        "asked_by": actor.member.name,
                        "value": value,
                        "items": items,
                    })
                    .to_string(),
                })
            })
            .collect();
        // Told first, then the question kept: if keeping it failed, asking again tells the
        // holders again rather than never.
        self.store().notify(notices).await?;
        let mut kept = serde_json::to_value(&answer).unwrap_or_default();
        if let Some(fields) = kept.as_object_mut() {
            fields.insert("told".into(), json!(told));
        }
        self.store()
            .record_hit_query(NewHitQuery {
                at: now,
                member: actor.member.id,
                user: actor.user.id,
                value: value.to_string(),
                result: kept.to_string(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "hit.query",
            value,
            json!({"hits": answer.hits}),
        )
        .await?;
        Ok(answer)
    }

    /// Asks `originator` to release an object (by id) or what it holds on a value to `target`
    /// (the asker's own member when `None`).
    pub async fn request_release(
        &self,
        actor: &Actor,
        originator: &str,
        target: Option<&str>,
        object_id: Option<&str>,
        value: Option<&str>,
        reason: &str,
    ) -> Result<ReleaseRequest> {
        active(actor)?;
        // Filed, and released on approval, under the id's one spelling.
        let object_id = object_id.map(stix::id::canonical_id);
        let object_id = object_id.as_deref();
        let originator = self.member_by_name(originator).await?;
        // Asking is an analyst's work; the originator's own release is its liaison officer's.
        if originator.id != actor.member.id {
            actor.ensure_analyst()?;
        }
        let target = match target.map(str::trim) {
            Some("") => {
                return Err(Error::field(
                    "target",
                    "required",
                    "name the member to release to",
                ));
            }
            Some(t) => self.member_by_name(t).await?,
            None => actor.member.clone(),
        };
        if !target.status.is_active() {
            return Err(Error::field(
                "target",
                "not-in-good-standing",
                "intelligence is released to the center's members and observers only",
            ));
        }
        if originator.id == target.id {
            return Err(Error::field(
                "target",
                "own-member",
                "the originator sees its own intelligence; name another member to release to",
            ));
        }
        if object_id.is_none() == value.is_none() {
            return Err(Error::invalid(
                "name either one object ('object_id') or the value of a hit ('value')",
            ));
        }
        if let Some(id) = object_id {
            stix::id::parse_id(id).map_err(Error::invalid)?;
        }
        // The originator's own liaison officer needs nobody's approval: the release is granted
        // at once, recorded as a request it made and approved, and the target is told.
        if originator.id == actor.member.id {
            return self
                .grant_release(actor, &target, object_id, value, reason)
                .await;
        }
        if reason.trim().is_empty() {
            return Err(Error::field(
                "reason",
                "required",
                "say why the release is needed ('reason'); the originator decides on it",
            ));
        }
        // The same request twice would be decided twice: the first one still waits.
        let value = value.map(str::trim);
        let waiting = self
            .store()
            .release_requests(actor.member.id)
            .await?
            .into_iter()
            .any(|r| {
                r.status == RequestStatus::Pending
                    && r.requester_member == actor.member.id
                    && r.originator == originator.id
                    && r.target == target.id
                    && r.object_id.as_deref() == object_id
                    && r.value.as_deref() == value
            });
        if waiting {
            return Err(Error::Conflict(
                "your member asked for this already, and the request is still waiting for the originator's decision; it is listed on the release requests page".into(),
            ));
        }
        let r = self
            .store()
            .insert_release_request(self.asked(
                actor,
                originator.id,
                target.id,
                (object_id, value),
                reason.trim(),
            ))
            .await?;
        self.record(
            AuditActor::of(actor),
            "release.request",
            &r.id.to_string(),
            json!({"originator": originator.name, "target": target.name, "object_id": object_id, "value": value}),
        )
        .await?;
        self.store()
            .notify(vec![NewNotification {
                member: originator.id,
                at: r.created_at,
                kind: "release_request".into(),
                payload: json!({
                    "request": r.id,
                    "from": actor.member.name,
                    "to": target.name,
                    "object_id": object_id,
                    "value": value,
                    "reason": r.reason,
                })
                .to_string(),
            }])
            .await?;
        Ok(r)
    }

    /// A request the actor's member makes now, of an object or of what is held on a value.
    fn asked(
        &self,
        actor: &Actor,
        originator: MemberId,
        target: MemberId,
        (object_id, value): (Option<&str>, Option<&str>),
        reason: &str,
    ) -> NewReleaseRequest {
        NewReleaseRequest {
            created_at: self.now(),
            requester_member: actor.member.id,
            requester_user: actor.user.id,
            originator,
            target,
            object_id: object_id.map(str::to_string),
            value: value.map(str::to_string),
            reason: reason.to_string(),
        }
    }

    /// The release requests the actor's member made or must decide.
    pub async fn release_requests(&self, actor: &Actor) -> Result<Vec<ReleaseRequest>> {
        active(actor)?;
        self.store().release_requests(actor.member.id).await
    }

    /// The originator's liaison officer approves or refuses a request. An approval releases the
    /// named object, or every AMBER object of the originator that matches the value, to the
    /// target member, beside the objects.
    pub async fn decide_release(
        &self,
        actor: &Actor,
        request: i64,
        approve: bool,
        answer: Option<&str>,
    ) -> Result<ReleaseRequest> {
        active(actor)?;
        // A request to another member is not found, exactly as a missing one.
        let r = self
            .store()
            .release_request(request)
            .await?
            .filter(|r| r.originator == actor.member.id || r.requester_member == actor.member.id)
            .ok_or(Error::NotFound("release request"))?;
        r.decidable_by(actor)?;
        let release = if approve {
            let asked = (r.object_id.as_deref(), r.value.as_deref());
            self.releasable(actor, asked, (r.originator, r.target), vec![])
                .await?
        } else {
            vec![]
        };
        self.settle(actor, &r, approve, answer, release).await
    }

    /// What approving `r` releases to its target: the object asked for (with `also`, more of
    /// the originator's objects) or the originator's objects holding the value. The
    /// third-party rule holds for a release as for a submission: nothing reaches the target
    /// through an object that refers to another member's ORCON intelligence the target may
    /// not read. The object asked for is refused; others are left out.
    async fn releasable(
        &self,
        actor: &Actor,
        (object_id, value): (Option<&str>, Option<&str>),
        (originator, target): (MemberId, MemberId),
        also: Vec<String>,
    ) -> Result<Vec<String>> {
        let mut release = match object_id {
            Some(id) => std::iter::once(id.to_string()).chain(also).collect(),
            None => {
                let keys = crate::keys::query_keys(value.unwrap_or_default());
                self.store().matching_ids(keys, originator).await?
            }
        };
        let kept = self.kept_from(actor, &release, target).await?;
        if let Some(why) = object_id.and_then(|id| kept.get(id)) {
            return Err(Error::Conflict(why.clone()));
        }
        release.retain(|id| !kept.contains_key(id));
        Ok(release)
    }

    /// Records the decision on a pending request with what it releases (see
    /// [`Center::releasable`]), audits it and tells the members concerned (never the
    /// originator, which decided it).
    async fn settle(
        &self,
        actor: &Actor,
        r: &ReleaseRequest,
        approve: bool,
        answer: Option<&str>,
        release: Vec<String>,
    ) -> Result<ReleaseRequest> {
        let request = r.id;
        let status = if approve {
            RequestStatus::Approved
        } else {
            RequestStatus::Refused
        };
        let released = self
            .store()
            .decide_release_request(ReleaseDecision {
                request,
                status,
                at: self.now(),
                by: actor.user.id,
                answer: answer.map(str::to_string),
                release,
                originator: r.originator,
                target: r.target,
            })
            .await?;
        let decided = self
            .store()
            .release_request(request)
            .await?
            .ok_or(Error::NotFound("release request"))?;
        // A release the originator made itself was asked by nobody: the target is told it was
        // released, not that a request of its own was decided.
        let granted = r.unasked();
        self.record(
            AuditActor::of(actor),
            match (granted, approve) {
                (true, _) => "release.grant",
                (false, true) => "release.approve",
                (false, false) => "release.refuse",
            },
            &request.to_string(),
            json!({"released": released, "target": r.target, "object_id": r.object_id, "value": r.value, "answer": answer}),
        )
        .await?;
        let mut told: Vec<MemberId> = Vec::new();
        for m in [r.requester_member, r.target] {
            if m != r.originator && !told.contains(&m) {
                told.push(m);
            }
        }
        let mut payload = json!({
            "request": request,
            "status": status.as_str(),
            "originator": actor.member.name,
            "answer": answer,
            "released": released,
        });
        // The member released to reads the object; a third member a request named as its
        // target may not, and is not told its id.
        if granted && let Some(p) = payload.as_object_mut() {
            p.insert("object_id".into(), json!(r.object_id));
        }
        let payload = payload.to_string();
        self.store()
            .notify(
                told.into_iter()
                    .map(|m| NewNotification {
                        member: m,
                        at: self.now(),
                        kind: if granted {
                            "release"
                        } else {
                            "release_decision"
                        }
                        .into(),
                        payload: payload.clone(),
                    })
                    .collect(),
            )
            .await?;
        Ok(decided)
    }

    /// The originator's liaison officer releases the member's own intelligence to another
    /// member: an object of its own at TLP:AMBER or AMBER+STRICT, or every such object holding
    /// a value. Filed as a request the member made and approved at once, so that the release
    /// requests page and the audit log show it beside the others.
    async fn grant_release(
        &self,
        actor: &Actor,
        target: &crate::Member,
        object_id: Option<&str>,
        value: Option<&str>,
        note: &str,
    ) -> Result<ReleaseRequest> {
        ensure_grants(actor)?;
        if value.is_some_and(|v| v.trim().is_empty()) {
            return Err(Error::field(
                "value",
                "required",
                "name the value whose intelligence is released",
            ));
        }
        // What the object refers to of the member's own goes with it.
        let mut carried = vec![];
        if let Some(id) = object_id {
            let (versions, _) = self.object_versions(actor, id).await?;
            let latest = versions.last().ok_or(Error::NotFound("object"))?;
            grantable(actor, latest)?;
            carried = self.carried_with(actor, &versions, latest.tlp).await?;
        }
        let note = note.trim();
        // Checked before the request is filed: a refused release leaves no request behind.
        let release = self
            .releasable(
                actor,
                (object_id, value),
                (actor.member.id, target.id),
                carried,
            )
            .await?;
        let r = self
            .store()
            .insert_release_request(self.asked(
                actor,
                actor.member.id,
                target.id,
                (object_id, value),
                if note.is_empty() {
                    "released by the originator"
                } else {
                    note
                },
            ))
            .await?;
        let answer = (!note.is_empty()).then_some(note);
        self.settle(actor, &r, true, answer, release).await
    }

    /// Of `ids`, those a release to `target` may not carry, each with why: it refers to another
    /// member's intelligence under originator control (ORCON) whose audience, as the releasing
    /// member may learn it, leaves the target out (the third-party rule of
    /// [`Center::third_party_rule`], applied to a release).
    async fn kept_from(
        &self,
        actor: &Actor,
        ids: &[String],
        target: MemberId,
    ) -> Result<std::collections::HashMap<String, String>> {
        let mut refs: Vec<(String, Vec<String>)> = Vec::new();
        for id in ids {
            let (versions, _) = match self.object_versions(actor, id).await {
                Ok(v) => v,
                Err(Error::NotFound(_)) => continue,
                Err(e) => return Err(e),
            };
            refs.push((id.clone(), referred_by_any(&versions)));
        }
        let mut kept = std::collections::HashMap::new();
        let wanted = refs.iter().flat_map(|(_, r)| r.clone()).collect();
        let Some(third) = self.third_parties(actor, wanted).await? else {
            return Ok(kept);
        };
        // What the release adds: the target, as a whole member.
        let mine = crate::release::Audience {
            everyone: false,
            members: [target].into(),
            users: Default::default(),
        };
        for (id, r) in refs {
            if let Some((theirs, owner)) = third.narrower(&r, &mine) {
                kept.insert(
                    id,
                    format!(
                        "it refers to {theirs}, which member '{owner}' released under originator control (ORCON) to fewer members than this release would reach; ask that member to release it to them first"
                    ),
                );
            }
        }
        Ok(kept)
    }

    /// The member's own objects that `versions` refer to and that go with their release, so
    /// that a report is read with its indicators, group and place: those whose newest version
    /// the member shared at the released object's level (AMBER, or AMBER+STRICT with an
    /// AMBER+STRICT object). Earlier AMBER versions of an object since made RED, or GREEN, are
    /// not carried. [`Center::releasable`] then applies the third-party rule to them.
    async fn carried_with(
        &self,
        actor: &Actor,
        versions: &[crate::StoredObject],
        level: stix::markings::Tlp,
    ) -> Result<Vec<String>> {
        let refs = referred_by_any(versions);
        if refs.is_empty() {
            return Ok(refs);
        }
        let latest = crate::VersionRelease::newest(
            self.store()
                .releasabilities(refs, visibility(&actor.reader()))
                .await?,
        );
        let allowed = |t: stix::markings::Tlp| {
            t == stix::markings::Tlp::Amber
                || (t == stix::markings::Tlp::AmberStrict
                    && level == stix::markings::Tlp::AmberStrict)
        };
        Ok(latest
            .into_values()
            .filter(|v| {
                v.releasability.originator == actor.member.id
                    && allowed(v.releasability.release.tlp())
            })
            .map(|v| v.stix_id)
            .collect())
    }

    /// Where a new subscription to notifications starts: after everything already sent.
    pub async fn notification_cursor(&self) -> Result<i64> {
        self.store().last_notification_id().await
    }

    /// What the actor's member has been told, after notification `after`, as far as `filter`
    /// wants to hear of it.
    pub async fn notifications(
        &self,
        actor: &Actor,
        after: i64,
        limit: usize,
        filter: &EventFilter,
    ) -> Result<Vec<Notification>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        self.member_notifications(
            actor.member.id,
            after,
            limit,
            filter,
            crate::operations::model::registers_operations(actor),
        )
        .await
    }

    /// The newest notifications of the actor's member, newest first: what the pages show it
    /// is waiting for. A member that is not active is told nothing.
    pub async fn newest_notifications(
        &self,
        actor: &Actor,
        limit: usize,
    ) -> Result<Vec<Notification>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        let mut list = self
            .store()
            .newest_notifications(actor.member.id, limit)
            .await?;
        if !crate::operations::model::registers_operations(actor) {
            list.retain(|n| !OPERATION_KINDS.contains(&n.kind.as_str()));
        }
        Ok(list)
    }

    /// A member's notifications after `after` that `filter` wants: the read behind
    /// [`Center::notifications`] and webhooks. What its operations met is read only when
    /// `operations` (a reader who runs operations; a webhook that names those kinds).
    pub(crate) async fn member_notifications(
        &self,
        member: MemberId,
        after: i64,
        limit: usize,
        filter: &EventFilter,
        operations: bool,
    ) -> Result<Vec<Notification>> {
        let Some(kinds) = filter.notice_kinds() else {
            return Ok(vec![]);
        };
        let kinds: Vec<String> = match (kinds.is_empty(), operations) {
            (true, true) => vec![],
            (true, false) => crate::subscriptions::model::NOTIFICATION_KINDS
                .iter()
                .filter(|k| !OPERATION_KINDS.contains(k))
                .map(|k| k.to_string())
                .collect(),
            (false, true) => kinds.to_vec(),
            (false, false) => {
                let kept: Vec<String> = kinds
                    .iter()
                    .filter(|k| !OPERATION_KINDS.contains(&k.as_str()))
                    .cloned()
                    .collect();
                if kept.is_empty() {
                    return Ok(vec![]);
                }
                kept
            }
        };
        self.store()
            .notifications(member, after, limit, kinds)
            .await
    }
}

/// Whether the actor may release its member's intelligence unasked: its liaison officers'
/// work. The one rule the use-case keeps and the pages ask before offering it.
pub fn ensure_grants(actor: &Actor) -> Result<()> {
    if actor.has_role(crate::Role::LiaisonOfficer) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "your member's intelligence is released further by its liaison officers; ask one of them".into(),
        ))
    }
}

/// Whether an object, by its newest version the actor reads, is one the actor's member may
/// release unasked: its own, at TLP:AMBER or AMBER+STRICT.
pub fn grantable(actor: &Actor, latest: &crate::store::StoredObject) -> Result<()> {
    use stix::markings::Tlp;
    if latest.originator != actor.member.id {
        return Err(Error::field(
            "object_id",
            "not-own",
            "another member shared this object, and only it may release it further: ask it with a release request",
        ));
    }
    match latest.tlp {
        Tlp::Amber | Tlp::AmberStrict => Ok(()),
        Tlp::Red => Err(Error::Conflict(
            "TLP:RED intelligence reaches only the people named on it: share a new version that names the others".into(),
        )),
        _ => Err(Error::Conflict(
            "every member reads TLP:CLEAR and TLP:GREEN intelligence already".into(),
        )),
    }
}

/// Notifications about a member's operations: read only by those who run them (analysts and
/// liaison officers), and delivered by webhook only when a webhook names them.
pub const OPERATION_KINDS: [&str; 2] = ["deconfliction", "intelligence_match"];

/// The ids that any of these versions refer to, each once.
fn referred_by_any(versions: &[crate::StoredObject]) -> Vec<String> {
    let mut refs: Vec<String> = versions
        .iter()
        .flat_map(crate::browse::referred_to)
        .collect();
    refs.sort();
    refs.dedup();
    refs
}
