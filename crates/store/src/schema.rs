//! Which migrations a store still lacks: what `liaison migrate --dry-run` lists before an
//! upgrade runs them (they run on start, or by `liaison migrate`).

use std::path::Path;

use domain::{Error, Result};

/// The migrations a SQLite file has not had, by name, in the order they would run.
pub fn pending_sqlite(db: &Path) -> Result<Vec<String>> {
    let at = crate::backup::sqlite_schema(db)?;
    crate::sqlite::refuse_newer(db, at)?;
    Ok(crate::sqlite::MIGRATIONS
        .iter()
        .skip(usize::try_from(at).unwrap_or(0))
        .map(|(name, _)| (*name).to_string())
        .collect())
}

/// The migrations a PostgreSQL database has not had, by version and name.
pub async fn pending_postgres(url: &str) -> Result<Vec<String>> {
    let (at, known) = crate::backup::postgres_schema(url).await?;
    if at > known {
        return Err(Error::invalid(format!(
            "this database was migrated by a newer Liaison (schema {at}; this binary knows up to {known})"
        )));
    }
    Ok(crate::postgres::MIGRATOR
        .iter()
        .filter(|m| m.version > at)
        .map(|m| format!("{:04}_{}", m.version, m.description.replace(' ', "_")))
        .collect())
}
