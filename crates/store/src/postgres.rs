//! The PostgreSQL backend, for a center that runs several `liaison serve` nodes on one database.
//!
//! Every write locks the center row first: writers are serialised across nodes, `date_added`
//! comes from the database clock and is assigned in commit order, so a reader paging by it never
//! skips a row that commits later. Batches go in with one `UNNEST` insert.

use std::collections::HashMap;
use std::sync::Arc;

use domain::store::*;
use domain::{Error, MemberId, Result};
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};
use sqlx::{Postgres, Row, Transaction};

use crate::areas::{
    accounts, audit, exchange, feeds, fusion, governance, joint, meetings, objects, operations,
    rfis, statistics, webhooks,
};
use crate::exec::{Conn, Decode, Dialect, Param};
use crate::wiring::area_stores;

/// How long a request waits for one of the pool's connections before it is refused as busy.
const ACQUIRE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

fn db_err<E: std::error::Error + Send + Sync + 'static>(e: E) -> Error {
    if let Some(sqlx::Error::PoolTimedOut) = (&e as &dyn std::any::Any).downcast_ref() {
        return Error::Busy(
            "the center is answering as many requests as it can; try again in a moment".into(),
        );
    }
    Error::store_cause("the database failed", e)
}

/// Every migration of the PostgreSQL schema, in order.
pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The newest schema this binary knows on PostgreSQL.
pub(crate) fn schema_latest() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// The newest migration a database has had; `None` for a new database (it has no migrations
/// table yet: the query fails).
pub(crate) async fn applied_schema(pool: &sqlx::PgPool) -> Option<i64> {
    sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations")
        .fetch_optional(pool)
        .await
        .ok()
        .flatten()
}

/// The PostgreSQL store.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
    /// Connections of their own for reads that count or search over many rows, so that they
    /// never hold the connections lookups need (as SQLite's scanner threads).
    scans: PgPool,
    /// Connections of their own for transactions (submissions, forms), which hold one for the
    /// length of a commit: in one pool with the reads, lookups queued behind them.
    writes: PgPool,
    changes: tokio::sync::watch::Receiver<u64>,
    /// Moves with every access change: announced by any node, or made by this one (at once,
    /// before the write is answered, rather than when its own notification comes back).
    access: tokio::sync::watch::Receiver<u64>,
    access_sender: Arc<tokio::sync::watch::Sender<u64>>,
    statistics: Arc<PlannerStatistics>,
}

/// Keeps the planner's statistics and the visibility map in step with what this node writes.
/// The planner picks indexes from the statistics; after a bulk load they describe a far smaller
/// table, and with them a lookup of one key scanned a million rows (125 ms instead of 0.4 ms),
/// search and the object page took 200 and 130 ms instead of 45 and 14. The visibility map lets
/// a statistics count read its index alone (0.74 s instead of 3.4 s at a million objects).
/// Autovacuum would keep both, but it may be off (it is off on the server this was measured on,
/// so nothing had vacuumed or analyzed the tables) and its threshold lags a growing table.
#[derive(Default)]
struct PlannerStatistics {
    /// Objects written by this node since its last VACUUM (ANALYZE).
    written: std::sync::atomic::AtomicU64,
    /// Objects written by this node when its last VACUUM (ANALYZE) ran.
    at_last: std::sync::atomic::AtomicU64,
    running: std::sync::atomic::AtomicBool,
}

/// VACUUM (ANALYZE) once this many objects have been written, then whenever writes double the
/// count; each run skips the pages the last one marked all-visible, so the work stays in step
/// with the writes.
const VACUUM_FIRST: u64 = 10_000;

impl PlannerStatistics {
    /// Counts written objects; true when a VACUUM (ANALYZE) is due and this caller should run it.
    fn due(&self, written: u64) -> bool {
        use std::sync::atomic::Ordering::SeqCst;
        let since = self.written.fetch_add(written, SeqCst) + written;
        since >= self.at_last.load(SeqCst).max(VACUUM_FIRST) && !self.running.swap(true, SeqCst)
    }

    fn done(&self) {
        use std::sync::atomic::Ordering::SeqCst;
        let since = self.written.swap(0, SeqCst);
        self.at_last.fetch_add(since, SeqCst);
        self.running.store(false, SeqCst);
    }
}

/// The channel on which every node announces committed writes.
const CHANNEL: &str = exchange::WRITES_CHANNEL;
/// The channel on which a trigger announces every committed change of who is who (migration
/// 0016).
const ACCESS_CHANNEL: &str = "liaison_access";
/// The channel a quiet listener echoes itself on, to learn that its connection still works.
const HEARTBEAT_CHANNEL: &str = "liaison_heartbeat";
/// How long a listener stays quiet before it asks for an echo, and waits for it.
const HEARTBEAT: std::time::Duration = std::time::Duration::from_millis(500);

/// Listens for writes and access changes made through any node. A notification only wakes
/// subscribers, who read by cursor, or makes caches forget; so one lost while the listener
/// reconnects loses nothing (PostgreSQL drops notifications sent while a listener is away),
/// because every reconnect wakes the subscribers and empties the caches too. While the listener
/// cannot connect, the caches are emptied every second, so that nothing is trusted longer than
/// a change made elsewhere would take to arrive.
async fn listen(
    pool: PgPool,
    changed: tokio::sync::watch::Sender<u64>,
    access: Arc<tokio::sync::watch::Sender<u64>>,
) {
    loop {
        if let Ok(mut l) = sqlx::postgres::PgListener::connect_with(&pool).await
            && l.listen_all([CHANNEL, ACCESS_CHANNEL, HEARTBEAT_CHANNEL])
                .await
                .is_ok()
        {
            changed.send_modify(|n| *n += 1);
            access.send_modify(|n| *n += 1);
            let mut pinged = false;
            loop {
                let n = match tokio::time::timeout(HEARTBEAT, l.try_recv()).await {
                    // Ok(None): the connection dropped and came back; Err: give up on this one.
                    Ok(Ok(n)) => n,
                    Ok(Err(_)) => break,
                    // Quiet: this node asks for an echo of its own. A connection that died
                    // without a word (a half-open socket) does not echo; then the caches stop
                    // being trusted and the listener starts again.
                    Err(_) if !pinged => {
                        pinged = true;
                        if sqlx::query("SELECT pg_notify($1, '')")
                            .bind(HEARTBEAT_CHANNEL)
                            .execute(&pool)
                            .await
                            .is_err()
                        {
                            break;
                        }
                        continue;
                    }
                    Err(_) => break,
                };
                pinged = false;
                match n {
                    Some(n) if n.channel() == ACCESS_CHANNEL => access.send_modify(|n| *n += 1),
                    Some(n) if n.channel() == HEARTBEAT_CHANNEL => {}
                    Some(_) => changed.send_modify(|n| *n += 1),
                    None => {
                        changed.send_modify(|n| *n += 1);
                        access.send_modify(|n| *n += 1);
                    }
                }
            }
        }
        access.send_modify(|n| *n += 1);
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

impl PgStore {
    /// Connects, and brings the schema up to date (migrations take an advisory lock, so nodes
    /// starting together do not race).
    pub async fn connect(url: &str) -> Result<Self> {
        let options: sqlx::postgres::PgConnectOptions = url
            .parse()
            .map_err(|e| Error::store_cause("not a PostgreSQL URL", e))?;
        // Reads here are short and indexed; PostgreSQL's JIT compiler, which starts on large
        // cost estimates, spent 260 ms compiling a 1 ms correlation lookup at a million objects.
        // Statements of fixed text may keep a generic plan; those the builder assembles are
        // planned for their values (`planned_for_values`).
        let options = options.options([("jit", "off")]);
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options.clone())
            .await
            .map_err(|e| Error::store_cause("cannot connect to PostgreSQL", e))?;
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        let scans = PgPoolOptions::new()
            .max_connections(u32::try_from(cores.max(2)).unwrap_or(2))
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy_with(options.clone());
        let writes = PgPoolOptions::new()
            .max_connections(u32::try_from((2 * cores).max(4)).unwrap_or(4))
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy_with(options);
        let known = schema_latest();
        // A database a newer Liaison migrated is refused before anything touches it.
        if let Some(at) = applied_schema(&pool).await.filter(|at| *at > known) {
            return Err(Error::invalid(format!(
                "this database was migrated by a newer Liaison (schema {at}; this binary knows up to {known}): run that version, or restore the backup taken before the upgrade"
            )));
        }
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| Error::store_cause("database migration failed", e))?;
        let (changed, changes) = tokio::sync::watch::channel(0u64);
        let (access_sender, access) = tokio::sync::watch::channel(0u64);
        let access_sender = Arc::new(access_sender);
        tokio::spawn(listen(pool.clone(), changed, access_sender.clone()));
        Ok(Self {
            pool,
            scans,
            writes,
            changes,
            access,
            access_sender,
            statistics: Arc::default(),
        })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Called after this node committed a change of who is who, before answering: its own
    /// caches forget at once; other nodes hear the trigger's notification.
    fn access_changed(&self) {
        self.access_sender.send_modify(|n| *n += 1);
    }
}

type PgQuery<'q> = sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>;

/// Dynamic SQL here is assembled only from constant text and the builder's placeholders; every
/// value is bound. This is the one place that vouches for it.
fn dynamic(sql: String) -> PgQuery<'static> {
    sqlx::query(sqlx::AssertSqlSafe(sql))
}

/// A statement the builder assembled, planned for its values on every run (an unnamed
/// statement): a generic plan cannot see that a type, a key or a word is rare, and walked the
/// whole date index for "the newest tracked groups" (0.6 ms planned for the values, 200 ms
/// generic, at 200,000 objects).
fn planned_for_values(sql: String, params: Vec<Param>) -> PgQuery<'static> {
    bind_all(dynamic(sql).persistent(false), params)
}

fn bind_all(mut q: PgQuery<'_>, params: Vec<Param>) -> PgQuery<'_> {
    for p in params {
        q = match p {
            Param::Int(i) => q.bind(i),
            Param::Text(t) => q.bind(t),
            Param::Bool(b) => q.bind(b),
            Param::Bytes(b) => q.bind(b),
            Param::NullInt => q.bind(None::<i64>),
            Param::NullText => q.bind(None::<String>),
        };
    }
    q
}

/// Columns of the rows one submission inserts, for `UNNEST`.
#[derive(Default)]
struct Rows {
    stix_id: Vec<String>,
    object_type: Vec<String>,
    version: Vec<String>,
    version_key: Vec<String>,
    spec_version: Vec<String>,
    date_added: Vec<i64>,
    originator: Vec<i64>,
    tlp: Vec<i64>,
    revoked: Vec<bool>,
    versioned: Vec<bool>,
    only_version: Vec<bool>,
    content_hash: Vec<Vec<u8>>,
    body: Vec<String>,
    orcon: Vec<bool>,
    evaluation: Vec<Option<String>>,
    search_text: Vec<String>,
}

async fn write_objects_tx(tx: &mut Transaction<'_, Postgres>, w: &WriteRequest) -> Result<Status> {
    // The lock that serialises writers across nodes, and the database's clock.
    let row = sqlx::query(
        "SELECT last_date_added, (extract(epoch from clock_timestamp()) * 1000000)::bigint FROM center WHERE id = 1 FOR UPDATE",
    )
    .fetch_one(&mut **tx)
    .await
    .map_err(db_err)?;
    let mut last: i64 = row.try_get(0).map_err(db_err)?;
    let now: i64 = row.try_get(1).map_err(db_err)?;
    let cid: i64 = sqlx::query_scalar("SELECT cid FROM collections WHERE id = $1")
        .bind(w.collection.0.to_string())
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_err)?
        .ok_or(Error::NotFound("collection"))?;

    let ids: Vec<String> = w
        .items
        .iter()
        .filter_map(|i| match i {
            Submitted::Valid(o) => Some(o.stix_id.clone()),
            Submitted::Refused { .. } => None,
        })
        .collect();
    let mut known: HashMap<String, Vec<StoredVersion>> = HashMap::new();
    let rows = sqlx::query(
        "SELECT stix_id, cid, version, version_key, content_hash, originator, revoked, versioned, spec_version, tlp FROM objects WHERE stix_id = ANY($1)",
    )
    .bind(&ids)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_err)?;
    for r in rows {
        let id: String = r.try_get(0).map_err(db_err)?;
        known.entry(id).or_default().push(StoredVersion {
            same_collection: r.try_get::<i64, _>(1).map_err(db_err)? == cid,
            version: r.try_get(2).map_err(db_err)?,
            version_key: r.try_get(3).map_err(db_err)?,
            content_hash: r.try_get(4).map_err(db_err)?,
            originator: MemberId(r.try_get(5).map_err(db_err)?),
            revoked: r.try_get(6).map_err(db_err)?,
            versioned: r.try_get(7).map_err(db_err)?,
            spec_version: r.try_get(8).map_err(db_err)?,
            public: r.try_get::<i64, _>(9).map_err(db_err)? <= stix::markings::Tlp::Green.code(),
        });
    }

    let mut status = StatusBuilder::default();
    let mut new = Rows::default();
    // Objects with release lists or keys, which go into the side tables once their seq is known.
    let mut beside: Vec<(i64, &NewObject)> = Vec::new();
    let mut with_siblings: Vec<String> = Vec::new();
    for item in &w.items {
        let o = match item {
            Submitted::Refused {
                id,
                version,
                message,
            } => {
                status.refused(id, version.clone(), message.clone());
                continue;
            }
            Submitted::Valid(o) => o,
        };
        let stored = known.get(&o.stix_id).map(Vec::as_slice).unwrap_or_default();
        let siblings = match admit(stored, o) {
            Admission::Store { siblings } => siblings,
            other => {
                status.not_stored(o, other);
                continue;
            }
        };
        let date_added = now.max(last + 1);
        last = date_added;
        let (version, version_key) = o.stored_version(date_added);
        if siblings {
            with_siblings.push(o.stix_id.clone());
        }
        // Later objects of this submission see this one.
        known
            .entry(o.stix_id.clone())
            .or_default()
            .push(o.as_stored(version.clone(), version_key.clone()));
        new.stix_id.push(o.stix_id.clone());
        new.object_type.push(o.object_type.clone());
        new.version.push(version.clone());
        new.version_key.push(version_key);
        new.spec_version.push(o.spec_version.as_str().into());
        new.date_added.push(date_added);
        new.originator.push(o.releasability.originator.0);
        new.tlp.push(o.releasability.release.tlp().code());
        new.revoked.push(o.revoked);
        new.versioned.push(o.versioned);
        new.only_version.push(!siblings);
        new.content_hash.push(o.content_hash.to_vec());
        new.body.push(o.body.clone());
        new.orcon.push(o.releasability.orcon);
        new.search_text.push(o.text.clone());
        new.evaluation
            .push(o.releasability.evaluation.map(|e| e.code()));
        let rel = &o.releasability.release;
        if !rel.members().is_empty()
            || !rel.groups().is_empty()
            || !rel.users().is_empty()
            || !o.keys.is_empty()
        {
            beside.push((date_added, o));
        }
        status.stored(&o.stix_id, version);
    }

    if !new.stix_id.is_empty() {
        let inserted = sqlx::query(
            "INSERT INTO objects (cid, stix_id, object_type, version, version_key, spec_version, date_added, originator, tlp, revoked, versioned, only_version, content_hash, body, orcon, evaluation, search_text)
             SELECT $1, * FROM UNNEST($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bool[], $11::bool[], $12::bool[], $13::bytea[], $14::text[], $15::bool[], $16::text[], $17::text[])
             RETURNING seq, date_added",
        )
        .bind(cid)
        .bind(&new.stix_id)
        .bind(&new.object_type)
        .bind(&new.version)
        .bind(&new.version_key)
        .bind(&new.spec_version)
        .bind(&new.date_added)
        .bind(&new.originator)
        .bind(&new.tlp)
        .bind(&new.revoked)
        .bind(&new.versioned)
        .bind(&new.only_version)
        .bind(&new.content_hash)
        .bind(&new.body)
        .bind(&new.orcon)
        .bind(&new.evaluation)
        .bind(&new.search_text)
        .fetch_all(&mut **tx)
        .await
        .map_err(db_err)?;
        if !beside.is_empty() {
            let mut seq_of = HashMap::new();
            for r in inserted {
                let seq: i64 = r.try_get(0).map_err(db_err)?;
                let date: i64 = r.try_get(1).map_err(db_err)?;
                seq_of.insert(date, seq);
            }
            let (mut ms, mut mm, mut us, mut uu) = (vec![], vec![], vec![], vec![]);
            let (mut gs, mut gg) = (vec![], vec![]);
            let (mut ks, mut kk) = (vec![], vec![]);
            for (date, o) in &beside {
                let Some(seq) = seq_of.get(date) else {
                    continue;
                };
                let rel = &o.releasability.release;
                for k in &o.keys {
                    ks.push(*seq);
                    kk.push(k.clone());
                }
                for m in rel.members() {
                    ms.push(*seq);
                    mm.push(m.0);
                }
                for u in rel.users() {
                    us.push(*seq);
                    uu.push(u.0);
                }
                for g in rel.groups() {
                    gs.push(*seq);
                    gg.push(g.0);
                }
            }
            sqlx::query("INSERT INTO object_keys (seq, key) SELECT * FROM UNNEST($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING")
                .bind(&ks)
                .bind(&kk)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            // One row per key, however many objects of the batch carry it.
            sqlx::query("INSERT INTO key_counts (key, objects) SELECT key, COUNT(*) FROM UNNEST($1::text[]) AS k(key) GROUP BY key ON CONFLICT (key) DO UPDATE SET objects = key_counts.objects + excluded.objects")
                .bind(&kk)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            sqlx::query("INSERT INTO object_release_groups (seq, group_id) SELECT * FROM UNNEST($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING")
                .bind(&gs)
                .bind(&gg)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            sqlx::query("INSERT INTO object_release_members (seq, member_id) SELECT * FROM UNNEST($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING")
                .bind(&ms)
                .bind(&mm)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            sqlx::query("INSERT INTO object_release_users (seq, user_id) SELECT * FROM UNNEST($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING")
                .bind(&us)
                .bind(&uu)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
        }
        if !with_siblings.is_empty() {
            sqlx::query(
                "UPDATE objects SET only_version = FALSE WHERE cid = $1 AND stix_id = ANY($2) AND only_version",
            )
            .bind(cid)
            .bind(&with_siblings)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
        }
        sqlx::query("UPDATE center SET last_date_added = $1 WHERE id = 1")
            .bind(last)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
        // Delivered to every node's listener when, and only if, this transaction commits.
        sqlx::query("SELECT pg_notify($1, '')")
            .bind(CHANNEL)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
    }

    let status = status.finish(w);
    sqlx::query(
        "INSERT INTO statuses (id, cid, member_id, user_id, request_timestamp, total_count, success_count, failure_count, pending_count, successes, failures, pendings) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, '[]')",
    )
    .bind(status.id.to_string())
    .bind(cid)
    .bind(status.member.0)
    .bind(status.user.0)
    .bind(status.request_timestamp)
    .bind(status.total_count as i64)
    .bind(status.success_count as i64)
    .bind(status.failure_count as i64)
    .bind(serde_json::to_string(&status.successes).map_err(db_err)?)
    .bind(serde_json::to_string(&status.failures).map_err(db_err)?)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(status)
}

/// A PostgreSQL connection as the areas see it: pooled for a read, or inside a transaction.
pub(crate) struct Pg<'c>(pub &'c mut PgConnection);

impl Conn for Pg<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    async fn rows<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Vec<T>> {
        let rows = bind_all(dynamic(sql.to_owned()), params)
            .fetch_all(&mut *self.0)
            .await
            .map_err(db_err)?;
        rows.iter().map(|r| decode(r)).collect()
    }

    async fn built_rows<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Vec<T>> {
        let rows = planned_for_values(sql.to_owned(), params)
            .fetch_all(&mut *self.0)
            .await
            .map_err(db_err)?;
        rows.iter().map(|r| decode(r)).collect()
    }

    async fn execute(&mut self, sql: &str, params: Vec<Param>) -> Result<u64> {
        bind_all(dynamic(sql.to_owned()), params)
            .execute(&mut *self.0)
            .await
            .map(|r| r.rows_affected())
            .map_err(db_err)
    }
}

/// How a store method reaches a connection (see [`crate::wiring`]): reads and single statements
/// on a pooled connection, scans on a pool of their own, other writes in a transaction on the
/// writers' pool. After a change of who is who this
/// node's caches forget at once; other nodes hear the trigger's notification.
macro_rules! run {
    ($s:ident, read, |$c:ident| $body:expr) => {{
        let mut conn = $s.pool.acquire().await.map_err(db_err)?;
        let $c = &mut Pg(&mut conn);
        $body.await
    }};
    ($s:ident, single, |$c:ident| $body:expr) => {
        run!($s, read, |$c| $body)
    };
    ($s:ident, scan, |$c:ident| $body:expr) => {{
        let mut conn = $s.scans.acquire().await.map_err(db_err)?;
        let $c = &mut Pg(&mut conn);
        $body.await
    }};
    ($s:ident, access, |$c:ident| $body:expr) => {{
        let done = run!($s, write, |$c| $body);
        $s.access_changed();
        done
    }};
    ($s:ident, $kind:ident $(($weight:expr))?, |$c:ident| $body:expr) => {{
        let mut tx = $s.writes.begin().await.map_err(db_err)?;
        let done = {
            let $c = &mut Pg(&mut tx);
            $body.await?
        };
        tx.commit().await.map_err(db_err)?;
        Ok(done)
    }};
}

area_stores!(PgStore, {
    async fn write_objects(&self, w: WriteRequest) -> Result<Status> {
        let mut tx = self.writes.begin().await.map_err(db_err)?;
        let status = write_objects_tx(&mut tx, &w).await?;
        if let Some(a) = &w.audit {
            audit::append_audit(&mut Pg(&mut tx), std::slice::from_ref(a)).await?;
        }
        if let Some(p) = &w.feed {
            feeds::save_progress(&mut Pg(&mut tx), p, Some(&status)).await?;
        }
        tx.commit().await.map_err(db_err)?;
        if self.statistics.due(status.success_count) {
            let (pool, statistics) = (self.pool.clone(), self.statistics.clone());
            tokio::spawn(async move {
                // Outside any transaction, as VACUUM must be (raw SQL is not prepared).
                if let Err(e) = sqlx::raw_sql("VACUUM (ANALYZE)").execute(&pool).await {
                    tracing::warn!(error = %e, "could not refresh the planner's statistics");
                }
                statistics.done();
            });
        }
        Ok(status)
    }

    async fn query_objects(&self, q: ObjectQuery, vis: Visibility) -> Result<Page> {
        // A TAXII keyset page should walk the (cid, date_added) index in order. With
        // statistics that lag a bulk load, the planner instead scans and sorts the whole
        // collection for every page (480 ms instead of 7 ms a page at 200,000 objects), so
        // those plans are off for such pages, and for the newest-first list of everything (the
        // home page: 1.4 s at a million objects unpinned, right after a bulk load). Reads that
        // something narrows sharply (ids, words, a referenced object) and newest-first lists of
        // some types (tracked groups, locations: `objects_by_type` serves them) keep the
        // planner's choice: pinned to the date index, "the newest tracked groups" walked all of
        // it (200 ms instead of 0.6 ms at 200,000 objects).
        let pinned = q.ids.is_empty()
            && q.text.is_none()
            && q.referencing.is_none()
            && (!q.newest_first || q.types.is_empty());
        if !pinned {
            return run!(self, read, |c| objects::page(c, &q, &vis));
        }
        run!(self, write, |c| async {
            c.execute(
                "SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true), set_config('enable_sort', 'off', true)",
                vec![],
            )
            .await?;
            objects::page(c, &q, &vis).await
        })
    }
});

impl Store for PgStore {
    fn changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changes.clone()
    }

    fn access_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.access.clone()
    }
}

#[cfg(test)]
mod planner_statistics {
    use super::PlannerStatistics;

    #[test]
    fn analyze_is_due_at_ten_thousand_then_whenever_writes_double() {
        let s = PlannerStatistics::default();
        assert!(!s.due(9_999));
        assert!(s.due(1), "10,000 written");
        assert!(!s.due(50_000), "one VACUUM (ANALYZE) at a time");
        s.done();
        // 60,000 counted at the last one: the next is due after 60,000 more.
        assert!(!s.due(59_999));
        assert!(s.due(1));
        s.done();
        assert!(!s.due(100_000));
    }
}
