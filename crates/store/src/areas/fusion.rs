//! Fusion: correlations through shared keys, noisy and excluded keys, tracked groups' statuses
//! and recorded outcomes.

use domain::correlation::{Correlation, KeyCount};
use domain::store::Visibility;
use domain::tracked::{GroupStatus, NewGroupStatus, NewOutcome, Outcome};
use domain::{CollectionId, Error, Result};

use crate::exec::Conn;
use crate::exec::params;
use crate::rows;
use crate::sql::{Builder, GROUP_STATUS_COLS, OUTCOME_COLS};

/// `None` when the reader sees no version of `stix_id` in the collections it reads.
pub async fn correlations(
    c: &mut impl Conn,
    stix_id: &str,
    collections: &[CollectionId],
    vis: &Visibility,
    noisy_limit: i64,
) -> Result<Option<Vec<Correlation>>> {
    if collections.is_empty() {
        return Ok(None);
    }
    let mut b = Builder::new(c.dialect());
    let sql = b.sees(stix_id, collections, vis);
    // Both statements look up one object and its keys: one good plan whatever the values, so
    // PostgreSQL keeps them rather than planning each run (0.8 ms of planning for 0.04 ms of
    // work on an object page).
    let seen = c.rows(&sql, b.params, |r| r.int(0)).await?;
    if seen.into_iter().next().unwrap_or(0) == 0 {
        return Ok(None);
    }
    let mut b = Builder::new(c.dialect());
    let sql = b.correlations(stix_id, collections, vis, noisy_limit);
    c.rows(&sql, b.params, |r| {
        Ok(Correlation {
            key: r.text(0)?,
            stix_id: r.text(1)?,
            object_type: r.text(2)?,
        })
    })
    .await
    .map(Some)
}

pub async fn noisy_keys(c: &mut impl Conn, noisy_limit: i64) -> Result<Vec<KeyCount>> {
    let mut b = Builder::new(c.dialect());
    let sql = b.noisy_keys(noisy_limit);
    c.built_rows(&sql, b.params, rows::key_count).await
}

pub async fn set_key_excluded(
    c: &mut impl Conn,
    key: &str,
    excluded: bool,
    at: i64,
    actor: &str,
) -> Result<()> {
    if excluded {
        c.execute(
            "INSERT INTO key_exclusions (key, at, actor) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
            params![key, at, actor],
        )
        .await?;
    } else {
        c.execute("DELETE FROM key_exclusions WHERE key = $1", params![key])
            .await?;
    }
    Ok(())
}

pub async fn insert_outcome(c: &mut impl Conn, o: &NewOutcome) -> Result<Outcome> {
    let objects = serde_json::to_string(&o.objects)
        .map_err(|e| Error::store_cause("an outcome's objects could not be encoded", e))?;
    let sql = format!(
        "INSERT INTO outcomes (kind, description, occurred_at, recorded_at, member_id, user_id, objects) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {OUTCOME_COLS}"
    );
    c.one(
        &sql,
        params![
            o.kind.as_str(),
            &o.description,
            o.occurred_at,
            o.recorded_at,
            o.member.0,
            o.user.0,
            objects
        ],
        rows::outcome,
    )
    .await
}

pub async fn outcomes(c: &mut impl Conn) -> Result<Vec<Outcome>> {
    let sql = format!("SELECT {OUTCOME_COLS} FROM outcomes ORDER BY occurred_at, id");
    c.rows(&sql, params![], rows::outcome).await
}

/// The outcomes that name `stix_id` among their objects.
pub async fn outcomes_naming(c: &mut impl Conn, stix_id: &str) -> Result<Vec<Outcome>> {
    // The objects are a JSON list of ids, which have no LIKE wildcard but `_` (matching any
    // one character): the rows are checked exactly once decoded.
    let sql = format!(
        "SELECT {OUTCOME_COLS} FROM outcomes WHERE objects LIKE $1 ORDER BY occurred_at, id"
    );
    let mut out = c
        .rows(&sql, params![format!("%\"{stix_id}\"%")], rows::outcome)
        .await?;
    out.retain(|o| o.objects.iter().any(|x| x == stix_id));
    Ok(out)
}

pub async fn insert_group_status(c: &mut impl Conn, s: &NewGroupStatus) -> Result<GroupStatus> {
    let sql = format!(
        "INSERT INTO group_statuses (stix_id, state, at, member_id, note) VALUES ($1, $2, $3, $4, $5) RETURNING {GROUP_STATUS_COLS}"
    );
    c.one(
        &sql,
        params![&s.stix_id, s.state.as_str(), s.at, s.member.0, &s.note],
        rows::group_status,
    )
    .await
}

pub async fn group_statuses(c: &mut impl Conn, stix_id: &str) -> Result<Vec<GroupStatus>> {
    let sql =
        format!("SELECT {GROUP_STATUS_COLS} FROM group_statuses WHERE stix_id = $1 ORDER BY id");
    c.rows(&sql, params![stix_id], rows::group_status).await
}
