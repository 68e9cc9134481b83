//! A fresh center for the in-process benchmarks: on SQLite in a temporary directory, or on a
//! new PostgreSQL database of the local server, which is dropped with the `Fresh` that holds it.

use std::sync::Arc;

use anyhow::Result;
use domain::{Center, SystemClock};

/// The center, and what must live as long as it (its directory or database).
pub struct Fresh {
    pub center: Center,
    /// "SQLite" or "PostgreSQL", as the figures are printed.
    pub backend: &'static str,
    _dir: tempfile::TempDir,
    _db: Option<store::testdb::TestDatabase>,
}

pub async fn center(postgres: bool) -> Result<Fresh> {
    let dir = tempfile::tempdir()?;
    let db = if postgres {
        Some(
            store::testdb::TestDatabase::create()
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?,
        )
    } else {
        None
    };
    let store: Arc<dyn domain::Store> = match &db {
        Some(db) => Arc::new(store::PgStore::connect(&db.url).await?),
        None => Arc::new(store::SqliteStore::open(
            &dir.path().join("liaison.db"),
            Arc::new(SystemClock),
        )?),
    };
    Center::initialize(
        store.clone(),
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
        "bench",
    )
    .await?;
    let center = Center::open(
        store,
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
    )
    .await?;
    Ok(Fresh {
        center,
        backend: if db.is_some() { "PostgreSQL" } else { "SQLite" },
        _dir: dir,
        _db: db,
    })
}
