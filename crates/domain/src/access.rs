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

/// Entries of one epoch; all are dropped when the epoch moves.
struct Epoch<K, T> {
    epoch: u64,
    entries: HashMap<K, Entry<T>>,
}

impl<K: std::hash::Hash + Eq, T: Clone> Epoch<K, T> {
    fn new() -> Self {
        Self {
            epoch: 0,
            entries: HashMap::new(),
        }
    }

    fn get(&mut self, current: u64, key: &K, now: i64) -> Option<T> {
        if self.epoch != current {
            self.epoch = current;
            self.entries.clear();
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
        if self.epoch != current {
            self.epoch = current;
            self.entries.clear();
        }
        if self.entries.len() >= MOST_REMEMBERED {
            self.entries.clear();
        }
        self.entries.insert(key, Entry { value, at: now });
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
    pub async fn credential(
        &self,
        digest: [u8; 32],
        now: i64,
        verify: impl std::future::Future<Output = Result<Verified>>,
    ) -> Result<Verified> {
        self.remembered(&self.credentials, digest, now, verify)
            .await
    }

    /// Notes that a remembered token's use was written to the store.
    pub fn touched(&self, digest: &[u8; 32], at: i64) {
        if let Ok(mut c) = self.credentials.lock()
            && let Some(e) = c.entries.get_mut(digest)
            && let Some(t) = e.value.token.as_mut()
        {
            t.last_used_at = Some(at);
        }
    }

    /// A user's actor as the center knows it now, as `read` reads it.
    pub async fn actor(
        &self,
        user: UserId,
        now: i64,
        read: impl std::future::Future<Output = Result<Actor>>,
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
        self.remembered(&self.settings, key, now, store.setting(key))
            .await
    }

    /// Every collection.
    pub async fn collections(&self, store: &dyn Store, now: i64) -> Result<Arc<Vec<Collection>>> {
        self.remembered(&self.collections, (), now, async {
            Ok(Arc::new(store.collections().await?))
        })
        .await
    }

    /// Every member.
    pub async fn members(&self, store: &dyn Store, now: i64) -> Result<Arc<Vec<Member>>> {
        self.remembered(&self.members, (), now, async {
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
        self.remembered(&self.grants, member, now, async {
            Ok(Arc::new(store.member_grants(member).await?))
        })
        .await
    }

    /// What `read` reads, remembered under `key` in `map` until the epoch moves.
    async fn remembered<K: std::hash::Hash + Eq, T: Clone>(
        &self,
        map: &Mutex<Epoch<K, T>>,
        key: K,
        now: i64,
        read: impl std::future::Future<Output = Result<T>>,
    ) -> Result<T> {
        let read_at = self.epoch();
        if let Some(v) = map.lock().ok().and_then(|mut m| m.get(read_at, &key, now)) {
            return Ok(v);
        }
        let v = read.await?;
        let current = self.epoch();
        if let Ok(mut m) = map.lock() {
            m.put(read_at, current, key, v.clone(), now);
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
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
}
