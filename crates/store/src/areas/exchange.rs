//! Hit/no-hit questions, release requests and notifications.

use domain::exchange::{
    HitCounts, NewHitQuery, NewNotification, NewReleaseRequest, Notification, ReleaseDecision,
    ReleaseRequest,
};
use domain::store::Visibility;
use domain::{Error, MemberId, Result};

use crate::exec::params;
use crate::exec::{Conn, Dialect, Param};
use crate::rows;
use crate::sql::{Builder, NOTIFICATION_COLS, RELEASE_REQUEST_COLS};

/// The channel on which PostgreSQL nodes announce committed writes (their listeners wake the
/// subscribers).
pub const WRITES_CHANNEL: &str = "liaison_writes";

pub async fn hit_counts(c: &mut impl Conn, keys: &[String], vis: &Visibility) -> Result<HitCounts> {
    let mut b = Builder::new(c.dialect());
    let sql = b.hits_visible(keys, vis);
    let visible = c.built_rows(&sql, b.params, |r| r.count(0)).await?;
    let mut b = Builder::new(c.dialect());
    let sql = b.hits_hidden(keys, vis);
    let hidden = c
        .built_rows(&sql, b.params, |r| Ok((MemberId(r.int(0)?), r.count(1)?)))
        .await?;
    Ok(HitCounts {
        visible: visible.into_iter().next().unwrap_or(0),
        hidden,
    })
}

pub async fn record_hit_query(c: &mut impl Conn, q: &NewHitQuery) -> Result<()> {
    c.execute(
        "INSERT INTO hit_queries (at, member_id, user_id, value, result) VALUES ($1, $2, $3, $4, $5)",
        params![q.at, q.member.0, q.user.0, &q.value, &q.result],
    )
    .await
    .map(drop)
}

pub async fn hit_queries_since(c: &mut impl Conn, member: MemberId, since: i64) -> Result<u64> {
    c.one(
        "SELECT COUNT(*) FROM hit_queries WHERE member_id = $1 AND at >= $2",
        params![member.0, since],
        |r| r.count(0),
    )
    .await
}

pub async fn hit_questions_since(
    c: &mut impl Conn,
    member: MemberId,
    since: i64,
) -> Result<Vec<(String, String)>> {
    c.rows(
        "SELECT value, result FROM hit_queries WHERE member_id = $1 AND at >= $2 ORDER BY id",
        params![member.0, since],
        |r| Ok((r.text(0)?, r.text(1)?)),
    )
    .await
}

pub async fn matching_ids(
    c: &mut impl Conn,
    keys: &[String],
    originator: MemberId,
) -> Result<Vec<String>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.matching_ids(keys, originator);
    c.built_rows(&sql, b.params, |r| r.text(0)).await
}

pub async fn insert_release_request(
    c: &mut impl Conn,
    r: &NewReleaseRequest,
) -> Result<ReleaseRequest> {
    let sql = format!(
        "INSERT INTO release_requests (created_at, requester_member, requester_user, originator_member, target_member, object_id, value, reason, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') RETURNING {RELEASE_REQUEST_COLS}"
    );
    c.one(
        &sql,
        params![
            r.created_at,
            r.requester_member.0,
            r.requester_user.0,
            r.originator.0,
            r.target.0,
            &r.object_id,
            &r.value,
            &r.reason
        ],
        rows::release_request,
    )
    .await
}

pub async fn release_request(c: &mut impl Conn, id: i64) -> Result<Option<ReleaseRequest>> {
    let sql = format!("SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE id = $1");
    c.row(&sql, params![id], rows::release_request).await
}

pub async fn release_requests(c: &mut impl Conn, member: MemberId) -> Result<Vec<ReleaseRequest>> {
    let sql = format!(
        "SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE requester_member = $1 OR originator_member = $1 ORDER BY id DESC"
    );
    c.rows(&sql, params![member.0], rows::release_request).await
}

/// Records the decision and, for an approval, releases the named objects to the target, in
/// the caller's transaction. A request decided meanwhile (perhaps on another node) is a
/// conflict, and the transaction with its releases is rolled back.
pub async fn decide_release_request(c: &mut impl Conn, d: &ReleaseDecision) -> Result<u64> {
    let released = if d.release.is_empty() {
        0
    } else {
        let mut b = Builder::new(c.dialect());
        let sql = b.release_to(&d.release, d.originator, d.target);
        c.execute(&sql, b.params).await?;
        let mut b = Builder::new(c.dialect());
        let sql = b.count_releasable(&d.release, d.originator);
        c.built_rows(&sql, b.params, |r| r.int(0))
            .await?
            .into_iter()
            .next()
            .unwrap_or(0)
    };
    let n = c
        .execute(
            "UPDATE release_requests SET status = $1, decided_at = $2, decided_by = $3, answer = $4, released = $5 WHERE id = $6 AND status = 'pending'",
            params![d.status.as_str(), d.at, d.by.0, &d.answer, released, d.request],
        )
        .await?;
    if n == 0 {
        return Err(Error::Conflict("this request was decided already".into()));
    }
    Ok(u64::try_from(released).unwrap_or(0))
}

pub async fn last_notification_id(c: &mut impl Conn) -> Result<i64> {
    c.int(
        "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM notifications",
        params![],
    )
    .await
}

/// Stores notifications. On PostgreSQL the commit also wakes every node's subscribers; the
/// SQLite writer wakes them itself.
pub async fn notify(c: &mut impl Conn, n: &[NewNotification]) -> Result<()> {
    for x in n {
        c.execute(
            "INSERT INTO notifications (member_id, at, kind, payload) VALUES ($1, $2, $3, $4)",
            params![x.member.0, x.at, &x.kind, &x.payload],
        )
        .await?;
    }
    if c.dialect() == Dialect::Postgres && !n.is_empty() {
        c.execute("SELECT pg_notify($1, '')", params![WRITES_CHANNEL])
            .await?;
    }
    Ok(())
}

pub async fn notifications(
    c: &mut impl Conn,
    member: MemberId,
    after: i64,
    limit: usize,
    kinds: &[String],
) -> Result<Vec<Notification>> {
    let mut params = params![member.0, after];
    let kinds = if kinds.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = kinds
            .iter()
            .map(|k| {
                params.push(Param::Text(k.clone()));
                format!("${}", params.len())
            })
            .collect();
        format!(" AND kind IN ({})", list.join(", "))
    };
    // The limit is written in (see `Builder::limit`): a bound one recompiled SQLite's statement
    // on every run.
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let sql = format!(
        "SELECT {NOTIFICATION_COLS} FROM notifications WHERE member_id = $1 AND id > $2{kinds} ORDER BY id LIMIT {limit}"
    );
    c.rows(&sql, params, rows::notification).await
}

/// A member's newest notifications, newest first: what its people are shown in the pages.
pub async fn newest_notifications(
    c: &mut impl Conn,
    member: MemberId,
    limit: usize,
) -> Result<Vec<Notification>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let sql = format!(
        "SELECT {NOTIFICATION_COLS} FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT {limit}"
    );
    c.rows(&sql, params![member.0], rows::notification).await
}
