//! Webhooks: their registrations, cursors and the leases that give each to one node at a time.

use domain::webhooks::{Claimed, NewWebhook, Webhook};
use domain::{Error, MemberId, Result};

use crate::exec::Conn;
use crate::exec::params;
use crate::rows;
use crate::sql::{WEBHOOK_COLS, WEBHOOK_SECRET_COL};

pub async fn insert_webhook(c: &mut impl Conn, w: &NewWebhook) -> Result<Webhook> {
    let filter = serde_json::to_string(&w.filter)
        .map_err(|e| Error::store_cause("a webhook filter could not be encoded", e))?;
    let sql = format!(
        "INSERT INTO webhooks (member_id, url, secret, created_at, cursor_objects, cursor_notices, filter) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {WEBHOOK_COLS}"
    );
    c.one(
        &sql,
        params![
            w.member.0,
            &w.url,
            w.secret.as_slice(),
            w.created_at,
            w.cursor_objects,
            w.cursor_notices,
            filter
        ],
        rows::webhook,
    )
    .await
}

pub async fn webhooks(c: &mut impl Conn, member: Option<MemberId>) -> Result<Vec<Webhook>> {
    let sql = format!(
        "SELECT {WEBHOOK_COLS} FROM webhooks WHERE $1 IS NULL OR member_id = $1 ORDER BY id"
    );
    c.rows(&sql, params![member.map(|m| m.0)], rows::webhook)
        .await
}

pub async fn delete_webhook(c: &mut impl Conn, id: i64) -> Result<bool> {
    c.execute("DELETE FROM webhooks WHERE id = $1", params![id])
        .await
        .map(|n| n > 0)
}

pub async fn webhooks_free_or_held_by(c: &mut impl Conn, node: &str) -> Result<Vec<i64>> {
    c.rows(
        "SELECT id FROM webhooks WHERE lease_owner IS NULL OR lease_owner = $1 ORDER BY id",
        params![node],
        |r| r.int(0),
    )
    .await
}

pub async fn plain_webhook_secrets(c: &mut impl Conn) -> Result<Vec<(i64, Vec<u8>)>> {
    c.rows(
        "SELECT id, secret FROM webhooks WHERE length(secret) = 32 ORDER BY id",
        params![],
        |r| Ok((r.int(0)?, r.bytes(1)?)),
    )
    .await
}

pub async fn replace_webhook_secret(
    c: &mut impl Conn,
    id: i64,
    was: &[u8],
    sealed: &[u8],
) -> Result<bool> {
    c.execute(
        "UPDATE webhooks SET secret = $1 WHERE id = $2 AND secret = $3",
        params![sealed, id, was],
    )
    .await
    .map(|n| n > 0)
}

/// One statement: a row is leased to one node at a time whatever the others do.
pub async fn claim_webhooks(
    c: &mut impl Conn,
    node: &str,
    now: i64,
    until: i64,
) -> Result<Vec<Claimed>> {
    let sql = format!(
        "UPDATE webhooks SET lease_owner = $1, lease_until = $2 WHERE lease_until <= $3 OR (lease_owner = $1 AND failures = 0) RETURNING {WEBHOOK_COLS}, secret"
    );
    c.rows(&sql, params![node, until, now], |r| {
        Ok(Claimed {
            webhook: rows::webhook(r)?,
            secret: r.bytes(WEBHOOK_SECRET_COL)?,
        })
    })
    .await
}

pub async fn webhook_delivered(
    c: &mut impl Conn,
    id: i64,
    node: &str,
    cursors: (i64, i64),
    status: &str,
    at: i64,
) -> Result<()> {
    c.execute(
        "UPDATE webhooks SET cursor_objects = $1, cursor_notices = $2, last_status = $3, last_attempt = $4, failures = 0 WHERE id = $5 AND lease_owner = $6",
        params![cursors.0, cursors.1, status, at, id, node],
    )
    .await
    .map(drop)
}

pub async fn webhook_failed(
    c: &mut impl Conn,
    id: i64,
    node: &str,
    status: &str,
    at: i64,
    retry_at: i64,
) -> Result<()> {
    c.execute(
        "UPDATE webhooks SET last_status = $1, last_attempt = $2, failures = failures + 1, lease_until = $3 WHERE id = $4 AND lease_owner = $5",
        params![status, at, retry_at, id, node],
    )
    .await
    .map(drop)
}
