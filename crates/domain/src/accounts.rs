//! Who may act in the center: signing in with a password, a token or a session, and the members, users, tokens and collections administrators keep.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::json;
use stix::StixObject;
use stix::markings::Tlp;

use crate::access::{TokenUse, Verified};
use crate::audit::model::AuditActor;
use crate::auth::{self, TOKEN_PREFIX};
use crate::release::{Releasability, Release};
use crate::store::*;
use crate::{
    Actor, Collection, CollectionGrant, CollectionId, Error, Member, MemberId, MemberStatus,
    Result, Role, Token, User, UserId,
};

use crate::service::*;

/// How long a verified Basic password is remembered, so TAXII clients that send it on every
/// request do not pay for Argon2 each time.
const PASSWORD_CACHE_MICROS: i64 = 5 * 60 * 1_000_000;
/// Token `last_used_at` is written at most this often.
const TOKEN_TOUCH_MICROS: i64 = 60 * 1_000_000;

impl Center {
    pub(crate) async fn actor_for_user(&self, user: User) -> Result<Actor> {
        let member = self
            .store
            .member(user.member_id)
            .await?
            .ok_or_else(|| Error::Unauthenticated("unknown account".into()))?;
        if user.disabled {
            return Err(Error::Unauthenticated(
                "this account is disabled; ask your center's administrator".into(),
            ));
        }
        let groups = self.store.member_groups(member.id).await?;
        Ok(Actor {
            user,
            member,
            groups,
        })
    }

    /// HTTP Basic: a user name with a password or one of that user's tokens. A failure is
    /// recorded in the audit chain with the name that was tried.
    pub async fn authenticate_basic(&self, username: &str, password: &str) -> Result<Actor> {
        let r = self.basic(username, password).await;
        self.record_failure(&r, username, "basic").await?;
        r
    }

    /// A bearer token; a failure is recorded in the audit chain.
    pub async fn authenticate_token(&self, token: &str) -> Result<Actor> {
        let r = self.token(token).await;
        self.record_failure(&r, "(token)", "bearer").await?;
        r
    }

    pub(crate) async fn record_failure(
        &self,
        r: &Result<Actor>,
        name: &str,
        method: &str,
    ) -> Result<()> {
        let Err(Error::Unauthenticated(why)) = r else {
            return Ok(());
        };
        self.record(
            AuditActor {
                user: None,
                member: None,
                name: name.chars().take(64).collect(),
            },
            "auth.failure",
            method,
            json!({ "reason": why }),
        )
        .await
    }

    pub(crate) async fn basic(&self, username: &str, password: &str) -> Result<Actor> {
        let refused = || Error::Unauthenticated("wrong user name or password".into());
        if password.starts_with(TOKEN_PREFIX) {
            let actor = self.token(password).await?;
            if actor.user.username != username {
                return Err(refused());
            }
            return Ok(actor);
        }
        // Remembered apart from tokens, and with the name's length, so that no user name and
        // password can meet another credential's key.
        let key =
            auth::sha256(format!("basic\0{}\0{username}\0{password}", username.len()).as_bytes());
        let now = self.now();
        let verify = async {
            let user = self.store.user_by_name(username).await?;
            let phc = user.as_ref().and_then(|u| u.password_hash.clone());
            // A password verified earlier against this very hash needs no Argon2 again (the
            // credentials remembered are forgotten whenever anyone's account changes; this
            // survives that).
            let verified_before = match (&user, &phc) {
                (Some(user), Some(phc)) => self
                    .password_cache
                    .lock()
                    .ok()
                    .and_then(|c| c.get(&key).cloned())
                    .is_some_and(|(uid, cached, at)| {
                        uid == user.id && &cached == phc && now - at < PASSWORD_CACHE_MICROS
                    }),
                _ => false,
            };
            let ok = verified_before || {
                let (pw, phc) = (password.to_string(), phc.clone());
                tokio::task::spawn_blocking(move || auth::verify_password(&pw, phc.as_deref()))
                    .await
                    .map_err(|e| Error::store_cause("password checking stopped", e))?
            };
            match (user, phc) {
                (Some(user), Some(phc)) if ok => {
                    if let Ok(mut c) = self.password_cache.lock() {
                        if c.len() > 10_000 {
                            c.clear();
                        }
                        c.insert(key, (user.id, phc, now));
                    }
                    Ok(Verified {
                        actor: self.actor_for_user(user).await?,
                        token: None,
                    })
                }
                _ => Err(refused()),
            }
        };
        Ok(self.access.credential(key, now, verify).await?.actor)
    }

    pub(crate) async fn token(&self, token: &str) -> Result<Actor> {
        self.token_actor(token, false).await
    }

    /// A web sign-in: the password is checked (failures are audited as for Basic), and the
    /// session is a token of the user's named [`SESSION_TOKEN`], so administrators see and
    /// revoke sessions as they do tokens.
    pub async fn sign_in(&self, username: &str, password: &str) -> Result<(Actor, String)> {
        let actor = self.authenticate_basic(username, password).await?;
        let (text, digest) = auth::new_token(self.random())?;
        let now = self.now();
        self.store
            .insert_token(NewToken {
                user_id: actor.user.id,
                name: SESSION_TOKEN.into(),
                digest,
                created_at: now,
            })
            .await?;
        self.record(
            AuditActor::of(&actor),
            "session.sign_in",
            username,
            json!({}),
        )
        .await?;
        Ok((actor, text))
    }

    /// The actor of a web session, while it is younger than [`SESSION_MICROS`] and not revoked.
    pub async fn session(&self, token: &str) -> Result<Actor> {
        self.token_actor(token, true).await
    }

    /// Ends a web session; an unknown or ended session is already signed out.
    pub async fn sign_out(&self, token: &str) -> Result<()> {
        if let Some(t) = self
            .store
            .token_by_digest(&auth::token_digest(token))
            .await?
            && t.name == SESSION_TOKEN
            && t.revoked_at.is_none()
        {
            self.store.revoke_token(t.id, self.now()).await?;
        }
        Ok(())
    }

    pub(crate) async fn token_actor(&self, token: &str, session: bool) -> Result<Actor> {
        let refused = || {
            Error::Unauthenticated(if session {
                "your session has ended; sign in again".into()
            } else {
                "the token is unknown or revoked".into()
            })
        };
        let digest = auth::token_digest(token);
        let now = self.now();
        let verify = async {
            let t = self
                .store
                .token_by_digest(&digest)
                .await?
                .ok_or_else(refused)?;
            if t.revoked_at.is_some() {
                return Err(refused());
            }
            let user = self.store.user(t.user_id).await?.ok_or_else(refused)?;
            Ok(Verified {
                actor: self.actor_for_user(user).await?,
                token: Some(TokenUse {
                    id: t.id,
                    name: t.name,
                    created_at: t.created_at,
                    last_used_at: t.last_used_at,
                }),
            })
        };
        let verified = self.access.credential(digest, now, verify).await?;
        let t = verified.token.ok_or_else(refused)?;
        if session && (t.name != SESSION_TOKEN || now - t.created_at > SESSION_MICROS) {
            return Err(refused());
        }
        if t.last_used_at
            .is_none_or(|at| now - at > TOKEN_TOUCH_MICROS)
        {
            self.store.touch_token(t.id, now).await?;
            self.access.touched(&digest, now);
        }
        Ok(verified.actor)
    }

    // ---- members, users, tokens, collections ----------------------------------------------

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

    pub async fn add_member(
        &self,
        by: Authority<'_>,
        name: &str,
        display_name: &str,
    ) -> Result<Member> {
        by.check()?;
        check_name("member", name)?;
        if self.store.member_by_name(name).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a member named '{name}' already exists"
            )));
        }
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
            json!({"identity": m.identity_id, "display_name": display_name}),
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

    pub async fn member_by_name(&self, name: &str) -> Result<Member> {
        self.store
            .member_by_name(name)
            .await?
            .ok_or(Error::NotFound("member"))
    }

    pub async fn members(&self) -> Result<Vec<Member>> {
        Ok(self
            .access
            .members(self.store(), self.now())
            .await?
            .as_ref()
            .clone())
    }

    /// Every member's short name, by id, for showing records that hold ids.
    pub async fn member_names(&self) -> Result<HashMap<MemberId, String>> {
        Ok(self
            .store
            .members()
            .await?
            .into_iter()
            .map(|m| (m.id, m.name))
            .collect())
    }

    pub async fn add_user(
        &self,
        by: Authority<'_>,
        member: &str,
        username: &str,
        roles: Vec<Role>,
        password: Option<&str>,
    ) -> Result<User> {
        by.check()?;
        check_name("user", username)?;
        let m = self.member_by_name(member).await?;
        if self.store.user_by_name(username).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a user named '{username}' already exists"
            )));
        }
        if roles.is_empty() {
            return Err(Error::field(
                "roles",
                "required",
                "give the user at least one role: analyst, liaison_officer, delegate, secretariat or administrator",
            ));
        }
        if roles.contains(&Role::Secretariat) && !m.is_secretariat {
            return Err(Error::invalid(
                "the secretariat role belongs to users of the center's secretariat",
            ));
        }
        let password_hash = match password {
            Some(p) => {
                let p = p.to_string();
                Some(
                    tokio::task::spawn_blocking(move || auth::hash_password(&p))
                        .await
                        .map_err(|e| Error::store_cause("password hashing stopped", e))??,
                )
            }
            None => None,
        };
        let u = self
            .store
            .insert_user(NewUser {
                member_id: m.id,
                username: username.into(),
                display_name: username.into(),
                roles,
                password_hash,
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "user.add",
            username,
            json!({"member": m.name, "roles": u.roles}),
        )
        .await?;
        Ok(u)
    }

    pub async fn users_of(&self, member: &Member) -> Result<Vec<User>> {
        self.store.users(Some(member.id)).await
    }

    /// The actor for a user named on the local console (`liaison import --as`).
    pub async fn console_actor(&self, username: &str) -> Result<Actor> {
        let user = self.user_by_name(username).await?;
        self.actor_for_user(user).await
    }

    pub async fn user_by_name(&self, username: &str) -> Result<User> {
        self.store
            .user_by_name(username)
            .await?
            .ok_or(Error::NotFound("user"))
    }

    /// Creates a token for a user; the text is returned once and never stored.
    pub async fn create_token(
        &self,
        by: Authority<'_>,
        username: &str,
        name: &str,
    ) -> Result<(Token, String)> {
        let user = self.user_by_name(username).await?;
        match &by {
            // Users may make tokens for themselves.
            Authority::Administrator(a) if a.user.id == user.id => {}
            _ => by.check()?,
        }
        // The name is how a token is told apart when one client must be revoked.
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::field(
                "name",
                "required",
                "give the token a name, such as the TAXII client that will use it",
            ));
        }
        let (text, digest) = auth::new_token(self.random())?;
        let t = self
            .store
            .insert_token(NewToken {
                user_id: user.id,
                name: name.into(),
                digest,
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "token.create",
            username,
            json!({"token": t.id, "name": name}),
        )
        .await?;
        Ok((t, text))
    }

    pub async fn tokens(&self, username: &str) -> Result<Vec<Token>> {
        let user = self.user_by_name(username).await?;
        self.store.tokens(user.id).await
    }

    pub async fn revoke_token(&self, by: Authority<'_>, token_id: i64) -> Result<()> {
        by.check()?;
        if self.store.revoke_token(token_id, self.now()).await? {
            self.record(
                AuditActor::authority(&by),
                "token.revoke",
                &token_id.to_string(),
                json!({}),
            )
            .await
        } else {
            Err(Error::NotFound("live token"))
        }
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
