//! The audit chain, its checkpoints and the key that signs them.

use domain::Result;
use domain::audit::{AuditEntry, AuditQuery, Checkpoint, GENESIS, NewAuditEntry, entry_hash};

use crate::exec::params;
use crate::exec::{Conn, Dialect};
use crate::rows;
use crate::sql::{AUDIT_COLS, Builder, CHECKPOINT_COLS};

/// Appends entries to the chain, in the caller's transaction. The head row is the log's write
/// lock: on PostgreSQL it is locked (`FOR UPDATE`), so a writer on another node waits and then
/// reads the head as the one before it left it; SQLite's writer holds `BEGIN IMMEDIATE`, also
/// against other processes on the same file.
pub async fn append_audit(c: &mut impl Conn, entries: &[NewAuditEntry]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    c.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING",
        params![GENESIS.as_slice()],
    )
    .await?;
    let lock = match c.dialect() {
        Dialect::Postgres => " FOR UPDATE",
        Dialect::Sqlite => "",
    };
    let sql = format!("SELECT seq, hash FROM audit_head WHERE id = 1{lock}");
    let (mut seq, mut prev) = c
        .one(&sql, params![], |r| Ok((r.int(0)?, r.bytes32(1)?)))
        .await?;
    let insert = format!(
        "INSERT INTO audit_log ({AUDIT_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    );
    for e in entries {
        seq += 1;
        let hash = entry_hash(&prev, seq, e);
        c.execute(
            &insert,
            params![
                seq,
                e.at,
                e.actor.user.map(|u| u.0),
                e.actor.member.map(|m| m.0),
                &e.actor.name,
                &e.action,
                &e.subject,
                &e.detail,
                prev.as_slice(),
                hash.as_slice(),
            ],
        )
        .await?;
        prev = hash;
    }
    c.execute(
        "UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1",
        params![seq, prev.as_slice()],
    )
    .await
    .map(drop)
}

pub async fn audit_entries(c: &mut impl Conn, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.audit_page(q);
    c.built_rows(&sql, b.params, rows::audit).await
}

/// The last entry's number and hash; `None` before the first.
pub async fn audit_head(c: &mut impl Conn) -> Result<Option<(i64, [u8; 32])>> {
    let head = c
        .row(
            "SELECT seq, hash FROM audit_head WHERE id = 1",
            params![],
            |r| Ok((r.int(0)?, r.bytes32(1)?)),
        )
        .await?;
    Ok(head.filter(|(seq, _)| *seq > 0))
}

pub async fn stored_signing_key(c: &mut impl Conn) -> Result<Option<[u8; 32]>> {
    c.row(
        "SELECT signing_key FROM center_keys WHERE id = 1",
        params![],
        |r| r.bytes32(0),
    )
    .await
}

/// Keeps `candidate` if the center has no key yet; returns the kept one.
pub async fn signing_key(c: &mut impl Conn, candidate: &[u8; 32]) -> Result<[u8; 32]> {
    c.execute(
        "INSERT INTO center_keys (id, signing_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        params![candidate],
    )
    .await?;
    c.one(
        "SELECT signing_key FROM center_keys WHERE id = 1",
        params![],
        |r| r.bytes32(0),
    )
    .await
}

pub async fn insert_checkpoint(c: &mut impl Conn, cp: &Checkpoint) -> Result<()> {
    let sql = format!(
        "INSERT INTO audit_checkpoints ({CHECKPOINT_COLS}) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING"
    );
    c.execute(
        &sql,
        params![
            cp.seq,
            cp.at,
            cp.hash.as_slice(),
            cp.signature.as_slice(),
            cp.public_key.as_slice()
        ],
    )
    .await
    .map(drop)
}

/// The newest by sequence (the key), as checkpoints are made in order.
pub async fn last_checkpoint_at(c: &mut impl Conn) -> Result<Option<i64>> {
    c.row(
        "SELECT at FROM audit_checkpoints ORDER BY seq DESC LIMIT 1",
        params![],
        |r| r.int(0),
    )
    .await
}

pub async fn checkpoints(c: &mut impl Conn) -> Result<Vec<Checkpoint>> {
    let sql = format!("SELECT {CHECKPOINT_COLS} FROM audit_checkpoints ORDER BY seq");
    c.rows(&sql, params![], rows::checkpoint).await
}
