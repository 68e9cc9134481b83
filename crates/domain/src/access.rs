//! Who is calling, which collections they may open and who the members are, remembered
//! between requests.
//!
//! Every request used to read the user, its member, the member's sharing groups, every
//! collection and the member's grants before its own query: five store round trips for a
//! one-row lookup. These change rarely, so each node keeps what it read and forgets all of it
//! when the store says that who is who changed ([`Store::access_changes`]: at once for changes
//! made through this node, within a second for those made through another node or the console),
//! or after [`REMEMBER_MICROS`], whichever comes first. Only successes are remembered; a refused
//! credential is checked again each time.
//!
//! What is remembered is tagged with the epoch read *before* the store was asked, so a change
//! that commits while the answer is on its way leaves that answer already out of date.
//!
//! Requests that miss the same entry at the same epoch share one read of the store. Each used
//! to read for itself: when a TAXII client's Basic credential was forgotten (every minute), all
//! of its requests in flight verified it at once, and when the password itself had been
//! forgotten (every five minutes) each ran Argon2, 19 MiB and tens of milliseconds apiece: 256
//! requests in flight paid seconds of CPU and gigabytes together, and lookups stalled for it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

use crate::store::Store;
use crate::{Actor, Collection, CollectionGrant, CollectionId, Member, MemberId, Result, UserId};

/// How long a verified credential, the collections and grants are trusted without asking the
/// store again, even when nothing announced a change.
pub const REMEMBER_MICROS: i64 = 60 * 1_000_000;
/// Credentials remembered at most; past this the oldest are not sought out, all are dropped.
const MOST_REMEMBERED: usize = 10_000;

/// The token behind a remembered credential: what each use checks again (session age) or
/// updates (when it was last used).
#[derive(Debug, Clone)]
pub(crate) struct TokenUse {
    pub id: i64,
    pub kind: crate::TokenKind,
    pub scope: crate::Scope,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// A credential verified against the store, and who it stands for.
#[derive(Debug, Clone)]
pub(crate) struct Verified {
    pub actor: Actor,
    pub token: Option<TokenUse>,
}

struct Entry<T> {
    value: T,
    at: i64,
}

/// A read of the store under way, which requests that miss the same entry join. It lands with
/// the value, or with nothing when the read failed: then each request that waited reads for
/// itself, at once.
type Flight<T> = Arc<tokio::sync::OnceCell<Option<T>>>;

/// Entries of one epoch; all are dropped when the epoch moves.
struct Epoch<K, T> {
    epoch: u64,
    entries: HashMap<K, Entry<T>>,
    /// Reads under way by key, each with the epoch it was begun at: only a request that saw
    /// that same epoch joins it.
    flights: HashMap<K, (u64, Flight<T>)>,
}

impl<K: std::hash::Hash + Eq + Clone, T: Clone> Epoch<K, T> {
    fn new() -> Self {
        Self {
            epoch: 0,
            entries: HashMap::new(),
            flights: HashMap::new(),
        }
    }

    /// Moves to epoch `current`, forgetting everything of the one before; whether it moved.
    fn move_to(&mut self, current: u64) -> bool {
        if self.epoch == current {
            return false;
        }
        self.epoch = current;
        self.entries.clear();
        self.flights.clear();
        true
    }

    fn get(&mut self, current: u64, key: &K, now: i64) -> Option<T> {
        if self.move_to(current) {
            return None;
        }
        self.entries
            .get(key)
            .filter(|e| now - e.at < REMEMBER_MICROS && e.at <= now)
            .map(|e| e.value.clone())
    }

    fn put(&mut self, read_at: u64, current: u64, key: K, value: T, now: i64) {
        if read_at != current {
            // Something changed while the store was being read: keep nothing.
            return;
        }
        self.move_to(current);
        if self.entries.len() >= MOST_REMEMBERED {
            self.entries.clear();
        }
        self.entries.insert(key, Entry { value, at: now });
    }

    /// The read of `key` begun at epoch `read_at`, joined, or a new one. A flight whose
    /// request was dropped before it landed is joined too: the next to wait on it reads.
    fn flight(&mut self, read_at: u64, key: &K) -> Flight<T> {
        if let Some((at, flight)) = self.flights.get(key)
            && *at == read_at
        {
            return flight.clone();
        }
        if self.flights.len() >= MOST_REMEMBERED {
            self.flights.clear();
        }
        let flight = Flight::default();
        self.flights.insert(key.clone(), (read_at, flight.clone()));
        flight
    }

    /// The flight has landed: requests that miss from now on start their own.
    fn landed(&mut self, key: &K, flight: &Flight<T>) {
        if self
            .flights
            .get(key)
            .is_some_and(|(_, f)| Arc::ptr_eq(f, flight))
        {
            self.flights.remove(key);
        }
    }
}

/// Every grant one member holds, by collection.
pub(crate) type MemberGrants = Arc<Vec<(CollectionId, CollectionGrant)>>;

/// What a node remembers of who is who.
pub(crate) struct AccessCache {
    changes: watch::Receiver<u64>,
    credentials: Mutex<Epoch<[u8; 32], Verified>>,
    collections: Mutex<Epoch<(), Arc<Vec<Collection>>>>,
    members: Mutex<Epoch<(), Arc<Vec<Member>>>>,
    grants: Mutex<Epoch<MemberId, MemberGrants>>,
    /// Actors read again by user (event streams and webhooks re-check theirs on every wake).
    actors: Mutex<Epoch<UserId, Actor>>,
    /// Center settings that decide who may sign in (whether a second factor is required).
    settings: Mutex<Epoch<&'static str, Option<String>>>,
}

impl AccessCache {
    pub fn new(changes: watch::Receiver<u64>) -> Self {
        Self {
            changes,
            credentials: Mutex::new(Epoch::new()),
            collections: Mutex::new(Epoch::new()),
            members: Mutex::new(Epoch::new()),
            grants: Mutex::new(Epoch::new()),
            actors: Mutex::new(Epoch::new()),
            settings: Mutex::new(Epoch::new()),
        }
    }

    /// The epoch to tag a read with: taken before the store is asked.
    fn epoch(&self) -> u64 {
        *self.changes.borrow()
    }

    /// The credential with this digest as verified earlier, or as `verify` verifies it now. A
    /// refusal is not remembered: the next attempt is checked again.
    pub async fn credential<F: std::future::Future<Output = Result<Verified>>>(
        &self,
        digest: [u8; 32],
        now: i64,
        verify: impl FnOnce() -> F,
    ) -> Result<Verified> {
        self.remembered(&self.credentials, digest, now, verify)
            .await
    }

    /// Whether this request is the one to write a token's use at `at`, its use last written
    /// more than `every` before: the first of the requests in flight that asks is, and the use
    /// is noted at once so that the others are not. A token no longer remembered (the epoch
    /// moved) is judged by the request's own copy. A write that then fails is tried again
    /// after `every`.
    pub fn claim_touch(&self, digest: &[u8; 32], copy: &TokenUse, at: i64, every: i64) -> bool {
        let due = |last: Option<i64>| last.is_none_or(|last| at - last > every);
        let Ok(mut c) = self.credentials.lock() else {
            return due(copy.last_used_at);
        };
        let Some(t) = c
            .entries
            .get_mut(digest)
            .and_then(|e| e.value.token.as_mut())
        else {
            return due(copy.last_used_at);
        };
        if !due(t.last_used_at) {
            return false;
        }
        t.last_used_at = Some(at);
        true
    }

    /// A user's actor as the center knows it now, as `read` reads it.
    pub async fn actor<F: std::future::Future<Output = Result<Actor>>>(
        &self,
        user: UserId,
        now: i64,
        read: impl FnOnce() -> F,
    ) -> Result<Actor> {
        self.remembered(&self.actors, user, now, read).await
    }

    /// A center setting.
    pub async fn setting(
        &self,
        store: &dyn Store,
        key: &'static str,
        now: i64,
    ) -> Result<Option<String>> {
        self.remembered(&self.settings, key, now, || store.setting(key))
            .await
    }

    /// Every collection.
    pub async fn collections(&self, store: &dyn Store, now: i64) -> Result<Arc<Vec<Collection>>> {
        self.remembered(&self.collections, (), now, || async {
            Ok(Arc::new(store.collections().await?))
        })
        .await
    }

    /// Every member.
    pub async fn members(&self, store: &dyn Store, now: i64) -> Result<Arc<Vec<Member>>> {
        self.remembered(&self.members, (), now, || async {
            Ok(Arc::new(store.members().await?))
        })
        .await
    }

    /// Every grant one member holds.
    pub async fn member_grants(
        &self,
        store: &dyn Store,
        member: MemberId,
        now: i64,
    ) -> Result<MemberGrants> {
        self.remembered(&self.grants, member, now, || async {
            Ok(Arc::new(store.member_grants(member).await?))
        })
        .await
    }

    /// What `read` reads, remembered under `key` in `map` until the epoch moves. Requests that
    /// miss together wait for one `read`; a read that fails is not shared, and those that
    /// waited for it read for themselves, side by side (a refused credential is checked,
    /// throttled and audited each time). A `read` must not ask for its own map and key again:
    /// it would wait for itself.
    ///
    /// Every request passes here, and its future is part of every handler's: what a miss
    /// needs (the read itself, the shared flight) is made only on a miss, on the heap, so that
    /// a hit costs no more than the lookup. Kept inline, it made each request's future 15 KB,
    /// copied on every request and, at 256 clients, more than the cores' caches hold.
    async fn remembered<K, T, F>(
        &self,
        map: &Mutex<Epoch<K, T>>,
        key: K,
        now: i64,
        read: impl FnOnce() -> F,
    ) -> Result<T>
    where
        K: std::hash::Hash + Eq + Clone,
        T: Clone,
        F: std::future::Future<Output = Result<T>>,
    {
        let read_at = self.epoch();
        let flight = match map.lock() {
            Ok(mut m) => match m.get(read_at, &key, now) {
                Some(v) => return Ok(v),
                None => Some(m.flight(read_at, &key)),
            },
            Err(_) => None,
        };
        match flight {
            Some(flight) => {
                Box::pin(self.read_shared(map, key, now, read_at, flight, read())).await
            }
            // A poisoned map is not trusted, nor shared.
            None => Box::pin(read()).await,
        }
    }

    /// A miss of `remembered`: joins the flight of its key, or reads.
    async fn read_shared<K: std::hash::Hash + Eq + Clone, T: Clone>(
        &self,
        map: &Mutex<Epoch<K, T>>,
        key: K,
        now: i64,
        read_at: u64,
        flight: Flight<T>,
        read: impl std::future::Future<Output = Result<T>>,
    ) -> Result<T> {
        let mut read = Some(read);
        let mut failed = None;
        let shared = flight
            .get_or_init(|| {
                let (mine, failed) = (read.take(), &mut failed);
                async move {
                    match mine?.await {
                        Ok(v) => Some(v),
                        Err(e) => {
                            *failed = Some(e);
                            None
                        }
                    }
                }
            })
            .await
            .clone();
        // Whoever read puts what it read; those given the flight's value leave it be.
        let (v, read_here) = match (shared, failed, read) {
            (_, Some(e), _) => (Err(e), false),
            (Some(v), None, None) => (Ok(v), true),
            (Some(v), None, Some(_)) => (Ok(v), false),
            (None, None, Some(read)) => (read.await, true),
            (None, None, None) => (
                Err(crate::Error::store("a shared read ended without an answer")),
                false,
            ),
        };
        let current = self.epoch();
        if let Ok(mut m) = map.lock() {
            m.landed(&key, &flight);
            if read_here && let Ok(v) = &v {
                m.put(read_at, current, key, v.clone(), now);
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_epoch_forgets_when_it_moves_and_keeps_nothing_read_across_a_change() {
        let mut e: Epoch<u8, &str> = Epoch::new();
        e.put(1, 1, 7, "ann", 100);
        assert_eq!(e.get(1, &7, 200), Some("ann"));
        // Too old.
        assert_eq!(e.get(1, &7, 100 + REMEMBER_MICROS), None);
        // The epoch moved: everything goes.
        assert_eq!(e.get(2, &7, 200), None);
        assert!(e.entries.is_empty());
        // Read at epoch 2, but 3 came meanwhile: not kept.
        e.put(2, 3, 7, "bob", 300);
        assert_eq!(e.get(3, &7, 300), None);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn requests_that_miss_together_share_one_read() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let (_epoch, changes) = watch::channel(1u64);
        let cache = Arc::new(AccessCache::new(changes));
        let reads = Arc::new(AtomicUsize::new(0));
        let asked: Vec<_> = (0..64)
            .map(|_| {
                let (cache, reads) = (cache.clone(), reads.clone());
                tokio::spawn(async move {
                    cache
                        .remembered(&cache.settings, "k", 100, || async {
                            reads.fetch_add(1, Ordering::SeqCst);
                            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                            Ok(Some("v".to_string()))
                        })
                        .await
                })
            })
            .collect();
        for a in asked {
            assert_eq!(a.await.unwrap().unwrap(), Some("v".to_string()));
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1);
        assert!(cache.settings.lock().unwrap().flights.is_empty());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn those_who_waited_for_a_failed_read_read_side_by_side() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let (_epoch, changes) = watch::channel(1u64);
        let cache = Arc::new(AccessCache::new(changes));
        let (reading, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let asked: Vec<_> = (0..8)
            .map(|_| {
                let (cache, reading, most) = (cache.clone(), reading.clone(), most.clone());
                tokio::spawn(async move {
                    cache
                        .remembered(&cache.settings, "k", 100, || async {
                            most.fetch_max(
                                reading.fetch_add(1, Ordering::SeqCst) + 1,
                                Ordering::SeqCst,
                            );
                            tokio::time::sleep(std::time::Duration::from_millis(30)).await;
                            reading.fetch_sub(1, Ordering::SeqCst);
                            Err::<Option<String>, _>(crate::Error::Unauthenticated("no".into()))
                        })
                        .await
                })
            })
            .collect();
        for a in asked {
            assert!(a.await.unwrap().is_err());
        }
        // One after another, a failing store would hold the last of them eight reads long.
        assert!(most.load(Ordering::SeqCst) > 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_read_is_not_shared_and_a_new_epoch_reads_anew() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let (epoch, changes) = watch::channel(1u64);
        let cache = AccessCache::new(changes);
        let reads = AtomicUsize::new(0);
        let failing = || async {
            reads.fetch_add(1, Ordering::SeqCst);
            Err::<Option<String>, _>(crate::Error::Unauthenticated("no".into()))
        };
        let (a, b) = tokio::join!(
            cache.remembered(&cache.settings, "k", 100, failing),
            cache.remembered(&cache.settings, "k", 100, failing),
        );
        assert!(a.is_err() && b.is_err());
        assert_eq!(reads.load(Ordering::SeqCst), 2, "each failure is its own");
        let read = |v: &'static str| {
            cache.remembered(&cache.settings, "k", 100, move || async move {
                Ok(Some(v.to_string()))
            })
        };
        assert_eq!(read("old").await.unwrap(), Some("old".into()));
        epoch.send_replace(2);
        assert_eq!(read("new").await.unwrap(), Some("new".into()));
    }
}
