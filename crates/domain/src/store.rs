//! The storage the domain needs. Backends persist, index and compile the visibility rule
//! handed to them as [`Visibility`]; they never decide who may see or do what.

use async_trait::async_trait;
use stix::SpecVersion;
use stix::markings::Tlp;
use uuid::Uuid;

use crate::audit::model::{AuditEntry, AuditQuery, Checkpoint, NewAuditEntry};
use crate::correlation::model::{Correlation, KeyCount};
use crate::exchange::model::{
    HitCounts, NewHitQuery, NewNotification, NewReleaseRequest, Notification, ReleaseDecision,
    ReleaseRequest,
};
use crate::governance::model::{
    Application, Ballot, NewApplication, NewBallot, NewTerm, NewTransition, Term, Transition, Vote,
};
use crate::meetings::model::{
    ActionItem, ActionStatus, AgendaItem, AgendaLink, Attendance, Decision, Meeting, MeetingRecord,
    NewMeeting,
};
use crate::release::Releasability;
use crate::rfis::model::{Answer, NewRfi, Rfi, RfiStatus};
use crate::tracked::model::{GroupStatus, NewGroupStatus, NewOutcome};
use crate::votes::Outcome;
use crate::webhooks::model::{Claimed, NewWebhook, Webhook};
use crate::{
    CenterInfo, CertificateKind, ClientCertificate, Collection, CollectionGrant, CollectionId,
    GroupId, Member, MemberId, MemberIdentity, MemberStatus, Result, Role, Scope, SharingGroup,
    Token, TokenKind, User, UserId,
};

pub use crate::release::{Grant, Visibility};

/// Which versions of each object a query returns (TAXII `match[version]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionFilter {
    pub all: bool,
    pub first: bool,
    pub last: bool,
    /// Exact versions, as [`stix::Timestamp::sort_key`]s.
    pub exact: Vec<String>,
}

impl VersionFilter {
    pub fn last() -> Self {
        Self {
            last: true,
            ..Self::default()
        }
    }
    pub fn all() -> Self {
        Self {
            all: true,
            ..Self::default()
        }
    }
}

/// A read of stored objects. Results are ordered by `date_added`, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObjectQuery {
    /// `None` reads every collection (exports), or those in `collections` if any are named.
    pub collection: Option<CollectionId>,
    /// With `collection: None`: only these collections (search reads what the reader may).
    pub collections: Vec<CollectionId>,
    pub ids: Vec<String>,
    pub types: Vec<String>,
    pub versions: VersionFilter,
    /// Empty means the newest spec version held for each object.
    pub spec_versions: Vec<SpecVersion>,
    /// Only rows added strictly after this date (microseconds).
    pub added_after: Option<i64>,
    /// Only rows added strictly before this date (the next page of a newest-first list).
    pub added_before: Option<i64>,
    pub limit: usize,
    /// Whether to load the objects' text (manifests and version lists need no body).
    pub with_body: bool,
    /// Full-text search: every word must occur in the object's names, descriptions or text.
    pub text: Option<String>,
    /// Only objects of these originators (search facets).
    pub originators: Vec<MemberId>,
    /// Only objects at these levels (search facets).
    pub tlps: Vec<Tlp>,
    /// Only objects that refer to this id (sightings of it, reports and relationships about it).
    pub referencing: Option<String>,
    /// Newest first (home pages), instead of the oldest first that paging needs.
    pub newest_first: bool,
}

/// Counts of what a search matches, by facet, within the reader's visibility.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Facets {
    pub types: Vec<(String, u64)>,
    pub originators: Vec<(MemberId, u64)>,
    pub tlps: Vec<(Tlp, u64)>,
    /// By the month the objects were added (`YYYY-MM`).
    pub months: Vec<(String, u64)>,
    /// How many matches the counts cover.
    pub counted: u64,
    /// Whether they cover every match. A word most objects carry is counted over its newest
    /// matches only, so that its cost does not grow with the store: shown as "10,000+".
    pub complete: bool,
}

/// What a search found: its first page, newest first, and its facets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub page: Page,
    pub facets: Facets,
}

/// What an object's page shows, read in one go for one reader: its versions and their
/// releasability, what correlates with it, its sightings and the outcomes it led to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dossier {
    /// Every version the reader sees, oldest first; empty when it sees none, and then so is
    /// everything else.
    pub versions: Vec<StoredObject>,
    pub releases: Vec<VersionRelease>,
    /// Through keys carried by at most the center's limit, to objects the reader sees in the
    /// collections it reads.
    pub correlations: Vec<Correlation>,
    /// The latest version of each sighting of it that the reader sees.
    pub sightings: Vec<StoredObject>,
    /// The outcomes recorded as led to by it, as stored: their other objects are for the
    /// domain to withhold ([`crate::Center::dossier`] names only this one).
    pub outcomes: Vec<crate::tracked::model::Outcome>,
    /// The latest version of every other object the reader sees that refers to it, sightings
    /// apart: the relationships, reports and notes a page tells as sentences about it.
    pub referring: Vec<StoredObject>,
    /// The latest version of each object the page names that the reader sees
    /// ([`crate::browse::named_by`] of it and of what refers to it, and what correlates with
    /// it), so that a reference reads as a name and not as an id. One the reader may not see
    /// is missing, exactly like one the center does not hold.
    pub neighbours: Vec<StoredObject>,
}

/// One stored version of an object, as a reader may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObject {
    pub stix_id: String,
    pub object_type: String,
    /// `modified`, else `created`, as written; for observables the assigned version.
    pub version: String,
    pub spec_version: SpecVersion,
    pub date_added: i64,
    pub originator: MemberId,
    pub tlp: Tlp,
    pub body: Option<String>,
}

impl StoredObject {
    /// Its version as releases are filed under it ([`VersionRelease::version_key`]).
    pub fn version_key(&self) -> String {
        stix::Timestamp::parse(&self.version)
            .map(|t| t.sort_key())
            .unwrap_or_default()
    }

    /// Its text as JSON; null when it was read without its text.
    pub fn json(&self) -> serde_json::Value {
        self.body
            .as_deref()
            .and_then(|b| serde_json::from_str(b).ok())
            .unwrap_or_default()
    }

    /// Its `name`, when it has one and was read with its text.
    pub fn name(&self) -> Option<String> {
        self.json()
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::to_string)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub objects: Vec<StoredObject>,
    pub more: bool,
}

/// A validated object ready to store.
#[derive(Debug, Clone)]
pub struct NewObject {
    pub stix_id: String,
    pub object_type: String,
    pub spec_version: SpecVersion,
    /// `(text, sort key)`; `None` for observables, which get the date they were added.
    pub version: Option<(String, String)>,
    pub revoked: bool,
    /// Observables from different members are kept apart; versioned objects belong to one
    /// originator for good.
    pub versioned: bool,
    /// Of the object's canonical JSON (RFC 8785): two submissions that differ only in key
    /// order, whitespace or escaping are one content. What is stored.
    pub content_hash: [u8; 32],
    /// Of the submitted bytes. Versions stored before content was compared canonically carry
    /// this kind of hash; it is what they are matched against.
    pub raw_hash: [u8; 32],
    pub body: String,
    pub releasability: Releasability,
    /// Normalised values for hit/no-hit and correlation ([`crate::keys`]).
    pub keys: Vec<String>,
    /// What full-text search reads ([`crate::keys::search_text`]).
    pub text: String,
}

/// One element of a submission: valid and to be stored, or refused with its reason.
#[derive(Debug, Clone)]
// Nearly every element is `Valid`; boxing it would add an allocation per object to save space
// only on the rare refusals.
#[allow(clippy::large_enum_variant)]
pub enum Submitted {
    Valid(NewObject),
    Refused {
        id: String,
        version: String,
        message: String,
    },
}

/// A submission, stored in one transaction together with its status.
#[derive(Debug, Clone)]
pub struct WriteRequest {
    pub status_id: Uuid,
    pub collection: CollectionId,
    pub member: MemberId,
    pub user: UserId,
    pub request_timestamp: i64,
    pub items: Vec<Submitted>,
    /// Recorded in the audit chain in the same transaction, so no write goes unrecorded.
    pub audit: Option<NewAuditEntry>,
    /// A feed's page: its progress is saved in the same transaction, so it is stored once.
    pub feed: Option<crate::feeds::model::FeedProgress>,
}

/// Per-object outcome in a status resource.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatusDetail {
    pub id: String,
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The record of one submission (a TAXII status resource).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub id: Uuid,
    pub collection: CollectionId,
    pub member: MemberId,
    pub user: UserId,
    pub request_timestamp: i64,
    pub total_count: u64,
    pub success_count: u64,
    pub failure_count: u64,
    pub pending_count: u64,
    pub successes: Vec<StatusDetail>,
    pub failures: Vec<StatusDetail>,
    pub pendings: Vec<StatusDetail>,
}

/// Why the store refused to add a version (texts are the domain's, see [`Refusal`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Same id and version, different content.
    DifferentContent,
    /// The id belongs to another member's object.
    NotOriginator,
    /// An earlier version revoked the object.
    Revoked,
}

impl Refusal {
    pub fn message(self) -> &'static str {
        match self {
            Refusal::DifferentContent => {
                "a different object with this id and version is already stored; a changed object needs a later 'modified'"
            }
            Refusal::NotOriginator => {
                "only the originator may issue versions of this object; create your own object and relate it with a 'derived-from' relationship"
            }
            Refusal::Revoked => "the object was revoked; revoked objects take no further versions",
        }
    }
}

/// A version already stored under the id of an object being added, as [`admit`] sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVersion {
    /// Whether it is in the collection the object is being added to.
    pub same_collection: bool,
    pub version: String,
    pub version_key: String,
    /// `2.0` or `2.1`: one version may be stored in both forms (ATT&CK publishes both).
    pub spec_version: String,
    /// TLP:CLEAR or TLP:GREEN: every member sees it, so saying it is there tells no one
    /// anything.
    pub public: bool,
    pub content_hash: Vec<u8>,
    pub originator: MemberId,
    pub revoked: bool,
    pub versioned: bool,
}

impl StoredVersion {
    /// Whether it holds the same content as `o` (compared canonically; see
    /// [`NewObject::raw_hash`] for versions stored before that).
    fn same_content(&self, o: &NewObject) -> bool {
        let h = self.content_hash.as_slice();
        h == o.content_hash.as_slice() || h == o.raw_hash.as_slice()
    }
}

/// What becomes of one valid object offered to a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// Store it. `siblings`: other versions of its id are already in the collection.
    Store {
        siblings: bool,
    },
    /// It is there already, under this version: a success, not stored twice.
    AlreadyStored {
        version: String,
    },
    Refused(Refusal),
}

/// The rule for adding an object next to the versions stored under its id (all collections).
/// Every backend fetches those versions and asks this; none decides for itself.
pub fn admit(stored: &[StoredVersion], o: &NewObject) -> Admission {
    let siblings = stored.iter().any(|s| s.same_collection);
    let Some((_, key)) = &o.version else {
        // Observables: the same content from the same member in the same collection is a
        // duplicate; anything else is kept beside it.
        let duplicate = stored.iter().find(|s| {
            s.same_collection && s.same_content(o) && s.originator == o.releasability.originator
        });
        return match duplicate {
            Some(d) => Admission::AlreadyStored {
                version: d.version.clone(),
            },
            None => Admission::Store { siblings },
        };
    };
    // The very content already in the collection for every member to see is there, whoever
    // sent it first: a feed that re-publishes another center's standard objects (marking
    // definitions, identities) changes nothing. Only public versions: for any other, success
    // would confirm to a guesser what another member holds.
    if let Some(s) = stored.iter().find(|s| {
        s.versioned
            && s.public
            && s.same_collection
            && &s.version_key == key
            && s.spec_version == o.spec_version.as_str()
            && s.same_content(o)
    }) {
        return Admission::AlreadyStored {
            version: s.version.clone(),
        };
    }
    let mut refusal = None;
    for s in stored.iter().filter(|s| s.versioned) {
        if s.originator != o.releasability.originator {
            return Admission::Refused(Refusal::NotOriginator);
        }
        // One id, version and spec version is one content, center-wide (STIX 3.6); the same
        // content may sit in several collections. The 2.0 and 2.1 forms of one version are
        // two texts of it, both kept.
        if &s.version_key == key && s.spec_version == o.spec_version.as_str() {
            if !s.same_content(o) {
                return Admission::Refused(Refusal::DifferentContent);
            }
            if s.same_collection {
                return Admission::AlreadyStored {
                    version: s.version.clone(),
                };
            }
        }
        if s.revoked && &s.version_key < key {
            refusal = Some(Refusal::Revoked);
        }
    }
    match refusal {
        Some(r) => Admission::Refused(r),
        None => Admission::Store { siblings },
    }
}

impl NewObject {
    /// The version text and sort key to store. Observables, unversioned in STIX, get the date
    /// they were added, as a TAXII timestamp.
    pub fn stored_version(&self, date_added: i64) -> (String, String) {
        match &self.version {
            Some(v) => v.clone(),
            None => {
                let text = stix::timestamp::taxii_timestamp(date_added);
                // The sort key of a six-digit fraction: padded to nine digits.
                let key = format!("{}000Z", text.trim_end_matches('Z'));
                (text, key)
            }
        }
    }

    /// As a version, with the store itself, as this object is once added.
    pub fn as_stored(&self, version: String, version_key: String) -> StoredVersion {
        StoredVersion {
            same_collection: true,
            version,
            version_key,
            spec_version: self.spec_version.as_str().to_string(),
            public: self.releasability.release.tlp() <= Tlp::Green,
            content_hash: self.content_hash.to_vec(),
            originator: self.releasability.originator,
            revoked: self.revoked,
            versioned: self.versioned,
        }
    }
}

/// Collects the per-object outcomes of a submission into its status.
#[derive(Debug, Default)]
pub struct StatusBuilder {
    successes: Vec<StatusDetail>,
    failures: Vec<StatusDetail>,
}

impl StatusBuilder {
    pub fn stored(&mut self, id: &str, version: String) {
        self.successes.push(StatusDetail {
            id: id.into(),
            version,
            message: None,
        });
    }
    pub fn already_stored(&mut self, id: &str, version: String) {
        self.successes.push(StatusDetail {
            id: id.into(),
            version,
            message: Some("already stored; not stored again".into()),
        });
    }
    pub fn refused(&mut self, id: &str, version: String, message: String) {
        self.failures.push(StatusDetail {
            id: id.into(),
            version,
            message: Some(message),
        });
    }
    /// Records the outcome [`admit`] gave for an object that is not stored.
    pub fn not_stored(&mut self, o: &NewObject, a: Admission) {
        match a {
            Admission::AlreadyStored { version } => self.already_stored(&o.stix_id, version),
            Admission::Refused(r) => self.refused(
                &o.stix_id,
                o.version.as_ref().map(|v| v.0.clone()).unwrap_or_default(),
                r.message().into(),
            ),
            Admission::Store { .. } => {}
        }
    }
    pub fn finish(self, w: &WriteRequest) -> Status {
        Status {
            id: w.status_id,
            collection: w.collection,
            member: w.member,
            user: w.user,
            request_timestamp: w.request_timestamp,
            total_count: w.items.len() as u64,
            success_count: self.successes.len() as u64,
            failure_count: self.failures.len() as u64,
            pending_count: 0,
            successes: self.successes,
            failures: self.failures,
            pendings: vec![],
        }
    }
}

/// What a delete found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deletion {
    /// Matching versions the reader may see.
    pub matched: u64,
    /// Of those, the ones the owner originated, now deleted.
    pub deleted: u64,
}

/// What a new center starts with.
#[derive(Debug, Clone)]
pub struct NewCenter {
    pub name: String,
    pub founded_at: i64,
    pub secretariat: NewMember,
    pub admin: NewUser,
    pub default_collection: Collection,
    pub secret: [u8; 32],
}

#[derive(Debug, Clone)]
pub struct NewMember {
    pub name: String,
    pub display_name: String,
    pub identity_id: String,
    pub status: MemberStatus,
    pub is_secretariat: bool,
    pub created_at: i64,
    /// A founding member, acceded on this date (the center's founding).
    pub founded_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    /// Filled in by the store when the member is created in the same call.
    pub member_id: MemberId,
    pub username: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub password_hash: Option<String>,
    pub created_at: i64,
    /// The password was chosen for the user, who must choose another first.
    pub must_change_password: bool,
}

#[derive(Debug, Clone)]
pub struct NewSharingGroup {
    pub name: String,
    pub description: Option<String>,
    pub members_visible: bool,
    pub created_at: i64,
}

/// The releasability of one stored version, as the third-party rule reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRelease {
    pub stix_id: String,
    pub version_key: String,
    pub releasability: Releasability,
}

impl VersionRelease {
    /// The newest of each object's versions, by id: the handling rules it is read under now.
    pub fn newest(versions: Vec<VersionRelease>) -> std::collections::HashMap<String, Self> {
        let mut latest: std::collections::HashMap<String, Self> = std::collections::HashMap::new();
        for v in versions {
            if latest
                .get(&v.stix_id)
                .is_none_or(|l| l.version_key < v.version_key)
            {
                latest.insert(v.stix_id.clone(), v);
            }
        }
        latest
    }
}

#[derive(Debug, Clone)]
pub struct NewToken {
    pub user_id: UserId,
    pub name: String,
    pub digest: [u8; 32],
    pub created_at: i64,
    pub kind: TokenKind,
    pub scope: Scope,
    pub expires_at: Option<i64>,
    pub client: Option<String>,
}

/// What an administrator changes of a user; `None` leaves it as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    pub display_name: Option<String>,
    pub roles: Option<Vec<Role>>,
    pub disabled: Option<bool>,
}

/// Whose language is set: a user's own choice or a member's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageOf {
    User(UserId),
    Member(MemberId),
}

/// Which of a user's tokens to revoke at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenSweep {
    pub user: UserId,
    /// Only tokens of this kind; every kind if `None`.
    pub kind: Option<TokenKind>,
    /// Spared (the session the user acts from).
    pub except: Option<i64>,
}

/// A user's second factor as kept: sealed secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecondFactor {
    /// The enrolled secret; `None` until the first code confirms it.
    pub secret: Option<Vec<u8>>,
    /// A secret being enrolled.
    pub pending: Option<Vec<u8>>,
    /// The last time step a code was taken for: no code is taken twice.
    pub last_step: i64,
    pub enabled_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewCertificate {
    pub kind: CertificateKind,
    pub fingerprint: [u8; 32],
    pub der: Vec<u8>,
    pub name: String,
    pub user_id: UserId,
    pub created_at: i64,
}

/// Intelligence: stored, paged, counted and deleted under the reader's [`Visibility`].
#[async_trait]
pub trait ObjectStore: Send + Sync + 'static {
    /// The releasability of every version of these ids that the reader sees, in any collection.
    async fn releasabilities(
        &self,
        ids: Vec<String>,
        vis: Visibility,
    ) -> Result<Vec<VersionRelease>>;

    /// Stores a submission and its status in one durable transaction. Concurrent calls may be
    /// committed together; each returns only after its own data is committed.
    async fn write_objects(&self, w: WriteRequest) -> Result<Status>;
    async fn query_objects(&self, q: ObjectQuery, vis: Visibility) -> Result<Page>;
    /// A page of what the words of `q.text` match within `vis`, newest first from
    /// `q.added_before`, and its facets, counted over at most `facet_limit` matches. Neither
    /// costs in proportion to how many objects carry a word.
    async fn search(&self, q: ObjectQuery, vis: Visibility, facet_limit: usize) -> Result<Found>;
    /// Deletes the matching versions the reader sees and `owner` originated, in one transaction.
    async fn delete_objects(
        &self,
        q: ObjectQuery,
        vis: Visibility,
        owner: MemberId,
    ) -> Result<Deletion>;
    /// A status, only if `member` made the submission.
    async fn status(&self, id: Uuid, member: MemberId) -> Result<Option<Status>>;
    /// Number of stored object versions in the center.
    async fn count_objects(&self) -> Result<u64>;
    /// Stored versions after `seq` in storage order, with their text, at most `limit` (for
    /// indexing them again: `(seq, body)`).
    async fn bodies_after(&self, seq: i64, limit: usize) -> Result<Vec<(i64, String)>>;
    /// Replaces the search text of these versions, in their index too.
    async fn set_search_texts(&self, texts: Vec<(i64, String)>) -> Result<()>;
    /// Adds correlation keys to stored versions (`(seq, keys)`), counting each new one; a key
    /// a version carries already is left as it is.
    async fn add_keys(&self, keys: Vec<(i64, Vec<String>)>) -> Result<()>;
    /// The newest `date_added` given out so far (0 for an empty center).
    async fn last_date_added(&self) -> Result<i64>;
    /// An object's [`Dossier`] for a reader of `collections`, in one round trip to the store.
    async fn dossier(
        &self,
        stix_id: String,
        collections: Vec<CollectionId>,
        vis: Visibility,
    ) -> Result<Dossier>;
}

/// The center, its members, users, tokens, invitations, collections, grants, sharing groups
/// and settings.
#[async_trait]
pub trait AccountStore: Send + Sync + 'static {
    async fn center(&self) -> Result<Option<CenterInfo>>;
    /// Creates the center, its secretariat, first administrator and default collection at once.
    async fn create_center(&self, c: NewCenter) -> Result<(CenterInfo, User)>;
    /// The key that signs page cursors; created with the center.
    async fn secret(&self) -> Result<[u8; 32]>;

    async fn insert_member(&self, m: NewMember) -> Result<Member>;
    async fn member(&self, id: MemberId) -> Result<Option<Member>>;
    async fn member_by_name(&self, name: &str) -> Result<Option<Member>>;
    async fn members(&self) -> Result<Vec<Member>>;

    async fn setting(&self, key: &str) -> Result<Option<String>>;
    async fn set_setting(&self, key: &str, value: &str) -> Result<()>;
    async fn insert_invitation(
        &self,
        user: UserId,
        digest: [u8; 32],
        at: i64,
        expires_at: i64,
    ) -> Result<()>;
    /// Uses an unexpired, unused invitation of an enabled user once and sets its user's
    /// password hash (one the user chose: nothing more to change); the user's other unused
    /// links are void from then on.
    async fn redeem_invitation(
        &self,
        digest: &[u8; 32],
        now: i64,
        password_hash: &str,
    ) -> Result<Option<UserId>>;

    async fn insert_user(&self, u: NewUser) -> Result<User>;
    async fn user(&self, id: UserId) -> Result<Option<User>>;
    async fn user_by_name(&self, username: &str) -> Result<Option<User>>;
    async fn users(&self, member: Option<MemberId>) -> Result<Vec<User>>;
    /// Sets a user's password hash, and whether it must be changed before anything else.
    /// Sets a user's password hash and voids every link to set one that is still unused: a
    /// link made before the password changed must not change it again.
    async fn set_password(
        &self,
        user: UserId,
        hash: &str,
        must_change: bool,
        at: i64,
    ) -> Result<()>;
    /// Voids a user's unused links to set a password (a disabled account's, say).
    async fn void_invitations(&self, user: UserId, at: i64) -> Result<()>;
    async fn update_user(&self, user: UserId, change: UserChange) -> Result<()>;
    /// Sets the language a user chose, or a member's default; `None` takes the choice away.
    async fn set_language(
        &self,
        of: LanguageOf,
        language: Option<crate::language::Language>,
    ) -> Result<()>;
    /// Sets the calendar and time zone a user reads dates in; `None` takes a choice away.
    async fn set_reading(
        &self,
        user: UserId,
        calendar: Option<crate::language::Calendar>,
        time_zone: Option<String>,
    ) -> Result<()>;

    async fn insert_token(&self, t: NewToken) -> Result<Token>;
    async fn token_by_digest(&self, digest: &[u8; 32]) -> Result<Option<Token>>;
    async fn token(&self, id: i64) -> Result<Option<Token>>;
    async fn tokens(&self, user: UserId) -> Result<Vec<Token>>;
    async fn touch_token(&self, id: i64, at: i64) -> Result<()>;
    /// Returns whether a live token was revoked.
    async fn revoke_token(&self, id: i64, at: i64) -> Result<bool>;
    /// Revokes every live token the sweep names; returns how many.
    async fn revoke_tokens(&self, sweep: TokenSweep, at: i64) -> Result<u64>;

    async fn second_factor(&self, user: UserId) -> Result<Option<SecondFactor>>;
    /// Keeps a sealed secret being enrolled (an enrolled one stays until this one is confirmed).
    async fn set_second_factor_pending(&self, user: UserId, sealed: Vec<u8>) -> Result<()>;
    /// The pending secret becomes the enrolled one, taken at `step`, and the recovery codes are
    /// these (digests) instead of any before; false if nothing was pending.
    async fn enable_second_factor(
        &self,
        user: UserId,
        step: i64,
        recovery: Vec<[u8; 32]>,
        at: i64,
    ) -> Result<bool>;
    /// Removes the second factor and its recovery codes.
    async fn remove_second_factor(&self, user: UserId) -> Result<()>;
    /// Takes a code of time step `step` once: false if that step or a later one was taken.
    async fn take_second_factor_step(&self, user: UserId, step: i64) -> Result<bool>;
    /// Uses a recovery code once; false if it is unknown or used.
    async fn use_recovery_code(&self, user: UserId, digest: [u8; 32], at: i64) -> Result<bool>;
    /// Recovery codes not used yet.
    async fn recovery_codes_left(&self, user: UserId) -> Result<i64>;

    /// Registers a client certificate; `None` if a live registration has that fingerprint.
    async fn insert_certificate(&self, c: NewCertificate) -> Result<Option<ClientCertificate>>;
    /// Certificates registered to users of `member` (of every member if `None`), revoked ones
    /// included, with their DER.
    async fn certificates(
        &self,
        member: Option<MemberId>,
    ) -> Result<Vec<(ClientCertificate, Vec<u8>)>>;
    /// Returns whether a live registration was revoked.
    async fn revoke_certificate(&self, id: i64, at: i64) -> Result<bool>;

    async fn insert_collection(&self, c: Collection) -> Result<()>;
    async fn collections(&self) -> Result<Vec<Collection>>;
    async fn set_collection_default(&self, collection: CollectionId, tlp: Tlp) -> Result<()>;
    async fn grant(&self, collection: CollectionId, g: CollectionGrant) -> Result<()>;
    async fn grants(&self, collection: CollectionId) -> Result<Vec<CollectionGrant>>;
    /// Every grant one member holds, in one read (requests resolve rights on every call).
    async fn member_grants(&self, member: MemberId)
    -> Result<Vec<(CollectionId, CollectionGrant)>>;

    async fn insert_sharing_group(&self, g: NewSharingGroup) -> Result<SharingGroup>;
    /// Every sharing group, with its members.
    async fn sharing_groups(&self) -> Result<Vec<SharingGroup>>;
    /// Adds a member to a group (`present`) or removes it; returns whether anything changed.
    async fn set_group_member(
        &self,
        group: GroupId,
        member: MemberId,
        present: bool,
    ) -> Result<bool>;
    /// The groups a member is in now (read on every request: membership changes apply at once).
    async fn member_groups(&self, member: MemberId) -> Result<Vec<GroupId>>;

    /// Registers an identity to a member; false if it is registered already (to anyone).
    async fn insert_member_identity(&self, i: MemberIdentity) -> Result<bool>;
    /// Every registered identity, in id order (members' own identities are on the members).
    async fn member_identities(&self) -> Result<Vec<MemberIdentity>>;
    /// Unregisters an identity of a member; false if the member had no such identity.
    async fn delete_member_identity(&self, member: MemberId, identity_id: String) -> Result<bool>;
}

/// Membership changes, votes, admission applications and presidency terms.
#[async_trait]
pub trait GovernanceStore: Send + Sync + 'static {
    /// Moves a member from `t.from` to `t.to` and keeps the record, in one transaction; refused
    /// (conflict) if its status is no longer `t.from`. Becoming a member sets the accession date
    /// once.
    async fn transition_member(&self, id: MemberId, t: NewTransition) -> Result<()>;
    /// Keeps a record without a change (a member's first).
    async fn record_transition(&self, id: MemberId, t: NewTransition) -> Result<()>;
    async fn transitions(&self, id: MemberId) -> Result<Vec<Transition>>;
    async fn set_founding(&self, id: MemberId, accession_at: i64) -> Result<()>;

    async fn insert_ballot(&self, b: NewBallot) -> Result<Ballot>;
    async fn ballot(&self, id: i64) -> Result<Option<Ballot>>;
    async fn ballots(&self) -> Result<Vec<Ballot>>;
    /// Casts or replaces a member's vote while the vote is open (conflict once closed).
    async fn cast_vote(&self, ballot: i64, v: Vote) -> Result<()>;
    /// Closes an open vote; `false` if it was closed already.
    async fn close_ballot(&self, id: i64, at: i64, outcome: Outcome) -> Result<bool>;
    async fn insert_application(&self, a: NewApplication) -> Result<Application>;
    async fn applications(&self) -> Result<Vec<Application>>;
    async fn terms(&self) -> Result<Vec<Term>>;
    /// Adds a term; `None` if a term already starts at that moment (another node's handover).
    async fn insert_term(&self, t: NewTerm) -> Result<Option<Term>>;
}

/// The audit chain and its signed checkpoints.
#[async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Appends entries to the audit chain in order, each linked by [`crate::audit::model::entry_hash`]
    /// to the one before, under the log's write lock; durable when this returns.
    async fn append_audit(&self, entries: Vec<NewAuditEntry>) -> Result<()>;
    async fn audit_entries(&self, q: AuditQuery) -> Result<Vec<AuditEntry>>;
    /// The last entry's number and hash.
    async fn audit_head(&self) -> Result<Option<(i64, [u8; 32])>>;
    /// The center's checkpoint key, if it has one.
    async fn stored_signing_key(&self) -> Result<Option<[u8; 32]>>;
    /// The center's checkpoint key: `candidate` is kept if there is none yet; returns the kept one.
    async fn signing_key(&self, candidate: [u8; 32]) -> Result<[u8; 32]>;
    /// Keeps a checkpoint; one per entry (a second for the same entry is ignored).
    async fn insert_checkpoint(&self, c: Checkpoint) -> Result<()>;
    async fn checkpoints(&self) -> Result<Vec<Checkpoint>>;
    /// When the newest checkpoint was made, if any: what `/metrics` reports on every scrape,
    /// without reading them all.
    async fn last_checkpoint_at(&self) -> Result<Option<i64>>;
}

/// Hit/no-hit questions, release requests and notifications.
#[async_trait]
pub trait ExchangeStore: Send + Sync + 'static {
    /// Counts matching objects (latest versions) the reader sees, and per originator the
    /// objects it does not see.
    async fn hit_counts(&self, keys: Vec<String>, vis: Visibility) -> Result<HitCounts>;
    async fn record_hit_query(&self, q: NewHitQuery) -> Result<()>;
    /// Questions a member asked since `since`.
    async fn hit_queries_since(&self, member: MemberId, since: i64) -> Result<u64>;
    /// A member's questions since `since`, oldest first: each value as asked and its answer as
    /// recorded (with whom it told).
    async fn hit_questions_since(
        &self,
        member: MemberId,
        since: i64,
    ) -> Result<Vec<(String, String)>>;
    /// Ids of `originator`'s objects that carry one of these keys.
    async fn matching_ids(&self, keys: Vec<String>, originator: MemberId) -> Result<Vec<String>>;

    async fn insert_release_request(&self, r: NewReleaseRequest) -> Result<ReleaseRequest>;
    async fn release_request(&self, id: i64) -> Result<Option<ReleaseRequest>>;
    /// Requests `member` made or must decide, newest first.
    async fn release_requests(&self, member: MemberId) -> Result<Vec<ReleaseRequest>>;
    /// Records a decision on a pending request and, for an approval, adds the target to the
    /// release list of every AMBER or AMBER+STRICT version of the named objects the originator
    /// holds, in one transaction. Returns how many objects were released.
    async fn decide_release_request(&self, d: ReleaseDecision) -> Result<u64>;

    /// The newest notification id given out (0 when none).
    async fn last_notification_id(&self) -> Result<i64>;
    /// Notifications; each wakes subscribers like a write of objects.
    async fn notify(&self, n: Vec<NewNotification>) -> Result<()>;
    /// A member's notifications after `after`, oldest first; only those of `kinds` unless it
    /// is empty.
    async fn notifications(
        &self,
        member: MemberId,
        after: i64,
        limit: usize,
        kinds: Vec<String>,
    ) -> Result<Vec<Notification>>;
    /// A member's newest notifications, newest first, at most `limit`.
    async fn newest_notifications(
        &self,
        member: MemberId,
        limit: usize,
    ) -> Result<Vec<Notification>>;
}

/// Meetings with their agenda, attendance, minutes, decisions and action items.
#[async_trait]
pub trait MeetingStore: Send + Sync + 'static {
    async fn insert_meeting(&self, m: NewMeeting) -> Result<Meeting>;
    async fn meetings(&self) -> Result<Vec<Meeting>>;
    /// A meeting with its agenda (in order), attendance, decisions and action items.
    async fn meeting(&self, id: i64) -> Result<Option<MeetingRecord>>;
    async fn insert_agenda_item(
        &self,
        meeting: i64,
        position: i64,
        title: &str,
        notes: &str,
        link: Option<&AgendaLink>,
    ) -> Result<AgendaItem>;
    async fn set_attendance(&self, meeting: i64, a: Attendance) -> Result<()>;
    async fn set_minutes(&self, meeting: i64, markdown: &str) -> Result<()>;
    async fn insert_decision(
        &self,
        meeting: i64,
        agenda_item: Option<i64>,
        text: &str,
        ballot: Option<i64>,
        at: i64,
        outcome: Option<Outcome>,
    ) -> Result<Decision>;
    /// Records the outcome of the vote that decides a decision.
    async fn set_decision_outcome(&self, ballot: i64, outcome: Outcome) -> Result<()>;
    async fn insert_action(
        &self,
        meeting: i64,
        decision: Option<i64>,
        title: &str,
        assignee: MemberId,
        due_at: i64,
    ) -> Result<ActionItem>;
    async fn action(&self, id: i64) -> Result<Option<ActionItem>>;
    async fn set_action_status(&self, id: i64, status: ActionStatus, at: i64) -> Result<()>;
    /// Every action item, or one member's.
    async fn actions(&self, assignee: Option<MemberId>) -> Result<Vec<ActionItem>>;
}

/// Correlations, noisy and excluded keys, tracked groups' statuses and outcomes.
#[async_trait]
pub trait FusionStore: Send + Sync + 'static {
    /// The objects sharing a key with `stix_id`, both ends seen by the reader in `collections`,
    /// through keys carried by at most `noisy_limit` object versions and not excluded; `None`
    /// when the reader sees no version of `stix_id` there.
    async fn correlations(
        &self,
        stix_id: String,
        collections: Vec<crate::CollectionId>,
        vis: Visibility,
        noisy_limit: i64,
    ) -> Result<Option<Vec<Correlation>>>;
    /// Keys over the limit, and excluded keys, most frequent first.
    async fn noisy_keys(&self, noisy_limit: i64) -> Result<Vec<KeyCount>>;
    async fn set_key_excluded(&self, key: &str, excluded: bool, at: i64, actor: &str)
    -> Result<()>;

    async fn insert_outcome(&self, o: NewOutcome) -> Result<crate::tracked::model::Outcome>;
    async fn outcomes(&self) -> Result<Vec<crate::tracked::model::Outcome>>;
    async fn insert_group_status(&self, s: NewGroupStatus) -> Result<GroupStatus>;
    /// The status history of a tracked group, oldest first.
    async fn group_statuses(&self, stix_id: &str) -> Result<Vec<GroupStatus>>;
}

/// Requests for information and their answers.
#[async_trait]
pub trait RfiStore: Send + Sync + 'static {
    async fn insert_rfi(&self, r: NewRfi) -> Result<Rfi>;
    /// An RFI with its recipients, links and every answer.
    async fn rfi(&self, id: i64) -> Result<Option<(Rfi, Vec<Answer>)>>;
    /// RFIs with their answers, in the order of `ids` (the jobs and the statistics).
    async fn rfis_by_ids(&self, ids: Vec<i64>) -> Result<Vec<(Rfi, Vec<Answer>)>>;
    /// RFIs a member asked or was asked, newest first.
    async fn rfis_for(&self, member: MemberId) -> Result<Vec<Rfi>>;
    /// Records an answer; an open RFI becomes answered.
    async fn insert_answer(
        &self,
        rfi: i64,
        member: MemberId,
        user: UserId,
        text: &str,
        objects: &[String],
        at: i64,
    ) -> Result<Answer>;
    /// Moves an RFI to `to` if it is in one of `from`; `false` otherwise.
    async fn set_rfi_status(
        &self,
        id: i64,
        from: &[RfiStatus],
        to: RfiStatus,
        at: i64,
    ) -> Result<bool>;
    /// Open or answered RFIs whose deadline is before `before`, with their answers.
    async fn rfis_due(&self, before: i64) -> Result<Vec<(Rfi, Vec<Answer>)>>;
    /// Marks a recipient reminded; `false` if it was already.
    async fn mark_reminded(&self, rfi: i64, member: MemberId) -> Result<bool>;
    /// RFIs asked in `[from, to)` with their answers.
    async fn rfis_between(&self, from: i64, to: i64) -> Result<Vec<(Rfi, Vec<Answer>)>>;
}

/// What the statistics count, and the reports published from them.
#[async_trait]
pub trait StatisticsStore: Send + Sync + 'static {
    /// Distinct object ids with a version added in `[from, to)`, by originator, type and
    /// level, among the rows every visibility in `within` allows (none given: every row).
    async fn object_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
    ) -> Result<Vec<crate::statistics::model::ObjectCount>>;
    /// [`StatisticsStore::object_counts`] for each reader, among the rows `within` allows: one
    /// list per reader, in order, counted in one pass.
    async fn object_counts_each(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        readers: Vec<Visibility>,
    ) -> Result<Vec<Vec<crate::statistics::model::ObjectCount>>>;
    /// Of those objects, how many share a correlatable key (not excluded, held by at most
    /// `noisy_limit` objects) with another member's object, both within `within`; by originator.
    async fn correlated_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        noisy_limit: i64,
    ) -> Result<Vec<(MemberId, u64)>>;
    /// Keys that start with one of `prefixes`, by how many distinct objects with a version
    /// added in `[from, to)` carry them, among the rows every visibility in `within` allows;
    /// most first, at most `limit`. `ref:<id>` keys count what refers to an object.
    async fn key_prefix_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        prefixes: Vec<String>,
        limit: i64,
    ) -> Result<Vec<(String, u64)>>;
    /// Hit/no-hit questions asked in `[from, to)`.
    async fn hit_log(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<crate::statistics::model::HitLogEntry>>;
    async fn insert_report(
        &self,
        r: crate::statistics::model::NewReport,
    ) -> Result<crate::statistics::model::PublishedReport>;
    async fn reports(&self) -> Result<Vec<crate::statistics::model::PublishedReport>>;
    async fn report(&self, id: i64) -> Result<Option<crate::statistics::model::PublishedReport>>;
}

/// Webhooks, their cursors and the leases that give each to one node at a time.
#[async_trait]
pub trait WebhookStore: Send + Sync + 'static {
    async fn insert_webhook(&self, w: NewWebhook) -> Result<Webhook>;
    /// A member's webhooks, or every webhook.
    async fn webhooks(&self, member: Option<MemberId>) -> Result<Vec<Webhook>>;
    async fn delete_webhook(&self, id: i64) -> Result<bool>;
    /// The webhooks nobody has held, or `node` holds or tried last.
    async fn webhooks_free_or_held_by(&self, node: &str) -> Result<Vec<i64>>;
    /// Webhooks whose secret is kept as the signing key itself (32 bytes, registered before
    /// secrets were sealed): (id, key).
    async fn plain_webhook_secrets(&self) -> Result<Vec<(i64, Vec<u8>)>>;
    /// Replaces a webhook's secret, if it is still `was` (another node may have sealed it
    /// first); says whether it did.
    async fn replace_webhook_secret(&self, id: i64, was: Vec<u8>, sealed: Vec<u8>) -> Result<bool>;
    /// Takes the lease, until `until`, of every webhook whose lease is free, expired or this
    /// node's, and whose back-off has passed; returns them with their secrets.
    async fn claim_webhooks(&self, node: &str, now: i64, until: i64) -> Result<Vec<Claimed>>;
    /// Moves the cursor after a delivery, if `node` still holds the lease.
    async fn webhook_delivered(
        &self,
        id: i64,
        node: &str,
        cursor_objects: i64,
        cursor_notices: i64,
        status: &str,
        at: i64,
    ) -> Result<()>;
    /// Records a failed attempt; the webhook is not tried again before `retry_at`, by any
    /// node. The node keeps it until then, so that its figures stay with the node that tried.
    async fn webhook_failed(
        &self,
        id: i64,
        node: &str,
        status: &str,
        at: i64,
        retry_at: i64,
    ) -> Result<()>;
}

/// Feeds: remote TAXII collections pulled on schedule, their progress and leases.
#[async_trait]
pub trait FeedStore: Send + Sync + 'static {
    /// Registers a feed; a conflict if the name is taken.
    async fn insert_feed(
        &self,
        f: crate::feeds::model::NewFeed,
    ) -> Result<crate::feeds::model::Feed>;
    async fn feeds(&self) -> Result<Vec<crate::feeds::model::Feed>>;
    async fn delete_feed(&self, id: i64) -> Result<bool>;
    /// Takes the lease, until `until`, of the feed due first by `now` whose lease is free or
    /// expired (at most one); clears the last pull's counts and refusals. Returns it with its
    /// sealed credential.
    async fn claim_feeds(
        &self,
        node: &str,
        now: i64,
        until: i64,
    ) -> Result<Vec<(crate::feeds::model::Feed, Option<Vec<u8>>)>>;
    /// Saves progress without objects (an empty page), if `node` holds the lease.
    async fn feed_progress(&self, p: crate::feeds::model::FeedProgress) -> Result<()>;
    /// Ends a pull: when it is next due and the error, if any; releases the lease.
    async fn feed_pulled(
        &self,
        id: i64,
        node: &str,
        at: i64,
        next_pull_at: i64,
        error: Option<String>,
    ) -> Result<()>;
    /// Starts the feed over from its start date (`reset`) and/or makes it due now.
    async fn feed_restart(&self, id: i64, reset: bool, now: i64) -> Result<bool>;
}

/// Operations, their selectors (as digests) and events, and the deconflictions between them.
#[async_trait]
pub trait OperationStore: Send + Sync + 'static {
    async fn insert_operation(
        &self,
        o: crate::operations::model::NewOperation,
    ) -> Result<crate::operations::model::Operation>;
    /// A member's operations, newest first.
    async fn operations(
        &self,
        member: MemberId,
    ) -> Result<Vec<crate::operations::model::Operation>>;
    async fn operation(&self, id: i64) -> Result<Option<crate::operations::model::Operation>>;
    async fn close_operation(&self, id: i64, at: i64) -> Result<bool>;
    /// Stores selectors of an active operation (one already in it is skipped; each stored one
    /// comes back with its place in `selectors`) and, in the same transaction, a deconfliction for each that another member's active operation
    /// holds, with the notices of both sides (`names` names the members in them). Returns
    /// the selectors stored and the deconflictions made. Registrations run one at a time, so
    /// two made at once still meet.
    async fn add_selectors(
        &self,
        operation: i64,
        member: MemberId,
        selectors: Vec<crate::operations::model::NewSelector>,
        at: i64,
        names: std::collections::HashMap<MemberId, String>,
    ) -> Result<(
        Vec<(usize, crate::operations::model::Selector)>,
        Vec<crate::operations::model::Deconfliction>,
    )>;
    async fn selectors(&self, operation: i64) -> Result<Vec<crate::operations::model::Selector>>;
    /// The selectors of active operations whose intelligence digest is one of these.
    async fn selectors_holding(
        &self,
        intel_digests: Vec<Vec<u8>>,
    ) -> Result<Vec<crate::operations::model::Holder>>;
    /// Objects the reader sees in these collections, not revoked, of an originator other
    /// than `not_of`, that carry one of the keys: each key with the id and originator of an
    /// object carrying it, at most `limit` in all.
    async fn intelligence_with_keys(
        &self,
        keys: Vec<String>,
        vis: Visibility,
        collections: Vec<crate::CollectionId>,
        not_of: MemberId,
        limit: usize,
    ) -> Result<Vec<(String, String, MemberId)>>;
    /// As [`OperationStore::add_selectors`], for events that meet in place and time.
    async fn add_events(
        &self,
        operation: i64,
        member: MemberId,
        events: Vec<crate::operations::model::NewEvent>,
        at: i64,
        names: std::collections::HashMap<MemberId, String>,
    ) -> Result<(
        Vec<crate::operations::model::Event>,
        Vec<crate::operations::model::Deconfliction>,
    )>;
    async fn events(&self, operation: i64) -> Result<Vec<crate::operations::model::Event>>;
    /// How many selectors and events a member's operations took since `since` (the hourly
    /// budget against guessing).
    async fn registrations_since(&self, member: MemberId, since: i64) -> Result<u64>;
    /// The deconflictions a member is a side of, newest first.
    async fn deconflictions(
        &self,
        member: MemberId,
    ) -> Result<Vec<crate::operations::model::Deconfliction>>;
}

/// Joint operations, their participants, links, tasks, timeline and outcomes.
#[async_trait]
pub trait JointStore: Send + Sync + 'static {
    /// Stores a joint operation, its lead accepted and the others invited.
    async fn insert_joint(
        &self,
        j: crate::joint::model::NewJoint,
    ) -> Result<crate::joint::model::JointOperation>;
    async fn joint(&self, id: i64) -> Result<Option<crate::joint::model::JointOperation>>;
    /// The joint operations a member was asked to, newest first.
    async fn joints_of(&self, member: MemberId)
    -> Result<Vec<crate::joint::model::JointOperation>>;
    async fn all_joints(&self) -> Result<Vec<crate::joint::model::JointOperation>>;
    async fn set_participation(
        &self,
        joint: i64,
        member: MemberId,
        state: crate::joint::model::Participation,
        at: i64,
    ) -> Result<()>;
    async fn add_joint_link(&self, joint: i64, stix_id: &str) -> Result<()>;
    async fn link_joint_outcome(&self, joint: i64, outcome: i64) -> Result<()>;
    async fn conclude_joint(&self, joint: i64, at: i64) -> Result<bool>;
    async fn insert_joint_task(
        &self,
        t: crate::joint::model::NewJointTask,
    ) -> Result<crate::joint::model::JointTask>;
    async fn joint_tasks(&self, joint: i64) -> Result<Vec<crate::joint::model::JointTask>>;
    async fn set_joint_task_status(
        &self,
        task: i64,
        status: crate::joint::model::TaskStatus,
    ) -> Result<bool>;
    async fn insert_joint_entry(
        &self,
        e: crate::joint::model::NewJointEntry,
    ) -> Result<crate::joint::model::JointEntry>;
    async fn joint_entries(&self, joint: i64) -> Result<Vec<crate::joint::model::JointEntry>>;
}

/// Persistence for a center: every area's store, and the counters that wake readers and empty
/// caches. Every read of intelligence takes the reader's [`Visibility`].
pub trait Store:
    ObjectStore
    + AccountStore
    + GovernanceStore
    + AuditStore
    + ExchangeStore
    + MeetingStore
    + FusionStore
    + RfiStore
    + StatisticsStore
    + WebhookStore
    + FeedStore
    + OperationStore
    + JointStore
{
    /// A counter that moves after every committed write of objects, made through any node.
    /// It only wakes readers: they read what is new through their own visibility.
    fn changes(&self) -> tokio::sync::watch::Receiver<u64>;

    /// A counter that moves, within a second, after every committed change to members, users,
    /// revoked tokens, collections, grants or sharing-group membership, made through any node
    /// or process; and at once, before the write is answered, for changes made through this
    /// store. What was cached of who is who is forgotten when it moves.
    fn access_changes(&self) -> tokio::sync::watch::Receiver<u64>;

    /// Has a store that commits several writes in one transaction report each group's size
    /// (`Center::observe`); a store that does not group writes ignores it.
    fn observe_write_batches(&self, _batch: std::sync::Arc<dyn Fn(usize) + Send + Sync>) {}

    /// How many point reads (TAXII and REST lookups) a node lets in flight per core before
    /// the rest wait for a place (the server's admission lanes). A store that makes extra
    /// reads wait where waiting is dear (a connection pool) wants few; one whose readers take
    /// reads from a cheap queue wants enough that, up to a busy center's 256 clients, none
    /// waits in the lane, since waiting there costs more than the read.
    fn lookups_in_flight_per_core(&self) -> usize {
        32
    }

    /// The same for every other request (web pages, writes, searches), each of which makes
    /// several reads or a long one: enough in flight to keep the store's threads and the
    /// cores busy between one request's reads.
    fn pages_in_flight_per_core(&self) -> usize {
        4
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn observable_sort_key_matches_the_timestamp_rule() {
        for micros in [0, 1, 1_700_000_000_123_400, 1_700_000_000_000_000] {
            let text = stix::timestamp::taxii_timestamp(micros);
            let key = format!("{}000Z", text.trim_end_matches('Z'));
            assert_eq!(key, stix::Timestamp::parse(&text).unwrap().sort_key());
        }
    }
}
