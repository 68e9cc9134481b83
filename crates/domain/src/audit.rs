//! The audit chain: an append-only log of every write, every governance or administrative
//! action, every authentication failure and every read of AMBER, AMBER+STRICT or RED
//! intelligence. Each entry holds the SHA-256 hash of the one before it, so an edit, a deletion
//! or a reordering breaks the chain at the first entry touched. The center signs checkpoints
//! (the hash at an entry) with its Ed25519 key; members keep exported checkpoints outside the
//! center, which also catches a log rewritten from some entry on, or cut short at its end.
//!
//! The hash rule ([`entry_hash`]) and the check ([`Center::verify_audit`]) live here; stores only
//! keep entries in order and call [`entry_hash`] while they hold the log's write lock.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::service::{Authority, Center};
use crate::{Actor, Error, MemberId, Result, UserId};

/// The hash before the first entry.
pub const GENESIS: [u8; 32] = [0; 32];

/// Who did something, as the log records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditActor {
    pub user: Option<UserId>,
    pub member: Option<MemberId>,
    /// A user name, `console` for the `liaison` command, or the name tried in a failed sign-in.
    pub name: String,
}

impl AuditActor {
    pub fn of(actor: &Actor) -> Self {
        Self {
            user: Some(actor.user.id),
            member: Some(actor.member.id),
            name: actor.user.username.clone(),
        }
    }
    pub fn authority(by: &Authority<'_>) -> Self {
        match by {
            Authority::Console => Self::console(),
            Authority::Administrator(a) => Self::of(a),
        }
    }
    pub fn console() -> Self {
        Self {
            user: None,
            member: None,
            name: "console".into(),
        }
    }
}

/// An entry before the store numbers and chains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEntry {
    pub at: i64,
    pub actor: AuditActor,
    /// Dotted and stable, e.g. `objects.submit`, `member.status`, `auth.failure`.
    pub action: String,
    /// What the action was about: a collection, a member, a user name.
    pub subject: String,
    /// JSON with the particulars (object ids, the new status, ...).
    pub detail: String,
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub actor: AuditActor,
    pub action: String,
    pub subject: String,
    pub detail: String,
    #[serde(with = "hex32")]
    pub prev_hash: [u8; 32],
    #[serde(with = "hex32")]
    pub hash: [u8; 32],
}

/// A read of the log. Entries come in `seq` order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub after_seq: i64,
    pub limit: usize,
    pub user: Option<UserId>,
    pub member: Option<MemberId>,
    pub action: Option<String>,
    /// `at` from (inclusive) and until (exclusive), in microseconds.
    pub since: Option<i64>,
    pub until: Option<i64>,
    /// The newest `limit` entries, newest first (a page for people), instead of the oldest
    /// after `after_seq` (paging through the chain).
    pub newest_first: bool,
    /// Leave each entry's detail empty: a listing does not show it, and a submission's detail
    /// names every object it carried.
    pub without_detail: bool,
}

/// The center's signature over the chain's hash at one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub seq: i64,
    pub at: i64,
    #[serde(with = "hex32")]
    pub hash: [u8; 32],
    #[serde(with = "hex_bytes")]
    pub signature: Vec<u8>,
    #[serde(with = "hex32")]
    pub public_key: [u8; 32],
}

fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

fn opt(h: &mut Sha256, v: Option<i64>) {
    match v {
        None => h.update([0u8]),
        Some(i) => {
            h.update([1u8]);
            h.update(i.to_le_bytes());
        }
    }
}

/// The hash of entry `seq`: SHA-256 over the previous hash and a length-prefixed encoding of
/// every field, so no two different entries encode alike.
pub fn entry_hash(prev: &[u8; 32], seq: i64, e: &NewAuditEntry) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"liaison-audit-v1");
    h.update(prev);
    h.update(seq.to_le_bytes());
    h.update(e.at.to_le_bytes());
    opt(&mut h, e.actor.user.map(|u| u.0));
    opt(&mut h, e.actor.member.map(|m| m.0));
    field(&mut h, e.actor.name.as_bytes());
    field(&mut h, e.action.as_bytes());
    field(&mut h, e.subject.as_bytes());
    field(&mut h, e.detail.as_bytes());
    h.finalize().into()
}

/// What a checkpoint's signature covers.
fn checkpoint_message(seq: i64, hash: &[u8; 32]) -> Vec<u8> {
    let mut m = b"liaison-audit-checkpoint-v1".to_vec();
    m.extend(seq.to_le_bytes());
    m.extend(hash);
    m
}

impl AuditEntry {
    fn content(&self) -> NewAuditEntry {
        NewAuditEntry {
            at: self.at,
            actor: self.actor.clone(),
            action: self.action.clone(),
            subject: self.subject.clone(),
            detail: self.detail.clone(),
        }
    }
}

/// The result of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub entries: u64,
    pub checkpoints: u64,
    /// The first problem found, naming the entry; `None` when the chain is whole.
    pub broken: Option<String>,
}

/// Checks one checkpoint against the chain's hashes and the center's key.
fn check_checkpoint(
    cp: &Checkpoint,
    key: &VerifyingKey,
    hash_at: &std::collections::HashMap<i64, [u8; 32]>,
    last: i64,
    origin: &str,
) -> Option<String> {
    if cp.public_key != key.to_bytes() {
        return Some(format!(
            "{origin} checkpoint at entry {} was signed with another key than this center's",
            cp.seq
        ));
    }
    let sig = match Signature::from_slice(&cp.signature) {
        Ok(s) => s,
        Err(_) => {
            return Some(format!(
                "{origin} checkpoint at entry {} has a malformed signature",
                cp.seq
            ));
        }
    };
    if key
        .verify(&checkpoint_message(cp.seq, &cp.hash), &sig)
        .is_err()
    {
        return Some(format!(
            "{origin} checkpoint at entry {} has a signature that does not verify",
            cp.seq
        ));
    }
    if cp.seq > last {
        return Some(format!(
            "entries {}..={} are missing: the log ends at entry {last}, but a {origin} checkpoint was signed at entry {}",
            last + 1,
            cp.seq,
            cp.seq
        ));
    }
    match hash_at.get(&cp.seq) {
        Some(h) if h == &cp.hash => None,
        _ => Some(format!(
            "entry {} does not match the {origin} checkpoint signed on it: the log was rewritten up to there",
            cp.seq
        )),
    }
}

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

mod hex32 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::hex(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let t = String::deserialize(d)?;
        super::unhex(&t)
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| serde::de::Error::custom("expected 64 hexadecimal digits"))
    }
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::hex(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let t = String::deserialize(d)?;
        super::unhex(&t).ok_or_else(|| serde::de::Error::custom("expected hexadecimal digits"))
    }
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(t: &str) -> Option<Vec<u8>> {
    if !t.len().is_multiple_of(2) {
        return None;
    }
    (0..t.len())
        .step_by(2)
        .map(|i| t.get(i..i + 2).and_then(|p| u8::from_str_radix(p, 16).ok()))
        .collect()
}

/// Reads checkpoints exported one JSON object per line.
pub fn parse_checkpoints(text: &str) -> Result<Vec<Checkpoint>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| {
                Error::Invalid(format!(
                    "line {} of the checkpoint file is not a checkpoint: {e}",
                    i + 1
                ))
            })
        })
        .collect()
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
