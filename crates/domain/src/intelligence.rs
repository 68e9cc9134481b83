//! The intelligence members share: submissions through the one way in, the releasability each
//! object is given, and what a reader gets back.

use std::collections::HashMap;

use serde_json::json;
use stix::StixObject;
use stix::markings::Tlp;
use uuid::Uuid;

use crate::audit::model::AuditActor;
use crate::authorship::Authors;
use crate::markings::{ReleaseMarking, release_marking, standard_markings};
use crate::release::{Audience, Evaluation, Releasability, Release, visibility};
use crate::store::*;
use crate::{Actor, Collection, Error, GroupId, Member, MemberId, Result, UserId};

use crate::service::*;

/// Envelopes at least this large are validated on two threads.
const PARALLEL_VALIDATION_MIN: usize = 256;

impl Center {
    /// Decides the effective releasability of a submitted object; refuses what the submitter
    /// may not set. `releases` holds the release markings this submission can use, resolved.
    pub(crate) fn releasability(
        &self,
        actor: &Actor,
        obj: &StixObject,
        collection: &Collection,
        releases: &HashMap<String, std::result::Result<ResolvedRelease, String>>,
        authors: &Authors,
        defaults: Option<&crate::feeds::Defaults>,
    ) -> std::result::Result<Releasability, String> {
        // The author (`created_by_ref`) may be anyone (MITRE, a vendor); the submitter is the
        // member, recorded as the originator below. Only another member's identity is forged.
        // Which member an identity is, is the registry's to say: a refusal names no member.
        if let Some(by) = &obj.created_by_ref
            && authors.forged_by(actor.member.id, by)
        {
            return Err(format!(
                "property 'created_by_ref' names {by}, an identity of another member; only that member authors as it. Leave it out, name your own identity ({}) or the third party that wrote it",
                actor.member.identity_id
            ));
        }
        // Nor may a member publish, under another member's identity, an identity object that
        // would name it.
        if obj.object_type == "identity" && authors.forged_by(actor.member.id, &obj.id) {
            return Err(format!(
                "{} is an identity of another member; only that member publishes it",
                obj.id
            ));
        }
        // A release marking is itself released to whom it names (and its author, as every
        // object is): who is on a bilateral list, or which users a TLP:RED object goes to, is
        // for them to know, on every path.
        if let Some(Ok(own)) = releases.get(&obj.id) {
            let release = if !own.users.is_empty() {
                Some(Release::Red {
                    users: own.users.clone(),
                })
            } else if !own.members.is_empty() || !own.groups.is_empty() {
                Some(Release::Amber {
                    members: own.members.clone(),
                    groups: own.groups.clone(),
                })
            } else {
                None
            };
            if let Some(release) = release {
                return Ok(Releasability {
                    originator: actor.member.id,
                    release,
                    orcon: false,
                    evaluation: None,
                });
            }
        }
        let mut levels = obj
            .object_marking_refs
            .iter()
            .filter_map(|m| Tlp::from_marking_id(m));
        let tlp = match (levels.next(), levels.next()) {
            (Some(a), Some(b)) if a != b => {
                return Err(format!(
                    "property 'object_marking_refs' carries two TLP levels ({} and {}); an object has exactly one",
                    a.name(),
                    b.name()
                ));
            }
            (Some(a), _) => a,
            (None, _) => defaults.map_or(collection.default_tlp, |d| d.tlp),
        };
        let mut members: Vec<MemberId> = Vec::new();
        let mut groups: Vec<GroupId> = Vec::new();
        let mut users: Vec<UserId> = Vec::new();
        let mut orcon = false;
        let mut evaluation: Option<Evaluation> = None;
        for r in &obj.object_marking_refs {
            match releases.get(r) {
                None => {}
                Some(Err(why)) => {
                    return Err(format!(
                        "uses the release marking {r}, which is refused: {why}"
                    ));
                }
                Some(Ok(rel)) => {
                    members.extend(&rel.members);
                    groups.extend(&rel.groups);
                    users.extend(&rel.users);
                    orcon |= rel.orcon;
                    match (evaluation, rel.evaluation) {
                        (Some(a), Some(b)) if a != b => {
                            return Err(format!(
                                "property 'object_marking_refs' carries two evaluations ({} and {}); an object has one",
                                a.code(),
                                b.code()
                            ));
                        }
                        (None, Some(b)) => evaluation = Some(b),
                        _ => {}
                    }
                }
            }
        }
        // A feed's release list, for an object that names no one itself.
        if let Some(d) = defaults
            && members.is_empty()
            && groups.is_empty()
            && users.is_empty()
            && matches!(tlp, Tlp::Amber | Tlp::AmberStrict)
        {
            members.extend(&d.members);
        }
        members.sort();
        members.dedup();
        groups.sort();
        groups.dedup();
        users.sort();
        users.dedup();
        // A release list exists only with the level that uses it.
        let listed = !members.is_empty() || !groups.is_empty();
        let release = match tlp {
            Tlp::Clear | Tlp::Green if listed || !users.is_empty() => {
                return Err(format!(
                    "a release marking applies to TLP:AMBER, TLP:AMBER+STRICT (members) or TLP:RED (users); this object is {}, which every member sees already",
                    tlp.name()
                ));
            }
            Tlp::Clear => Release::Clear,
            Tlp::Green => Release::Green,
            Tlp::Amber | Tlp::AmberStrict if !users.is_empty() => {
                return Err(format!(
                    "{} is released to members ('release_to'), not to named users; use TLP:RED to release to named users",
                    tlp.name()
                ));
            }
            Tlp::Amber => Release::Amber { members, groups },
            Tlp::AmberStrict => Release::AmberStrict { members, groups },
            Tlp::Red if listed => {
                return Err(
                    "TLP:RED is released to named users ('release_to_users'), not to members or sharing groups; use TLP:AMBER to release to members".into(),
                );
            }
            Tlp::Red => Release::Red { users },
        };
        Ok(Releasability {
            originator: actor.member.id,
            release,
            orcon,
            evaluation,
        })
    }

    /// Finds and resolves the release markings a submission uses: those it carries, and those it
    /// references that are stored in the collection and visible to the submitter.
    pub(crate) async fn release_markings(
        &self,
        actor: &Actor,
        view: &CollectionView,
        parsed: &[std::result::Result<StixObject, stix::ValidationError>],
    ) -> Result<HashMap<String, std::result::Result<ResolvedRelease, String>>> {
        let mut found: HashMap<String, std::result::Result<ReleaseMarking, String>> =
            HashMap::new();
        let standard = standard_markings();
        for obj in parsed.iter().flatten() {
            for r in &obj.object_marking_refs {
                if let Some((id, m)) = standard.iter().find(|(id, _)| id == r) {
                    found.insert(id.clone(), Ok(m.clone()));
                }
            }
        }
        for obj in parsed.iter().flatten() {
            if let Some(m) = release_marking(obj) {
                found.insert(obj.id.clone(), m);
            }
        }
        let mut wanted: Vec<String> = parsed
            .iter()
            .flatten()
            .flat_map(|o| o.object_marking_refs.iter())
            .filter(|r| Tlp::from_marking_id(r).is_none() && !found.contains_key(*r))
            .cloned()
            .collect();
        wanted.sort();
        wanted.dedup();
        if !wanted.is_empty() {
            let page = self
                .store
                .query_objects(
                    ObjectQuery {
                        collection: Some(view.collection.id),
                        ids: wanted,
                        types: vec!["marking-definition".into()],
                        versions: VersionFilter::last(),
                        limit: 1_000,
                        with_body: true,
                        ..ObjectQuery::default()
                    },
                    visibility(&actor.reader()),
                )
                .await?;
            for stored in page.objects {
                if let Some(Ok(obj)) = stored.body.as_deref().map(StixObject::parse)
                    && let Some(m) = release_marking(&obj)
                {
                    found.insert(obj.id.clone(), m);
                }
            }
        }
        if found.is_empty() {
            return Ok(HashMap::new());
        }
        let members: HashMap<String, MemberId> = self
            .store
            .members()
            .await?
            .into_iter()
            .map(|m| (m.identity_id, m.id))
            .collect();
        let groups: HashMap<String, GroupId> =
            if found.values().flatten().any(|m| !m.groups.is_empty()) {
                self.store
                    .sharing_groups()
                    .await?
                    .into_iter()
                    .map(|g| (g.name, g.id))
                    .collect()
            } else {
                HashMap::new()
            };
        let mut out = HashMap::new();
        for (id, m) in found {
            let resolved = match m {
                Err(e) => Err(e),
                Ok(m) => {
                    let mut r = ResolvedRelease {
                        orcon: m.orcon,
                        evaluation: m.evaluation,
                        ..ResolvedRelease::default()
                    };
                    let mut problem = None;
                    for name in &m.groups {
                        match groups.get(name) {
                            Some(g) => r.groups.push(*g),
                            None => {
                                problem = Some(format!(
                                    "'release_to_groups' names '{name}', which is not a sharing group of this center; `liaison group list` shows them"
                                ))
                            }
                        }
                    }
                    for identity in &m.members {
                        match members.get(identity) {
                            Some(mid) => r.members.push(*mid),
                            None => {
                                problem = Some(format!(
                                    "'release_to' names {identity}, which is not a member of this center"
                                ))
                            }
                        }
                    }
                    for name in &m.users {
                        match self.store.user_by_name(name).await? {
                            Some(u) => r.users.push(u.id),
                            None => {
                                problem = Some(format!(
                                    "'release_to_users' names '{name}', who is not a user of this center"
                                ))
                            }
                        }
                    }
                    problem.map_or(Ok(r), Err)
                }
            };
            out.insert(id, resolved);
        }
        Ok(out)
    }

    /// Validates and stores a submission. Valid objects are stored even when others are refused;
    /// the status names each refusal and its reason.
    pub async fn submit(
        &self,
        actor: &Actor,
        collection: &str,
        objects: &[&str],
    ) -> Result<Status> {
        self.submit_with(actor, collection, objects, None, None)
            .await
    }

    /// [`Center::submit`], with a feed's marking for objects that carry none, and its progress
    /// saved in the transaction that stores the objects.
    pub(crate) async fn submit_with(
        &self,
        actor: &Actor,
        collection: &str,
        objects: &[&str],
        defaults: Option<&crate::feeds::Defaults>,
        feed: Option<crate::feeds::model::FeedProgress>,
    ) -> Result<Status> {
        actor.ensure_analyst()?;
        let view = self.collection_for(actor, collection).await?;
        if !view.can_write {
            return Err(Error::Forbidden(
                "you may not add objects to this collection; ask your center's administrator for write access".into(),
            ));
        }
        // Validation is pure CPU work, kept off the threads that serve requests; a large
        // envelope is split in two, so even one client sending one envelope at a time keeps both
        // cores of a small server busy.
        let validate = |raws: &[&str]| {
            let raws: Vec<String> = raws.iter().map(|r| r.to_string()).collect();
            tokio::task::spawn_blocking(move || {
                raws.iter()
                    .map(|r| StixObject::parse(r))
                    .collect::<Vec<_>>()
            })
        };
        let failed = |e: tokio::task::JoinError| Error::store_cause("validation stopped", e);
        let parsed = if objects.len() >= PARALLEL_VALIDATION_MIN {
            let (a, b) = objects.split_at(objects.len() / 2);
            let (first, second) = tokio::join!(validate(a), validate(b));
            let mut first = first.map_err(failed)?;
            first.extend(second.map_err(failed)?);
            first
        } else {
            validate(objects).await.map_err(failed)?
        };
        let releases = self.release_markings(actor, &view, &parsed).await?;
        let authors = if parsed.iter().flatten().any(|o| {
            o.object_type == "identity"
                || o.created_by_ref
                    .as_ref()
                    .is_some_and(|by| by != &actor.member.identity_id)
        }) {
            self.authors().await?
        } else {
            Authors::default()
        };
        let grid = self.grid_degrees().await?;
        let mut refs: Vec<Vec<String>> = Vec::with_capacity(parsed.len());
        let mut items: Vec<Submitted> = parsed
            .into_iter()
            .map(|p| match p {
                Ok(obj) => {
                    refs.push(obj.references());
                    let own = match releases.get(&obj.id) {
                        // A release marking that cannot be resolved is refused itself.
                        Some(Err(why)) => Err(why.clone()),
                        _ => self.releasability(
                            actor,
                            &obj,
                            &view.collection,
                            &releases,
                            &authors,
                            defaults,
                        ),
                    };
                    match own {
                        Ok(r) => Submitted::Valid(new_object_on(&obj, r, grid)),
                        Err(message) => Submitted::Refused {
                            id: obj.id.clone(),
                            version: obj.version().map(|v| v.to_string()).unwrap_or_default(),
                            message,
                        },
                    }
                }
                Err(e) => {
                    refs.push(vec![]);
                    Submitted::Refused {
                        id: e.id.clone().unwrap_or_else(|| "unknown".into()),
                        version: e.version.clone().unwrap_or_else(|| "unknown".into()),
                        message: e.to_string(),
                    }
                }
            })
            .collect();
        self.third_party_rule(actor, &mut items, &refs).await?;
        let status_id = self.new_id()?;
        let audit = self.audit_entry(
            AuditActor::of(actor),
            "objects.submit",
            &view.collection.id.0.to_string(),
            json!({
                "status": status_id,
                "objects": items.iter().map(|i| match i {
                    Submitted::Valid(o) => json!([o.stix_id, o.version.as_ref().map(|v| &v.0)]),
                    Submitted::Refused { id, version, .. } => json!([id, version, "refused"]),
                }).collect::<Vec<_>>(),
            }),
        );
        // What deconfliction reads of the new objects, taken before they go to the store.
        let candidates: Vec<(String, Releasability, Vec<String>)> = items
            .iter()
            .filter_map(|i| match i {
                Submitted::Valid(o) => {
                    Some((o.stix_id.clone(), o.releasability.clone(), o.keys.clone()))
                }
                Submitted::Refused { .. } => None,
            })
            .collect();
        let status = self
            .store
            .write_objects(WriteRequest {
                status_id,
                collection: view.collection.id,
                member: actor.member.id,
                user: actor.user.id,
                request_timestamp: self.now(),
                items,
                audit: Some(audit),
                feed,
            })
            .await?;
        self.observer
            .objects(status.success_count, status.failure_count);
        // Only what this submission stored anew meets operations (a version stored before
        // met them then).
        let new: std::collections::HashSet<&str> = status
            .successes
            .iter()
            .filter(|d| d.message.is_none())
            .map(|d| d.id.as_str())
            .collect();
        let candidates: Vec<_> = candidates
            .into_iter()
            .filter(|(id, _, _)| new.contains(id.as_str()))
            .collect();
        if !candidates.is_empty()
            && let Err(e) = self
                .deconflict_new_intelligence(actor, view.collection.id, candidates)
                .await
        {
            // The objects are stored and acknowledged; the failure is kept where the
            // operators look.
            self.record(
                AuditActor::of(actor),
                "deconfliction.failed",
                &status.id.to_string(),
                json!({"error": crate::error::chain(&e)}),
            )
            .await?;
        }
        Ok(status)
    }

    /// The third-party rule: an object that refers to another member's ORCON object may reach
    /// no one that object does not reach. Only references the submitter can see count, so a
    /// refusal never reveals an object.
    pub(crate) async fn third_party_rule(
        &self,
        actor: &Actor,
        items: &mut [Submitted],
        refs: &[Vec<String>],
    ) -> Result<()> {
        let wanted: Vec<String> = refs.iter().flatten().cloned().collect();
        let Some(third) = self.third_parties(actor, wanted).await? else {
            return Ok(());
        };
        for (item, refs) in items.iter_mut().zip(refs) {
            let Submitted::Valid(o) = item else { continue };
            if let Some((theirs, owner)) = third.narrower(refs, &third.audience(&o.releasability)) {
                *item = Submitted::Refused {
                    id: o.stix_id.clone(),
                    version: o.version.as_ref().map(|v| v.0.clone()).unwrap_or_default(),
                    message: format!(
                        "refers to {theirs}, which member '{owner}' released under originator control (ORCON) to fewer members than this object would reach; release this object no more widely, or ask '{owner}' for a release request"
                    ),
                };
            }
        }
        Ok(())
    }

    /// What the third-party rule judges objects referring to `refs` by, read once for them all;
    /// `None` when none of `refs` is another member's ORCON intelligence the actor reads.
    pub(crate) async fn third_parties(
        &self,
        actor: &Actor,
        mut refs: Vec<String>,
    ) -> Result<Option<ThirdParties>> {
        refs.sort();
        refs.dedup();
        if refs.is_empty() {
            return Ok(None);
        }
        let reader = actor.reader();
        let mut orcon = crate::VersionRelease::newest(
            self.store
                .releasabilities(refs, visibility(&reader))
                .await?,
        );
        orcon.retain(|_, v| v.releasability.orcon && v.releasability.originator != actor.member.id);
        if orcon.is_empty() {
            return Ok(None);
        }
        let groups = self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .map(|g| (g.id, g.members))
            .collect();
        let users = self
            .store
            .users(None)
            .await?
            .into_iter()
            .map(|u| (u.id, u.member_id))
            .collect();
        Ok(Some(ThirdParties {
            orcon,
            groups,
            users,
            names: self.member_names().await?,
            reader,
        }))
    }
}

/// The third-party rule's facts for one batch (see [`Center::third_parties`]): the newest
/// releasability of each referenced object that is another member's ORCON intelligence, the
/// sharing groups as they stand, each user's member and the members' names. Submissions
/// ([`Center::third_party_rule`]) and releases (`Center::kept_from`) ask it the one question.
pub(crate) struct ThirdParties {
    orcon: HashMap<String, crate::VersionRelease>,
    groups: HashMap<GroupId, Vec<MemberId>>,
    users: HashMap<UserId, MemberId>,
    names: HashMap<MemberId, String>,
    reader: crate::release::Reader,
}

impl ThirdParties {
    /// Whom `r` reaches, sharing groups expanded.
    pub(crate) fn audience(&self, r: &Releasability) -> Audience {
        Audience::of(r, |g| self.groups.get(&g).cloned().unwrap_or_default())
    }

    /// The first of `refs` that is another member's ORCON intelligence whose audience does
    /// not hold `mine`: its id, and the name of the member that released it. Its audience as
    /// the actor may learn it: comparing against the whole list would let the actor probe, by
    /// what is refused, who else is on it.
    pub(crate) fn narrower(&self, refs: &[String], mine: &Audience) -> Option<(&str, &str)> {
        let theirs = refs
            .iter()
            .filter_map(|r| self.orcon.get(r))
            .find(|theirs| {
                let known = theirs.releasability.as_seen_by(&self.reader);
                !mine.within(&self.audience(&known), |u| self.users.get(&u).copied())
            })?;
        let owner = self
            .names
            .get(&theirs.releasability.originator)
            .map_or("its originator", String::as_str);
        Some((theirs.stix_id.as_str(), owner))
    }
}

/// Reading: pages of objects, exports, statuses, event streams, and what every read path
/// shares (the readable collections, the reader of a member, the audit of sensitive reads).
impl Center {
    /// Reads objects (or manifest records, without bodies) of a collection.
    pub async fn objects(
        &self,
        actor: &Actor,
        collection: &str,
        mut q: ObjectQuery,
    ) -> Result<Page> {
        let view = self.collection_for(actor, collection).await?;
        if !view.can_read {
            return Err(Error::Forbidden(
                "you may not read this collection; ask your center's administrator for read access"
                    .into(),
            ));
        }
        q.collection = Some(view.collection.id);
        canonical_ids(&mut q);
        let page = self
            .store
            .query_objects(q, visibility(&actor.reader()))
            .await?;
        self.record_reads(
            AuditActor::of(actor),
            "objects.read",
            &view.collection.id.0.to_string(),
            &page,
        )
        .await?;
        Ok(page)
    }

    /// Records the AMBER, AMBER+STRICT and RED objects a page disclosed (with their text),
    /// before the page is handed out.
    pub(crate) async fn record_reads(
        &self,
        actor: AuditActor,
        action: &str,
        subject: &str,
        page: &Page,
    ) -> Result<()> {
        let read: Vec<serde_json::Value> = page
            .objects
            .iter()
            .filter(|o| o.body.is_some() && o.tlp >= Tlp::Amber)
            .map(|o| json!([o.stix_id, o.version, o.tlp]))
            .collect();
        if read.is_empty() {
            return Ok(());
        }
        self.record(actor, action, subject, json!({ "objects": read }))
            .await
    }

    /// Deletes versions of an object that the actor's member originated.
    pub async fn delete(&self, actor: &Actor, collection: &str, mut q: ObjectQuery) -> Result<u64> {
        let view = self.collection_for(actor, collection).await?;
        if !(view.can_read && view.can_write) {
            return Err(Error::Forbidden(
                "deleting needs both read and write access to the collection".into(),
            ));
        }
        q.collection = Some(view.collection.id);
        canonical_ids(&mut q);
        let ids = q.ids.clone();
        let d = self
            .store
            .delete_objects(q, visibility(&actor.reader()), actor.member.id)
            .await?;
        if d.deleted > 0 {
            self.record(
                AuditActor::of(actor),
                "objects.delete",
                &view.collection.id.0.to_string(),
                json!({"ids": ids, "deleted": d.deleted}),
            )
            .await?;
        }
        if d.matched == 0 {
            return Err(Error::NotFound("object"));
        }
        if d.deleted == 0 {
            return Err(Error::Forbidden(
                "only the member that submitted an object may delete it".into(),
            ));
        }
        Ok(d.deleted)
    }

    /// A submission's status, for the member that made it.
    pub async fn status(&self, actor: &Actor, id: Uuid) -> Result<Status> {
        if !actor.reader().active {
            return Err(Error::NotFound("status"));
        }
        self.store
            .status(id, actor.member.id)
            .await?
            .ok_or(Error::NotFound("status"))
    }

    /// Everything a member may see, across collections, page by page (for exports).
    pub async fn export_page(
        &self,
        by: Authority<'_>,
        member: &Member,
        added_after: Option<i64>,
        limit: usize,
    ) -> Result<Page> {
        by.check()?;
        let reader = self.member_reader(member).await?;
        let page = self
            .store
            .query_objects(
                ObjectQuery {
                    collection: None,
                    versions: VersionFilter::all(),
                    spec_versions: vec![stix::SpecVersion::V20, stix::SpecVersion::V21],
                    added_after,
                    limit,
                    with_body: true,
                    ..ObjectQuery::default()
                },
                visibility(&reader),
            )
            .await?;
        self.record_reads(
            AuditActor::authority(&by),
            "objects.export",
            &member.name,
            &page,
        )
        .await?;
        Ok(page)
    }

    pub fn cursor(&self, after: i64, user: UserId, query: &str) -> String {
        crate::cursor::encode(&self.secret, after, user, query)
    }

    pub fn read_cursor(&self, token: &str, user: UserId, query: &str) -> Result<i64> {
        crate::cursor::decode(&self.secret, token, user, query)
    }

    pub async fn count_objects(&self) -> Result<u64> {
        self.store.count_objects().await
    }

    /// The actor as the center knows it now: a suspension, a withdrawal or a disabled account
    /// takes effect on long-lived connections too.
    pub async fn refresh(&self, actor: &Actor) -> Result<Actor> {
        let read = || async {
            let user = self
                .store
                .user(actor.user.id)
                .await?
                .ok_or_else(|| Error::Unauthenticated("unknown account".into()))?;
            self.actor_for_user(user).await
        };
        self.access.actor(actor.user.id, self.now(), read).await
    }

    /// Wakes subscribers after writes (see [`Store::changes`]).
    pub fn changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.store.changes()
    }

    /// Where a new subscription starts: after everything already added.
    pub async fn event_cursor(&self) -> Result<i64> {
        self.store.last_date_added().await
    }

    /// Object versions added after `after` (a `date_added`) that the actor may see and
    /// `filter` wants, oldest first, across the collections it can read. Read through the same
    /// visibility as everything else, so a notification never reveals an object.
    pub async fn events(
        &self,
        actor: &Actor,
        after: i64,
        limit: usize,
        filter: &crate::subscriptions::model::ObjectFilter,
    ) -> Result<Vec<ObjectEvent>> {
        self.object_events(&actor.reader(), &actor.member, after, limit, filter)
            .await
    }

    /// Object versions added after `after` that `reader` may see and `filter` wants, in the
    /// collections `member` reads, oldest first: the one read behind event streams and
    /// webhooks. The filter is part of the store query that applies the visibility rule.
    pub(crate) async fn object_events(
        &self,
        reader: &crate::Reader,
        member: &Member,
        after: i64,
        limit: usize,
        filter: &crate::subscriptions::model::ObjectFilter,
    ) -> Result<Vec<ObjectEvent>> {
        if !filter.objects {
            return Ok(vec![]);
        }
        let vis = visibility(reader);
        let mut out = Vec::new();
        for collection in self.readable_collections(member).await? {
            let page = self
                .store
                .query_objects(
                    ObjectQuery {
                        collection: Some(collection),
                        versions: VersionFilter::all(),
                        spec_versions: vec![stix::SpecVersion::V20, stix::SpecVersion::V21],
                        added_after: Some(after),
                        limit,
                        with_body: false,
                        types: filter.types.clone(),
                        originators: filter.originators.clone(),
                        tlps: filter.tlps.clone(),
                        text: filter.words.as_deref().map(crate::text::fold),
                        ..ObjectQuery::default()
                    },
                    vis.clone(),
                )
                .await?;
            out.extend(
                page.objects
                    .into_iter()
                    .map(|object| ObjectEvent { collection, object }),
            );
        }
        out.sort_by_key(|e| e.object.date_added);
        out.truncate(limit);
        Ok(out)
    }

    /// Tells every active member the same thing (a meeting convened, a report published).
    pub(crate) async fn notify_active_members(
        &self,
        kind: &str,
        at: i64,
        payload: serde_json::Value,
    ) -> Result<()> {
        let payload = payload.to_string();
        let notes = self
            .members()
            .await?
            .into_iter()
            .filter(|x| x.status.is_active())
            .map(|x| crate::exchange::model::NewNotification {
                member: x.id,
                at,
                kind: kind.into(),
                payload: payload.clone(),
            })
            .collect();
        self.store.notify(notes).await
    }

    /// A member as a whole, as a reader (exports, webhooks): no user, its groups as of now.
    pub(crate) async fn member_reader(&self, member: &Member) -> Result<crate::Reader> {
        Ok(crate::Reader {
            member: member.id,
            user: None,
            groups: self.store.member_groups(member.id).await?,
            active: member.status.is_active(),
        })
    }

    /// The one check of what a member links to (an RFI, an answer, an outcome), refusing
    /// under `field` each id that is no STIX id, and each the actor cannot read in the same
    /// words whether it exists or not, so that linking cannot be used to learn what exists.
    pub(crate) async fn refuse_bad_links(
        &self,
        actor: &Actor,
        ids: &[String],
        field: &'static str,
        refused: &mut crate::error::Refusals,
    ) -> Result<()> {
        let mut wanted: Vec<String> = Vec::new();
        for id in ids {
            match stix::id::parse_id(id) {
                Ok(_) => wanted.push(id.clone()),
                Err(e) => refused.check(false, field, "bad-id", &e),
            }
        }
        if wanted.is_empty() {
            return Ok(());
        }
        let seen: Vec<String> = self
            .readable_latest(actor, wanted.clone(), None)
            .await?
            .into_iter()
            .map(|o| o.stix_id)
            .collect();
        for id in wanted.iter().filter(|id| !seen.contains(id)) {
            refused.check(
                false,
                field,
                "not-visible",
                &format!("{id} is not an object you can see; link only what you can see"),
            );
        }
        Ok(())
    }

    /// The latest version of each object the actor may read (visible by the rule, in a
    /// collection it reads): of these ids, or of the objects that refer to `referencing`. The
    /// one read behind agendas, RFIs, outcomes, sightings and timelines.
    pub(crate) async fn readable_latest(
        &self,
        actor: &Actor,
        ids: Vec<String>,
        referencing: Option<String>,
    ) -> Result<Vec<StoredObject>> {
        if ids.is_empty() && referencing.is_none() {
            return Ok(vec![]);
        }
        let collections = self.readable_collections(&actor.member).await?;
        if collections.is_empty() {
            return Ok(vec![]);
        }
        Ok(self
            .store
            .query_objects(
                ObjectQuery {
                    collections,
                    ids: ids.iter().map(|i| stix::id::canonical_id(i)).collect(),
                    referencing: referencing.as_deref().map(stix::id::canonical_id),
                    versions: VersionFilter::last(),
                    // Each object once, in the newest spec version the reader may see.
                    spec_versions: vec![],
                    limit: 10_000,
                    with_body: true,
                    ..ObjectQuery::default()
                },
                visibility(&actor.reader()),
            )
            .await?
            .objects)
    }
}

/// Files the ids a query names under their canonical spelling, as objects are stored.
pub(crate) fn canonical_ids(q: &mut ObjectQuery) {
    for id in &mut q.ids {
        *id = stix::id::canonical_id(id);
    }
}
