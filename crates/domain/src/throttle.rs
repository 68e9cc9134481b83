//! How often credentials may be guessed: failed sign-ins, Basic passwords, tokens, codes and
//! certificates are counted per client address and per account, and past a limit the address
//! or account is refused for a while without any credential being checked (429 with
//! `Retry-After`).
//!
//! Only failures count, so people and systems that know their credentials are never slowed,
//! and a credential verified once is remembered (`access`) and not checked again. An attacker
//! who guesses one account from many addresses makes that account wait too; it waits only as
//! long as the guessing goes on plus one replenishment (`Limits::account_every`), not for hours:
//! the locks of other platforms that keep an account shut until an administrator opens it let
//! anyone shut anyone out.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// How many failures are allowed before waiting, and how often one more is allowed after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub address_burst: u32,
    pub address_every: Duration,
    pub account_burst: u32,
    pub account_every: Duration,
}

impl Default for Limits {
    /// Twenty failures from one address, then one every three seconds; ten against one account,
    /// then one every thirty seconds (about 2,900 guesses a day at most, against passwords that
    /// must be unguessable by zxcvbn's measure).
    fn default() -> Self {
        Self {
            address_burst: 20,
            address_every: Duration::from_secs(3),
            account_burst: 10,
            account_every: Duration::from_secs(30),
        }
    }
}

/// Who failed: the client's address, or the account (user name, lower case) tried.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Address(IpAddr),
    Account(String),
}

/// A refusal before any check: how long to wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait(pub Duration);

impl Wait {
    /// Whole seconds, at least one, for `Retry-After`.
    pub fn seconds(self) -> u64 {
        self.0.as_secs() + u64::from(self.0.subsec_nanos() > 0)
    }
}

/// Past this many keys waiting, the ones whose wait is over are forgotten.
const MOST_WAITING: usize = 100_000;

pub struct Throttle {
    addresses: DefaultKeyedRateLimiter<IpAddr>,
    accounts: DefaultKeyedRateLimiter<String>,
    /// Keys over their limit, until when. Failures are what the limiters count; this answers
    /// "may it try now?" without counting an attempt.
    waiting: Mutex<HashMap<Key, Instant>>,
}

fn quota(burst: u32, every: Duration) -> Quota {
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(every.max(Duration::from_millis(1)))
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl Throttle {
    pub fn new(limits: Limits) -> Self {
        Self {
            addresses: RateLimiter::dashmap(quota(limits.address_burst, limits.address_every)),
            accounts: RateLimiter::dashmap(quota(limits.account_burst, limits.account_every)),
            waiting: Mutex::new(HashMap::new()),
        }
    }

    /// Whether an attempt for these keys may be checked now; the longest wait if not.
    pub fn may_try(&self, keys: &[Key]) -> Result<(), Wait> {
        let now = Instant::now();
        let Ok(waiting) = self.waiting.lock() else {
            return Ok(());
        };
        let wait = keys
            .iter()
            .filter_map(|k| waiting.get(k))
            .filter(|until| **until > now)
            .map(|until| *until - now)
            .max();
        match wait {
            Some(w) => Err(Wait(w)),
            None => Ok(()),
        }
    }

    /// Counts a failure against each key. Returns the wait that starts now if a key went over
    /// its limit with this failure (the moment to audit), `None` otherwise.
    pub fn failed(&self, keys: &[Key]) -> Option<Wait> {
        let clock = DefaultClock::default();
        let mut longest: Option<Duration> = None;
        for k in keys {
            let over = match k {
                Key::Address(a) => self.addresses.check_key(a).err(),
                Key::Account(name) => self.accounts.check_key(name).err(),
            };
            if let Some(not_until) = over {
                let wait = not_until.wait_time_from(clock.now());
                if let Ok(mut waiting) = self.waiting.lock() {
                    if waiting.len() >= MOST_WAITING {
                        let now = Instant::now();
                        waiting.retain(|_, until| *until > now);
                        self.addresses.retain_recent();
                        self.accounts.retain_recent();
                    }
                    waiting.insert(k.clone(), Instant::now() + wait);
                }
                longest = Some(longest.map_or(wait, |l| l.max(wait)));
            }
        }
        longest.map(Wait)
    }
}

/// The keys of an attempt: its address if known, and the account if one was named. An IPv6
/// client is counted by its /64, the block one subscriber is given, or it could try from as
/// many addresses as it likes.
pub fn keys(address: Option<IpAddr>, account: Option<&str>) -> Vec<Key> {
    let mut out = Vec::with_capacity(2);
    if let Some(a) = address {
        let a = match a {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let [a, b, c, d, ..] = v6.segments();
                    IpAddr::V6(std::net::Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
                }
            },
            v4 => v4,
        };
        out.push(Key::Address(a));
    }
    if let Some(name) = account {
        out.push(Key::Account(name.trim().to_lowercase()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_past_the_burst_wait_and_successes_are_not_counted() {
        let t = Throttle::new(Limits {
            address_burst: 3,
            address_every: Duration::from_secs(60),
            account_burst: 2,
            account_every: Duration::from_millis(200),
        });
        let ann = keys(None, Some("Ann"));
        assert!(t.may_try(&ann).is_ok());
        assert!(t.failed(&ann).is_none());
        assert!(t.failed(&ann).is_none());
        let w = t
            .failed(&ann)
            .expect("the third failure is past the burst of two");
        assert!(w.0 <= Duration::from_millis(200));
        assert_eq!(w.seconds(), 1);
        assert!(
            t.may_try(&keys(None, Some("ann"))).is_err(),
            "names in any case"
        );
        // Another account is not held up.
        assert!(t.may_try(&keys(None, Some("bob"))).is_ok());
        // Not for long: the account may try again after one replenishment.
        std::thread::sleep(Duration::from_millis(250));
        assert!(t.may_try(&ann).is_ok());
        // An address is counted across accounts.
        let from = |name: &str| keys(Some("192.0.2.7".parse().unwrap()), Some(name));
        assert!(t.failed(&from("cat")).is_none());
        assert!(t.failed(&from("dan")).is_none());
        assert!(t.failed(&from("eve")).is_none());
        assert!(
            t.failed(&from("gus")).is_some(),
            "the fourth from one address"
        );
        assert!(t.may_try(&from("fay")).is_err());
        // An IPv6 client is one /64.
        let v6 = |last: u16| {
            keys(
                Some(std::net::IpAddr::V6(std::net::Ipv6Addr::new(
                    0x2001, 0xdb8, 1, 2, 0, 0, 0, last,
                ))),
                None,
            )
        };
        assert_eq!(v6(1), v6(0xffff));
    }
}
