//! The center's people and places: members, users, roles, tokens, collections.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MemberId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CollectionId(pub Uuid);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GroupId(pub i64);

/// A named set of members kept by the administrator, to release intelligence to all of them at
/// once. Membership is read when an object is read, not when it was released.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharingGroup {
    pub id: GroupId,
    pub name: String,
    pub description: Option<String>,
    /// Whether the recipients may see who else is in the group; otherwise only administrators.
    pub members_visible: bool,
    pub members: Vec<MemberId>,
    pub created_at: i64,
}

/// An identity a member authors intelligence as besides its own (an alias, a sub-unit). Only
/// its member may name it as `created_by_ref`; any other identity (MITRE, a vendor) anyone may.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberIdentity {
    pub identity_id: String,
    pub member_id: MemberId,
    /// What people call it ("Arland police, cyber unit").
    pub name: String,
    pub created_at: i64,
}

/// Where a member stands in the center. Only `Member` and `Observer` see intelligence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    Applicant,
    Member,
    Observer,
    Suspended,
    Withdrawn,
}

impl MemberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applicant => "applicant",
            Self::Member => "member",
            Self::Observer => "observer",
            Self::Suspended => "suspended",
            Self::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Applicant,
            Self::Member,
            Self::Observer,
            Self::Suspended,
            Self::Withdrawn,
        ]
        .into_iter()
        .find(|m| m.as_str() == s)
    }
    /// Whether a member in this state may read and submit intelligence.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Member | Self::Observer)
    }
}

/// A member organisation, or the center's own secretariat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    /// Short unique name, used on the command line (`--member`).
    pub name: String,
    pub display_name: String,
    /// The STIX identity object that represents this member (`identity--...`).
    pub identity_id: String,
    pub status: MemberStatus,
    pub is_secretariat: bool,
    pub created_at: i64,
    /// One of the members that founded the center.
    pub founding: bool,
    /// When it became a member (the founding date for founding members).
    pub accession_at: Option<i64>,
    /// The language its people read the center in unless they choose another.
    pub language: Option<crate::language::Language>,
}

/// What a user may do on behalf of their member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Analyst,
    LiaisonOfficer,
    Delegate,
    Secretariat,
    /// The center's administrator: members, collections and every member's accounts.
    Administrator,
    /// Runs its own member's accounts (users, tokens, certificates), identities, webhooks and
    /// feeds, and nothing of another member's.
    MemberAdministrator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Analyst,
        Role::LiaisonOfficer,
        Role::Delegate,
        Role::Secretariat,
        Role::Administrator,
        Role::MemberAdministrator,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Analyst => "analyst",
            Role::LiaisonOfficer => "liaison_officer",
            Role::Delegate => "delegate",
            Role::Secretariat => "secretariat",
            Role::Administrator => "administrator",
            Role::MemberAdministrator => "member_administrator",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        let s = s.replace('-', "_");
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A person (or a machine account) acting for a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub member_id: MemberId,
    pub username: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    /// Argon2id PHC string; `None` for accounts that use tokens only.
    #[serde(skip_serializing)]
    pub password_hash: Option<String>,
    pub disabled: bool,
    pub created_at: i64,
    /// The password was chosen by an administrator or the first start: its user must choose
    /// another before doing anything else.
    pub must_change_password: bool,
    /// The user signs in with a one-time code besides the password.
    pub second_factor: bool,
    /// The language the user chose; `None` follows the member's default, then the browser.
    pub language: Option<crate::language::Language>,
    /// The calendar the user reads dates in; `None` is the language's usual one.
    pub calendar: Option<crate::language::Calendar>,
    /// The IANA time zone the user reads times in; `None` is UTC.
    pub time_zone: Option<String>,
}

impl User {
    pub fn has_role(&self, r: Role) -> bool {
        self.roles.contains(&r)
    }

    /// Sharing intelligence and what follows from it (a sighting, an outcome, a translation,
    /// a release request) is the analyst's job: a delegate, a liaison officer or a member
    /// administrator who is not also an analyst speaks for the member in other ways and is not
    /// offered these. The center's administrator loads intelligence for the secretariat (a
    /// public corpus at set-up, say) and may. Feeds write as their user, so a feed's user is
    /// one of these too.
    pub fn shares_intelligence(&self) -> bool {
        self.has_role(Role::Analyst) || self.has_role(Role::Administrator)
    }
}

/// An API token, a web session or a sign-in waiting for its second factor. Only its SHA-256
/// digest is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub id: i64,
    pub user_id: UserId,
    pub name: String,
    #[serde(skip_serializing)]
    pub digest: Vec<u8>,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub kind: TokenKind,
    pub scope: Scope,
    /// Refused from then on.
    pub expires_at: Option<i64>,
    /// Where a session was opened (browser and address).
    pub client: Option<String>,
}

impl Token {
    /// Neither revoked nor expired.
    pub fn live(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|e| now < e)
    }
}

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Made by people for their systems: Bearer, or the password of HTTP Basic.
    Api,
    /// A web sign-in.
    Session,
    /// A sign-in whose password was right, waiting for its second factor; good for nothing
    /// else.
    Pending,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Api => "api",
            TokenKind::Session => "session",
            TokenKind::Pending => "pending",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [TokenKind::Api, TokenKind::Session, TokenKind::Pending]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// What a credential may do: read only, or read and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        }
    }
}

/// How a client certificate stands for a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    /// This one certificate, pinned by its SHA-256.
    Certificate,
    /// Every certificate this authority issued for client authentication.
    Authority,
}

impl CertificateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateKind::Certificate => "certificate",
            CertificateKind::Authority => "authority",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "certificate" => Some(CertificateKind::Certificate),
            "authority" => Some(CertificateKind::Authority),
            _ => None,
        }
    }
}

/// A client certificate (mutual TLS) registered to a user of a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientCertificate {
    pub id: i64,
    pub kind: CertificateKind,
    /// SHA-256 of the certificate's DER, in hex.
    pub fingerprint: String,
    /// What people call it ("Arland TAXII gateway").
    pub name: String,
    pub user_id: UserId,
    pub member_id: MemberId,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// A TAXII collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    pub id: CollectionId,
    pub alias: Option<String>,
    pub title: String,
    pub description: Option<String>,
    /// The marking applied (beside the object, never inside it) when a client sends none.
    pub default_tlp: stix::markings::Tlp,
    /// Every active member may read it.
    pub everyone_reads: bool,
    /// Every active member may write to it.
    pub everyone_writes: bool,
    pub created_at: i64,
}

/// A right granted to one member on one collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionGrant {
    pub member_id: MemberId,
    pub can_read: bool,
    pub can_write: bool,
}

/// Who is acting: a user of a member, as authenticated for this request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: User,
    pub member: Member,
    /// The sharing groups the member is in, as of this request.
    pub groups: Vec<GroupId>,
}

/// What a user without the analyst role is told when they try an analyst's work.
pub const ANALYSTS_ONLY: &str = "sharing intelligence, sightings, outcomes, translations and release requests are an analyst's work; ask your member administrator for the analyst role";

impl Actor {
    pub fn has_role(&self, r: Role) -> bool {
        self.user.has_role(r)
    }

    /// See [`User::shares_intelligence`].
    pub fn shares_intelligence(&self) -> bool {
        self.user.shares_intelligence()
    }

    /// [`Actor::shares_intelligence`], as a refusal that says how to get the role.
    pub fn ensure_analyst(&self) -> crate::Result<()> {
        if self.shares_intelligence() {
            Ok(())
        } else {
            Err(crate::Error::Forbidden(ANALYSTS_ONLY.into()))
        }
    }
}

/// The center itself: created once, on first start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CenterInfo {
    pub name: String,
    /// Statistics count from this date (microseconds since the epoch).
    pub founded_at: i64,
    pub secretariat: MemberId,
    pub default_collection: CollectionId,
}

/// Who may run an administrative operation: an administrator signed in, or the local console
/// (the `liaison` command run by whoever holds the data directory).
#[derive(Debug, Clone, Copy)]
pub enum Authority<'a> {
    Console,
    Administrator(&'a Actor),
}

impl Authority<'_> {
    /// The administrator rule: the console, or a user with the administrator role.
    pub fn check(&self) -> Result<()> {
        match self {
            Authority::Console => Ok(()),
            Authority::Administrator(a) if a.has_role(Role::Administrator) => Ok(()),
            Authority::Administrator(_) => Err(Error::Forbidden(
                "this needs the administrator role; ask your center's administrator".into(),
            )),
        }
    }

    /// The member administrator rule: what [`Authority::check`] allows, or a member
    /// administrator of `member` (its own member, never another's).
    pub fn check_member(&self, member: MemberId) -> Result<()> {
        match self {
            Authority::Administrator(a)
                if a.has_role(Role::MemberAdministrator) && a.member.id == member =>
            {
                Ok(())
            }
            Authority::Administrator(a) if !a.has_role(Role::Administrator) => {
                Err(Error::Forbidden(
                    "this needs the member administrator role of the member concerned; ask your member's administrator".into(),
                ))
            }
            _ => self.check(),
        }
    }

    /// Whether this authority administers anything at all (the console, the center's or a
    /// member's administrators): asked before anything is looked up, so that others learn
    /// nothing from the refusal.
    pub fn check_administers(&self) -> Result<()> {
        match self {
            Authority::Administrator(a)
                if a.has_role(Role::MemberAdministrator) || a.has_role(Role::Administrator) =>
            {
                Ok(())
            }
            _ => self.check().map_err(|_| {
                Error::Forbidden(
                    "this needs the member administrator role; ask your member's administrator"
                        .into(),
                )
            }),
        }
    }

    /// Whether this authority runs accounts of `member` ([`Authority::check_member`] as a
    /// question, for what a page offers and for 404s that must not tell hidden from missing).
    pub fn manages(&self, member: MemberId) -> bool {
        self.check_member(member).is_ok()
    }

    /// The member whose accounts this authority is limited to; `None` for the center's
    /// administrators and the console, who run every member's.
    pub fn scope(&self) -> Option<MemberId> {
        match self {
            Authority::Administrator(a) if !a.has_role(Role::Administrator) => Some(a.member.id),
            _ => None,
        }
    }
}

/// Objects' kinds and names (if they have one), by id: how pages name what a record links to.
pub type Titles = std::collections::BTreeMap<String, (String, Option<String>)>;

impl Member {
    /// Whether its people may be given accounts: not while it only applies (an applicant's
    /// people have nothing to open until the members admit it). `add_user` refuses by it; the
    /// pages offer the invitation by it.
    pub fn takes_new_users(&self) -> bool {
        self.status != MemberStatus::Applicant
    }
}
