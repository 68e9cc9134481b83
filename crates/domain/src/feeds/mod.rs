//! Feeds: a member administrator registers a remote TAXII 2.1 collection, and the center pulls
//! it on schedule on that member's behalf. Each page goes in through the one way in
//! ([`Center::submit`]'s rules, byte for byte), with the feed's marking and release list for
//! objects that carry none, and its progress saved in the same transaction. The transport (HTTP,
//! TLS, `Retry-After`) is the server's; what a feed is, who may add one and what a page does
//! are here.

pub mod model;

use serde_json::json;
use stix::markings::Tlp;

use crate::audit::model::AuditActor;
use crate::error::Refusals;
use crate::service::{Center, check_name};
use crate::store::Status;
use crate::{Authority, Error, Result};
use model::{Claimed, Feed, FeedAuth, FeedProgress, NewFeed};

/// A feed as an administrator registers it; text as typed.
#[derive(Clone, Default)]
pub struct FeedDraft {
    pub name: String,
    pub api_root: String,
    pub remote_collection: String,
    /// none, basic, bearer or certificate.
    pub auth: String,
    pub username: Option<String>,
    /// The password, token, or PEM certificate and key: sealed at once, never shown again.
    pub secret: Option<String>,
    /// The member on whose behalf objects come in.
    pub member: String,
    /// The user of that member they are submitted as.
    pub user: String,
    /// The local collection; the center's default if empty.
    pub collection: Option<String>,
    /// For objects without a TLP marking; the collection's default if empty.
    pub tlp: Option<String>,
    /// Members an object without a release marking is released to (TLP:AMBER only).
    pub release_to: Vec<String>,
    /// Where the first pull starts (a timestamp); everything if empty.
    pub start: Option<String>,
    /// Seconds between pulls (10 seconds to 30 days; an hour if empty).
    pub interval_secs: Option<i64>,
    /// A private certificate authority (PEM) the remote server's certificate is checked
    /// against instead of the usual roots; for https only.
    pub ca: Option<String>,
}

/// The credential is never written out, not even to a log.
impl std::fmt::Debug for FeedDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedDraft")
            .field("name", &self.name)
            .field("api_root", &self.api_root)
            .field("auth", &self.auth)
            .field("secret", &self.secret.as_ref().map(|_| "(given)"))
            .finish_non_exhaustive()
    }
}

/// What the center gives objects of a feed that carry no marking of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defaults {
    pub tlp: Tlp,
    pub members: Vec<crate::MemberId>,
}

/// A refusal of a submission, as a feed keeps it. (Here, not in `model`: the store's records
/// are above the feed's.)
impl From<&crate::store::StatusDetail> for model::FeedRefusal {
    fn from(d: &crate::store::StatusDetail) -> Self {
        Self {
            id: d.id.clone(),
            version: d.version.clone(),
            message: d.message.clone(),
        }
    }
}

/// The shortest time between two pulls of one feed.
pub const MIN_INTERVAL_SECS: i64 = 10;
/// After a failure the next pull waits this long, doubled with each failure in a row, but no
/// longer than the feed's interval.
pub const RETRY_SECS: i64 = 30;

impl Center {
    /// Registers a feed. Every field at fault is refused at once; the credential is sealed
    /// before it is stored and is never shown again.
    pub async fn add_feed(&self, by: Authority<'_>, d: FeedDraft) -> Result<Feed> {
        by.check_administers()?;
        let mut refused = Refusals::new();
        refused.take(check_name("feed", &d.name).map_err(|e| match e {
            Error::Invalid(i) => Error::field("name", "bad-name", i.message),
            e => e,
        }))?;
        let mut api_root = d.api_root.trim().to_string();
        if !api_root.ends_with('/') {
            api_root.push('/');
        }
        refused.check(
            (api_root.starts_with("https://") || api_root.starts_with("http://"))
                && api_root.len() <= 2_000
                && !api_root.contains(char::is_whitespace),
            "api_root",
            "bad-url",
            "the API root is an http:// or https:// URL, such as https://taxii.example.org/api1/",
        );
        if let Ok(parsed) = url::Url::parse(&api_root) {
            refused.take(
                self.reachable_networks()
                    .await?
                    .check_literal(&parsed, "api_root"),
            )?;
        }
        let authority = api_root
            .split_once("://")
            .map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
        refused.check(
            !authority.contains('@'),
            "api_root",
            "credential-in-url",
            "put no user or password in the URL; give them as the feed's credential, which is stored sealed",
        );
        let loopback = {
            let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
            host == "localhost" || host == "[::1]" || host.starts_with("127.")
        };
        let plain_with_credential = api_root.starts_with("http://")
            && !loopback
            && !d.auth.trim().is_empty()
            && d.auth.trim() != "none";
        refused.check(
            !plain_with_credential,
            "api_root",
            "credential-in-clear",
            "a credential is only sent over https:// (plain http:// only to this machine)",
        );
        let remote = d.remote_collection.trim().to_string();
        refused.check(
            !remote.is_empty() && !remote.contains(['/', '?', '#']) && remote.len() <= 200,
            "remote_collection",
            "required",
            "give the remote collection's id, as its server lists it under collections/",
        );
        let auth = FeedAuth::parse(d.auth.trim()).unwrap_or(FeedAuth::None);
        refused.check(
            d.auth.trim().is_empty() || FeedAuth::parse(d.auth.trim()).is_some(),
            "auth",
            "bad-choice",
            "authentication is none, basic, bearer or certificate",
        );
        let secret = d.secret.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let username = d
            .username
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match auth {
            FeedAuth::None => refused.check(
                secret.is_none(),
                "secret",
                "unused",
                "authentication 'none' takes no credential",
            ),
            FeedAuth::Basic => refused.check(
                username.is_some() && secret.is_some(),
                "secret",
                "required",
                "HTTP Basic needs a username and a password",
            ),
            FeedAuth::Bearer => refused.check(
                secret.is_some(),
                "secret",
                "required",
                "a bearer token is needed",
            ),
            FeedAuth::Certificate => refused.check(
                secret.is_some_and(|s| s.contains("CERTIFICATE") && s.contains("PRIVATE KEY")),
                "secret",
                "required",
                "a client certificate is given as PEM: the certificate and its private key",
            ),
        }
        let ca = d.ca.as_deref().map(str::trim).filter(|c| !c.is_empty());
        if let Some(pem) = ca {
            refused.check(
                api_root.starts_with("https://"),
                "ca",
                "not-https",
                "a certificate authority is for an https:// API root",
            );
            refused.take(crate::certificates::one_certificate(pem, "ca"))?;
        }
        let member = self.member_by_name(d.member.trim()).await;
        if let Ok(m) = &member {
            by.check_member(m.id)?;
        }
        let user = self.store().user_by_name(d.user.trim()).await?;
        let (member, user) = match (member, user) {
            (Ok(m), Some(u)) if u.member_id == m.id && !u.disabled && !u.shares_intelligence() => {
                refused.check(
                    false,
                    "user",
                    "not-analyst",
                    &format!(
                        "objects come in as an analyst of member '{}'; give '{}' the analyst role or name another user",
                        m.name, u.username
                    ),
                );
                (Some(m), None)
            }
            (Ok(m), Some(u)) if u.member_id == m.id && !u.disabled => (Some(m), Some(u)),
            (Ok(m), _) => {
                refused.check(
                    false,
                    "user",
                    "not-of-member",
                    &format!("objects come in as a user of member '{}'; name one", m.name),
                );
                (Some(m), None)
            }
            (Err(Error::NotFound(_)), _) => {
                refused.check(
                    false,
                    "member",
                    "unknown-member",
                    &format!("no member is named '{}'", d.member.trim()),
                );
                (None, None)
            }
            (Err(e), _) => return Err(e),
        };
        let tlp = match d.tlp.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => refused.take(crate::input::tlp("tlp", t))?,
            None => None,
        };
        let names: Vec<&str> = d
            .release_to
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .collect();
        let release_to: Vec<crate::MemberId> = self
            .release_members(&mut refused, &names)
            .await?
            .iter()
            .map(|m| m.id)
            .collect();
        let start_at = match d.start.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => refused.take(crate::input::time("start", t))?.unwrap_or(0),
            None => 0,
        };
        let interval_secs = d.interval_secs.unwrap_or(3_600);
        refused.check(
            (MIN_INTERVAL_SECS..=model::MAX_INTERVAL_SECS).contains(&interval_secs),
            "interval",
            "out-of-range",
            &format!(
                "pull every {MIN_INTERVAL_SECS} seconds to {} days",
                model::MAX_INTERVAL_SECS / 86_400
            ),
        );
        // The collection, as the submitting user's member may write it.
        let collection = match (&member, &user) {
            (Some(m), Some(u)) => {
                let actor = self.actor_for_user(u.clone()).await?;
                let key = d
                    .collection
                    .as_deref()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| self.info.default_collection.0.to_string());
                match self.collection_for(&actor, &key).await {
                    Ok(v) if v.can_write => Some(v.collection),
                    Ok(_) | Err(Error::NotFound(_)) | Err(Error::Forbidden(_)) => {
                        refused.check(
                            false,
                            "collection",
                            "not-writable",
                            &format!(
                                "member '{}' may not add objects to collection '{key}'",
                                m.name
                            ),
                        );
                        None
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => None,
        };
        let tlp = tlp.or(collection.as_ref().map(|c| c.default_tlp));
        refused.check(
            release_to.is_empty() || matches!(tlp, Some(Tlp::Amber | Tlp::AmberStrict)),
            "release_to",
            "not-amber",
            "release lists apply to TLP:AMBER and TLP:AMBER+STRICT only",
        );
        refused.done()?;
        let (Some(member), Some(user), Some(collection), Some(tlp)) =
            (member, user, collection, tlp)
        else {
            return Err(Error::invalid("the feed is incomplete"));
        };
        if self.store().feeds().await?.iter().any(|f| f.name == d.name) {
            return Err(Error::Conflict(format!(
                "a feed named '{}' already exists",
                d.name
            )));
        }
        let credential = match secret {
            Some(s) => Some(model::seal(
                &self.secret,
                crate::random::bytes(self.random.as_ref())?,
                s,
            )?),
            None => None,
        };
        let now = self.now();
        let f = self
            .store()
            .insert_feed(NewFeed {
                name: d.name.clone(),
                api_root: api_root.clone(),
                remote_collection: remote.clone(),
                auth,
                username: username.map(str::to_string),
                credential,
                member: member.id,
                user: user.id,
                collection: collection.id.0.to_string(),
                default_tlp: tlp,
                release_to,
                start_at,
                interval_secs,
                created_at: now,
                ca: ca.map(str::to_string),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "feed.add",
            &d.name,
            json!({"api_root": api_root, "collection": remote, "auth": auth.as_str(), "member": member.name}),
        )
        .await?;
        Ok(f)
    }

    /// Every feed with where it stands: every member's for the center's administrators, its
    /// own member's for a member administrator.
    pub async fn feeds(&self, by: Authority<'_>) -> Result<Vec<Feed>> {
        by.check_administers()?;
        let mut all = self.store().feeds().await?;
        all.retain(|f| by.manages(f.member));
        Ok(all)
    }

    pub async fn feed(&self, by: Authority<'_>, name: &str) -> Result<Feed> {
        self.feeds(by)
            .await?
            .into_iter()
            .find(|f| f.name == name)
            .ok_or(Error::NotFound("feed"))
    }

    pub async fn remove_feed(&self, by: Authority<'_>, name: &str) -> Result<()> {
        let f = self.feed(by, name).await?;
        self.store().delete_feed(f.id).await?;
        self.record(AuditActor::authority(&by), "feed.remove", name, json!({}))
            .await
    }

    /// Makes the feed due now; with `reset`, it starts over from its start date (what was
    /// taken stays; taking it again is "already stored").
    pub async fn restart_feed(&self, by: Authority<'_>, name: &str, reset: bool) -> Result<Feed> {
        let f = self.feed(by, name).await?;
        self.store().feed_restart(f.id, reset, self.now()).await?;
        self.record(
            AuditActor::authority(&by),
            if reset { "feed.reset" } else { "feed.pull" },
            name,
            json!({}),
        )
        .await?;
        self.feed(by, name).await
    }

    /// Takes the feed due first for this node (one at a time, so no claimed feed waits behind
    /// another's pull while its lease runs), its credential unsealed for the pull.
    pub async fn claim_feeds(&self, node: &str) -> Result<Vec<Claimed>> {
        let now = self.now();
        let mut out = Vec::new();
        for (feed, sealed) in self
            .store()
            .claim_feeds(node, now, now + model::LEASE_MICROS)
            .await?
        {
            let secret = match sealed.map(|s| model::open(&self.secret, &s)).transpose() {
                Ok(s) => s,
                // One damaged credential stops its own feed, not the others.
                Err(e) => {
                    self.feed_pulled(
                        &feed,
                        node,
                        Some(format!("{e}; register the feed again")),
                        None,
                    )
                    .await?;
                    continue;
                }
            };
            out.push(Claimed { feed, secret });
        }
        Ok(out)
    }

    /// Stores one page of a feed, as its member, with the feed's defaults for objects that
    /// carry none; the progress is saved with the objects.
    pub async fn take_feed_page(
        &self,
        feed: &Feed,
        objects: &[&str],
        p: FeedProgress,
    ) -> Result<Status> {
        if objects.is_empty() {
            self.store().feed_progress(p).await?;
            return Ok(Status {
                id: self.new_id()?,
                collection: crate::CollectionId(uuid::Uuid::nil()),
                member: feed.member,
                user: feed.user,
                request_timestamp: self.now(),
                total_count: 0,
                success_count: 0,
                failure_count: 0,
                pending_count: 0,
                successes: vec![],
                failures: vec![],
                pendings: vec![],
            });
        }
        let user = self
            .store()
            .user(feed.user)
            .await?
            .ok_or(Error::NotFound("user"))?;
        if user.disabled {
            return Err(Error::Forbidden(format!(
                "the feed's user '{}' is disabled; name another with `liaison feed` or enable it",
                user.username
            )));
        }
        let actor = self.actor_for_user(user).await?;
        let defaults = Defaults {
            tlp: feed.default_tlp,
            members: feed.release_to.clone(),
        };
        self.submit_with(&actor, &feed.collection, objects, Some(&defaults), Some(p))
            .await
    }

    /// Ends a pull. A failure puts the next off (`retry_after` seconds if the server said, or
    /// a back-off doubled with each failure in a row), never beyond the feed's interval.
    pub async fn feed_pulled(
        &self,
        feed: &Feed,
        node: &str,
        error: Option<String>,
        retry_after: Option<i64>,
    ) -> Result<()> {
        let now = self.now();
        let interval = feed.interval_secs.max(MIN_INTERVAL_SECS);
        let wait = match (&error, retry_after) {
            (None, _) => interval,
            (Some(_), Some(s)) => s.clamp(1, 24 * 3_600),
            (Some(_), None) => {
                let doubled = RETRY_SECS.saturating_mul(1 << feed.state.failures.clamp(0, 10));
                doubled.min(interval)
            }
        };
        let next = now.saturating_add(wait.saturating_mul(1_000_000));
        self.store()
            .feed_pulled(feed.id, node, now, next, error)
            .await
    }
}
