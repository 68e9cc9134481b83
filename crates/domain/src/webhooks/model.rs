//! The records of webhooks: what the store keeps and the use-cases pass around.

use crate::model::Authority;
use crate::subscriptions::model::EventFilter;
use crate::{Error, MemberId, Result, Role};
use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
/// How long a node holds a webhook before another may take it over.
pub const LEASE_MICROS: i64 = 30 * 1_000_000;
/// At most this many events go in one POST.
pub const BATCH: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Webhook {
    pub id: i64,
    pub member: MemberId,
    pub url: String,
    pub created_at: i64,
    /// Where delivery stands: the last object (`date_added`) and notification sent.
    pub cursor_objects: i64,
    pub cursor_notices: i64,
    pub last_status: Option<String>,
    pub last_attempt: Option<i64>,
    /// Failed attempts in a row; delivery backs off with them.
    pub failures: i64,
    /// What the member wants delivered here.
    pub filter: EventFilter,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWebhook {
    pub member: MemberId,
    pub url: String,
    pub secret: Vec<u8>,
    pub created_at: i64,
    pub cursor_objects: i64,
    pub cursor_notices: i64,
    pub filter: EventFilter,
}

/// A webhook this node holds the lease of, with the secret that signs its batches.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub webhook: Webhook,
    pub secret: Vec<u8>,
}

/// One POST to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub body: String,
    /// `sha256=<hex>` for the `X-Liaison-Signature` header.
    pub signature: String,
    pub events: usize,
    pub cursor_objects: i64,
    pub cursor_notices: i64,
}

/// The signature header value for a body.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = match hmac::Hmac::<Sha256>::new_from_slice(secret) {
        Ok(m) => m,
        // HMAC takes keys of any length; this cannot happen.
        Err(_) => return String::new(),
    };
    mac.update(body);
    format!(
        "sha256={}",
        crate::audit::model::hex(&mac.finalize().into_bytes())
    )
}

pub(super) fn check_url(url: &str) -> Result<()> {
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= 2_000
        && !url.contains(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(Error::field(
            "url",
            "bad-url",
            format!("'{url}' is not a webhook URL: give an http:// or https:// address"),
        ))
    }
}

/// Who may manage a member's webhooks: an administrator (or the console) for any member, and
/// the member's own liaison officers.
/// Whether a caller may learn that a webhook of `member` exists: its own member's, or any for
/// the console and the center's administrators.
pub(super) fn may_know_of(by: &Authority<'_>, member: MemberId) -> bool {
    match by {
        Authority::Console => true,
        Authority::Administrator(a) => a.member.id == member || a.has_role(Role::Administrator),
    }
}

pub(super) fn may_manage(by: &Authority<'_>, member: MemberId) -> Result<()> {
    match by {
        Authority::Administrator(a)
            if a.member.id == member && a.has_role(Role::LiaisonOfficer) && a.reader().active =>
        {
            Ok(())
        }
        _ => by.check_member(member),
    }
}
