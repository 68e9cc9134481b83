//! Reading and deleting intelligence: pages, facets, releasabilities, submission statuses.
//! Writing it stays with each driver (SQLite's group commit, PostgreSQL's `UNNEST`).

use domain::store::{
    Deletion, Dossier, Found, ObjectQuery, Page, Status, StatusDetail, StoredObject, VersionFilter,
    VersionRelease, Visibility,
};
use domain::{CollectionId, MemberId, Result, UserId};
use stix::SpecVersion;
use uuid::Uuid;

use crate::exec::params;
use crate::exec::{Conn, Dialect};
use crate::rows::Row;
use crate::sql::{Builder, RELEASE_TABLES, ReleaseRow, TextPlan, assemble_releases};

fn stored(r: &dyn Row) -> Result<StoredObject> {
    Ok(StoredObject {
        stix_id: r.text(0)?,
        object_type: r.text(1)?,
        version: r.text(2)?,
        spec_version: r.parsed(3, "STIX spec version", SpecVersion::parse)?,
        date_added: r.int(4)?,
        originator: MemberId(r.int(5)?),
        tlp: r.tlp(6)?,
        body: r.opt_text(7)?,
    })
}

/// How many other objects one page puts names to; a report naming more shows the rest as ids.
const NAMED_AT_MOST: usize = 2_000;

/// Everything an object's page shows, on one connection: its versions, their releasability,
/// correlations, sightings and outcomes.
pub async fn dossier(
    c: &mut impl Conn,
    stix_id: &str,
    collections: &[CollectionId],
    vis: &Visibility,
) -> Result<Dossier> {
    let query = |ids: Vec<String>, referencing: Option<String>, versions, types| ObjectQuery {
        collections: collections.to_vec(),
        ids,
        referencing,
        types,
        versions,
        spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
        limit: 1_000,
        with_body: true,
        ..ObjectQuery::default()
    };
    let ids = vec![stix_id.to_string()];
    let versions = page(
        c,
        &query(ids.clone(), None, VersionFilter::all(), vec![]),
        vis,
    )
    .await?
    .objects;
    if versions.is_empty() {
        return Ok(Dossier::default());
    }
    let releases = releasabilities(c, &ids, vis).await?;
    let setting = super::accounts::setting(c, domain::correlation::NOISY_LIMIT_SETTING).await?;
    let limit = domain::correlation::noisy_limit(setting.as_deref());
    let correlations = super::fusion::correlations(c, stix_id, collections, vis, limit)
        .await?
        .unwrap_or_default();
    let (sightings, referring): (Vec<_>, Vec<_>) = page(
        c,
        &query(
            vec![],
            Some(stix_id.to_string()),
            VersionFilter::last(),
            vec![],
        ),
        vis,
    )
    .await?
    .objects
    .into_iter()
    .partition(|o| o.object_type == "sighting");
    let outcomes = super::fusion::outcomes_naming(c, stix_id).await?;
    // The names the page shows for ids, read on the same connection and by the same rule.
    let mut named: Vec<String> = versions
        .last()
        .into_iter()
        .chain(&referring)
        .chain(&sightings)
        .flat_map(domain::browse::named_by)
        .chain(correlations.iter().map(|x| x.stix_id.clone()))
        .filter(|i| i != stix_id)
        .collect();
    named.sort_unstable();
    named.dedup();
    named.truncate(NAMED_AT_MOST);
    let neighbours = if named.is_empty() {
        vec![]
    } else {
        let mut q = query(named, None, VersionFilter::last(), vec![]);
        q.limit = NAMED_AT_MOST;
        page(c, &q, vis).await?.objects
    };
    Ok(Dossier {
        versions,
        releases,
        correlations,
        sightings,
        outcomes,
        referring,
        neighbours,
    })
}

/// One page of what `q` matches within `vis`.
pub async fn page(c: &mut impl Conn, q: &ObjectQuery, vis: &Visibility) -> Result<Page> {
    // With ids, SQLite looks them up by id; otherwise it would walk the date index for the
    // ORDER BY.
    let hint = match c.dialect() {
        Dialect::Sqlite if !q.ids.is_empty() => "INDEXED BY objects_by_id",
        _ => "",
    };
    let mut b = Builder::new(c.dialect());
    let sql = b.object_page(q, vis, hint);
    // A lookup by id, or of what refers to one object, has one good plan whatever the id:
    // PostgreSQL may keep it, and planning it again on every run took 0.8 of its 0.9 ms.
    let lookup = !q.ids.is_empty() || (q.referencing.is_some() && q.text.is_none());
    let mut objects = if !lookup {
        c.built_rows(&sql, b.params, stored).await?
    } else {
        c.rows(&sql, b.params, stored).await?
    };
    let limit = q.limit.max(1);
    let more = objects.len() > limit;
    objects.truncate(limit);
    Ok(Page { objects, more })
}

/// A search: the words decide how rows are matched (see [`TextPlan`]). On SQLite the index is
/// first asked how many rows carry them, counting no further than the facets would; PostgreSQL's
/// planner reads the same from its statistics, as the statements are planned for their values.
pub async fn search(
    c: &mut impl Conn,
    q: &ObjectQuery,
    vis: &Visibility,
    facet_limit: usize,
) -> Result<Found> {
    let text = q.text.as_deref().unwrap_or_default();
    let cap = facet_limit.saturating_add(1);
    let indexed = index_matches(c, text, cap).await?;
    let common = indexed.is_some_and(|n| n > facet_limit as u64);
    let mut b = Builder::new(c.dialect());
    b.text_plan = if common {
        TextPlan::PerRow
    } else {
        TextPlan::Set
    };
    // Walked by the table itself, newest first: an index on the collection would make SQLite
    // gather every row of it and sort them.
    let hint = match c.dialect() {
        Dialect::Sqlite if common => "NOT INDEXED",
        _ => "",
    };
    let sql = b.object_page(q, vis, hint);
    let mut objects = c.built_rows(&sql, b.params, stored).await?;
    let limit = q.limit.max(1);
    let more = objects.len() > limit;
    objects.truncate(limit);

    let whole = ObjectQuery {
        added_after: None,
        added_before: None,
        ..q.clone()
    };
    // The facets count the newest `cap` matches the reader sees, and what the reader does not
    // see never shows in them: not in a count, nor in whether the count is complete. For a
    // common word SQLite counts within a window of the index's newest matches, widened until
    // it holds `cap` visible ones or every match.
    // The window, and how many matches the index holds counted up to it.
    let mut window = common.then(|| (cap, indexed.unwrap_or(0)));
    let facets = loop {
        let mut b = Builder::new(c.dialect());
        b.text_plan = window.map_or(TextPlan::Set, |(w, _)| TextPlan::Newest(w));
        let sql = b.facets(&whole, vis, cap);
        let rows = c
            .built_rows(&sql, b.params, |r| Ok((r.text(0)?, r.text(1)?, r.int(2)?)))
            .await?;
        let facets = crate::sql::facets(rows, facet_limit);
        match window {
            Some((w, in_index)) if facets.complete && in_index >= w as u64 => {
                let wider = w.saturating_mul(8);
                window = Some((wider, index_matches(c, text, wider).await?.unwrap_or(0)));
            }
            _ => break facets,
        }
    };
    Ok(Found {
        page: Page { objects, more },
        facets,
    })
}

/// SQLite: how many rows the full-text index matches for `text`, counted up to `cap`. `None`
/// on PostgreSQL, whose planner reads how common a word is from its statistics.
async fn index_matches(c: &mut impl Conn, text: &str, cap: usize) -> Result<Option<u64>> {
    let mut b = Builder::new(c.dialect());
    let Some(sql) = b.text_probe(text, cap) else {
        return Ok(None);
    };
    let n = c.built_rows(&sql, b.params, |r| r.count(0)).await?;
    Ok(Some(n.into_iter().next().unwrap_or(0)))
}

/// The releasability of every version of these ids that the reader sees, in any collection.
pub async fn releasabilities(
    c: &mut impl Conn,
    ids: &[String],
    vis: &Visibility,
) -> Result<Vec<VersionRelease>> {
    // A statement takes at most 32,766 parameters on SQLite (65,535 on PostgreSQL), and one
    // object may refer to tens of thousands (ATT&CK's collection object lists every object):
    // ids and rows go in chunks, each list of rows bound three times by `release_lists`.
    const IDS: usize = 5_000;
    const ROWS: usize = 8_000;
    let mut rows = Vec::new();
    for chunk in ids.chunks(IDS) {
        let mut b = Builder::new(c.dialect());
        let sql = b.releasability_rows(chunk, vis);
        // Lookups by id and by row: one good plan whatever the values, kept (see `page`).
        rows.extend(
            c.rows(&sql, b.params, |r| {
                Ok(ReleaseRow {
                    seq: r.int(0)?,
                    stix_id: r.text(1)?,
                    version_key: r.text(2)?,
                    originator: r.int(3)?,
                    tlp: r.int(4)?,
                    orcon: r.flag(5)?,
                    evaluation: r.opt_text(6)?,
                })
            })
            .await?,
        );
    }
    let seqs: Vec<i64> = rows.iter().map(|r| r.seq).collect();
    let mut lists = Vec::new();
    for chunk in seqs.chunks(ROWS) {
        let mut b = Builder::new(c.dialect());
        let sql = b.release_lists(chunk);
        lists.extend(
            c.rows(&sql, b.params, |r| Ok((r.int(0)?, r.text(1)?, r.int(2)?)))
                .await?,
        );
    }
    Ok(assemble_releases(rows, &lists))
}

/// Deletes the matching versions the reader sees and `owner` originated, in the caller's
/// transaction.
pub async fn delete_objects(
    c: &mut impl Conn,
    q: &ObjectQuery,
    vis: &Visibility,
    owner: MemberId,
) -> Result<Deletion> {
    let mut b = Builder::new(c.dialect());
    let filter = b.object_filter(q, vis);
    let sql = format!("SELECT o.seq, o.originator FROM objects o WHERE {filter}");
    let matched = c
        .built_rows(&sql, b.params, |r| Ok((r.int(0)?, r.int(1)?)))
        .await?;
    let owned: Vec<i64> = matched
        .iter()
        .filter(|(_, originator)| *originator == owner.0)
        .map(|(seq, _)| *seq)
        .collect();
    for seq in &owned {
        if c.dialect() == Dialect::Sqlite {
            // The search index forgets the text it was given for this row.
            c.execute(
                "INSERT INTO object_text (object_text, rowid, search_text) SELECT 'delete', seq, search_text FROM objects WHERE seq = $1 AND search_text <> ''",
                params![*seq],
            )
            .await?;
        }
        for t in RELEASE_TABLES {
            c.execute(&format!("DELETE FROM {t} WHERE seq = $1"), params![*seq])
                .await?;
        }
    }
    Ok(Deletion {
        matched: matched.len() as u64,
        deleted: owned.len() as u64,
    })
}

pub async fn bodies_after(c: &mut impl Conn, seq: i64, limit: usize) -> Result<Vec<(i64, String)>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    c.rows(
        "SELECT seq, body FROM objects WHERE seq > $1 ORDER BY seq LIMIT $2",
        params![seq, limit],
        |r| Ok((r.int(0)?, r.text(1)?)),
    )
    .await
}

pub async fn set_search_texts(c: &mut impl Conn, texts: &[(i64, String)]) -> Result<()> {
    for (seq, text) in texts {
        if c.dialect() == Dialect::Sqlite {
            // The index is told the text it had, to forget it, and then the new one.
            c.execute(
                "INSERT INTO object_text (object_text, rowid, search_text) SELECT 'delete', seq, search_text FROM objects WHERE seq = $1 AND search_text <> ''",
                params![*seq],
            )
            .await?;
        }
        c.execute(
            "UPDATE objects SET search_text = $1 WHERE seq = $2",
            params![text, *seq],
        )
        .await?;
        if c.dialect() == Dialect::Sqlite && !text.is_empty() {
            c.execute(
                "INSERT INTO object_text (rowid, search_text) VALUES ($1, $2)",
                params![*seq, text],
            )
            .await?;
        }
    }
    Ok(())
}

pub async fn add_keys(c: &mut impl Conn, keys: &[(i64, Vec<String>)]) -> Result<()> {
    let insert = match c.dialect() {
        Dialect::Sqlite => "INSERT OR IGNORE INTO object_keys (key, seq) VALUES ($1, $2)",
        Dialect::Postgres => {
            "INSERT INTO object_keys (key, seq) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        }
    };
    for (seq, list) in keys {
        for key in list {
            // Counted only when new, so a batch done twice counts once.
            if c.execute(insert, params![key.clone(), *seq]).await? == 1 {
                c.execute(
                    "INSERT INTO key_counts (key, objects) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET objects = key_counts.objects + 1",
                    params![key.clone()],
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// A status, only if `member` made the submission.
pub async fn status(c: &mut impl Conn, id: Uuid, member: MemberId) -> Result<Option<Status>> {
    c.row(
        "SELECT s.id, c.id, s.member_id, s.user_id, s.request_timestamp, s.total_count, s.success_count, s.failure_count, s.pending_count, s.successes, s.failures, s.pendings
         FROM statuses s JOIN collections c ON c.cid = s.cid WHERE s.id = $1 AND s.member_id = $2",
        params![id.to_string(), member.0],
        |r| {
            Ok(Status {
                id: r.uuid(0)?,
                collection: CollectionId(r.uuid(1)?),
                member: MemberId(r.int(2)?),
                user: UserId(r.int(3)?),
                request_timestamp: r.int(4)?,
                total_count: r.count(5)?,
                success_count: r.count(6)?,
                failure_count: r.count(7)?,
                pending_count: r.count(8)?,
                successes: r.json::<Vec<StatusDetail>>(9)?,
                failures: r.json::<Vec<StatusDetail>>(10)?,
                pendings: r.json::<Vec<StatusDetail>>(11)?,
            })
        },
    )
    .await
}

pub async fn count_objects(c: &mut impl Conn) -> Result<u64> {
    c.one("SELECT COUNT(*) FROM objects", params![], |r| r.count(0))
        .await
}

/// The newest `date_added` given out so far (0 for an empty center). PostgreSQL keeps it on
/// the center row, which its writers lock; SQLite's one writer reads it from the objects.
pub async fn last_date_added(c: &mut impl Conn) -> Result<i64> {
    let sql = match c.dialect() {
        Dialect::Postgres => {
            "SELECT COALESCE((SELECT last_date_added FROM center WHERE id = 1), 0)"
        }
        Dialect::Sqlite => "SELECT COALESCE(MAX(date_added), 0) FROM objects",
    };
    c.int(sql, params![]).await
}
