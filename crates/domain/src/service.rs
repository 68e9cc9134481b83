//! The center's application services. HTTP handlers and CLI commands call these with an
//! authenticated [`Actor`] (or the local console's authority) and only translate the results.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::json;
use stix::markings::Tlp;
use stix::{Category, StixObject};
use uuid::Uuid;

use crate::auth::{self};
use crate::random::{self, Randomness};
use crate::release::{Evaluation, Releasability, Release};
use crate::store::*;
use crate::{
    CenterInfo, Clock, Collection, CollectionGrant, CollectionId, Error, GroupId, Member, MemberId,
    MemberStatus, Result, Role, UserId,
};

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
    pub(crate) store: Arc<dyn Store>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) random: Arc<dyn Randomness>,
    pub(crate) secret: [u8; 32],
    pub(crate) info: CenterInfo,
    pub(crate) password_cache: Mutex<HashMap<[u8; 32], (UserId, String, i64)>>,
    /// Verified credentials, collections and grants, until who is who changes.
    pub(crate) access: crate::access::AccessCache,
    pub(crate) hits_per_hour: u32,
    /// Selectors and events a member's operations may take an hour (see
    /// `Center::within_registration_budget`).
    pub(crate) registrations_per_hour: u32,
    /// Failed credentials, counted per address and account.
    pub(crate) throttle: crate::throttle::Throttle,
    /// Statistics reports recently compiled, by whose view and period.
    pub(crate) statistics_cache: Mutex<HashMap<String, crate::statistics::model::CachedReport>>,
    /// Views whose first report is being compiled, so a page that polls starts one compile.
    pub(crate) statistics_pending: Mutex<std::collections::HashSet<String>>,
    /// The key operations' selectors are digested with, kept outside the database (a file
    /// of the data directory); `None` until the process that opened the center gives it.
    pub(crate) deconfliction_key: Option<[u8; 32]>,
    /// Told of objects taken and refused (the server's metrics); nobody until `observe`.
    pub(crate) observer: Arc<dyn crate::observe::Observer>,
    /// Held from the check that a member's display name is free to the member's insert, so
    /// that two administrators naming two members alike at once through this process do not
    /// both get the name. Another process (a second node, or `liaison member add` beside a
    /// running server) is not held by it: the store keeps no folded form to hold unique.
    pub(crate) naming: tokio::sync::Mutex<()>,
}

pub(crate) fn member_identity(id: &str, display_name: &str, at: i64) -> String {
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
    /// One step of a pass over every stored version, whose place the setting `progress` keeps:
    /// the next `batch` versions after it (`(seq, body)`) are handed to `each` and noted as
    /// done. Returns how many were handed over: 0 once every version is (the setting then says
    /// `done`, and later steps read nothing).
    pub(crate) async fn pass_over_stored<F, Fut>(
        &self,
        progress: &str,
        batch: usize,
        each: F,
    ) -> Result<usize>
    where
        F: FnOnce(Vec<(i64, String)>) -> Fut,
        Fut: std::future::Future<Output = Result<()>>,
    {
        let from = match self.store().setting(progress).await? {
            Some(s) if s == "done" => return Ok(0),
            Some(s) => s.parse::<i64>().unwrap_or(0),
            None => 0,
        };
        let rows = self.store().bodies_after(from, batch.max(1)).await?;
        let Some(last) = rows.last().map(|(seq, _)| *seq) else {
            self.store().set_setting(progress, "done").await?;
            return Ok(0);
        };
        let n = rows.len();
        each(rows).await?;
        self.store()
            .set_setting(progress, &last.to_string())
            .await?;
        Ok(n)
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
                    founded_at: None,
                },
                admin: NewUser {
                    member_id: MemberId(0),
                    username: "admin".into(),
                    display_name: "Administrator".into(),
                    roles: vec![Role::Administrator, Role::Secretariat],
                    password_hash: Some(hash),
                    created_at: now,
                    // Printed once on a terminal: its holder chooses a password of their own.
                    must_change_password: true,
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
        // Everything this center stores is indexed folded, and its names keyed across
        // scripts, from the start.
        center
            .store()
            .set_setting(crate::text::REFOLDED, "done")
            .await?;
        center
            .store()
            .set_setting(crate::correlation::model::TRANSLITERATED_SETTING, "done")
            .await?;
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
            deconfliction_key: None,
            observer: Arc::new(crate::observe::Unobserved),
            naming: tokio::sync::Mutex::new(()),
            hits_per_hour: crate::exchange::model::DEFAULT_HITS_PER_HOUR,
            registrations_per_hour: crate::operations::model::DEFAULT_REGISTRATIONS_PER_HOUR,
            throttle: crate::throttle::Throttle::new(crate::throttle::Limits::default()),
        })
    }

    /// Reports to `observer` from now on, and has the store report its grouped writes to it.
    pub fn observe(&mut self, observer: Arc<dyn crate::observe::Observer>) {
        self.store
            .observe_write_batches(crate::observe::batch_sizes(&observer));
        self.observer = observer;
    }

    /// How many failed credentials are allowed before waiting (tests use small ones).
    pub fn set_throttle(&mut self, limits: crate::throttle::Limits) {
        self.throttle = crate::throttle::Throttle::new(limits);
    }

    /// How many hit/no-hit questions a member may ask per hour.
    pub fn set_hits_per_hour(&mut self, n: u32) {
        self.hits_per_hour = n;
    }

    /// How many selectors and events a member's operations may take an hour; `u32::MAX`
    /// counts nothing (the operators' console importing a member's list).
    pub fn set_registrations_per_hour(&mut self, n: u32) {
        self.registrations_per_hour = n;
    }

    pub fn hits_per_hour(&self) -> u32 {
        self.hits_per_hour
    }

    /// See [`Store::lookups_in_flight_per_core`].
    pub fn lookups_in_flight_per_core(&self) -> usize {
        self.store.lookups_in_flight_per_core()
    }

    /// See [`Store::pages_in_flight_per_core`].
    pub fn pages_in_flight_per_core(&self) -> usize {
        self.store.pages_in_flight_per_core()
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
}

/// The collection rights rule: an active member reads and writes what the collection opens to
/// every member, and what it was granted.
pub(crate) fn view(
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
        content_hash: canonical_hash(obj),
        raw_hash: *blake3::hash(obj.raw.as_bytes()).as_bytes(),
        body: obj.raw.clone(),
        releasability,
        keys: crate::keys::object_keys_on(obj, grid),
        text: crate::keys::search_text(obj),
    }
}

/// The hash of an object's canonical JSON (RFC 8785), which is what "the same content" means:
/// key order, whitespace and escaping do not count.
fn canonical_hash(obj: &StixObject) -> [u8; 32] {
    // Serialising parsed JSON values cannot fail (keys are strings, numbers are finite); were
    // it ever to, the submitted bytes stand in, which only makes equal content look different.
    // An id is one identifier whatever the case of its hex digits: the canonical form names it
    // in lower case, so the two spellings of one object are one content.
    let spelled_otherwise = |k: &str, canonical: Option<&str>| {
        obj.properties.get(k).and_then(|v| v.as_str()) != canonical
    };
    let canonical = if spelled_otherwise("id", Some(obj.id.as_str()))
        || (obj.created_by_ref.is_some()
            && spelled_otherwise("created_by_ref", obj.created_by_ref.as_deref()))
    {
        let mut p = obj.properties.clone();
        p.insert("id".into(), obj.id.clone().into());
        if let Some(by) = &obj.created_by_ref {
            p.insert("created_by_ref".into(), by.clone().into());
        }
        serde_json_canonicalizer::to_vec(&p)
    } else {
        serde_json_canonicalizer::to_vec(&obj.properties)
    };
    match canonical {
        Ok(c) => *blake3::hash(&c).as_bytes(),
        Err(_) => *blake3::hash(obj.raw.as_bytes()).as_bytes(),
    }
}
