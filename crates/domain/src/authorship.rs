//! Author and submitter are two things. `created_by_ref` names who wrote a piece of
//! intelligence (MITRE, a vendor, a police unit); the member that shares it is its originator,
//! and that drives releasability, originator control, release requests, hit/no-hit and the
//! statistics. The one authorship refused is a forgery of another member: naming an identity
//! that is a member's own or registered to it.

use std::collections::HashMap;

use serde_json::json;

use crate::audit::model::AuditActor;
use crate::service::Center;
use crate::{Authority, Error, Member, MemberId, MemberIdentity, Result};

/// Who each member identity belongs to: the members' own identities and those registered to
/// them, read afresh for a submission.
#[derive(Debug, Clone, Default)]
pub struct Authors {
    owners: HashMap<String, Owner>,
}

/// A member an identity belongs to, and what the identity is called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub id: MemberId,
    /// The member's short name.
    pub member: String,
    /// The identity's name: the registered one, or the member's full name for its own.
    pub name: String,
}

impl Authors {
    fn new(members: Vec<Member>, registered: Vec<MemberIdentity>) -> Self {
        let short: HashMap<MemberId, String> =
            members.iter().map(|m| (m.id, m.name.clone())).collect();
        let mut owners: HashMap<String, Owner> = HashMap::new();
        for i in registered {
            if let Some(member) = short.get(&i.member_id) {
                let owner = Owner {
                    id: i.member_id,
                    member: member.clone(),
                    name: i.name,
                };
                owners.insert(i.identity_id, owner);
            }
        }
        for m in members {
            let owner = Owner {
                id: m.id,
                member: m.name,
                name: m.display_name,
            };
            owners.insert(m.identity_id, owner);
        }
        Authors { owners }
    }

    /// Whether naming `identity` (as author, or as an identity object's id) forges a member
    /// other than `member`: the one authorship the center refuses.
    pub fn forged_by(&self, member: MemberId, identity: &str) -> bool {
        self.owner(identity).is_some_and(|o| o.id != member)
    }

    /// The member an identity belongs to, if any (ids compared in their canonical spelling).
    pub fn owner(&self, identity: &str) -> Option<&Owner> {
        self.owners.get(&stix::id::canonical_id(identity))
    }
}

impl Center {
    /// Who every member identity belongs to.
    pub async fn authors(&self) -> Result<Authors> {
        Ok(Authors::new(
            self.store().members().await?,
            self.store().member_identities().await?,
        ))
    }

    /// Registers `identity_id` as an identity `member` authors as (an alias, a sub-unit): from
    /// then on no other member may name it as the author of what it shares. Refused if it is
    /// already a member's.
    pub async fn register_identity(
        &self,
        by: Authority<'_>,
        member: &str,
        identity_id: &str,
        name: &str,
    ) -> Result<MemberIdentity> {
        // The center's administrators only: a member administrator could claim a third
        // party's identity (MITRE's, a vendor's) and have every other member's objects
        // authored by it refused as forged.
        by.check()?;
        let m = self.member_by_name(member).await?;
        let (ty, _) =
            stix::id::parse_id(identity_id).map_err(|e| Error::field("identity", "bad-id", e))?;
        if ty != "identity" {
            return Err(Error::field(
                "identity",
                "not-identity",
                format!(
                    "'{identity_id}' is a {ty}; a member authors as an identity (identity--UUID)"
                ),
            ));
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(Error::field(
                "name",
                "required",
                "give the identity the name people know it by (up to 200 characters, any script)",
            ));
        }
        let identity_id = stix::id::canonical_id(identity_id);
        if let Some(owner) = self.authors().await?.owner(&identity_id) {
            return Err(Error::Conflict(if owner.id == m.id {
                format!(
                    "{identity_id} is already an identity of member '{}'",
                    m.name
                )
            } else {
                format!(
                    "{identity_id} is an identity of member '{}'; one identity belongs to one member",
                    owner.member
                )
            }));
        }
        let i = MemberIdentity {
            identity_id: identity_id.clone(),
            member_id: m.id,
            name: name.to_string(),
            created_at: self.now(),
        };
        if !self.store().insert_member_identity(i.clone()).await? {
            return Err(Error::Conflict(format!(
                "{identity_id} is already registered to a member"
            )));
        }
        self.record(
            AuditActor::authority(&by),
            "member.identity.add",
            &m.name,
            json!({"identity": identity_id, "name": i.name}),
        )
        .await?;
        Ok(i)
    }

    /// The identities registered to a member, besides its own.
    pub async fn member_identities(
        &self,
        by: Authority<'_>,
        member: &str,
    ) -> Result<Vec<MemberIdentity>> {
        by.check_administers()?;
        let m = self.member_by_name(member).await?;
        by.check_member(m.id)?;
        Ok(self
            .store()
            .member_identities()
            .await?
            .into_iter()
            .filter(|i| i.member_id == m.id)
            .collect())
    }

    /// Unregisters an identity of a member; what was shared under it stays as it is.
    pub async fn unregister_identity(
        &self,
        by: Authority<'_>,
        member: &str,
        identity_id: &str,
    ) -> Result<()> {
        by.check()?;
        let m = self.member_by_name(member).await?;
        let identity_id = stix::id::canonical_id(identity_id);
        if !self
            .store()
            .delete_member_identity(m.id, identity_id.clone())
            .await?
        {
            return Err(Error::NotFound("member identity"));
        }
        self.record(
            AuditActor::authority(&by),
            "member.identity.remove",
            &m.name,
            json!({"identity": identity_id}),
        )
        .await
    }
}

/// The author an object names (`created_by_ref`), read from its stored text.
pub fn author_of(body: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Authored {
        created_by_ref: Option<String>,
    }
    serde_json::from_str::<Authored>(body)
        .ok()
        .and_then(|a| a.created_by_ref)
        .map(|a| stix::id::canonical_id(&a))
}

impl Center {
    /// Names for the authors of these objects, as the actor may know them: a member's identity
    /// gives the member's (or the registered identity's) name; another, an identity object it
    /// may read. An author it can put no name to is left out, and shown by its id.
    pub async fn author_names(
        &self,
        actor: &crate::Actor,
        objects: &[crate::store::StoredObject],
    ) -> Result<HashMap<String, String>> {
        let mut ids: Vec<String> = objects
            .iter()
            .filter_map(|o| o.body.as_deref().and_then(author_of))
            .collect();
        ids.sort();
        ids.dedup();
        let mut out = HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        // A member's identity is named by the registry, whatever identity objects say: no
        // member can rename another by publishing an identity object under its id.
        let authors = self.authors().await?;
        for id in &ids {
            if let Some(o) = authors.owner(id) {
                out.insert(id.clone(), o.name.clone());
            }
        }
        let others: Vec<String> = ids
            .iter()
            .filter(|i| !out.contains_key(*i))
            .cloned()
            .collect();
        if !others.is_empty() {
            for o in self.readable_latest(actor, others, None).await? {
                let name = o
                    .body
                    .as_deref()
                    .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
                    .and_then(|v| v.get("name").and_then(|n| n.as_str()).map(str::to_string));
                if let Some(n) = name {
                    out.insert(o.stix_id, n);
                }
            }
        }
        Ok(out)
    }
}
