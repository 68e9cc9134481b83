//! The members and collections administrators keep (their users and credentials are in
//! `users`, signing in is in `credentials`).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::json;
use stix::StixObject;
use stix::markings::Tlp;

use crate::audit::model::AuditActor;
use crate::release::{Releasability, Release};
use crate::store::*;
use crate::{
    Actor, Collection, CollectionGrant, CollectionId, Error, Member, MemberId, MemberStatus,
    Result, UserId,
};

use crate::service::*;

impl Center {
    // ---- members and collections -----------------------------------------------------------

    /// Stores objects the center itself publishes, as `m`'s, under the given release.
    pub(crate) async fn publish(
        &self,
        m: &Member,
        bodies: &[String],
        release: Release,
        at: i64,
    ) -> Result<()> {
        let mut items = Vec::new();
        for body in bodies {
            let obj = StixObject::parse(body).map_err(|e| {
                Error::store_cause("one of the center's own objects is not valid STIX", e)
            })?;
            items.push(Submitted::Valid(new_object(
                &obj,
                Releasability::new(m.id, release.clone()),
            )));
        }
        let status = self
            .store
            .write_objects(WriteRequest {
                status_id: self.new_id()?,
                collection: self.info.default_collection,
                member: m.id,
                user: UserId(0),
                request_timestamp: at,
                items,
                audit: Some(self.audit_entry(
                    AuditActor::console(),
                    "objects.publish",
                    &m.name,
                    json!({"count": bodies.len()}),
                )),
                feed: None,
            })
            .await?;
        if status.failure_count > 0 {
            return Err(Error::store(format!(
                "could not publish the center's objects: {:?}",
                status.failures
            )));
        }
        Ok(())
    }

    pub(crate) async fn publish_identity(
        &self,
        m: &Member,
        display_name: &str,
        at: i64,
    ) -> Result<()> {
        let body = member_identity(&m.identity_id, display_name, at);
        self.publish(m, &[body], Release::Green, at).await
    }

    /// Adds a member at once (admission by vote is an application). A founding member is one
    /// from its insert on, with the center's founding date as its accession, rather than made
    /// one by a second write that could fail after the first.
    pub async fn add_member(
        &self,
        by: Authority<'_>,
        name: &str,
        display_name: &str,
        founding: bool,
    ) -> Result<Member> {
        by.check()?;
        check_name("member", name)?;
        let _naming = self.naming.lock().await;
        if self.store.member_by_name(name).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a member named '{name}' already exists"
            )));
        }
        let display_name = self.free_display_name(name, display_name).await?;
        let display_name = display_name.as_str();
        let now = self.now();
        let m = self
            .store
            .insert_member(NewMember {
                name: name.into(),
                display_name: display_name.into(),
                identity_id: format!("identity--{}", self.new_id()?),
                status: MemberStatus::Member,
                is_secretariat: false,
                created_at: now,
                founded_at: founding.then(|| self.info().founded_at),
            })
            .await?;
        self.publish_identity(&m, display_name, now).await?;
        self.store
            .record_transition(
                m.id,
                crate::governance::model::NewTransition {
                    from: None,
                    to: MemberStatus::Member,
                    at: now,
                    reason: "added by the administrator".into(),
                    decision: None,
                    actor: AuditActor::authority(&by).name,
                },
            )
            .await?;
        self.record(
            AuditActor::authority(&by),
            "member.add",
            name,
            json!({"identity": m.identity_id, "display_name": display_name, "founding": founding}),
        )
        .await?;
        Ok(m)
    }

    /// Changes a member's status with a generic reason (see [`Center::change_member_status`]).
    pub async fn set_member_status(
        &self,
        by: Authority<'_>,
        name: &str,
        status: MemberStatus,
    ) -> Result<Member> {
        self.change_member_status(by, name, status, "changed by the administrator")
            .await
    }

    /// The members a release list names; each name that is no member is refused under
    /// `release_to`, with the others at fault in the same form.
    pub(crate) async fn release_members(
        &self,
        refused: &mut crate::error::Refusals,
        names: &[&str],
    ) -> Result<Vec<Member>> {
        let mut out = Vec::new();
        for &name in names {
            match self.member_by_name(name).await {
                Ok(m) => out.push(m),
                Err(Error::NotFound(_)) => refused.check(
                    false,
                    "release_to",
                    "unknown-member",
                    &format!("no member is named '{name}'"),
                ),
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// The users named as a TLP:RED object's recipients, by user name, each once; every name
    /// that is not a user who may read is refused under `release_to_users`, with the others at
    /// fault in the same form.
    pub(crate) async fn named_recipients(
        &self,
        refused: &mut crate::error::Refusals,
        names: &[String],
    ) -> Result<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            let reads = match self.store.user_by_name(name).await? {
                Some(u) if !u.disabled => self
                    .store
                    .member(u.member_id)
                    .await?
                    .is_some_and(|m| m.status.is_active()),
                _ => false,
            };
            refused.check(
                reads,
                "release_to_users",
                "unknown-user",
                &format!("no user who may read is named '{name}'; choose recipients from the list"),
            );
            if reads && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
        Ok(out)
    }

    /// The users a TLP:RED object may be released to by name: every enabled user of an active
    /// member, with the member's name, ordered by member then display name. The submit form
    /// offers them.
    pub async fn possible_recipients(
        &self,
        actor: &crate::Actor,
    ) -> Result<Vec<(Member, crate::User)>> {
        // Who works at the center is for the people of its active members only.
        if !actor.reader().active {
            return Ok(vec![]);
        }
        let members: HashMap<MemberId, Member> = self
            .members()
            .await?
            .into_iter()
            .filter(|m| m.status.is_active())
            .map(|m| (m.id, m))
            .collect();
        let mut out: Vec<(Member, crate::User)> = self
            .store
            .users(None)
            .await?
            .into_iter()
            .filter(|u| !u.disabled)
            .filter_map(|u| members.get(&u.member_id).map(|m| (m.clone(), u)))
            .collect();
        out.sort_by(|a, b| {
            (&a.0.name, &a.1.display_name, &a.1.username).cmp(&(
                &b.0.name,
                &b.1.display_name,
                &b.1.username,
            ))
        });
        Ok(out)
    }

    pub async fn member_by_name(&self, name: &str) -> Result<Member> {
        self.store
            .member_by_name(name)
            .await?
            .ok_or(Error::NotFound("member"))
    }

    pub async fn members(&self) -> Result<Vec<Member>> {
        Ok(self.members_shared().await?.as_ref().clone())
    }

    /// Every member, as this node remembers them (see [`crate::access`]): read on every page
    /// to name members as people know them, so not asked of the store each time.
    pub async fn members_shared(&self) -> Result<std::sync::Arc<Vec<Member>>> {
        self.access.members(self.store(), self.now()).await
    }

    /// The name people will read a new member by (its short name when none is given), refused
    /// when another member's reads the same (as search folds letters: case, compatibility
    /// forms, the Arabic and Persian letters, Latin marks, and invisible joiners left out):
    /// pages, pickers, charts and notices name members by it, and two alike could not be told
    /// apart.
    pub(crate) async fn free_display_name(&self, name: &str, display_name: &str) -> Result<String> {
        let display_name = match display_name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
        {
            d if d.is_empty() => name.to_string(),
            d => d,
        };
        let wanted = look_alike_readings(&display_name);
        // From the store, not the node's memory of it: a member added a moment ago counts.
        let members = self.store.members().await?;
        if let Some(m) = members.iter().find(|m| {
            let theirs = look_alike_readings(&m.display_name);
            wanted[0] == theirs[0] || wanted[1] == theirs[1]
        }) {
            return Err(Error::field(
                "display_name",
                "taken",
                format!(
                    "the member '{}' is already called '{}': give this one a name people can tell apart, such as with its country",
                    m.name, m.display_name
                ),
            ));
        }
        Ok(display_name)
    }

    /// Every member's short name, by id, for showing records that hold ids.
    pub async fn member_names(&self) -> Result<HashMap<MemberId, String>> {
        Ok(self
            .members_shared()
            .await?
            .iter()
            .map(|m| (m.id, m.name.clone()))
            .collect())
    }

    /// Members' names as people read them (`Alpha Agency`), for pages that name who shared,
    /// saw or received something; lists, forms and the API keep the short names.
    pub async fn member_display_names(&self) -> Result<HashMap<MemberId, String>> {
        Ok(self
            .members_shared()
            .await?
            .iter()
            .map(|m| (m.id, m.display_name.clone()))
            .collect())
    }

    /// The user names of these users, for a TLP:RED release list as its reader may learn it
    /// (see [`crate::Releasability::as_seen_by`]); an id the center does not know is left out.
    pub async fn user_names(&self, ids: &[crate::UserId]) -> Result<Vec<String>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(u) = self.store.user(*id).await? {
                out.push(u.username);
            }
        }
        Ok(out)
    }

    pub async fn add_collection(
        &self,
        by: Authority<'_>,
        spec: CollectionSpec,
    ) -> Result<Collection> {
        by.check()?;
        if let Some(a) = &spec.alias {
            check_name("collection alias", a)?;
            if self.find_collection(a).await?.is_some() {
                return Err(Error::Conflict(format!(
                    "a collection with alias '{a}' already exists"
                )));
            }
        }
        if spec.title.trim().is_empty() {
            return Err(Error::field(
                "title",
                "required",
                "a collection needs a title",
            ));
        }
        let c = Collection {
            id: CollectionId(self.new_id()?),
            alias: spec.alias,
            title: spec.title,
            description: spec.description,
            default_tlp: spec.default_tlp,
            everyone_reads: spec.everyone_reads,
            everyone_writes: spec.everyone_writes,
            created_at: self.now(),
        };
        self.store.insert_collection(c.clone()).await?;
        self.record(
            AuditActor::authority(&by),
            "collection.add",
            &c.id.0.to_string(),
            json!({"alias": c.alias, "title": c.title, "default_tlp": c.default_tlp, "everyone_reads": c.everyone_reads, "everyone_writes": c.everyone_writes}),
        )
        .await?;
        Ok(c)
    }

    pub async fn grant(
        &self,
        by: Authority<'_>,
        collection: &str,
        member: &str,
        can_read: bool,
        can_write: bool,
    ) -> Result<()> {
        by.check()?;
        let c = self
            .find_collection(collection)
            .await?
            .ok_or(Error::NotFound("collection"))?;
        let m = self.member_by_name(member).await?;
        self.store
            .grant(
                c.id,
                CollectionGrant {
                    member_id: m.id,
                    can_read,
                    can_write,
                },
            )
            .await?;
        self.record(
            AuditActor::authority(&by),
            "collection.grant",
            &c.id.0.to_string(),
            json!({"member": m.name, "read": can_read, "write": can_write}),
        )
        .await
    }

    pub(crate) async fn find_collection(&self, key: &str) -> Result<Option<Collection>> {
        Ok(self
            .collections()
            .await?
            .iter()
            .find(|c| c.id.0.to_string() == key || c.alias.as_deref() == Some(key))
            .cloned())
    }

    /// Every collection, as remembered until who is who changes.
    pub(crate) async fn collections(&self) -> Result<Arc<Vec<Collection>>> {
        self.access.collections(self.store(), self.now()).await
    }

    /// Every grant a member holds, as remembered until who is who changes.
    pub(crate) async fn member_grants(
        &self,
        member: MemberId,
    ) -> Result<crate::access::MemberGrants> {
        self.access
            .member_grants(self.store(), member, self.now())
            .await
    }

    /// Sets the marking a collection gives to objects sent without one. Objects already stored
    /// keep theirs.
    pub async fn set_collection_default(
        &self,
        by: Authority<'_>,
        key: &str,
        tlp: Tlp,
    ) -> Result<Collection> {
        by.check()?;
        let c = self
            .find_collection(key)
            .await?
            .ok_or(Error::NotFound("collection"))?;
        self.store.set_collection_default(c.id, tlp).await?;
        self.record(
            AuditActor::authority(&by),
            "collection.default",
            &c.id.0.to_string(),
            json!({"from": c.default_tlp, "to": tlp}),
        )
        .await?;
        Ok(Collection {
            default_tlp: tlp,
            ..c
        })
    }

    pub async fn all_collections(&self) -> Result<Vec<Collection>> {
        Ok(self.collections().await?.as_ref().clone())
    }

    /// Every collection as `member` sees it, in a stable order.
    pub(crate) async fn views(&self, member: &Member) -> Result<Vec<CollectionView>> {
        let grants = self.member_grants(member.id).await?;
        Ok(self
            .collections()
            .await?
            .iter()
            .map(|c| view(member, c.clone(), &grants))
            .collect())
    }

    /// The collections an actor can read or write, in a stable order.
    pub async fn collections_for(&self, actor: &Actor) -> Result<Vec<CollectionView>> {
        let mut views = self.views(&actor.member).await?;
        views.retain(|v| v.can_read || v.can_write);
        Ok(views)
    }

    /// The collections a member reads, by the same rule as [`Center::collections_for`].
    pub(crate) async fn readable_collections(&self, member: &Member) -> Result<Vec<CollectionId>> {
        Ok(self
            .views(member)
            .await?
            .into_iter()
            .filter(|v| v.can_read)
            .map(|v| v.collection.id)
            .collect())
    }

    /// One collection by id or alias; a collection the actor has no right on is not found.
    pub async fn collection_for(&self, actor: &Actor, key: &str) -> Result<CollectionView> {
        // The grants first: the reads are the same whether the collection exists or not, so
        // no refusal (a busy store) tells a hidden collection from a missing one.
        let grants = self.member_grants(actor.member.id).await?;
        let c = self
            .find_collection(key)
            .await?
            .ok_or(Error::NotFound("collection"))?;
        let v = view(&actor.member, c, &grants);
        if v.can_read || v.can_write {
            Ok(v)
        } else {
            Err(Error::NotFound("collection"))
        }
    }
}

/// A display name as a reader might confuse it, two ways; names are confused when either
/// reading is equal. As search folds letters, then as UTS #39 tells look-alikes apart: a
/// Cyrillic А or Greek Α in a Latin name reads as the Latin A, 0 as O, and so on. Once folded
/// (case, Arabic and Persian letters, Latin marks, as search reads them), once in capitals,
/// since capitals look alike where their small letters do not (Cyrillic В, К, М, Н, Т; Greek
/// Β, Η, Ν). The skeleton keeps case, so each is lower cased after it; invisible joiners and
/// runs of spaces count for nothing.
fn look_alike_readings(name: &str) -> [String; 2] {
    use unicode_normalization::UnicodeNormalization;
    let skeleton = |s: String| {
        let plain = s
            .chars()
            .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        unicode_security::confusable_detection::skeleton(&plain)
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    [
        skeleton(crate::text::fold_letters(name)),
        skeleton(name.nfkc().flat_map(char::to_uppercase).collect()),
    ]
}
