//! Feeds: their registrations, progress and the leases that give each to one node at a time.

use domain::feeds::model::{
    Feed, FeedAuth, FeedProgress, FeedRefusal, FeedState, NewFeed, REFUSALS_KEPT,
};
use domain::store::Status;
use domain::{Error, MemberId, Result, UserId};

use crate::exec::Conn;
use crate::exec::params;
use crate::rows::Row;

const COLS: &str = "id, name, api_root, remote_collection, auth, username, member_id, user_id, collection, default_tlp, release_to, start_at, interval_secs, created_at, added_after, next_token, last_pull_at, next_pull_at, taken, refused, last_taken, last_refused, refusals, last_error, failures, ca";
/// The position of `credential` after [`COLS`] in a claim.
const CREDENTIAL_COL: usize = 26;

fn feed(r: &dyn Row) -> Result<Feed> {
    let release_to: Vec<i64> = r.json(10)?;
    Ok(Feed {
        id: r.int(0)?,
        name: r.text(1)?,
        api_root: r.text(2)?,
        remote_collection: r.text(3)?,
        auth: r.parsed(4, "feed authentication", FeedAuth::parse)?,
        username: r.opt_text(5)?,
        member: MemberId(r.int(6)?),
        user: UserId(r.int(7)?),
        collection: r.text(8)?,
        default_tlp: r.tlp(9)?,
        release_to: release_to.into_iter().map(MemberId).collect(),
        start_at: r.int(11)?,
        interval_secs: r.int(12)?,
        created_at: r.int(13)?,
        ca: r.opt_text(25)?,
        state: FeedState {
            added_after: r.opt_int(14)?,
            next_token: r.opt_text(15)?,
            last_pull_at: r.opt_int(16)?,
            next_pull_at: r.int(17)?,
            taken: r.int(18)?,
            refused: r.int(19)?,
            last_taken: r.int(20)?,
            last_refused: r.int(21)?,
            refusals: r.json(22)?,
            last_error: r.opt_text(23)?,
            failures: r.int(24)?,
        },
    })
}

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::store_cause("a feed field could not be encoded", e))
}

pub async fn insert_feed(c: &mut impl Conn, f: &NewFeed) -> Result<Feed> {
    let release: Vec<i64> = f.release_to.iter().map(|m| m.0).collect();
    let sql = format!(
        "INSERT INTO feeds (name, api_root, remote_collection, auth, username, credential, member_id, user_id, collection, default_tlp, release_to, start_at, interval_secs, created_at, next_pull_at, ca) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15) RETURNING {COLS}"
    );
    c.one(
        &sql,
        params![
            &f.name,
            &f.api_root,
            &f.remote_collection,
            f.auth.as_str(),
            f.username.clone(),
            f.credential.clone().unwrap_or_default(),
            f.member.0,
            f.user.0,
            &f.collection,
            f.default_tlp.code(),
            json(&release)?,
            f.start_at,
            f.interval_secs,
            f.created_at,
            &f.ca
        ],
        feed,
    )
    .await
}

pub async fn feeds(c: &mut impl Conn) -> Result<Vec<Feed>> {
    let sql = format!("SELECT {COLS} FROM feeds ORDER BY name");
    c.rows(&sql, params![], feed).await
}

pub async fn delete_feed(c: &mut impl Conn, id: i64) -> Result<bool> {
    c.execute("DELETE FROM feeds WHERE id = $1", params![id])
        .await
        .map(|n| n > 0)
}

/// One statement: the feed due first is leased to one node at a time whatever the others do
/// (a second node's update finds the lease taken when it re-reads the row).
pub async fn claim_feeds(
    c: &mut impl Conn,
    node: &str,
    now: i64,
    until: i64,
) -> Result<Vec<(Feed, Option<Vec<u8>>)>> {
    let sql = format!(
        "UPDATE feeds SET lease_owner = $1, lease_until = $2, last_taken = 0, last_refused = 0, refusals = '[]' WHERE id = (SELECT id FROM feeds WHERE next_pull_at <= $3 AND lease_until <= $3 ORDER BY next_pull_at, id LIMIT 1) AND next_pull_at <= $3 AND lease_until <= $3 RETURNING {COLS}, credential"
    );
    c.rows(&sql, params![node, until, now], |r| {
        let sealed = r.bytes(CREDENTIAL_COL)?;
        Ok((feed(r)?, (!sealed.is_empty()).then_some(sealed)))
    })
    .await
}

/// Saves a page's progress, with what the page stored, if `node` still holds the lease.
pub async fn save_progress(
    c: &mut impl Conn,
    p: &FeedProgress,
    status: Option<&Status>,
) -> Result<()> {
    let (taken, refused) =
        status.map_or((0, 0), |s| (s.success_count as i64, s.failure_count as i64));
    let mut refusals: Vec<FeedRefusal> = p.refusals.clone();
    if let Some(s) = status {
        refusals.extend(s.failures.iter().map(FeedRefusal::from));
    }
    refusals.truncate(REFUSALS_KEPT);
    c.execute(
        "UPDATE feeds SET added_after = $1, next_token = $2, taken = taken + $3, refused = refused + $4, last_taken = last_taken + $3, last_refused = last_refused + $4, refusals = $5, lease_until = $8 WHERE id = $6 AND lease_owner = $7",
        params![
            p.added_after,
            p.next_token.clone(),
            taken,
            refused,
            json(&refusals)?,
            p.feed,
            &p.node,
            p.lease_until
        ],
    )
    .await
    .map(drop)
}

pub async fn feed_pulled(
    c: &mut impl Conn,
    id: i64,
    node: &str,
    at: i64,
    next_pull_at: i64,
    error: Option<String>,
) -> Result<()> {
    let failed = error.is_some();
    c.execute(
        "UPDATE feeds SET last_pull_at = $1, next_pull_at = $2, last_error = $3, failures = CASE WHEN $4 THEN failures + 1 ELSE 0 END, lease_owner = NULL, lease_until = 0 WHERE id = $5 AND lease_owner = $6",
        params![at, next_pull_at, error, failed, id, node],
    )
    .await
    .map(drop)
}

pub async fn feed_restart(c: &mut impl Conn, id: i64, reset: bool, now: i64) -> Result<bool> {
    let sql = if reset {
        "UPDATE feeds SET next_pull_at = $1, added_after = NULL, next_token = NULL, taken = 0, refused = 0, failures = 0, last_error = NULL WHERE id = $2"
    } else {
        "UPDATE feeds SET next_pull_at = $1 WHERE id = $2"
    };
    c.execute(sql, params![now, id]).await.map(|n| n > 0)
}
