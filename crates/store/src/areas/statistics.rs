//! What the statistics count: objects, correlations, the hit log and published reports.

use domain::statistics::{HitLogEntry, NewReport, ObjectCount, PublishedReport};
use domain::store::Visibility;
use domain::{MemberId, Result};

use crate::exec::Conn;
use crate::exec::params;
use crate::rows;
use crate::sql::{Builder, REPORT_COLS};

pub async fn object_counts(
    c: &mut impl Conn,
    from: i64,
    to: i64,
    within: &[Visibility],
) -> Result<Vec<ObjectCount>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.object_counts(from, to, within);
    c.built_rows(&sql, b.params, rows::object_count).await
}

/// Counts for every reader in one pass over the period's objects.
pub async fn object_counts_each(
    c: &mut impl Conn,
    from: i64,
    to: i64,
    within: &[Visibility],
    readers: &[Visibility],
) -> Result<Vec<Vec<ObjectCount>>> {
    if readers.is_empty() {
        return Ok(vec![]);
    }
    let mut b = Builder::new(c.dialect());
    let sql = b.object_counts_each(from, to, within, readers);
    let rows = c
        .built_rows(&sql, b.params, |r| {
            let group = rows::object_count(r)?;
            let counts = (3..r.width())
                .map(|i| r.count(i))
                .collect::<Result<Vec<u64>>>()?;
            Ok((group, counts))
        })
        .await?;
    let mut out = vec![Vec::new(); readers.len()];
    for (group, counts) in rows {
        for (each, n) in out.iter_mut().zip(counts) {
            // A group a reader sees nothing of is absent, as in `object_counts`.
            if n > 0 {
                each.push(ObjectCount {
                    objects: n,
                    ..group.clone()
                });
            }
        }
    }
    Ok(out)
}

pub async fn correlated_counts(
    c: &mut impl Conn,
    from: i64,
    to: i64,
    within: &[Visibility],
    noisy_limit: i64,
) -> Result<Vec<(MemberId, u64)>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.correlated_counts(from, to, within, noisy_limit);
    c.built_rows(&sql, b.params, rows::member_count).await
}

/// Keys by how many of the period's objects carry them (`(key, objects)`), most first.
pub async fn key_prefix_counts(
    c: &mut impl Conn,
    from: i64,
    to: i64,
    within: &[Visibility],
    prefixes: &[String],
    limit: i64,
) -> Result<Vec<(String, u64)>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.key_prefix_counts(from, to, within, prefixes, limit);
    c.built_rows(&sql, b.params, |r| {
        Ok((r.text(0)?, u64::try_from(r.int(1)?).unwrap_or(0)))
    })
    .await
}

pub async fn hit_log(c: &mut impl Conn, from: i64, to: i64) -> Result<Vec<HitLogEntry>> {
    c.rows(
        "SELECT at, member_id, result FROM hit_queries WHERE at >= $1 AND at < $2 ORDER BY id",
        params![from, to],
        rows::hit_log,
    )
    .await
}

pub async fn insert_report(c: &mut impl Conn, r: &NewReport) -> Result<PublishedReport> {
    let sql = format!(
        "INSERT INTO statistics_reports (period_from, period_to, published_at, published_by, title, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {REPORT_COLS}"
    );
    c.one(
        &sql,
        params![
            r.period.from,
            r.period.to,
            r.published_at,
            r.published_by.0,
            &r.title,
            &r.body
        ],
        rows::report,
    )
    .await
}

pub async fn reports(c: &mut impl Conn) -> Result<Vec<PublishedReport>> {
    let sql = format!("SELECT {REPORT_COLS} FROM statistics_reports ORDER BY id");
    c.rows(&sql, params![], rows::report).await
}

pub async fn report(c: &mut impl Conn, id: i64) -> Result<Option<PublishedReport>> {
    let sql = format!("SELECT {REPORT_COLS} FROM statistics_reports WHERE id = $1");
    c.row(&sql, params![id], rows::report).await
}
