//! The records of feeds: remote TAXII 2.1 collections a member's intelligence is pulled from,
//! where each pull stands, and the sealing of their credentials.

use serde::{Deserialize, Serialize};
use stix::markings::Tlp;

use crate::auth::{self, Sealing};
use crate::{Error, MemberId, Result, UserId};

/// How long a node holds a feed while pulling it before another may take it over. Every page
/// stored renews it, just before the next request, which times out after
/// [`REQUEST_TIMEOUT_SECS`]: twice that leaves no gap in which a second node could take a
/// feed that is still being pulled. It also bounds how long a node that died mid-pull keeps
/// the feed waiting.
pub const LEASE_MICROS: i64 = 2 * REQUEST_TIMEOUT_SECS * 1_000_000;
/// How long the remote server has to answer one request.
pub const REQUEST_TIMEOUT_SECS: i64 = 30;
/// The longest interval between pulls: 30 days.
pub const MAX_INTERVAL_SECS: i64 = 30 * 86_400;
/// At most this many refusals of a pull are kept with their reasons.
pub const REFUSALS_KEPT: usize = 100;
/// Objects asked for in one page.
pub const PAGE_LIMIT: usize = 1_000;

/// An object of a pull that was refused, and why (the submission's own reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedRefusal {
    pub id: String,
    pub version: String,
    pub message: Option<String>,
}

/// How Liaison authenticates to the remote server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedAuth {
    None,
    /// HTTP Basic: a username and the sealed password.
    Basic,
    /// `Authorization: Bearer` with the sealed token.
    Bearer,
    /// TLS client certificate: the sealed PEM of the certificate and its private key.
    Certificate,
}

impl FeedAuth {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedAuth::None => "none",
            FeedAuth::Basic => "basic",
            FeedAuth::Bearer => "bearer",
            FeedAuth::Certificate => "certificate",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "none" => FeedAuth::None,
            "basic" => FeedAuth::Basic,
            "bearer" => FeedAuth::Bearer,
            "certificate" => FeedAuth::Certificate,
            _ => return None,
        })
    }
}

/// A registered feed, without its credential (which is never read back out but to pull).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub id: i64,
    pub name: String,
    /// The remote API root, ending in `/`.
    pub api_root: String,
    pub remote_collection: String,
    pub auth: FeedAuth,
    pub username: Option<String>,
    /// The member on whose behalf objects come in (their originator).
    pub member: MemberId,
    /// The account objects are submitted as: a user of that member.
    pub user: UserId,
    /// The local collection (id) objects go into.
    pub collection: String,
    /// Given to objects that carry no TLP marking.
    pub default_tlp: Tlp,
    /// Given, at TLP:AMBER or AMBER+STRICT, to objects that carry no release marking.
    pub release_to: Vec<MemberId>,
    /// Where the first pull starts (`added_after`), microseconds.
    pub start_at: i64,
    pub interval_secs: i64,
    pub created_at: i64,
    /// A private certificate authority (PEM) the remote server is checked against, instead of
    /// the usual roots.
    pub ca: Option<String>,
    pub state: FeedState,
}

/// Where a feed stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedState {
    /// The remote `added_after` of the next request: the last date added taken.
    pub added_after: Option<i64>,
    /// The remote `next` of a walk cut off in the middle.
    pub next_token: Option<String>,
    pub last_pull_at: Option<i64>,
    pub next_pull_at: i64,
    /// Objects taken and refused since the feed was registered (or reset).
    pub taken: i64,
    pub refused: i64,
    /// Of the last pull.
    pub last_taken: i64,
    pub last_refused: i64,
    /// The last pull's refusals with their reasons, at most [`REFUSALS_KEPT`].
    pub refusals: Vec<FeedRefusal>,
    pub last_error: Option<String>,
    /// Failed pulls in a row; the next is put off with them.
    pub failures: i64,
}

#[derive(Debug, Clone)]
pub struct NewFeed {
    pub name: String,
    pub api_root: String,
    pub remote_collection: String,
    pub auth: FeedAuth,
    pub username: Option<String>,
    /// Sealed ([`seal`]).
    pub credential: Option<Vec<u8>>,
    pub member: MemberId,
    pub user: UserId,
    pub collection: String,
    pub default_tlp: Tlp,
    pub release_to: Vec<MemberId>,
    pub start_at: i64,
    pub interval_secs: i64,
    pub created_at: i64,
    pub ca: Option<String>,
}

/// What one stored page moves, saved in the transaction that stores its objects: a page is
/// stored once, and a restart resumes after the last page stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedProgress {
    pub feed: i64,
    pub node: String,
    /// The lease, renewed with each page.
    pub lease_until: i64,
    pub added_after: Option<i64>,
    pub next_token: Option<String>,
    pub taken: i64,
    pub refused: i64,
    /// Of this pull so far.
    pub refusals: Vec<FeedRefusal>,
}

/// A feed claimed by this node, with its credential unsealed for the pull.
#[derive(Clone)]
pub struct Claimed {
    pub feed: Feed,
    pub secret: Option<String>,
}

/// The credential is never written out, not even to a log.
impl std::fmt::Debug for Claimed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Claimed")
            .field("feed", &self.feed)
            .field("secret", &self.secret.as_ref().map(|_| "(sealed)"))
            .finish()
    }
}

/// Seals a credential for storage (see [`crate::auth::seal`]).
pub fn seal(center_secret: &[u8; 32], nonce: [u8; 24], plain: &str) -> Result<Vec<u8>> {
    auth::seal(
        Sealing::FeedCredential,
        center_secret,
        nonce,
        plain.as_bytes(),
    )
}

/// Opens a sealed credential; fails if it was not sealed with this center's secret.
pub fn open(center_secret: &[u8; 32], sealed: &[u8]) -> Result<String> {
    let plain = auth::open(Sealing::FeedCredential, center_secret, sealed)?;
    String::from_utf8(plain)
        .map_err(|_| Error::store("a feed credential is damaged or sealed with another secret"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn credentials_are_sealed_and_opened_only_with_the_secret() {
        let sealed = seal(&[7; 32], [1; 24], "s3cret token").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"s3cret"));
        assert_eq!(open(&[7; 32], &sealed).unwrap(), "s3cret token");
        assert!(open(&[8; 32], &sealed).is_err());
        let mut tampered = sealed.clone();
        tampered[30] ^= 1;
        assert!(open(&[7; 32], &tampered).is_err());
    }
}
