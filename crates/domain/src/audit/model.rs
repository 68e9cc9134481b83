//! The records of audit: what the store keeps and the use-cases pass around.

use crate::model::Authority;
use crate::{Actor, Error, MemberId, Result, UserId};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
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
    /// Only entries before this one: the next page of a newest-first listing.
    pub before_seq: Option<i64>,
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

pub(super) fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

pub(super) fn opt(h: &mut Sha256, v: Option<i64>) {
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
pub(super) fn checkpoint_message(seq: i64, hash: &[u8; 32]) -> Vec<u8> {
    let mut m = b"liaison-audit-checkpoint-v1".to_vec();
    m.extend(seq.to_le_bytes());
    m.extend(hash);
    m
}

impl AuditEntry {
    pub(super) fn content(&self) -> NewAuditEntry {
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
pub(super) fn check_checkpoint(
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

/// Bytes written as lower- or upper-case hexadecimal; `None` for anything else.
pub fn unhex(t: &str) -> Option<Vec<u8>> {
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
                Error::invalid(format!(
                    "line {} of the checkpoint file is not a checkpoint: {e}",
                    i + 1
                ))
            })
        })
        .collect()
}
