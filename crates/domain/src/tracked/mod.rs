//! Sightings, and the groups a center tracks: threat actors, intrusion sets and campaigns with
//! a status over time and a timeline of everything visible about them. Everything here is read
//! through the reader's visibility: "seen by N members" counts only sightings it may see.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::service::Center;
use crate::store::StoredObject;
use crate::{Actor, Error, MemberId, Result, Role};
use serde_json::json;
/// Sightings of an object, as one reader may see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sightings {
    /// Distinct members whose sightings the reader sees.
    pub members: Vec<MemberId>,
    pub sightings: Vec<StoredObject>,
}

/// Everything visible about a tracked group, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub statuses: Vec<GroupStatus>,
    /// Reports, relationships, sightings and other objects that refer to the group.
    pub objects: Vec<StoredObject>,
}

/// The distinct members that made these sightings: "seen by N members".
pub fn sighting_members(sightings: &[StoredObject]) -> Vec<MemberId> {
    let mut members: Vec<MemberId> = sightings.iter().map(|o| o.originator).collect();
    members.sort();
    members.dedup();
    members
}

impl Center {
    /// The latest version of an object the actor may see; not found otherwise.
    async fn visible(&self, actor: &Actor, stix_id: &str) -> Result<StoredObject> {
        self.readable_latest(actor, vec![stix_id.to_string()], None)
            .await?
            .into_iter()
            .next()
            .ok_or(Error::NotFound("object"))
    }

    /// The sightings of an object the actor can see, and how many members made them.
    pub async fn sightings(&self, actor: &Actor, stix_id: &str) -> Result<Sightings> {
        let stix_id = &stix::id::canonical_id(stix_id);
        self.visible(actor, stix_id).await?;
        let sightings: Vec<StoredObject> = self
            .readable_latest(actor, vec![], Some(stix_id.to_string()))
            .await?
            .into_iter()
            .filter(|o| o.object_type == "sighting")
            .collect();
        Ok(Sightings {
            members: sighting_members(&sightings),
            sightings,
        })
    }

    /// Records a tracked group's status: its originator's users or the secretariat.
    pub async fn set_group_status(
        &self,
        actor: &Actor,
        stix_id: &str,
        state: GroupState,
        note: &str,
    ) -> Result<GroupStatus> {
        let stix_id = &stix::id::canonical_id(stix_id);
        let o = self.visible(actor, stix_id).await?;
        if !TRACKED_TYPES.contains(&o.object_type.as_str()) {
            return Err(Error::invalid(format!(
                "{stix_id} is a {}; statuses are kept for threat actors, intrusion sets and campaigns",
                o.object_type
            )));
        }
        if !may_keep_status(actor, &o) {
            return Err(Error::Forbidden(
                "a group's status is kept by the member that tracks it, or the secretariat".into(),
            ));
        }
        let s = self
            .store()
            .insert_group_status(NewGroupStatus {
                stix_id: stix_id.into(),
                state,
                at: self.now(),
                member: actor.member.id,
                note: note.trim().into(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "group.status",
            stix_id,
            json!({"state": state.as_str(), "note": note}),
        )
        .await?;
        Ok(s)
    }

    /// A tracked group's statuses, if the actor may see the group.
    pub async fn group_statuses(&self, actor: &Actor, stix_id: &str) -> Result<Vec<GroupStatus>> {
        let stix_id = &stix::id::canonical_id(stix_id);
        self.visible(actor, stix_id).await?;
        self.store().group_statuses(stix_id).await
    }

    /// A tracked group's statuses and every visible object that refers to it.
    pub async fn timeline(&self, actor: &Actor, stix_id: &str) -> Result<Timeline> {
        let stix_id = &stix::id::canonical_id(stix_id);
        self.visible(actor, stix_id).await?;
        let mut objects = self
            .readable_latest(actor, vec![], Some(stix_id.to_string()))
            .await?;
        objects.sort_by_key(|o| o.date_added);
        Ok(Timeline {
            statuses: self.store().group_statuses(stix_id).await?,
            objects,
        })
    }
}
impl Center {
    /// Records what intelligence led to; the objects must be ones the recorder can see.
    pub async fn record_outcome(
        &self,
        actor: &Actor,
        kind: OutcomeKind,
        description: &str,
        occurred_at: i64,
        objects: &[String],
    ) -> Result<Outcome> {
        actor.ensure_analyst()?;
        let objects: Vec<String> = objects.iter().map(|o| stix::id::canonical_id(o)).collect();
        let objects = objects.as_slice();
        if !actor.reader().active {
            return Err(Error::Forbidden(
                "your member is not active in the center".into(),
            ));
        }
        if objects.is_empty() {
            return Err(Error::field(
                "objects",
                "required",
                "an outcome links to the intelligence that led to it ('objects')",
            ));
        }
        let mut refused = crate::error::Refusals::new();
        self.refuse_bad_links(actor, objects, "objects", &mut refused)
            .await?;
        refused.done()?;
        let o = self
            .store()
            .insert_outcome(NewOutcome {
                kind,
                description: description.trim().into(),
                occurred_at,
                recorded_at: self.now(),
                member: actor.member.id,
                user: actor.user.id,
                objects: objects.to_vec(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "outcome.record",
            &o.id.to_string(),
            json!({"kind": kind.as_str(), "objects": objects}),
        )
        .await?;
        Ok(o)
    }

    /// Every outcome (the center's achievements), each with only the objects and contributors
    /// the actor may see.
    pub async fn outcomes(&self, actor: &Actor) -> Result<Vec<OutcomeView>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        let all = self.store().outcomes().await?;
        let mut wanted: Vec<String> = all.iter().flat_map(|o| o.objects.clone()).collect();
        wanted.sort();
        wanted.dedup();
        let seen: std::collections::HashMap<String, MemberId> = self
            .readable_latest(actor, wanted, None)
            .await?
            .into_iter()
            .map(|o| (o.stix_id, o.originator))
            .collect();
        let mut out = Vec::new();
        for mut o in all {
            let before = o.objects.len();
            o.objects.retain(|id| seen.contains_key(id));
            let mut contributors: Vec<MemberId> = o
                .objects
                .iter()
                .filter_map(|id| seen.get(id).copied())
                .collect();
            contributors.sort();
            contributors.dedup();
            out.push(OutcomeView {
                withheld: before - o.objects.len(),
                outcome: o,
                contributors,
            });
        }
        Ok(out)
    }
}

/// Whether the actor keeps this group's status: the member that shared it tracks it, and the
/// secretariat keeps every group's. Pages offer the form by it; [`Center::set_group_status`]
/// refuses by it.
pub fn may_keep_status(actor: &Actor, group: &StoredObject) -> bool {
    TRACKED_TYPES.contains(&group.object_type.as_str())
        && (group.originator == actor.member.id || actor.has_role(Role::Secretariat))
}

/// A place in the intelligence a reader sees, and the tracked groups located there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub location: StoredObject,
    /// Threat actors, intrusion sets and campaigns a visible `located-at` relationship puts
    /// here, each once.
    pub groups: Vec<StoredObject>,
}

/// How many of the newest locations and relationships the map reads.
const MAP_LOCATIONS: usize = 2_000;
const MAP_RELATIONSHIPS: usize = 20_000;

impl Center {
    /// The places the map shows: visible locations, each with the visible groups located at
    /// it. A group or a relationship the reader may not see puts nothing on its map.
    pub async fn places(&self, actor: &Actor) -> Result<Vec<Place>> {
        let locations = self
            .recent(actor, vec!["location".into()], MAP_LOCATIONS)
            .await?;
        // The relationships are read, not shown: only the groups they place are (audited below).
        let relationships = self
            .readable_newest(actor, vec!["relationship".into()], MAP_RELATIONSHIPS)
            .await?;
        let mut located: Vec<(String, String)> = relationships
            .iter()
            .filter_map(|r| {
                let v: serde_json::Value = serde_json::from_str(r.body.as_deref()?).ok()?;
                let text = |k: &str| {
                    v.get(k)
                        .and_then(|x| x.as_str())
                        .map(stix::id::canonical_id)
                };
                (v.get("relationship_type")?.as_str()? == "located-at")
                    .then(|| Some((text("source_ref")?, text("target_ref")?)))
                    .flatten()
            })
            .filter(|(group, _)| {
                TRACKED_TYPES
                    .iter()
                    .any(|t| group.strip_prefix(t).is_some_and(|r| r.starts_with("--")))
            })
            .collect();
        located.sort();
        located.dedup();
        let mut group_ids: Vec<String> = located.iter().map(|(g, _)| g.clone()).collect();
        group_ids.sort();
        group_ids.dedup();
        let groups = self.readable_latest(actor, group_ids, None).await?;
        let shown = crate::store::Page {
            objects: groups.clone(),
            more: false,
        };
        self.record_reads(AuditActor::of(actor), "objects.browse", "web", &shown)
            .await?;
        Ok(locations
            .into_iter()
            .map(|location| {
                let here = stix::id::canonical_id(&location.stix_id);
                let groups = groups
                    .iter()
                    .filter(|g| {
                        located
                            .iter()
                            .any(|(s, t)| *t == here && *s == stix::id::canonical_id(&g.stix_id))
                    })
                    .cloned()
                    .collect();
                Place { location, groups }
            })
            .collect())
    }
}
