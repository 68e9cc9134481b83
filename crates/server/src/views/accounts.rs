//! Users, tokens and collections, as administrators see them.

use domain::{Collection, Member, MemberIdentity, Token, User};
use serde::Serialize;
use utoipa::ToSchema;

use super::at;

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub username: String,
    pub display_name: String,
    /// analyst, liaison_officer, delegate, secretariat, administrator.
    pub roles: Vec<&'static str>,
    pub disabled: bool,
    pub created: String,
}

impl UserView {
    pub fn of(u: &User) -> Self {
        Self {
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            roles: u.roles.iter().map(|r| r.as_str()).collect(),
            disabled: u.disabled,
            created: at(u.created_at),
        }
    }
}

/// An API token, never its secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenView {
    pub name: String,
    pub created: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
}

impl TokenView {
    pub fn of(t: &Token) -> Self {
        Self {
            name: t.name.clone(),
            created: at(t.created_at),
            last_used: t.last_used_at.map(at),
            revoked: t.revoked_at.map(at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CollectionView {
    pub id: String,
    pub alias: Option<String>,
    pub title: String,
    /// The marking given to objects that carry none.
    pub default_tlp: &'static str,
    pub everyone_reads: bool,
    pub everyone_writes: bool,
}

impl CollectionView {
    pub fn of(c: &Collection) -> Self {
        Self {
            id: c.id.0.to_string(),
            alias: c.alias.clone(),
            title: c.title.clone(),
            default_tlp: c.default_tlp.name(),
            everyone_reads: c.everyone_reads,
            everyone_writes: c.everyone_writes,
        }
    }
}

/// An identity a member authors as besides its own.
#[derive(Debug, Serialize, ToSchema)]
pub struct IdentityView {
    pub identity: String,
    pub name: String,
    pub registered: String,
}

impl IdentityView {
    pub fn of(i: &MemberIdentity) -> Self {
        Self {
            identity: i.identity_id.clone(),
            name: i.name.clone(),
            registered: at(i.created_at),
        }
    }
}

/// The identities only this member may name as the author of what it shares.
#[derive(Debug, Serialize, ToSchema)]
pub struct IdentitiesView {
    pub member: String,
    /// The member's own identity.
    pub own: String,
    pub registered: Vec<IdentityView>,
}

impl IdentitiesView {
    pub fn of(m: &Member, list: &[MemberIdentity]) -> Self {
        Self {
            member: m.name.clone(),
            own: m.identity_id.clone(),
            registered: list.iter().map(IdentityView::of).collect(),
        }
    }
}
