//! What a backup needs of the store: a consistent copy of a live SQLite file, the center's keys
//! taken out of that copy (to be sealed apart) and put back on restore, and the schema a file
//! was written with, so that a backup from a newer Liaison is refused rather than misread.

use std::path::Path;

use domain::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

/// The keys a center keeps in its database: the secret that signs cursors and seals feed
/// credentials and second factors, and the audit checkpoints' signing key (none until the
/// first checkpoint).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CenterKeys {
    pub secret: [u8; 32],
    pub signing_key: Option<[u8; 32]>,
}

impl CenterKeys {
    /// The keys as columns hold them, each 32 bytes.
    fn of(secret: Vec<u8>, signing_key: Option<Vec<u8>>) -> Result<Self> {
        let key = |v: Vec<u8>| -> Result<[u8; 32]> {
            v.try_into()
                .map_err(|_| Error::store("a center key is not 32 bytes long"))
        };
        Ok(Self {
            secret: key(secret)?,
            signing_key: signing_key.map(key).transpose()?,
        })
    }
}

fn failed(what: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> Error {
    let what = what.into();
    move |e| Error::store_cause(what, e)
}

/// Copies the live database `src` into the new file `dest` with SQLite's online backup API.
/// The copy is taken in one step inside one read transaction, so it is the database as one
/// commit left it; in WAL mode writers go on meanwhile (readers never block them).
pub fn snapshot_sqlite(src: &Path, dest: &Path) -> Result<()> {
    let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(failed(format!("cannot open {}", src.display())))?;
    from.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(failed("cannot wait for the database"))?;
    let mut to =
        Connection::open(dest).map_err(failed(format!("cannot create {}", dest.display())))?;
    {
        let backup = rusqlite::backup::Backup::new(&from, &mut to)
            .map_err(failed("cannot start the online backup"))?;
        loop {
            match backup
                .step(-1)
                .map_err(failed("the online backup failed"))?
            {
                rusqlite::backup::StepResult::Done => break,
                // Locked or busy for a moment: try again.
                _ => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
    }
    // One file, nothing beside it: the copy is read back as a plain rollback-journal database.
    to.pragma_update(None, "journal_mode", "DELETE")
        .map_err(failed("cannot settle the copy"))?;
    Ok(())
}

/// Reads the center's keys out of a copy and wipes them from it: with `secure_delete` the
/// pages that held them are overwritten, and the file is compacted, so no byte of a key stays
/// in the copy.
pub fn take_keys(copy: &Path) -> Result<CenterKeys> {
    let c = Connection::open(copy).map_err(failed(format!("cannot open {}", copy.display())))?;
    let keys = read_keys(&c)?;
    c.pragma_update(None, "secure_delete", "ON")
        .map_err(failed("cannot wipe the keys"))?;
    c.execute_batch(
        "UPDATE center SET secret = zeroblob(32) WHERE id = 1; DELETE FROM center_keys; VACUUM;",
    )
    .map_err(failed("cannot wipe the keys from the copy"))?;
    Ok(keys)
}

fn read_keys(c: &Connection) -> Result<CenterKeys> {
    let secret: Vec<u8> = c
        .query_row("SELECT secret FROM center WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(failed("cannot read the center's keys"))?
        .ok_or_else(|| Error::invalid("this database holds no center"))?;
    let signing: Option<Vec<u8>> = c
        .query_row(
            "SELECT signing_key FROM center_keys WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(failed("cannot read the center's keys"))?;
    CenterKeys::of(secret, signing)
}

/// Puts the keys back into a restored SQLite database.
pub fn put_keys(db: &Path, keys: &CenterKeys) -> Result<()> {
    let c = Connection::open(db).map_err(failed(format!("cannot open {}", db.display())))?;
    let tx = c
        .unchecked_transaction()
        .map_err(failed("cannot put the keys back"))?;
    tx.execute(
        "UPDATE center SET secret = ?1 WHERE id = 1",
        [keys.secret.as_slice()],
    )
    .map_err(failed("cannot put the center secret back"))?;
    if let Some(k) = keys.signing_key {
        tx.execute(
            "INSERT INTO center_keys (id, signing_key) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET signing_key = excluded.signing_key",
            [k.as_slice()],
        )
        .map_err(failed("cannot put the signing key back"))?;
    }
    tx.commit().map_err(failed("cannot put the keys back"))
}

/// SQLite's own check of every page and index of a file.
pub fn check_integrity(db: &Path) -> Result<()> {
    let c = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(failed(format!("cannot open {}", db.display())))?;
    let said: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| Error::invalid(format!("the database is damaged: {e}")))?;
    if said == "ok" {
        Ok(())
    } else {
        Err(Error::invalid(format!("the database is damaged: {said}")))
    }
}

/// The schema a SQLite file was last migrated to (its count of migrations).
pub fn sqlite_schema(db: &Path) -> Result<i64> {
    let c = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(failed(format!("cannot open {}", db.display())))?;
    c.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| Error::invalid(format!("{} is not a SQLite database: {e}", db.display())))
}

/// The newest schema this binary knows, on SQLite.
pub fn sqlite_schema_latest() -> i64 {
    crate::sqlite::SCHEMA_LATEST
}

/// The center's keys as a PostgreSQL database holds them.
pub async fn postgres_keys(url: &str) -> Result<CenterKeys> {
    let pool = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
    let secret: Vec<u8> = sqlx::query_scalar("SELECT secret FROM center WHERE id = 1")
        .fetch_optional(&pool)
        .await
        .map_err(|e| Error::store_cause("cannot read the center's keys", e))?
        .ok_or_else(|| Error::invalid("this database holds no center"))?;
    let signing: Option<Vec<u8>> =
        sqlx::query_scalar("SELECT signing_key FROM center_keys WHERE id = 1")
            .fetch_optional(&pool)
            .await
            .map_err(|e| Error::store_cause("cannot read the center's keys", e))?;
    pool.close().await;
    CenterKeys::of(secret, signing)
}

/// The row of PostgreSQL's `center` table without its secret. `pg_dump` copies tables whole,
/// so the backup leaves that table's data out and seals this row with the keys; the restore
/// writes it back with the secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CenterRow {
    pub name: String,
    pub founded_at: i64,
    pub secretariat: i64,
    pub default_collection: String,
    /// Read after the dump, so at least the newest date the dump holds: dates given out after
    /// the restore stay later than every restored one.
    pub last_date_added: i64,
}

/// The center's row in a PostgreSQL database, as the backup seals it.
pub async fn postgres_center_row(url: &str) -> Result<CenterRow> {
    let pool = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
    let row: Option<(String, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT name, founded_at, secretariat, default_collection, last_date_added FROM center WHERE id = 1",
    )
    .fetch_optional(&pool)
    .await
    .map_err(|e| Error::store_cause("cannot read the center", e))?;
    pool.close().await;
    let (name, founded_at, secretariat, default_collection, last_date_added) =
        row.ok_or_else(|| Error::invalid("this database holds no center"))?;
    Ok(CenterRow {
        name,
        founded_at,
        secretariat,
        default_collection,
        last_date_added,
    })
}

/// Puts the keys back into a restored PostgreSQL database, with the center's row when the
/// backup kept it apart (a backup made before it did holds the row, and only the secret is
/// put back).
pub async fn put_postgres_keys(
    url: &str,
    keys: &CenterKeys,
    row: Option<&CenterRow>,
) -> Result<()> {
    let pool = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
    let mut tx = pool
        .begin()
        .await
        .map_err(|e| Error::store_cause("cannot put the keys back", e))?;
    let put = match row {
        Some(r) => sqlx::query(
            "INSERT INTO center (id, name, founded_at, secretariat, default_collection, secret, last_date_added) VALUES (1, $1, $2, $3, $4, $5, $6)",
        )
        .bind(&r.name)
        .bind(r.founded_at)
        .bind(r.secretariat)
        .bind(&r.default_collection)
        .bind(keys.secret.as_slice())
        .bind(r.last_date_added),
        None => sqlx::query("UPDATE center SET secret = $1 WHERE id = 1").bind(keys.secret.as_slice()),
    }
    .execute(&mut *tx)
    .await
    .map_err(|e| Error::store_cause("cannot put the center secret back", e))?;
    if put.rows_affected() != 1 {
        return Err(Error::invalid(
            "the restored database holds no center row to put the secret in: the backup is not whole",
        ));
    }
    sqlx::query("DELETE FROM center_keys")
        .execute(&mut *tx)
        .await
        .map_err(|e| Error::store_cause("cannot put the signing key back", e))?;
    if let Some(k) = keys.signing_key {
        sqlx::query("INSERT INTO center_keys (id, signing_key) VALUES (1, $1)")
            .bind(k.as_slice())
            .execute(&mut *tx)
            .await
            .map_err(|e| Error::store_cause("cannot put the signing key back", e))?;
    }
    tx.commit()
        .await
        .map_err(|e| Error::store_cause("cannot put the keys back", e))?;
    pool.close().await;
    Ok(())
}

/// Whether a PostgreSQL database is empty enough to restore into: it holds no center.
pub async fn postgres_is_empty(url: &str) -> Result<bool> {
    let pool = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
    let found: Option<String> = sqlx::query_scalar("SELECT to_regclass('center')::text")
        .fetch_one(&pool)
        .await
        .map_err(|e| Error::store_cause("cannot look into the database", e))?;
    pool.close().await;
    Ok(found.is_none())
}

/// The newest schema a PostgreSQL database was migrated to, and the newest this binary knows.
pub async fn postgres_schema(url: &str) -> Result<(i64, i64)> {
    let pool = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
    let at = crate::postgres::applied_schema(&pool).await;
    pool.close().await;
    Ok((at.unwrap_or(0), crate::postgres::schema_latest()))
}

/// The center's name in a SQLite file, read without changing the file.
pub fn sqlite_center_name(db: &Path) -> Result<String> {
    let c = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(failed(format!("cannot open {}", db.display())))?;
    c.query_row("SELECT name FROM center WHERE id = 1", [], |r| r.get(0))
        .map_err(failed("cannot read the center's name"))
}
