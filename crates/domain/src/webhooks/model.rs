//! The records of webhooks: what the store keeps and the use-cases pass around.

use std::net::IpAddr;

use ipnet::IpNet;

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
    /// When the oldest event in it was added or told (µs): how far delivery is behind.
    pub oldest: i64,
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

/// A webhook URL as it is kept: read as HTTP clients read it (WHATWG), so that
/// `http://2130706433/` is seen as the loopback address it is, and written back in that one
/// spelling.
pub(super) fn check_url(url: &str, reach: &Destinations) -> Result<String> {
    let refused = || {
        Error::field(
            "url",
            "bad-url",
            format!("'{url}' is not a webhook URL: give an http:// or https:// address"),
        )
    };
    if url.len() > 2_000 || url.contains(char::is_whitespace) {
        return Err(refused());
    }
    let parsed = url::Url::parse(url).map_err(|_| refused())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(refused());
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::field(
            "url",
            "credential-in-url",
            "put no user or password in a webhook URL; the receiver checks the signature instead",
        ));
    }
    reach.check_literal(&parsed, "url")?;
    Ok(parsed.to_string())
}

/// The address a URL names literally, however it is written (`127.1`, `0x7f.0.0.1`, `[::1]`),
/// read as HTTP clients read it; `None` for a name (or no URL).
pub fn literal_address(url: &str) -> Option<IpAddr> {
    host_address(&url::Url::parse(url).ok()?)
}

/// The address a parsed URL's host is, if it is one.
fn host_address(url: &url::Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(a) => Some(IpAddr::V4(a)),
        url::Host::Ipv6(a) => Some(IpAddr::V6(a)),
        url::Host::Domain(_) => None,
    }
}

/// Where the center's own connections out (webhooks, feeds) may go: any public address, and
/// the networks an administrator allowed.
/// Loopback, private, shared, link-local (where cloud metadata answers), unique local,
/// multicast and unspecified addresses are refused otherwise, so that a member cannot make the
/// center reach into its own network. Names are resolved once per delivery and the connection
/// goes to an address that passed this check (`server::webhooks`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Destinations {
    allowed: Vec<IpNet>,
}

/// The center setting holding the networks allowed, comma-separated.
pub const ALLOWED_NETWORKS: &str = "reachable_networks";

impl Destinations {
    /// Networks as an administrator writes them (`10.1.0.0/16`, `fd00::/8`, `127.0.0.1`).
    pub fn parse(list: &str) -> std::result::Result<Self, String> {
        let mut allowed = Vec::new();
        for n in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let net = n
                .parse::<IpNet>()
                .or_else(|_| n.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("'{n}' is not a network such as 10.1.0.0/16 or an address"))?;
            allowed.push(net);
        }
        Ok(Self { allowed })
    }

    pub fn allowed(&self) -> &[IpNet] {
        &self.allowed
    }

    /// Refuses, under `field`, a URL that names an address these do not allow.
    pub fn check_literal(&self, url: &url::Url, field: &'static str) -> Result<()> {
        let Some(ip) = host_address(url).filter(|ip| !self.allows(*ip)) else {
            return Ok(());
        };
        Err(Error::field(
            field,
            "private-address",
            format!(
                "{ip} is a loopback, private, link-local or cloud metadata address, which the center does not reach unless its administrator allows the network (`liaison network allow`)"
            ),
        ))
    }

    pub fn allows(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        public(ip) || self.allowed.iter().any(|n| n.contains(&ip))
    }
}

fn public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(a) => {
            let [first, second, ..] = a.octets();
            let shared = first == 100 && (second & 0xc0) == 64;
            !(a.is_loopback()
                || a.is_private()
                || a.is_link_local()
                || a.is_unspecified()
                || a.is_multicast()
                || a.is_broadcast()
                || a.is_documentation()
                || shared
                || first == 0)
        }
        IpAddr::V6(a) => {
            let [s, ..] = a.segments();
            !(a.is_loopback()
                || a.is_unspecified()
                || a.is_multicast()
                || (s & 0xfe00) == 0xfc00
                || (s & 0xffc0) == 0xfe80)
        }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn webhooks_reach_public_addresses_and_only_the_networks_allowed() {
        let none = Destinations::default();
        for blocked in [
            "127.0.0.1",
            "10.2.3.4",
            "172.16.0.9",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00:ec2::254",
            "fe80::1",
            "::ffff:127.0.0.1",
            "224.0.0.1",
        ] {
            assert!(!none.allows(blocked.parse().unwrap()), "{blocked}");
        }
        for open in ["203.0.114.5", "8.8.8.8", "2a00:1450:4001::1"] {
            assert!(none.allows(open.parse().unwrap()), "{open}");
        }
        let some = Destinations::parse("127.0.0.0/8, fd00::/8,192.168.7.7").unwrap();
        assert!(some.allows("127.0.0.1".parse().unwrap()));
        assert!(some.allows("192.168.7.7".parse().unwrap()));
        assert!(!some.allows("192.168.7.8".parse().unwrap()));
        assert!(!some.allows("169.254.169.254".parse().unwrap()));
        assert!(Destinations::parse("10.0.0.0/33").is_err());
        assert!(Destinations::parse("intranet").is_err());
    }

    #[test]
    fn a_webhook_url_names_no_credential_and_no_private_address_literally() {
        let none = Destinations::default();
        assert_eq!(
            check_url("https://Hooks.Example.org/liaison", &none).unwrap(),
            "https://hooks.example.org/liaison"
        );
        let code = |u: &str| match check_url(u, &none) {
            Err(Error::Invalid(i)) => i.code,
            _ => "ok",
        };
        assert_eq!(code("http://127.0.0.1:9000/x"), "private-address");
        assert_eq!(code("http://[::1]:9000/x"), "private-address");
        assert_eq!(
            code("http://169.254.169.254/latest/meta-data"),
            "private-address"
        );
        assert_eq!(code("https://user:pw@example.org/"), "credential-in-url");
        assert_eq!(code("ftp://example.org/"), "bad-url");
        let lab = Destinations::parse("127.0.0.1").unwrap();
        assert!(check_url("http://127.0.0.1:9000/x", &lab).is_ok());
    }
}
