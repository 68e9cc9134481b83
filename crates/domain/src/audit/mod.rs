//! The audit chain: an append-only log of every write, every governance or administrative
//! action, every authentication failure and every read of AMBER, AMBER+STRICT or RED
//! intelligence. Each entry holds the SHA-256 hash of the one before it, so an edit, a deletion
//! or a reordering breaks the chain at the first entry touched. The center signs checkpoints
//! (the hash at an entry) with its Ed25519 key; members keep exported checkpoints outside the
//! center, which also catches a log rewritten from some entry on, or cut short at its end.
//!
//! The hash rule ([`entry_hash`]) and the check ([`Center::verify_audit`]) live here; stores only
//! keep entries in order and call [`entry_hash`] while they hold the log's write lock.

pub mod model;
pub use model::*;

use crate::Result;
use crate::service::{Authority, Center};
use ed25519_dalek::{Signer, SigningKey};
impl Center {
    pub(crate) async fn audit(&self, entries: Vec<NewAuditEntry>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        self.store().append_audit(entries).await
    }

    pub(crate) fn audit_entry(
        &self,
        actor: AuditActor,
        action: &str,
        subject: &str,
        detail: serde_json::Value,
    ) -> NewAuditEntry {
        NewAuditEntry {
            at: self.now(),
            actor,
            action: action.into(),
            subject: subject.into(),
            detail: detail.to_string(),
        }
    }

    /// Records one action.
    pub(crate) async fn record(
        &self,
        actor: AuditActor,
        action: &str,
        subject: &str,
        detail: serde_json::Value,
    ) -> Result<()> {
        let e = self.audit_entry(actor, action, subject, detail);
        self.audit(vec![e]).await
    }

    /// Reads the log, for administrators; the read itself is recorded.
    pub async fn audit_log(&self, by: Authority<'_>, q: AuditQuery) -> Result<Vec<AuditEntry>> {
        by.check()?;
        if let Authority::Administrator(a) = &by {
            self.record(
                AuditActor::of(a),
                "audit.read",
                "audit",
                serde_json::json!({"after": q.after_seq, "action": q.action, "member": q.member, "user": q.user}),
            )
            .await?;
        }
        self.store().audit_entries(q).await
    }

    /// The center's checkpoint key, made on first use (a read from then on).
    async fn signing_key(&self) -> Result<SigningKey> {
        let bytes = match self.store().stored_signing_key().await? {
            Some(b) => b,
            None => {
                let candidate = crate::random::bytes::<32>(self.random())?;
                self.store().signing_key(candidate).await?
            }
        };
        Ok(SigningKey::from_bytes(&bytes))
    }

    /// The public half of the checkpoint key, for members to verify exported checkpoints.
    pub async fn audit_public_key(&self) -> Result<[u8; 32]> {
        Ok(self.signing_key().await?.verifying_key().to_bytes())
    }

    /// Signs the chain's current head, unless it is signed already. Several nodes may call this
    /// at once: one checkpoint per entry is kept.
    pub async fn checkpoint(&self, by: Authority<'_>) -> Result<Option<Checkpoint>> {
        by.check()?;
        let Some(head) = self.store().audit_head().await? else {
            return Ok(None);
        };
        if self
            .store()
            .checkpoints()
            .await?
            .last()
            .is_some_and(|c| c.seq >= head.0)
        {
            return Ok(None);
        }
        let key = self.signing_key().await?;
        let cp = Checkpoint {
            seq: head.0,
            at: self.now(),
            hash: head.1,
            signature: key
                .sign(&checkpoint_message(head.0, &head.1))
                .to_bytes()
                .to_vec(),
            public_key: key.verifying_key().to_bytes(),
        };
        self.store().insert_checkpoint(cp.clone()).await?;
        Ok(Some(cp))
    }

    /// Every checkpoint, oldest first. They hold hashes and signatures only, so any member may
    /// take them away.
    pub async fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        self.store().checkpoints().await
    }

    /// Checks the whole chain, the stored checkpoints and any checkpoints kept elsewhere.
    /// Works on a stopped center: it only reads.
    pub async fn verify_audit(&self, outside: &[Checkpoint]) -> Result<Verification> {
        let stored = self.store().checkpoints().await?;
        let wanted: std::collections::HashSet<i64> =
            stored.iter().chain(outside).map(|c| c.seq).collect();
        let mut hash_at = std::collections::HashMap::new();
        let mut prev = GENESIS;
        let mut expected = 1i64;
        let mut entries = 0u64;
        let mut broken = None;
        'scan: loop {
            let page = self
                .store()
                .audit_entries(AuditQuery {
                    after_seq: expected - 1,
                    limit: 5_000,
                    ..AuditQuery::default()
                })
                .await?;
            if page.is_empty() {
                break;
            }
            for e in page {
                if e.seq != expected {
                    broken = Some(format!(
                        "entry {expected} is missing: the log goes from entry {} to entry {}",
                        expected - 1,
                        e.seq
                    ));
                    break 'scan;
                }
                if e.prev_hash != prev {
                    broken = Some(format!(
                        "entry {} does not follow entry {}: its link to the previous entry is wrong (an entry was removed, inserted or moved)",
                        e.seq,
                        e.seq - 1
                    ));
                    break 'scan;
                }
                if entry_hash(&prev, e.seq, &e.content()) != e.hash {
                    broken = Some(format!(
                        "entry {} was altered: its content ({} by {} at {}) does not match its hash",
                        e.seq,
                        e.action,
                        e.actor.name,
                        stix::timestamp::taxii_timestamp(e.at)
                    ));
                    break 'scan;
                }
                if wanted.contains(&e.seq) {
                    hash_at.insert(e.seq, e.hash);
                }
                prev = e.hash;
                expected += 1;
                entries += 1;
            }
        }
        let checked = stored.iter().chain(outside).next().is_some();
        if broken.is_none() && checked {
            // Read only: a center that never signed a checkpoint has no key to check with.
            let key = match self.store().stored_signing_key().await? {
                Some(b) => SigningKey::from_bytes(&b).verifying_key(),
                None => {
                    return Ok(Verification {
                        entries,
                        checkpoints: (stored.len() + outside.len()) as u64,
                        broken: Some(
                            "checkpoints are given, but this center has no checkpoint key".into(),
                        ),
                    });
                }
            };
            let last = expected - 1;
            broken = stored
                .iter()
                .map(|c| (c, "stored"))
                .chain(outside.iter().map(|c| (c, "exported")))
                .find_map(|(c, origin)| check_checkpoint(c, &key, &hash_at, last, origin));
        }
        Ok(Verification {
            entries,
            checkpoints: (stored.len() + outside.len()) as u64,
            broken,
        })
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: &str) -> NewAuditEntry {
        NewAuditEntry {
            at: 1,
            actor: AuditActor::console(),
            action: action.into(),
            subject: "s".into(),
            detail: "{}".into(),
        }
    }

    #[test]
    fn the_hash_covers_every_field_and_the_link() {
        let base = entry_hash(&GENESIS, 1, &entry("a"));
        assert_ne!(base, entry_hash(&GENESIS, 2, &entry("a")));
        assert_ne!(base, entry_hash(&[1; 32], 1, &entry("a")));
        assert_ne!(base, entry_hash(&GENESIS, 1, &entry("b")));
        // Moving bytes between fields changes the hash (fields are length-prefixed).
        let mut moved = entry("as");
        moved.subject = String::new();
        assert_ne!(base, entry_hash(&GENESIS, 1, &moved));
    }

    #[test]
    fn checkpoints_round_trip_through_their_export_format() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let hash = [3u8; 32];
        let cp = Checkpoint {
            seq: 4,
            at: 9,
            hash,
            signature: key.sign(&checkpoint_message(4, &hash)).to_bytes().to_vec(),
            public_key: key.verifying_key().to_bytes(),
        };
        let line = serde_json::to_string(&cp).unwrap();
        assert_eq!(
            parse_checkpoints(&format!("{line}\n\n")).unwrap(),
            vec![cp.clone()]
        );
        let at = std::collections::HashMap::from([(4, hash)]);
        assert_eq!(
            check_checkpoint(&cp, &key.verifying_key(), &at, 4, "x"),
            None
        );
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key();
        assert!(check_checkpoint(&cp, &other, &at, 4, "x").is_some());
        assert!(
            check_checkpoint(&cp, &key.verifying_key(), &at, 3, "x")
                .unwrap()
                .contains("missing")
        );
        assert!(parse_checkpoints("{").is_err());
    }
}
