//! Sightings, and the groups a center tracks: threat actors, intrusion sets and campaigns with
//! a status over time and a timeline of everything visible about them. Everything here is read
//! through the reader's visibility: "seen by N members" counts only sightings it may see.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit::AuditActor;
use crate::release::visibility;
use crate::service::Center;
use crate::store::{ObjectQuery, StoredObject, VersionFilter};
use crate::{Actor, Error, MemberId, Result, Role};

/// Object types whose status a center follows.
pub const TRACKED_TYPES: [&str; 3] = ["threat-actor", "intrusion-set", "campaign"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupState {
    Active,
    Dormant,
    Disrupted,
    Dismantled,
}

impl GroupState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Dormant => "dormant",
            Self::Disrupted => "disrupted",
            Self::Dismantled => "dismantled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Active,
            Self::Dormant,
            Self::Disrupted,
            Self::Dismantled,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupStatus {
    pub id: i64,
    pub stix_id: String,
    pub state: GroupState,
    pub at: i64,
    pub member: MemberId,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroupStatus {
    pub stix_id: String,
    pub state: GroupState,
    pub at: i64,
    pub member: MemberId,
    pub note: String,
}

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

impl Center {
    /// The latest version of an object the actor may see; not found otherwise.
    async fn visible(&self, actor: &Actor, stix_id: &str) -> Result<StoredObject> {
        self.referring(actor, None, Some(stix_id.to_string()))
            .await?
            .into_iter()
            .next()
            .ok_or(Error::NotFound("object"))
    }

    /// Latest visible versions: of `id`, or of the objects referring to `referencing`.
    async fn referring(
        &self,
        actor: &Actor,
        referencing: Option<String>,
        id: Option<String>,
    ) -> Result<Vec<StoredObject>> {
        let collections: Vec<_> = self
            .collections_for(actor)
            .await?
            .into_iter()
            .filter(|v| v.can_read)
            .map(|v| v.collection.id)
            .collect();
        if collections.is_empty() {
            return Ok(vec![]);
        }
        Ok(self
            .store()
            .query_objects(
                ObjectQuery {
                    collections,
                    ids: id.into_iter().collect(),
                    referencing,
                    versions: VersionFilter::last(),
                    spec_versions: vec![stix::SpecVersion::V20, stix::SpecVersion::V21],
                    limit: 10_000,
                    with_body: true,
                    ..ObjectQuery::default()
                },
                visibility(&actor.reader()),
            )
            .await?
            .objects)
    }

    /// The sightings of an object the actor can see, and how many members made them.
    pub async fn sightings(&self, actor: &Actor, stix_id: &str) -> Result<Sightings> {
        self.visible(actor, stix_id).await?;
        let sightings: Vec<StoredObject> = self
            .referring(actor, Some(stix_id.to_string()), None)
            .await?
            .into_iter()
            .filter(|o| o.object_type == "sighting")
            .collect();
        let mut members: Vec<MemberId> = sightings.iter().map(|o| o.originator).collect();
        members.sort();
        members.dedup();
        Ok(Sightings { members, sightings })
    }

    /// Records a tracked group's status: its originator's users or the secretariat.
    pub async fn set_group_status(
        &self,
        actor: &Actor,
        stix_id: &str,
        state: GroupState,
        note: &str,
    ) -> Result<GroupStatus> {
        let o = self.visible(actor, stix_id).await?;
        if !TRACKED_TYPES.contains(&o.object_type.as_str()) {
            return Err(Error::Invalid(format!(
                "{stix_id} is a {}; statuses are kept for threat actors, intrusion sets and campaigns",
                o.object_type
            )));
        }
        if o.originator != actor.member.id && !actor.has_role(Role::Secretariat) {
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

    /// A tracked group's statuses and every visible object that refers to it.
    pub async fn timeline(&self, actor: &Actor, stix_id: &str) -> Result<Timeline> {
        self.visible(actor, stix_id).await?;
        let mut objects = self
            .referring(actor, Some(stix_id.to_string()), None)
            .await?;
        objects.sort_by_key(|o| o.date_added);
        Ok(Timeline {
            statuses: self.store().group_statuses(stix_id).await?,
            objects,
        })
    }
}
