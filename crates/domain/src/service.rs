//! The center's application services. HTTP handlers and CLI commands call these with an
//! authenticated [`Actor`] (or the local console's authority) and only translate the results.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::json;
use stix::markings::Tlp;
use stix::{Category, StixObject};
use uuid::Uuid;

use crate::access::{TokenUse, Verified};
use crate::audit::model::AuditActor;
use crate::auth::{self, TOKEN_PREFIX};
use crate::markings::{ReleaseMarking, release_marking, standard_markings};
use crate::random::{self, Randomness};
use crate::release::{Audience, Evaluation, Releasability, Release, visibility};
use crate::store::*;
use crate::{
    Actor, CenterInfo, Clock, Collection, CollectionGrant, CollectionId, Error, GroupId, Member,
    MemberId, MemberStatus, Result, Role, SharingGroup, Token, User, UserId,
};

/// How long a verified Basic password is remembered, so TAXII clients that send it on every
/// request do not pay for Argon2 each time.
const PASSWORD_CACHE_MICROS: i64 = 5 * 60 * 1_000_000;
/// Envelopes at least this large are validated on two threads.
const PARALLEL_VALIDATION_MIN: usize = 256;
/// Token `last_used_at` is written at most this often.
const TOKEN_TOUCH_MICROS: i64 = 60 * 1_000_000;
/// The name of the token behind a web session.
pub const SESSION_TOKEN: &str = "web session";
/// A web session lasts a working day at most.
pub const SESSION_MICROS: i64 = 12 * 3_600 * 1_000_000;

pub use crate::model::Authority;

/// A collection as one actor sees it.
#[derive(Debug, Clone)]
pub struct CollectionView {
    pub collection: Collection,
    pub can_read: bool,
    pub can_write: bool,
}

/// A Liaison marking with its members, groups and users found.
#[derive(Debug, Clone, Default)]
pub struct ResolvedRelease {
    pub members: Vec<MemberId>,
    pub groups: Vec<GroupId>,
    pub users: Vec<UserId>,
    pub orcon: bool,
    pub evaluation: Option<Evaluation>,
}

/// What an administrator gives to create a collection.
#[derive(Debug, Clone)]
pub struct CollectionSpec {
    pub title: String,
    pub alias: Option<String>,
    pub description: Option<String>,
    /// Applied when a client sends no marking.
    pub default_tlp: Tlp,
    pub everyone_reads: bool,
    pub everyone_writes: bool,
}

/// A new object version released to the reader, in one of the collections it may read.
#[derive(Debug, Clone)]
pub struct ObjectEvent {
    pub collection: CollectionId,
    pub object: StoredObject,
}

/// The first administrator's credentials, shown once when a center is created.
#[derive(Debug, Clone)]
pub struct InitialAdmin {
    pub username: String,
    pub password: String,
}

/// The center: the one way in to its data.
pub struct Center {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    random: Arc<dyn Randomness>,
    secret: [u8; 32],
    info: CenterInfo,
    password_cache: Mutex<HashMap<[u8; 32], (UserId, String, i64)>>,
    /// Verified credentials, collections and grants, until who is who changes.
    access: crate::access::AccessCache,
    hits_per_hour: u32,
    /// Statistics reports recently compiled, by whose view and period.
    pub(crate) statistics_cache: Mutex<HashMap<String, crate::statistics::model::CachedReport>>,
    /// Views whose first report is being compiled, so a page that polls starts one compile.
    pub(crate) statistics_pending: Mutex<std::collections::HashSet<String>>,
}

fn member_identity(id: &str, display_name: &str, at: i64) -> String {
    let ts = stix::timestamp::taxii_timestamp(at);
    // Millisecond precision, as STIX asks of `created`/`modified`.
    let ts = format!("{}Z", ts.get(..23).unwrap_or(&ts));
    json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": id,
        "created": ts,
        "modified": ts,
        "name": display_name,
        "identity_class": "organization",
        "object_marking_refs": [Tlp::Green.marking_id()],
    })
    .to_string()
}

pub(crate) fn check_name(what: &str, name: &str) -> Result<()> {
    let ok = (2..=64).contains(&name.len())
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        });
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "'{name}' is not a valid {what} name: use 2-64 characters of a-z, 0-9, '-', '_' and '.'"
        )))
    }
}

impl Center {
    /// Creates the center on an empty store, or does nothing if it exists.
    /// Returns the first administrator's credentials when it created the center.
    pub async fn initialize(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        random: Arc<dyn Randomness>,
        name: &str,
    ) -> Result<Option<InitialAdmin>> {
        if store.center().await?.is_some() {
            return Ok(None);
        }
        let now = clock.now_micros();
        let password = auth::random_password(random.as_ref())?;
        let hash = tokio::task::spawn_blocking({
            let p = password.clone();
            move || auth::hash_password(&p)
        })
        .await
        .map_err(|e| Error::store_cause("password hashing stopped", e))??;
        let secretariat_identity = format!("identity--{}", random::uuid(random.as_ref())?);
        let created = store
            .create_center(NewCenter {
                name: name.to_string(),
                founded_at: now,
                secretariat: NewMember {
                    name: "secretariat".into(),
                    display_name: format!("{name} secretariat"),
                    identity_id: secretariat_identity.clone(),
                    status: MemberStatus::Member,
                    is_secretariat: true,
                    created_at: now,
                },
                admin: NewUser {
                    member_id: MemberId(0),
                    username: "admin".into(),
                    display_name: "Administrator".into(),
                    roles: vec![Role::Administrator, Role::Secretariat],
                    password_hash: Some(hash),
                    created_at: now,
                },
                default_collection: Collection {
                    id: CollectionId(random::uuid(random.as_ref())?),
                    alias: Some("shared".into()),
                    title: "Shared intelligence".into(),
                    description: Some(
                        "The center's default collection: every member may read and write.".into(),
                    ),
                    default_tlp: Tlp::Green,
                    everyone_reads: true,
                    everyone_writes: true,
                    created_at: now,
                },
                secret: random::bytes(random.as_ref())?,
            })
            .await;
        let admin = match created {
            Ok((_, admin)) => admin,
            // Another node sharing the database created it first.
            Err(Error::Conflict(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        // Publish the secretariat's identity so `created_by_ref` can be resolved by clients.
        let center = Center::open(store, clock, random).await?;
        let m = center.member_by_name("secretariat").await?;
        center
            .publish_identity(&m, &format!("{name} secretariat"), now)
            .await?;
        // The extension-definition that release markings use, for every client to resolve.
        center
            .publish(
                &m,
                &crate::markings::published_objects(),
                Release::Clear,
                now,
            )
            .await?;
        Ok(Some(InitialAdmin {
            username: admin.username,
            password,
        }))
    }

    /// Opens an existing center.
    pub async fn open(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        random: Arc<dyn Randomness>,
    ) -> Result<Self> {
        let info = store.center().await?.ok_or_else(|| {
            Error::invalid(
                "this data directory holds no center yet; run `liaison serve` once to create it",
            )
        })?;
        let secret = store.secret().await?;
        let access = crate::access::AccessCache::new(store.access_changes());
        Ok(Self {
            access,
            store,
            clock,
            random,
            secret,
            info,
            password_cache: Mutex::new(HashMap::new()),
            statistics_cache: Mutex::new(HashMap::new()),
            statistics_pending: Mutex::new(std::collections::HashSet::new()),
            hits_per_hour: crate::exchange::model::DEFAULT_HITS_PER_HOUR,
        })
    }

    /// How many hit/no-hit questions a member may ask per hour.
    pub fn set_hits_per_hour(&mut self, n: u32) {
        self.hits_per_hour = n;
    }

    pub fn hits_per_hour(&self) -> u32 {
        self.hits_per_hour
    }

    pub(crate) fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    pub fn info(&self) -> &CenterInfo {
        &self.info
    }

    pub fn now(&self) -> i64 {
        self.clock.now_micros()
    }

    pub(crate) fn random(&self) -> &dyn Randomness {
        self.random.as_ref()
    }

    /// A new random id (a version 4 UUID) from the center's randomness.
    pub(crate) fn new_id(&self) -> Result<Uuid> {
        random::uuid(self.random())
    }

    // ---- authentication -------------------------------------------------------------------

    async fn actor_for_user(&self, user: User) -> Result<Actor> {
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

    async fn record_failure(&self, r: &Result<Actor>, name: &str, method: &str) -> Result<()> {
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

    async fn basic(&self, username: &str, password: &str) -> Result<Actor> {
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

    async fn token(&self, token: &str) -> Result<Actor> {
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

    async fn token_actor(&self, token: &str, session: bool) -> Result<Actor> {
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
    async fn publish(
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

    async fn find_collection(&self, key: &str) -> Result<Option<Collection>> {
        Ok(self
            .collections()
            .await?
            .iter()
            .find(|c| c.id.0.to_string() == key || c.alias.as_deref() == Some(key))
            .cloned())
    }

    /// Every collection, as remembered until who is who changes.
    async fn collections(&self) -> Result<Arc<Vec<Collection>>> {
        self.access.collections(self.store(), self.now()).await
    }

    /// Every grant a member holds, as remembered until who is who changes.
    async fn member_grants(&self, member: MemberId) -> Result<crate::access::MemberGrants> {
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
    async fn views(&self, member: &Member) -> Result<Vec<CollectionView>> {
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

    // ---- intelligence ---------------------------------------------------------------------

    /// Decides the effective releasability of a submitted object; refuses what the submitter
    /// may not set. `releases` holds the release markings this submission can use, resolved.
    fn releasability(
        &self,
        actor: &Actor,
        obj: &StixObject,
        collection: &Collection,
        releases: &HashMap<String, std::result::Result<ResolvedRelease, String>>,
    ) -> std::result::Result<Releasability, String> {
        if let Some(by) = &obj.created_by_ref
            && by != &actor.member.identity_id
        {
            return Err(format!(
                "property 'created_by_ref' names {by}, but you submit as member '{}' ({}); leave it out or use your member's identity",
                actor.member.name, actor.member.identity_id
            ));
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
            (None, _) => collection.default_tlp,
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
    async fn release_markings(
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
        let grid = self.grid_degrees().await?;
        let mut refs: Vec<Vec<String>> = Vec::with_capacity(parsed.len());
        let mut items: Vec<Submitted> = parsed
            .into_iter()
            .map(|p| match p {
                Ok(obj) => {
                    refs.push(obj.references().into_iter().map(str::to_string).collect());
                    let own = match releases.get(&obj.id) {
                        // A release marking that cannot be resolved is refused itself.
                        Some(Err(why)) => Err(why.clone()),
                        _ => self.releasability(actor, &obj, &view.collection, &releases),
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
        self.store
            .write_objects(WriteRequest {
                status_id,
                collection: view.collection.id,
                member: actor.member.id,
                user: actor.user.id,
                request_timestamp: self.now(),
                items,
                audit: Some(audit),
            })
            .await
    }

    /// The third-party rule: an object that refers to another member's ORCON object may reach
    /// no one that object does not reach. Only references the submitter can see count, so a
    /// refusal never reveals an object.
    async fn third_party_rule(
        &self,
        actor: &Actor,
        items: &mut [Submitted],
        refs: &[Vec<String>],
    ) -> Result<()> {
        let mut wanted: Vec<String> = refs.iter().flatten().cloned().collect();
        wanted.sort();
        wanted.dedup();
        if wanted.is_empty() {
            return Ok(());
        }
        let mut latest: HashMap<String, VersionRelease> = HashMap::new();
        for v in self
            .store
            .releasabilities(wanted, visibility(&actor.reader()))
            .await?
        {
            match latest.get(&v.stix_id) {
                Some(l) if l.version_key >= v.version_key => {}
                _ => {
                    latest.insert(v.stix_id.clone(), v);
                }
            }
        }
        latest
            .retain(|_, v| v.releasability.orcon && v.releasability.originator != actor.member.id);
        if latest.is_empty() {
            return Ok(());
        }
        let groups: HashMap<GroupId, Vec<MemberId>> = self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .map(|g| (g.id, g.members))
            .collect();
        let group_members = |g: GroupId| groups.get(&g).cloned().unwrap_or_default();
        let users: HashMap<UserId, MemberId> = self
            .store
            .users(None)
            .await?
            .into_iter()
            .map(|u| (u.id, u.member_id))
            .collect();
        let members = self.member_names().await?;
        for (item, refs) in items.iter_mut().zip(refs) {
            let Submitted::Valid(o) = item else { continue };
            let mine = Audience::of(&o.releasability, group_members);
            let wider = refs.iter().filter_map(|r| latest.get(r)).find(|theirs| {
                !mine.within(&Audience::of(&theirs.releasability, group_members), |u| {
                    users.get(&u).copied()
                })
            });
            if let Some(theirs) = wider {
                let owner = members
                    .get(&theirs.releasability.originator)
                    .map_or("its originator", String::as_str);
                *item = Submitted::Refused {
                    id: o.stix_id.clone(),
                    version: o.version.as_ref().map(|v| v.0.clone()).unwrap_or_default(),
                    message: format!(
                        "refers to {}, which member '{owner}' released under originator control (ORCON) to fewer members than this object would reach; release this object no more widely, or ask '{owner}' for a release request",
                        theirs.stix_id
                    ),
                };
            }
        }
        Ok(())
    }

    // ---- sharing groups -------------------------------------------------------------------

    pub async fn add_sharing_group(
        &self,
        by: Authority<'_>,
        name: &str,
        description: Option<&str>,
        members_visible: bool,
    ) -> Result<SharingGroup> {
        by.check()?;
        check_name("sharing group", name)?;
        if self.find_group(name).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a sharing group named '{name}' already exists"
            )));
        }
        let g = self
            .store
            .insert_sharing_group(NewSharingGroup {
                name: name.into(),
                description: description.map(str::to_string),
                members_visible,
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "group.add",
            name,
            json!({"members_visible": members_visible}),
        )
        .await?;
        Ok(g)
    }

    async fn find_group(&self, name: &str) -> Result<Option<SharingGroup>> {
        Ok(self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .find(|g| g.name == name))
    }

    /// Adds a member to a sharing group or removes it. It sees, or stops seeing, what was
    /// released to the group from its next request on.
    pub async fn set_group_member(
        &self,
        by: Authority<'_>,
        group: &str,
        member: &str,
        present: bool,
    ) -> Result<SharingGroup> {
        by.check()?;
        let g = self
            .find_group(group)
            .await?
            .ok_or(Error::NotFound("sharing group"))?;
        let m = self.member_by_name(member).await?;
        if self.store.set_group_member(g.id, m.id, present).await? {
            self.record(
                AuditActor::authority(&by),
                if present { "group.join" } else { "group.leave" },
                group,
                json!({"member": m.name}),
            )
            .await?;
        }
        self.find_group(group)
            .await?
            .ok_or(Error::NotFound("sharing group"))
    }

    /// Every sharing group with its members, for administrators.
    pub async fn sharing_groups(&self, by: Authority<'_>) -> Result<Vec<SharingGroup>> {
        by.check()?;
        self.store.sharing_groups().await
    }

    /// The sharing groups the actor's member is in. The other members are listed only where
    /// the group says its members may know each other.
    pub async fn my_sharing_groups(&self, actor: &Actor) -> Result<Vec<SharingGroup>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        Ok(self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .filter(|g| actor.groups.contains(&g.id))
            .map(|mut g| {
                if !g.members_visible {
                    g.members = vec![actor.member.id];
                }
                g
            })
            .collect())
    }

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
        let read = async {
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
                        text: filter.words.clone(),
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
                    ids,
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
}

/// The collection rights rule: an active member reads and writes what the collection opens to
/// every member, and what it was granted.
fn view(
    member: &Member,
    c: Collection,
    grants: &[(CollectionId, CollectionGrant)],
) -> CollectionView {
    let active = member.status.is_active();
    let grant = grants.iter().find(|(id, _)| *id == c.id).map(|(_, g)| g);
    let can_read = active && (c.everyone_reads || grant.is_some_and(|g| g.can_read));
    let can_write = active && (c.everyone_writes || grant.is_some_and(|g| g.can_write));
    CollectionView {
        collection: c,
        can_read,
        can_write,
    }
}

/// The index columns of a validated object, with locations on the default grid.
pub fn new_object(obj: &StixObject, releasability: Releasability) -> NewObject {
    new_object_on(obj, releasability, crate::keys::GRID_DEGREES)
}

/// The index columns of a validated object, with locations binned on `grid` degrees.
pub fn new_object_on(obj: &StixObject, releasability: Releasability, grid: f64) -> NewObject {
    let versioned = obj.category != Category::Observable;
    NewObject {
        stix_id: obj.id.clone(),
        object_type: obj.object_type.clone(),
        spec_version: obj.spec_version,
        version: if versioned {
            obj.version().map(|v| (v.to_string(), v.sort_key()))
        } else {
            None
        },
        revoked: obj.revoked,
        versioned,
        content_hash: *blake3::hash(obj.raw.as_bytes()).as_bytes(),
        body: obj.raw.clone(),
        releasability,
        keys: crate::keys::object_keys_on(obj, grid),
        text: crate::keys::search_text(obj),
    }
}
