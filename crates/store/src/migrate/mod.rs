//! Moving a center from its SQLite file to PostgreSQL, with nothing lost.
//!
//! Every table is copied row by row, keys included, from one consistent SQLite snapshot into one
//! PostgreSQL transaction. Afterwards both sides are read again in key order and each table's
//! row count and SHA-256 checksum (over a canonical encoding of every row) must match.

use std::path::Path;

use futures_util::TryStreamExt;
use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};
use sqlx::postgres::PgRow;
use sqlx::{Postgres, Row};
use tokio::sync::mpsc;

use crate::PgStore;

mod tables;

use tables::Col::*;
use tables::{Col, SEQUENCES, TABLES, Table};

/// One value, as copied and checksummed.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Int(Option<i64>),
    Text(Option<String>),
    Blob(Vec<u8>),
}

fn feed(h: &mut Sha256, row: &[Val]) {
    for v in row {
        match v {
            Val::Int(None) | Val::Text(None) => h.update([0u8]),
            Val::Int(Some(i)) => {
                h.update([1u8]);
                h.update(i.to_le_bytes());
            }
            Val::Text(Some(t)) => {
                h.update([2u8]);
                h.update((t.len() as u64).to_le_bytes());
                h.update(t.as_bytes());
            }
            Val::Blob(b) => {
                h.update([3u8]);
                h.update((b.len() as u64).to_le_bytes());
                h.update(b);
            }
        }
    }
}

/// What the migration found on each side, table by table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableReport {
    pub table: &'static str,
    pub source_rows: u64,
    pub target_rows: u64,
    pub source_sha256: String,
    pub target_sha256: String,
}

impl TableReport {
    pub fn matches(&self) -> bool {
        self.source_rows == self.target_rows && self.source_sha256 == self.target_sha256
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("cannot read the SQLite center {0}: {1}")]
    Source(String, String),
    #[error("the target database already holds a center; migrate into an empty database")]
    TargetNotEmpty,
    #[error("PostgreSQL: {0}")]
    Target(String),
    #[error("verification failed for table {0}: the copy does not match the source")]
    Mismatch(&'static str),
}

fn src_err(path: &Path) -> impl Fn(rusqlite::Error) -> MigrateError + '_ {
    move |e| MigrateError::Source(path.display().to_string(), e.to_string())
}

fn pg_err(e: impl std::fmt::Display) -> MigrateError {
    MigrateError::Target(e.to_string())
}

/// Rows read from SQLite travel to the PostgreSQL writer in batches of this size.
const BATCH: usize = 2_000;

enum Msg {
    Table(usize, u64),
    Rows(usize, Vec<Vec<Val>>),
    Done(usize, String),
}

/// Reads every table in key order from one snapshot, sending batches and each table's checksum.
fn read_source(path: &Path, tx: mpsc::Sender<Msg>) -> Result<(), MigrateError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(src_err(path))?;
    // One read transaction: a consistent snapshot of every table.
    conn.execute_batch("BEGIN").map_err(src_err(path))?;
    for (i, t) in TABLES.iter().enumerate() {
        let total: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {}", t.name), [], |r| {
                r.get(0)
            })
            .map_err(src_err(path))?;
        if tx.blocking_send(Msg::Table(i, total as u64)).is_err() {
            return Ok(());
        }
        let cols = t.cols.iter().map(|c| c.0).collect::<Vec<_>>().join(", ");
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {cols} FROM {} ORDER BY {}",
                t.name, t.order_by
            ))
            .map_err(src_err(path))?;
        let mut rows = stmt.query([]).map_err(src_err(path))?;
        let mut hash = Sha256::new();
        let mut batch = Vec::with_capacity(BATCH);
        while let Some(r) = rows.next().map_err(src_err(path))? {
            let mut row = Vec::with_capacity(t.cols.len());
            for (k, (_, c)) in t.cols.iter().enumerate() {
                row.push(match c {
                    Int | Bool => Val::Int(Some(r.get(k).map_err(src_err(path))?)),
                    OptInt => Val::Int(r.get(k).map_err(src_err(path))?),
                    Text => Val::Text(Some(r.get(k).map_err(src_err(path))?)),
                    OptText => Val::Text(r.get(k).map_err(src_err(path))?),
                    Blob => Val::Blob(r.get(k).map_err(src_err(path))?),
                });
            }
            feed(&mut hash, &row);
            batch.push(row);
            if batch.len() == BATCH
                && tx
                    .blocking_send(Msg::Rows(i, std::mem::take(&mut batch)))
                    .is_err()
            {
                return Ok(());
            }
        }
        if !batch.is_empty() && tx.blocking_send(Msg::Rows(i, batch)).is_err() {
            return Ok(());
        }
        if tx
            .blocking_send(Msg::Done(i, domain::audit::hex(&hash.finalize())))
            .is_err()
        {
            return Ok(());
        }
    }
    Ok(())
}

fn pg_type(c: Col) -> &'static str {
    match c {
        Int | OptInt => "bigint",
        Text | OptText => "text",
        Blob => "bytea",
        Bool => "boolean",
    }
}

async fn insert_rows(
    tx: &mut sqlx::Transaction<'_, Postgres>,
    t: &Table,
    rows: Vec<Vec<Val>>,
) -> Result<(), MigrateError> {
    let cols = t.cols.iter().map(|c| c.0).collect::<Vec<_>>().join(", ");
    let unnest = t
        .cols
        .iter()
        .enumerate()
        .map(|(k, (_, c))| format!("${}::{}[]", k + 1, pg_type(*c)))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO {} ({cols}) SELECT * FROM UNNEST({unnest})",
        t.name
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (k, (_, c)) in t.cols.iter().enumerate() {
        let column = rows.iter().map(|r| r.get(k).cloned());
        q = match c {
            Int | OptInt => q.bind(
                column
                    .map(|v| match v {
                        Some(Val::Int(i)) => i,
                        _ => None,
                    })
                    .collect::<Vec<Option<i64>>>(),
            ),
            Bool => q.bind(
                column
                    .map(|v| matches!(v, Some(Val::Int(Some(i))) if i != 0))
                    .collect::<Vec<bool>>(),
            ),
            Text | OptText => q.bind(
                column
                    .map(|v| match v {
                        Some(Val::Text(t)) => t,
                        _ => None,
                    })
                    .collect::<Vec<Option<String>>>(),
            ),
            Blob => q.bind(
                column
                    .map(|v| match v {
                        Some(Val::Blob(b)) => b,
                        _ => Vec::new(),
                    })
                    .collect::<Vec<Vec<u8>>>(),
            ),
        };
    }
    q.execute(&mut **tx).await.map_err(pg_err)?;
    Ok(())
}

fn pg_row(t: &Table, r: &PgRow) -> Result<Vec<Val>, MigrateError> {
    t.cols
        .iter()
        .enumerate()
        .map(|(k, (_, c))| {
            Ok(match c {
                Int | OptInt => Val::Int(r.try_get::<Option<i64>, _>(k).map_err(pg_err)?),
                Bool => Val::Int(Some(i64::from(r.try_get::<bool, _>(k).map_err(pg_err)?))),
                Text | OptText => Val::Text(r.try_get::<Option<String>, _>(k).map_err(pg_err)?),
                Blob => Val::Blob(r.try_get::<Vec<u8>, _>(k).map_err(pg_err)?),
            })
        })
        .collect()
}

/// Copies the SQLite center at `source` (the database file, or the data directory holding
/// `liaison.db`) into the empty PostgreSQL database `target`, then verifies it.
/// `progress(table, rows_done, rows_total)` is called as rows are copied.
pub async fn sqlite_to_postgres(
    source: &Path,
    target: &PgStore,
    progress: &mut (dyn FnMut(&str, u64, u64) + Send),
) -> Result<Vec<TableReport>, MigrateError> {
    let path = if source.is_dir() {
        source.join("liaison.db")
    } else {
        source.to_path_buf()
    };
    if !path.is_file() {
        return Err(MigrateError::Source(
            path.display().to_string(),
            "no such file".into(),
        ));
    }
    let pool = target.pool();
    let centers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM center")
        .fetch_one(pool)
        .await
        .map_err(pg_err)?;
    if centers > 0 {
        return Err(MigrateError::TargetNotEmpty);
    }
    let (tx_rows, mut rx) = mpsc::channel(4);
    let reader = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || read_source(&path, tx_rows))
    };
    let mut tx = pool.begin().await.map_err(pg_err)?;
    let mut totals = vec![0u64; TABLES.len()];
    let mut done = vec![0u64; TABLES.len()];
    let mut source_sums = vec![String::new(); TABLES.len()];
    while let Some(msg) = rx.recv().await {
        match msg {
            Msg::Table(i, total) => {
                if let (Some(t), Some(slot)) = (TABLES.get(i), totals.get_mut(i)) {
                    *slot = total;
                    progress(t.name, 0, total);
                }
            }
            Msg::Rows(i, rows) => {
                let Some(t) = TABLES.get(i) else { continue };
                let n = rows.len() as u64;
                insert_rows(&mut tx, t, rows).await?;
                if let (Some(d), Some(total)) = (done.get_mut(i), totals.get(i)) {
                    *d += n;
                    progress(t.name, *d, *total);
                }
            }
            Msg::Done(i, sum) => {
                if let Some(slot) = source_sums.get_mut(i) {
                    *slot = sum;
                }
            }
        }
    }
    reader
        .await
        .map_err(|e| MigrateError::Source(path.display().to_string(), e.to_string()))??;
    for (table, key) in SEQUENCES {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT setval(pg_get_serial_sequence('{table}', '{key}'), COALESCE((SELECT MAX({key}) FROM {table}), 0) + 1, false)"
        )))
        .execute(&mut *tx)
        .await
        .map_err(pg_err)?;
    }
    sqlx::query(
        "UPDATE center SET last_date_added = (SELECT COALESCE(MAX(date_added), 0) FROM objects)",
    )
    .execute(&mut *tx)
    .await
    .map_err(pg_err)?;
    tx.commit().await.map_err(pg_err)?;
    // Fresh statistics for the planner after the bulk load.
    sqlx::query("ANALYZE").execute(pool).await.map_err(pg_err)?;

    // Read everything back from PostgreSQL and compare.
    let mut reports = Vec::new();
    for (i, t) in TABLES.iter().enumerate() {
        let cols = t.cols.iter().map(|c| c.0).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT {cols} FROM {} ORDER BY {}", t.name, t.order_by);
        let mut hash = Sha256::new();
        let mut n = 0u64;
        let mut stream = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch(pool);
        while let Some(r) = stream.try_next().await.map_err(pg_err)? {
            feed(&mut hash, &pg_row(t, &r)?);
            n += 1;
        }
        let report = TableReport {
            table: t.name,
            source_rows: done.get(i).copied().unwrap_or_default(),
            target_rows: n,
            source_sha256: source_sums.get(i).cloned().unwrap_or_default(),
            target_sha256: domain::audit::hex(&hash.finalize()),
        };
        if !report.matches() {
            return Err(MigrateError::Mismatch(t.name));
        }
        reports.push(report);
    }
    Ok(reports)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::TABLES;

    /// A table added to the schema but not to `TABLES` would be silently left behind.
    #[test]
    fn every_table_of_the_schema_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("liaison.db");
        let _store = crate::SqliteStore::open(&path, Arc::new(domain::SystemClock)).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut stmt = conn
            // The full-text index (object_text and its shadow tables) is derived from
            // objects.search_text: PostgreSQL derives its own. The access epoch is a signal to
            // this process's caches, not data (PostgreSQL notifies instead).
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'object_text%' AND name <> 'access_epoch' ORDER BY name")
            .unwrap();
        let in_schema: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut migrated: Vec<String> = TABLES.iter().map(|t| t.name.to_string()).collect();
        migrated.sort();
        assert_eq!(in_schema, migrated);
        // And every column of each table.
        for t in TABLES {
            let mut stmt = conn
                .prepare(&format!("PRAGMA table_info({})", t.name))
                .unwrap();
            let mut cols: Vec<String> = stmt
                .query_map([], |r| r.get(1))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            cols.sort();
            let mut listed: Vec<String> = t.cols.iter().map(|c| c.0.to_string()).collect();
            listed.sort();
            assert_eq!(cols, listed, "columns of {}", t.name);
        }
    }
}
