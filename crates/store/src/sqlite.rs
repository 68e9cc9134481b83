//! The embedded backend: one SQLite file, one writer thread, a fixed set of reader threads.
//!
//! All writes go through one thread that commits whatever has queued up in one transaction
//! (group commit), each submission inside its own savepoint. A caller is answered only after
//! the commit that holds its data, with WAL and `synchronous=FULL`, so an acknowledged write
//! survives a crash.
//!
//! Reads go to a fixed set of threads, each keeping one connection with its page cache and
//! prepared statements warm, through one bounded queue. Opening a connection per read beyond a
//! small pool made throughput fall as clients were added (1,700 req/s at one client, 560 at 64):
//! every extra read paid for a cold cache and a new thread. Now threads and connections stay
//! fixed whatever the load, and when the queue is full a read is refused as busy at once
//! instead of piling up. Searches and counts over many rows have threads of their own, so that
//! a lookup never queues behind them.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use domain::store::*;
use domain::{Clock, CollectionId, Error, MemberId, Result};
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use tokio::sync::oneshot;

use crate::areas::{
    accounts, audit, exchange, feeds, fusion, governance, joint, meetings, objects, operations,
    rfis, statistics, webhooks,
};
use crate::exec::{Conn, Decode, Dialect, Param, at_once, sqlite_text};
use crate::wiring::area_stores;

fn db_err(e: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::store_cause("the database failed", e)
}

/// At most this many objects go into one group commit.
const GROUP_COMMIT_OBJECTS: usize = 20_000;
/// Reads waiting for a reader thread before more are refused as busy. At a few hundred
/// microseconds a read, a full queue drains in well under a second.
const READ_QUEUE: usize = 2048;
/// Scans waiting for a scanner thread; at tens of milliseconds each, a full queue is seconds.
const SCAN_QUEUE: usize = 256;

/// Reader threads: one per core, at least two. Once the pages are cached a read is CPU work, so
/// more threads than cores only add switching: with two cores, four readers served 20,400
/// lookups a second at 16 clients but 12,000 at 256; two served 19,800, 22,600 and 18,500 at 16,
/// 64 and 256. A long read (the first statistics count of a large center) holds one meanwhile.
fn reader_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, std::num::NonZeroUsize::get)
        .max(2)
}

/// Marks the calling thread as batch work for Linux's scheduler (`SCHED_BATCH`): when a job
/// wakes it, it does not preempt the thread that sent the job. A request's worker hands a read
/// to a reader and goes on with other requests; preempted at each hand-off instead, at 256
/// clients the workers were switched out half a time per lookup and a lookup cost 59 µs of CPU
/// against 45 at 64 clients, so throughput fell to 79% of its best. As batch work the readers
/// take a core when one is idle or the worker yields it: 0.2 switches a lookup, 47 µs, 92%
/// (bench/README.md, 2026-12-07, evening). The reader still gets its fair share of the cores; only the
/// preemption on wake-up is given up. Where the policy cannot be set the thread runs as before.
fn run_as_batch_work() {
    #[cfg(target_os = "linux")]
    {
        use thread_priority::{
            NormalThreadSchedulePolicy, ThreadPriority, ThreadPriorityValue, ThreadSchedulePolicy,
            set_thread_priority_and_policy, thread_native_id,
        };
        // The priority of a normal policy is its niceness, given on the cross-platform scale
        // (0 to 99): 48 is niceness 0, the default, so only the policy changes.
        let set = ThreadPriorityValue::try_from(48u8)
            .map_err(|e| e.to_string())
            .and_then(|niceness_zero| {
                set_thread_priority_and_policy(
                    thread_native_id(),
                    ThreadPriority::Crossplatform(niceness_zero),
                    ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Batch),
                )
                .map_err(|e| e.to_string())
            });
        if let Err(e) = set {
            tracing::debug!(error = %e, "a store thread keeps the default scheduling policy");
        }
    }
}

/// A read, run on a reader thread with its connection.
type ReadJob = Box<dyn FnOnce(&Connection) + Send>;

/// The schema a file is at once every migration below has run (SQLite's `user_version`).
pub const SCHEMA_LATEST: i64 = MIGRATIONS.len() as i64;

/// Every migration, in order: a file's `user_version` is how many of them ran.
pub(crate) const MIGRATIONS: [(&str, &str); 24] = [
    (
        "0001_init",
        include_str!("../migrations/sqlite/0001_init.sql"),
    ),
    (
        "0002_releasability",
        include_str!("../migrations/sqlite/0002_releasability.sql"),
    ),
    (
        "0003_audit",
        include_str!("../migrations/sqlite/0003_audit.sql"),
    ),
    (
        "0004_exchange",
        include_str!("../migrations/sqlite/0004_exchange.sql"),
    ),
    (
        "0005_webhooks",
        include_str!("../migrations/sqlite/0005_webhooks.sql"),
    ),
    (
        "0006_governance",
        include_str!("../migrations/sqlite/0006_governance.sql"),
    ),
    (
        "0007_meetings",
        include_str!("../migrations/sqlite/0007_meetings.sql"),
    ),
    (
        "0008_correlation",
        include_str!("../migrations/sqlite/0008_correlation.sql"),
    ),
    (
        "0009_search",
        include_str!("../migrations/sqlite/0009_search.sql"),
    ),
    (
        "0010_rfis",
        include_str!("../migrations/sqlite/0010_rfis.sql"),
    ),
    (
        "0011_tracked",
        include_str!("../migrations/sqlite/0011_tracked.sql"),
    ),
    (
        "0012_outcomes",
        include_str!("../migrations/sqlite/0012_outcomes.sql"),
    ),
    (
        "0013_statistics",
        include_str!("../migrations/sqlite/0013_statistics.sql"),
    ),
    (
        "0014_subscriptions",
        include_str!("../migrations/sqlite/0014_subscriptions.sql"),
    ),
    (
        "0015_statistics_index",
        include_str!("../migrations/sqlite/0015_statistics_index.sql"),
    ),
    (
        "0016_access_epoch",
        include_str!("../migrations/sqlite/0016_access_epoch.sql"),
    ),
    (
        "0017_member_identities",
        include_str!("../migrations/sqlite/0017_member_identities.sql"),
    ),
    (
        "0018_feeds",
        include_str!("../migrations/sqlite/0018_feeds.sql"),
    ),
    (
        "0019_accounts",
        include_str!("../migrations/sqlite/0019_accounts.sql"),
    ),
    (
        "0020_languages",
        include_str!("../migrations/sqlite/0020_languages.sql"),
    ),
    (
        "0021_reading",
        include_str!("../migrations/sqlite/0021_reading.sql"),
    ),
    (
        "0022_operations",
        include_str!("../migrations/sqlite/0022_operations.sql"),
    ),
    (
        "0023_joint_operations",
        include_str!("../migrations/sqlite/0023_joint_operations.sql"),
    ),
    (
        "0024_lookups_by_member",
        include_str!("../migrations/sqlite/0024_lookups_by_member.sql"),
    ),
];

/// Refuses a file a newer Liaison wrote (at schema `at`): this binary would misread it.
pub(crate) fn refuse_newer(path: &Path, at: i64) -> Result<()> {
    if at > SCHEMA_LATEST {
        return Err(Error::invalid(format!(
            "{} was written by a newer Liaison (schema {at}; this binary knows up to {SCHEMA_LATEST}): run that version, or restore the backup taken before the upgrade",
            path.display()
        )));
    }
    Ok(())
}

fn migrations() -> rusqlite_migration::Migrations<'static> {
    rusqlite_migration::Migrations::new(
        MIGRATIONS
            .iter()
            .map(|(_, sql)| rusqlite_migration::M::up(sql))
            .collect(),
    )
}

/// Page cache of the one writing connection, in KiB. Keys, key counts and the search index
/// take inserts all over their B-trees; SQLite's default 2 MiB cache re-reads their pages for
/// nearly every insert once the store holds a few hundred thousand objects.
const WRITER_CACHE_KIB: i64 = 64 * 1024;
/// Page cache of each reading connection, in KiB.
const READER_CACHE_KIB: i64 = 16 * 1024;

fn configure(conn: &Connection, cache_kib: i64) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // Negative: a size in KiB rather than in pages.
    conn.pragma_update(None, "cache_size", -cache_kib)?;
    // Sorting and grouping (statistics, facets) stay in memory instead of temporary files.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // Each distinct page limit is a statement of its own (see `Builder::limit`).
    conn.set_prepared_statement_cache_capacity(256);
    Ok(())
}

/// Who is told each group commit's size, once set (shared by the store and its writer).
type BatchObserver = Arc<std::sync::OnceLock<Arc<dyn Fn(usize) + Send + Sync>>>;

/// State kept by the writer thread between jobs.
struct WriterState {
    clock: Arc<dyn Clock>,
    last_date_added: i64,
    /// A job wrote notifications: subscribers are woken after the commit.
    notified: bool,
    /// Told each group's size once it is committed (the server's metrics), when set.
    batches: BatchObserver,
}

impl WriterState {
    /// Server time, but strictly later than every date already assigned.
    fn next_date_added(&mut self) -> i64 {
        let d = self.clock.now_micros().max(self.last_date_added + 1);
        self.last_date_added = d;
        d
    }
}

trait Job: Send {
    fn weight(&self) -> usize;
    fn run(&mut self, conn: &Connection, st: &mut WriterState) -> bool;
    fn finish(self: Box<Self>, commit: std::result::Result<(), String>);
}

struct FnJob<T, F> {
    f: Option<F>,
    weight: usize,
    result: Option<Result<T>>,
    reply: oneshot::Sender<Result<T>>,
}

impl<T, F> Job for FnJob<T, F>
where
    T: Send,
    F: FnOnce(&Connection, &mut WriterState) -> Result<T> + Send,
{
    fn weight(&self) -> usize {
        self.weight
    }
    fn run(&mut self, conn: &Connection, st: &mut WriterState) -> bool {
        let Some(f) = self.f.take() else { return false };
        let saved_last = st.last_date_added;
        let r = match conn.execute_batch("SAVEPOINT job") {
            Ok(()) => f(conn, st),
            Err(e) => Err(db_err(e)),
        };
        let ok = r.is_ok();
        let end = if ok {
            conn.execute_batch("RELEASE job")
        } else {
            st.last_date_added = saved_last;
            conn.execute_batch("ROLLBACK TO job; RELEASE job")
        };
        self.result = Some(match end {
            Ok(()) => r,
            Err(e) => Err(db_err(e)),
        });
        ok
    }
    fn finish(self: Box<Self>, commit: std::result::Result<(), String>) {
        let r = match commit {
            Ok(()) => self
                .result
                .unwrap_or_else(|| Err(Error::store("write was not run"))),
            Err(e) => Err(Error::store(format!("commit failed: {e}"))),
        };
        let _ = self.reply.send(r);
    }
}

/// The embedded SQLite store.
pub struct SqliteStore {
    changes: tokio::sync::watch::Receiver<u64>,
    access: tokio::sync::watch::Receiver<u64>,
    jobs: Mutex<mpsc::Sender<Box<dyn Job>>>,
    /// Reads of a few rows: lookups, pages, the records of one thing.
    reads: Readers,
    /// Reads that count or search over many rows. They have threads of their own, so that a
    /// lookup never waits behind them: on the two readers alone, two searches in flight made
    /// every lookup wait up to 40 ms.
    scans: Readers,
    /// Shared with the writer thread: who is told each group commit's size.
    batches: BatchObserver,
}

/// Most reads a reader takes from the queue at once, to run in one read transaction.
const READ_BATCH: usize = 16;

/// Runs the reads taken together in one read transaction rather than one each: beginning and
/// ending a transaction takes SQLite's locks on the file and on the WAL index, a fifth of a
/// reader's time when every TAXII lookup paid for them. One-row reads from 16, 64 and 256 tasks
/// were answered 2, 3 to 6 and 5 times as fast; taking them together without the shared
/// transaction changed nothing (`bench_read_batches`, bench/README.md, 2026-12-08). The
/// snapshot is taken by the first statement, after every read of the batch was queued, so each
/// still sees every write acknowledged before it was asked for.
fn run_batch(c: &Connection, batch: &mut Vec<ReadJob>) {
    // Also before: a transaction left open by the last batch would pin this one to its snapshot.
    end_read_transaction(c);
    if batch.len() > 1 {
        // Should BEGIN fail, the reads run one by one, as they would alone.
        let _ = c.prepare_cached("BEGIN").and_then(|mut s| s.execute([]));
    }
    for job in batch.drain(..) {
        job(c);
    }
    end_read_transaction(c);
}

/// Ends the connection's read transaction, if one is open; a read transaction that cannot be
/// committed is rolled back, which for reads comes to the same.
fn end_read_transaction(c: &Connection) {
    if c.is_autocommit() {
        return;
    }
    if c.prepare_cached("COMMIT")
        .and_then(|mut s| s.execute([]))
        .is_err()
    {
        let _ = c.execute_batch("ROLLBACK");
    }
}

/// A fixed set of threads, each with its own connection, fed by one bounded queue.
struct Readers {
    queue: flume::Sender<ReadJob>,
}

impl Readers {
    /// `batch`: the most reads a thread takes at once (see `run_batch`); 1 runs each alone.
    fn start(path: &Path, name: &str, threads: usize, queue: usize, batch: usize) -> Result<Self> {
        let (sender, jobs) = flume::bounded::<ReadJob>(queue);
        for n in 0..threads {
            let c = Connection::open(path).map_err(db_err)?;
            configure(&c, READER_CACHE_KIB).map_err(db_err)?;
            let jobs = jobs.clone();
            std::thread::Builder::new()
                .name(format!("liaison-sqlite-{name}-{n}"))
                .spawn(move || {
                    run_as_batch_work();
                    let mut taken: Vec<ReadJob> = Vec::with_capacity(batch);
                    // Ends when the store, and with it the sending side, is dropped.
                    while let Ok(job) = jobs.recv() {
                        taken.push(job);
                        // No more than this thread's share of what waits, so that the other
                        // threads are not left idle while one works through a batch.
                        let share = (jobs.len() / threads).min(batch.saturating_sub(1));
                        taken.extend(jobs.try_iter().take(share));
                        run_batch(&c, &mut taken);
                    }
                })
                .map_err(db_err)?;
        }
        Ok(Self { queue: sender })
    }

    /// Runs `f` on one of the threads. A full queue is refused at once as busy: the caller is
    /// told to come back rather than made to wait behind thousands of others.
    async fn run<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: ReadJob = Box::new(move |c| {
            // A client that hung up while its read waited here costs nothing more: its request
            // was dropped, and with it the answer's receiver. Searches given up on by 64 and
            // 256 clients otherwise held the scanner threads 0.8 and 1.6 s after they left.
            if reply.is_closed() {
                return;
            }
            let _ = reply.send(f(c));
        });
        self.queue.try_send(job).map_err(|e| match e {
            flume::TrySendError::Full(_) => Error::Busy(
                "the center is answering as many reads as it can; try again in a moment".into(),
            ),
            flume::TrySendError::Disconnected(_) => {
                Error::store("the database readers have stopped")
            }
        })?;
        answer
            .await
            .map_err(|_| Error::store("a database reader stopped during the read"))?
    }
}

impl SqliteStore {
    /// Opens (creating and migrating if needed) the database file at `path`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_with(path, clock, reader_threads(), READ_QUEUE, READ_BATCH)
    }

    fn open_with(
        path: &Path,
        clock: Arc<dyn Clock>,
        readers: usize,
        read_queue: usize,
        read_batch: usize,
    ) -> Result<Self> {
        let mut conn = Connection::open(path).map_err(|e| {
            Error::store_cause(format!("cannot open database {}", path.display()), e)
        })?;
        configure(&conn, WRITER_CACHE_KIB).map_err(db_err)?;
        let at: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(db_err)?;
        refuse_newer(path, at)?;
        migrations().to_latest(&mut conn).map_err(db_err)?;
        let last: i64 = conn
            .query_row(
                "SELECT COALESCE(MAX(date_added), 0) FROM objects",
                [],
                |r| r.get(0),
            )
            .map_err(db_err)?;
        let (tx, rx) = mpsc::channel::<Box<dyn Job>>();
        let (changed, changes) = tokio::sync::watch::channel(0u64);
        let (access_sender, access) = tokio::sync::watch::channel(0u64);
        publish_access_epoch(&conn, &access_sender);
        let batches = Arc::new(std::sync::OnceLock::new());
        let mut st = WriterState {
            clock,
            last_date_added: last,
            notified: false,
            batches: batches.clone(),
        };
        std::thread::Builder::new()
            .name("liaison-sqlite-writer".into())
            .spawn(move || writer_loop(conn, rx, &mut st, &changed, &access_sender))
            .map_err(db_err)?;
        let reads = Readers::start(path, "reader", readers, read_queue, read_batch)?;
        // A scan takes milliseconds: the transaction's locks are nothing beside it.
        let scans = Readers::start(path, "scanner", readers, SCAN_QUEUE, 1)?;
        Ok(Self {
            changes,
            access,
            jobs: Mutex::new(tx),
            reads,
            scans,
            batches,
        })
    }

    async fn write<T, F>(&self, weight: usize, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection, &mut WriterState) -> Result<T> + Send + 'static,
    {
        let (reply, rx) = oneshot::channel();
        let job = Box::new(FnJob {
            f: Some(f),
            weight,
            result: None,
            reply,
        });
        self.jobs
            .lock()
            .map_err(|_| Error::store("the database writer's queue was poisoned"))?
            .send(job)
            .map_err(|_| Error::store("the database writer has stopped"))?;
        rx.await
            .map_err(|_| Error::store("the database writer has stopped"))?
    }

    /// Runs `f` on a reader thread.
    async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        self.reads.run(f).await
    }
}

/// How often the writer, when idle, looks for changes of who is who made by another process
/// (the `liaison` console on the same file): within a second, as for PostgreSQL's nodes.
const ACCESS_POLL: std::time::Duration = std::time::Duration::from_millis(250);

/// Publishes the access epoch if it moved (a trigger moves it with every change to members,
/// users, revoked tokens, collections, grants and sharing groups). A failed read publishes a
/// change, so caches are dropped rather than trusted.
fn publish_access_epoch(conn: &Connection, access: &tokio::sync::watch::Sender<u64>) {
    let n = conn
        .prepare_cached("SELECT n FROM access_epoch WHERE id = 1")
        .and_then(|mut s| s.query_row([], |r| r.get::<_, i64>(0)));
    access.send_if_modified(|seen| match n {
        Ok(n) if n as u64 == *seen => false,
        Ok(n) => {
            *seen = n as u64;
            true
        }
        Err(_) => {
            *seen = seen.wrapping_add(1);
            true
        }
    });
}

fn writer_loop(
    conn: Connection,
    rx: mpsc::Receiver<Box<dyn Job>>,
    st: &mut WriterState,
    changed: &tokio::sync::watch::Sender<u64>,
    access: &tokio::sync::watch::Sender<u64>,
) {
    loop {
        let first = match rx.recv_timeout(ACCESS_POLL) {
            Ok(j) => j,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                publish_access_epoch(&conn, access);
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        let mut batch = vec![first];
        let mut weight = batch.iter().map(|j| j.weight()).sum::<usize>();
        while weight < GROUP_COMMIT_OBJECTS {
            match rx.try_recv() {
                Ok(j) => {
                    weight += j.weight();
                    batch.push(j);
                }
                Err(_) => break,
            }
        }
        // A large batch can take seconds: what another process changed is published first.
        publish_access_epoch(&conn, access);
        let saved_last = st.last_date_added;
        let commit = match conn.execute_batch("BEGIN IMMEDIATE") {
            Ok(()) => {
                for j in batch.iter_mut() {
                    j.run(&conn, st);
                }
                conn.execute_batch("COMMIT").map_err(|e| {
                    let _ = conn.execute_batch("ROLLBACK");
                    e.to_string()
                })
            }
            Err(e) => Err(e.to_string()),
        };
        // Before anyone is answered or woken: a caller that revoked a token finds it refused at
        // once, and a subscriber woken for new objects reads them under the access committed
        // with them.
        publish_access_epoch(&conn, access);
        let notified = std::mem::take(&mut st.notified);
        if commit.is_ok()
            && let Some(told) = st.batches.get()
        {
            told(batch.len());
        }
        if commit.is_err() {
            st.last_date_added = saved_last;
        } else if st.last_date_added != saved_last || notified {
            // Objects were committed: wake the subscribers.
            changed.send_modify(|n| *n += 1);
        }
        for j in batch {
            j.finish(commit.clone());
        }
    }
}

// ---- row mapping --------------------------------------------------------------------------

fn cid_of(conn: &Connection, c: CollectionId) -> Result<i64> {
    conn.prepare_cached("SELECT cid FROM collections WHERE id = ?1")
        .and_then(|mut s| s.query_row([c.0.to_string()], |r| r.get(0)).optional())
        .map_err(db_err)?
        .ok_or(Error::NotFound("collection"))
}

// ---- object writes -------------------------------------------------------------------------

fn write_objects_tx(conn: &Connection, st: &mut WriterState, w: &WriteRequest) -> Result<Status> {
    let cid = cid_of(conn, w.collection)?;
    let mut status = StatusBuilder::default();
    let mut stored_under = conn
        .prepare_cached(
            "SELECT cid, version, version_key, content_hash, originator, revoked, versioned, spec_version, tlp FROM objects WHERE stix_id = ?1",
        )
        .map_err(db_err)?;
    let mut insert = conn
        .prepare_cached(
            "INSERT INTO objects (cid, stix_id, object_type, version, version_key, spec_version, date_added, originator, tlp, revoked, versioned, only_version, content_hash, body, orcon, evaluation, search_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )
        .map_err(db_err)?;
    let mut not_only = conn
        .prepare_cached(
            "UPDATE objects SET only_version = 0 WHERE stix_id = ?1 AND cid = ?2 AND only_version = 1",
        )
        .map_err(db_err)?;
    let mut release_member = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO object_release_members (seq, member_id) VALUES (?1, ?2)",
        )
        .map_err(db_err)?;
    let mut release_user = conn
        .prepare_cached("INSERT OR IGNORE INTO object_release_users (seq, user_id) VALUES (?1, ?2)")
        .map_err(db_err)?;
    let mut object_key = conn
        .prepare_cached("INSERT OR IGNORE INTO object_keys (key, seq) VALUES (?1, ?2)")
        .map_err(db_err)?;
    let mut index_text = conn
        .prepare_cached("INSERT INTO object_text (rowid, search_text) VALUES (?1, ?2)")
        .map_err(db_err)?;
    let mut key_count = conn
        .prepare_cached(
            "INSERT INTO key_counts (key, objects) VALUES (?1, 1) ON CONFLICT (key) DO UPDATE SET objects = objects + 1",
        )
        .map_err(db_err)?;
    let mut release_group = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO object_release_groups (seq, group_id) VALUES (?1, ?2)",
        )
        .map_err(db_err)?;
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
        // Earlier objects of this transaction are read here too.
        let stored = stored_under
            .query_map([&o.stix_id], |r| {
                Ok(StoredVersion {
                    same_collection: r.get::<_, i64>(0)? == cid,
                    version: r.get(1)?,
                    version_key: r.get(2)?,
                    content_hash: r.get(3)?,
                    originator: MemberId(r.get(4)?),
                    revoked: r.get(5)?,
                    versioned: r.get(6)?,
                    spec_version: r.get(7)?,
                    public: r.get::<_, i64>(8)? <= stix::markings::Tlp::Green.code(),
                })
            })
            .map_err(db_err)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_err)?;
        let siblings = match admit(&stored, o) {
            Admission::Store { siblings } => siblings,
            other => {
                status.not_stored(o, other);
                continue;
            }
        };
        let date_added = st.next_date_added();
        let (version, version_key) = o.stored_version(date_added);
        insert
            .execute(params![
                cid,
                o.stix_id,
                o.object_type,
                version,
                version_key,
                o.spec_version.as_str(),
                date_added,
                o.releasability.originator.0,
                o.releasability.release.tlp().code(),
                o.revoked,
                o.versioned,
                !siblings,
                o.content_hash.as_slice(),
                o.body,
                o.releasability.orcon,
                o.releasability.evaluation.map(|e| e.code()),
                o.text,
            ])
            .map_err(db_err)?;
        if siblings {
            not_only.execute(params![o.stix_id, cid]).map_err(db_err)?;
        }
        let seq = conn.last_insert_rowid();
        for m in o.releasability.release.members() {
            release_member.execute(params![seq, m.0]).map_err(db_err)?;
        }
        for u in o.releasability.release.users() {
            release_user.execute(params![seq, u.0]).map_err(db_err)?;
        }
        for g in o.releasability.release.groups() {
            release_group.execute(params![seq, g.0]).map_err(db_err)?;
        }
        if !o.text.is_empty() {
            index_text.execute(params![seq, o.text]).map_err(db_err)?;
        }
        for k in &o.keys {
            object_key.execute(params![k, seq]).map_err(db_err)?;
            key_count.execute([k]).map_err(db_err)?;
        }
        status.stored(&o.stix_id, version);
    }
    let status = status.finish(w);
    if let Some(a) = &w.audit {
        at_once(audit::append_audit(
            &mut Lite(conn),
            std::slice::from_ref(a),
        ))?;
    }
    if let Some(p) = &w.feed {
        at_once(feeds::save_progress(&mut Lite(conn), p, Some(&status)))?;
    }
    let js = |d: &Vec<StatusDetail>| serde_json::to_string(d).map_err(db_err);
    conn.prepare_cached(
        "INSERT INTO statuses (id, cid, member_id, user_id, request_timestamp, total_count, success_count, failure_count, pending_count, successes, failures, pendings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
    .and_then(|mut s| {
        s.execute(params![
            status.id.to_string(),
            cid,
            status.member.0,
            status.user.0,
            status.request_timestamp,
            status.total_count as i64,
            status.success_count as i64,
            status.failure_count as i64,
            0i64,
            js(&status.successes).unwrap_or_default(),
            js(&status.failures).unwrap_or_default(),
            "[]",
        ])
    })
    .map_err(db_err)?;
    Ok(status)
}

/// A SQLite connection as the areas see it. Every statement completes in the call, so the
/// areas' futures finish at once ([`at_once`]) on the thread that holds the connection.
pub(crate) struct Lite<'c>(pub &'c Connection);

impl rusqlite::ToSql for Param {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{Null, ToSqlOutput};
        Ok(match self {
            Param::Int(i) => ToSqlOutput::from(*i),
            Param::Text(t) => ToSqlOutput::from(t.as_str()),
            Param::Bool(b) => ToSqlOutput::from(*b),
            Param::Bytes(b) => ToSqlOutput::from(b.as_slice()),
            Param::NullInt | Param::NullText => ToSqlOutput::from(Null),
        })
    }
}

impl Conn for Lite<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    async fn rows<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Vec<T>> {
        let mut s = self.0.prepare_cached(&sqlite_text(sql)).map_err(db_err)?;
        let mut rows = s.query(params_from_iter(params.iter())).map_err(db_err)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(db_err)? {
            out.push(decode(r)?);
        }
        Ok(out)
    }

    async fn built_rows<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Vec<T>> {
        self.rows(sql, params, decode).await
    }

    async fn execute(&mut self, sql: &str, params: Vec<Param>) -> Result<u64> {
        let mut s = self.0.prepare_cached(&sqlite_text(sql)).map_err(db_err)?;
        let n = s.execute(params_from_iter(params.iter())).map_err(db_err)?;
        Ok(n as u64)
    }
}

/// How a store method reaches a connection (see [`crate::wiring`]): reads on a reader thread,
/// writes as jobs of the group-commit writer. Changes of who is who need nothing more here: a
/// trigger moves the access epoch, which the writer publishes before it answers.
macro_rules! run {
    ($s:ident, read, |$c:ident| $body:expr) => {
        $s.read(move |conn| {
            let $c = &mut Lite(conn);
            at_once($body)
        })
        .await
    };
    ($s:ident, scan, |$c:ident| $body:expr) => {
        $s.scans
            .run(move |conn| {
                let $c = &mut Lite(conn);
                at_once($body)
            })
            .await
    };
    ($s:ident, write($weight:expr), |$c:ident| $body:expr) => {
        $s.write($weight, move |conn, _| {
            let $c = &mut Lite(conn);
            at_once($body)
        })
        .await
    };
    ($s:ident, notify($weight:expr), |$c:ident| $body:expr) => {
        $s.write($weight, move |conn, st| {
            let $c = &mut Lite(conn);
            let done = at_once($body)?;
            st.notified = true;
            Ok(done)
        })
        .await
    };
    ($s:ident, $kind:ident, |$c:ident| $body:expr) => {
        run!($s, write(1), |$c| $body)
    };
}

area_stores!(SqliteStore, {
    async fn write_objects(&self, w: WriteRequest) -> Result<Status> {
        let weight = w.items.len().max(1);
        self.write(weight, move |c, st| write_objects_tx(c, st, &w))
            .await
    }

    async fn query_objects(&self, q: ObjectQuery, vis: Visibility) -> Result<Page> {
        run!(self, read, |c| objects::page(c, &q, &vis))
    }
});

impl Store for SqliteStore {
    fn changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changes.clone()
    }

    fn access_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.access.clone()
    }

    fn observe_write_batches(&self, batch: Arc<dyn Fn(usize) + Send + Sync>) {
        // Set once per store; a second observer is ignored.
        let _ = self.batches.set(batch);
    }

    /// Reads queue for the reader threads in a bounded channel (`READ_QUEUE`), which costs
    /// little to wait in; a request waiting for a place in its lane cost 40 to 50 µs of CPU
    /// more (bench/README.md, 2026-12-07 afternoon), a third of a lookup again at 256 clients.
    fn lookups_in_flight_per_core(&self) -> usize {
        128
    }

    /// A page makes several reads one after another. With 4 in flight per core, the home page
    /// left 8 to 11% of the cores idle at 64 and 256 clients, the threads waiting on each
    /// other between one page's reads; with 16 they were 2 to 3% idle and the page was served
    /// 27 to 58% more often, at less CPU each (bench/README.md, 2026-12-07, evening).
    fn pages_in_flight_per_core(&self) -> usize {
        16
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    /// A store with one reader thread, held by a read that returns 1 once `release` is sent.
    struct Held {
        _dir: tempfile::TempDir,
        store: Arc<SqliteStore>,
        busy_reader: tokio::task::JoinHandle<Result<i32>>,
        release: std::sync::mpsc::Sender<()>,
    }

    impl Held {
        async fn reader(queue: usize) -> Self {
            let dir = tempfile::tempdir().unwrap();
            let store = Arc::new(
                SqliteStore::open_with(
                    &dir.path().join("liaison.db"),
                    Arc::new(domain::SystemClock),
                    1,
                    queue,
                    READ_BATCH,
                )
                .unwrap(),
            );
            let (started, is_started) = std::sync::mpsc::channel();
            let (release, released) = std::sync::mpsc::channel::<()>();
            let busy_reader = {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .read(move |_| {
                            started.send(()).unwrap();
                            released.recv().unwrap();
                            Ok(1)
                        })
                        .await
                })
            };
            tokio::task::spawn_blocking(move || is_started.recv().unwrap())
                .await
                .unwrap();
            Self {
                _dir: dir,
                store,
                busy_reader,
                release,
            }
        }
    }

    /// Past the queue, a read is refused at once as busy; nothing waits without bound, and the
    /// reads already queued are answered.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_read_queue_refuses_at_once() {
        let held = Held::reader(1).await;
        let (store, busy_reader, release) = (&held.store, held.busy_reader, held.release);
        // The one reader thread is now held; the next read fills the queue of one.
        let queued = {
            let store = store.clone();
            tokio::spawn(async move { store.read(|_| Ok(2)).await })
        };
        while store.reads.queue.is_empty() {
            tokio::task::yield_now().await;
        }
        let refused = store.read(|_| Ok(3)).await;
        assert!(matches!(refused, Err(Error::Busy(_))), "{refused:?}");
        release.send(()).unwrap();
        assert_eq!(busy_reader.await.unwrap().unwrap(), 1);
        assert_eq!(queued.await.unwrap().unwrap(), 2);
        assert_eq!(store.read(|_| Ok(4)).await.unwrap(), 4);
    }

    /// A read whose asker has gone (the client hung up while it was queued) is not run.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_read_whose_asker_has_gone_is_not_run() {
        let held = Held::reader(4).await;
        let (store, busy_reader, release) = (&held.store, held.busy_reader, held.release);
        let ran = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let abandoned = {
            let (store, ran) = (store.clone(), ran.clone());
            tokio::spawn(async move {
                store
                    .read(move |_| {
                        ran.store(true, std::sync::atomic::Ordering::SeqCst);
                        Ok(2)
                    })
                    .await
            })
        };
        while store.reads.queue.is_empty() {
            tokio::task::yield_now().await;
        }
        // The client hangs up: its request, and the read it waits for, are dropped.
        abandoned.abort();
        assert!(abandoned.await.unwrap_err().is_cancelled());
        release.send(()).unwrap();
        assert_eq!(busy_reader.await.unwrap().unwrap(), 1);
        // The one reader runs jobs in order: once a later read is answered, the abandoned
        // one has been taken from the queue.
        assert_eq!(store.read(|_| Ok(3)).await.unwrap(), 3);
        assert!(!ran.load(std::sync::atomic::Ordering::SeqCst));
    }

    /// Reads that waited together run in one transaction, and a read asked for after a write
    /// was acknowledged sees it even when it runs beside reads asked for before the write.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn reads_taken_together_share_a_transaction_and_see_earlier_writes() {
        let held = Held::reader(16).await;
        let (store, busy_reader, release) = (&held.store, held.busy_reader, held.release);
        let rows = |c: &Connection| -> Result<(i64, bool)> {
            let n = c
                .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
                .map_err(db_err)?;
            Ok((n, c.is_autocommit()))
        };
        store
            .write(1, |c, _| {
                c.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);")
                    .map_err(db_err)
            })
            .await
            .unwrap();
        let before = {
            let store = store.clone();
            tokio::spawn(async move { store.read(rows).await })
        };
        while store.reads.queue.is_empty() {
            tokio::task::yield_now().await;
        }
        store
            .write(1, |c, _| {
                c.execute_batch("INSERT INTO t VALUES (2)").map_err(db_err)
            })
            .await
            .unwrap();
        let after = {
            let store = store.clone();
            tokio::spawn(async move { store.read(rows).await })
        };
        while store.reads.queue.len() < 2 {
            tokio::task::yield_now().await;
        }
        release.send(()).unwrap();
        assert_eq!(busy_reader.await.unwrap().unwrap(), 1);
        let (seen_after, alone_after) = after.await.unwrap().unwrap();
        let (_, alone_before) = before.await.unwrap().unwrap();
        assert_eq!(seen_after, 2, "a read asked for after the write missed it");
        assert!(
            !alone_before && !alone_after,
            "the two reads did not share a transaction"
        );
        // Alone, a read runs without one.
        assert_eq!(store.read(rows).await.unwrap(), (2, true));
    }

    /// A benchmark, run by hand (bench/README.md): one-row reads from 1 to 256 tasks at once,
    /// with reads taken one at a time and in batches, alternated in one process so that both
    /// meet the same machine.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[ignore = "a benchmark that prints figures; run it in release"]
    async fn bench_read_batches() {
        // Each store with its directory, which lives as long as the store.
        let mut stores = Vec::new();
        for batch in [1usize, READ_BATCH] {
            let dir = tempfile::tempdir().unwrap();
            let store = Arc::new(
                SqliteStore::open_with(
                    &dir.path().join("liaison.db"),
                    Arc::new(domain::SystemClock),
                    reader_threads(),
                    READ_QUEUE,
                    batch,
                )
                .unwrap(),
            );
            store
                .write(1, |c, _| {
                    c.execute_batch("CREATE TABLE xp (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
                        .map_err(db_err)?;
                    let mut ins = c
                        .prepare("INSERT INTO xp (id, v) VALUES (?1, ?2)")
                        .map_err(db_err)?;
                    for i in 0..10_000i64 {
                        ins.execute(rusqlite::params![i, format!("value {i} relay")])
                            .map_err(db_err)?;
                    }
                    Ok(())
                })
                .await
                .unwrap();
            stores.push((batch, store, dir));
        }
        for round in 0..4 {
            for clients in [1usize, 16, 64, 256] {
                // Each goes first in turn, so that neither always follows the heavier run.
                let order: Vec<_> = if round % 2 == 0 {
                    stores.iter().collect()
                } else {
                    stores.iter().rev().collect()
                };
                for (batch, store, _) in order {
                    let done = Arc::new(std::sync::atomic::AtomicU64::new(0));
                    let stop = std::time::Instant::now() + std::time::Duration::from_millis(700);
                    let mut tasks = Vec::new();
                    for t in 0..clients {
                        let (store, done) = (store.clone(), done.clone());
                        tasks.push(tokio::spawn(async move {
                            let mut k = t as i64 * 37;
                            while std::time::Instant::now() < stop {
                                k = (k + 7919) % 10_000;
                                let v: String = store
                                    .read(move |c| {
                                        c.prepare_cached("SELECT v FROM xp WHERE id = ?1")
                                            .and_then(|mut s| s.query_row([k], |r| r.get(0)))
                                            .map_err(db_err)
                                    })
                                    .await
                                    .unwrap();
                                assert!(!v.is_empty());
                                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                        }));
                    }
                    for t in tasks {
                        t.await.unwrap();
                    }
                    let n = done.load(std::sync::atomic::Ordering::Relaxed);
                    println!(
                        "round {round} clients {clients:>3} batch {batch:>2}: {:>8.0} lookups/s",
                        n as f64 / 0.7
                    );
                }
            }
        }
    }
}
