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
//! instead of piling up.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use domain::store::*;
use domain::{
    CenterInfo, Clock, Collection, CollectionGrant, CollectionId, Error, GroupId, Member, MemberId,
    Result, SharingGroup, Token, User, UserId,
};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use stix::SpecVersion;
use stix::markings::Tlp;
use tokio::sync::oneshot;

use domain::audit::{AuditEntry, AuditQuery, Checkpoint, NewAuditEntry, entry_hash};
use domain::correlation::{Correlation, KeyCount};
use domain::exchange::{
    HitCounts, NewHitQuery, NewNotification, NewReleaseRequest, Notification, ReleaseDecision,
    ReleaseRequest,
};
use domain::governance::{
    Application, Ballot, NewApplication, NewBallot, NewTerm, NewTransition, Term, Transition, Vote,
};
use domain::meetings::{
    ActionItem, ActionStatus, AgendaItem, AgendaLink, Attendance, Decision, Meeting, MeetingRecord,
    NewMeeting,
};
use domain::rfis::{Answer, NewRfi, Rfi, RfiStatus};
use domain::statistics::{HitLogEntry, NewReport, ObjectCount, PublishedReport};
use domain::tracked::{GroupStatus, NewGroupStatus, NewOutcome};
use domain::votes::{Choice, Outcome};
use domain::webhooks::{Claimed, NewWebhook, Webhook};

use crate::rows::Row;
use crate::sql::{
    ACTION_COLS, AGENDA_COLS, ANSWER_COLS, APPLICATION_COLS, AUDIT_COLS, BALLOT_COLS, Builder,
    CHECKPOINT_COLS, COLLECTION_COLS, DECISION_COLS, Dialect, GROUP_COLS, GROUP_STATUS_COLS,
    MEETING_COLS, MEMBER_COLS, NOTIFICATION_COLS, OUTCOME_COLS, Param, RELEASE_REQUEST_COLS,
    RELEASE_TABLES, REPORT_COLS, RFI_COLS, ReleaseRow, TERM_COLS, TOKEN_COLS, TRANSITION_COLS,
    USER_COLS, WEBHOOK_COLS, accession, assemble_releases, bytes32, roles_text,
};
use uuid::Uuid;

fn db_err(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

/// At most this many objects go into one group commit.
const GROUP_COMMIT_OBJECTS: usize = 20_000;
/// Reads waiting for a reader thread before more are refused as busy. At a few hundred
/// microseconds a read, a full queue drains in well under a second.
const READ_QUEUE: usize = 2048;

/// Reader threads: one per core, at least two. Once the pages are cached a read is CPU work, so
/// more threads than cores only add switching: with two cores, four readers served 20,400
/// lookups a second at 16 clients but 12,000 at 256; two served 19,800, 22,600 and 18,500 at 16,
/// 64 and 256. A long read (the first statistics count of a large center) holds one meanwhile.
fn reader_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, std::num::NonZeroUsize::get)
        .max(2)
}

/// A read, run on a reader thread with its connection.
type ReadJob = Box<dyn FnOnce(&Connection) + Send>;

fn migrations() -> rusqlite_migration::Migrations<'static> {
    rusqlite_migration::Migrations::new(vec![
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0001_init.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0002_releasability.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0003_audit.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0004_exchange.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0005_webhooks.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0006_governance.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0007_meetings.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0008_correlation.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0009_search.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0010_rfis.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0011_tracked.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0012_outcomes.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0013_statistics.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0014_subscriptions.sql")),
        rusqlite_migration::M::up(include_str!(
            "../migrations/sqlite/0015_statistics_index.sql"
        )),
        rusqlite_migration::M::up(include_str!("../migrations/sqlite/0016_access_epoch.sql")),
    ])
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

/// State kept by the writer thread between jobs.
struct WriterState {
    clock: Arc<dyn Clock>,
    last_date_added: i64,
    /// A job wrote notifications: subscribers are woken after the commit.
    notified: bool,
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
                .unwrap_or_else(|| Err(Error::Store("write was not run".into()))),
            Err(e) => Err(Error::Store(format!("commit failed: {e}"))),
        };
        let _ = self.reply.send(r);
    }
}

/// The embedded SQLite store.
pub struct SqliteStore {
    changes: tokio::sync::watch::Receiver<u64>,
    access: tokio::sync::watch::Receiver<u64>,
    jobs: Mutex<mpsc::Sender<Box<dyn Job>>>,
    reads: flume::Sender<ReadJob>,
}

impl SqliteStore {
    /// Opens (creating and migrating if needed) the database file at `path`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_with(path, clock, reader_threads(), READ_QUEUE)
    }

    fn open_with(
        path: &Path,
        clock: Arc<dyn Clock>,
        readers: usize,
        read_queue: usize,
    ) -> Result<Self> {
        let mut conn = Connection::open(path)
            .map_err(|e| Error::Store(format!("cannot open database {}: {e}", path.display())))?;
        configure(&conn, WRITER_CACHE_KIB).map_err(db_err)?;
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
        let mut st = WriterState {
            clock,
            last_date_added: last,
            notified: false,
        };
        std::thread::Builder::new()
            .name("liaison-sqlite-writer".into())
            .spawn(move || writer_loop(conn, rx, &mut st, &changed, &access_sender))
            .map_err(db_err)?;
        let (reads, queue) = flume::bounded::<ReadJob>(read_queue);
        for n in 0..readers {
            let c = Connection::open(path).map_err(db_err)?;
            configure(&c, READER_CACHE_KIB).map_err(db_err)?;
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("liaison-sqlite-reader-{n}"))
                .spawn(move || {
                    // Ends when the store, and with it the sending side, is dropped.
                    while let Ok(job) = queue.recv() {
                        job(&c);
                    }
                })
                .map_err(db_err)?;
        }
        Ok(Self {
            changes,
            access,
            jobs: Mutex::new(tx),
            reads,
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
            .map_err(db_err)?
            .send(job)
            .map_err(|_| Error::Store("the database writer has stopped".into()))?;
        rx.await
            .map_err(|_| Error::Store("the database writer has stopped".into()))?
    }

    /// Reads at most one record.
    async fn one<T, P>(
        &self,
        sql: String,
        params: P,
        map: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>>
    where
        T: Send + 'static,
        P: rusqlite::Params + Send + 'static,
    {
        self.read(move |c| {
            c.prepare_cached(&sql)
                .and_then(|mut s| s.query_row(params, map).optional())
                .map_err(db_err)
        })
        .await
    }

    /// Reads a list of records.
    async fn all<T, P>(
        &self,
        sql: String,
        params: P,
        map: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>>
    where
        T: Send + 'static,
        P: rusqlite::Params + Send + 'static,
    {
        self.read(move |c| {
            let mut s = c.prepare_cached(&sql).map_err(db_err)?;
            s.query_map(params, map)
                .map_err(db_err)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(db_err)
        })
        .await
    }

    /// Runs `f` on a reader thread. A full queue is refused at once as busy: the caller is
    /// told to come back rather than made to wait behind thousands of others.
    async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: ReadJob = Box::new(move |c| {
            // The asker may have gone (its client hung up); the read is simply not delivered.
            let _ = reply.send(f(c));
        });
        self.reads.try_send(job).map_err(|e| match e {
            flume::TrySendError::Full(_) => Error::Busy(
                "the center is answering as many reads as it can; try again in a moment".into(),
            ),
            flume::TrySendError::Disconnected(_) => {
                Error::Store("the database readers have stopped".into())
            }
        })?;
        answer
            .await
            .map_err(|_| Error::Store("a database reader stopped during the read".into()))?
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

fn insert_member_tx(conn: &Connection, m: &NewMember) -> Result<Member> {
    conn.execute(
        "INSERT INTO members (name, display_name, identity_id, status, is_secretariat, created_at, accession_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![m.name, m.display_name, m.identity_id, m.status.as_str(), m.is_secretariat, m.created_at, accession(m)],
    )
    .map_err(db_err)?;
    Ok(Member {
        id: MemberId(conn.last_insert_rowid()),
        name: m.name.clone(),
        display_name: m.display_name.clone(),
        identity_id: m.identity_id.clone(),
        status: m.status,
        is_secretariat: m.is_secretariat,
        created_at: m.created_at,
        founding: false,
        accession_at: accession(m),
    })
}

fn insert_user_tx(conn: &Connection, u: &NewUser) -> Result<User> {
    conn.execute(
        "INSERT INTO users (member_id, username, display_name, roles, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![u.member_id.0, u.username, u.display_name, roles_text(&u.roles), u.password_hash, u.created_at],
    )
    .map_err(db_err)?;
    Ok(User {
        id: UserId(conn.last_insert_rowid()),
        member_id: u.member_id,
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        roles: u.roles.clone(),
        password_hash: u.password_hash.clone(),
        disabled: false,
        created_at: u.created_at,
    })
}

fn insert_collection_tx(conn: &Connection, c: &Collection) -> Result<()> {
    conn.execute(
        "INSERT INTO collections (id, alias, title, description, default_tlp, everyone_reads, everyone_writes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![c.id.0.to_string(), c.alias, c.title, c.description, c.default_tlp.code(), c.everyone_reads, c.everyone_writes, c.created_at],
    )
    .map_err(db_err)?;
    Ok(())
}

// ---- object queries ------------------------------------------------------------------------

fn to_sqlite(params: Vec<Param>) -> Vec<Sql> {
    params
        .into_iter()
        .map(|p| match p {
            Param::Int(i) => Sql::Integer(i),
            Param::Text(t) => Sql::Text(t),
        })
        .collect()
}

fn query_objects_tx(conn: &Connection, q: &ObjectQuery, vis: &Visibility) -> Result<Page> {
    // With ids, look them up by id; otherwise SQLite would walk the date index for the ORDER BY.
    let index = if q.ids.is_empty() {
        ""
    } else {
        "INDEXED BY objects_by_id"
    };
    let mut b = Builder::new(Dialect::Sqlite);
    let sql = b.object_page(q, vis, index);
    let p = to_sqlite(b.params);
    let limit = q.limit.max(1);
    let mut stmt = conn.prepare_cached(&sql).map_err(db_err)?;
    let mut objects = stmt
        .query_map(params_from_iter(p), |r| {
            Ok(StoredObject {
                stix_id: r.get(0)?,
                object_type: r.get(1)?,
                version: r.get(2)?,
                spec_version: r.parsed(3, "STIX spec version", SpecVersion::parse)?,
                date_added: r.get(4)?,
                originator: MemberId(r.get(5)?),
                tlp: r.tlp(6)?,
                body: r.get(7)?,
            })
        })
        .map_err(db_err)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db_err)?;
    let more = objects.len() > limit;
    objects.truncate(limit);
    Ok(Page { objects, more })
}

// ---- audit ---------------------------------------------------------------------------------

/// Appends entries to the chain. Runs on the writer thread inside `BEGIN IMMEDIATE`, which is
/// the log's write lock (also against other processes on the same file).
fn append_audit_tx(conn: &Connection, entries: &[NewAuditEntry]) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO audit_head (id, seq, hash) VALUES (1, 0, zeroblob(32))",
        [],
    )
    .map_err(db_err)?;
    let (mut seq, prev): (i64, Vec<u8>) = conn
        .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(db_err)?;
    let mut prev = bytes32(prev);
    let mut insert = conn
        .prepare_cached(&format!(
            "INSERT INTO audit_log ({AUDIT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        ))
        .map_err(db_err)?;
    for e in entries {
        seq += 1;
        let hash = entry_hash(&prev, seq, e);
        insert
            .execute(params![
                seq,
                e.at,
                e.actor.user.map(|u| u.0),
                e.actor.member.map(|m| m.0),
                e.actor.name,
                e.action,
                e.subject,
                e.detail,
                prev.as_slice(),
                hash.as_slice(),
            ])
            .map_err(db_err)?;
        prev = hash;
    }
    conn.execute(
        "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1",
        params![seq, prev.as_slice()],
    )
    .map_err(db_err)?;
    Ok(())
}

/// The rows of one statement with one parameter.
fn rows_of<T>(
    c: &Connection,
    sql: &str,
    p: i64,
    map: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    c.prepare_cached(sql)
        .and_then(|mut s| s.query_map([p], map)?.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(db_err)
}

fn insert_transition_tx(c: &Connection, id: MemberId, t: &NewTransition) -> Result<()> {
    c.execute(
        "INSERT INTO member_transitions (member_id, from_status, to_status, at, reason, decision, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id.0, t.from.map(|s| s.as_str()), t.to.as_str(), t.at, t.reason, t.decision, t.actor],
    )
    .map(|_| ())
    .map_err(db_err)
}

impl SqliteStore {
    /// Ballots with their votes; `filter` uses `?1`.
    async fn ballots_where(&self, filter: &'static str, p: Option<i64>) -> Result<Vec<Ballot>> {
        self.read(move |c| {
            let mut ballots = c
                .prepare_cached(&format!("SELECT {BALLOT_COLS} FROM ballots WHERE {filter} ORDER BY id"))
                .and_then(|mut s| {
                    s.query_map([p], |r| {
                        let (rule, eligible) = (Row::json(r, 3)?, Row::json(r, 4)?);
                        Ok(Ballot {
                            id: r.get(0)?,
                            subject: r.get(1)?,
                            title: r.get(2)?,
                            rule,
                            eligible,
                            opened_at: r.get(5)?,
                            deadline: r.get(6)?,
                            closed_at: r.get(7)?,
                            outcome: r.get::<_, Option<String>>(8)?.as_deref().and_then(Outcome::parse),
                            votes: vec![],
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            let mut s = c
                .prepare_cached("SELECT member_id, choice, user_id, at FROM ballot_votes WHERE ballot_id = ?1 ORDER BY member_id")
                .map_err(db_err)?;
            for b in &mut ballots {
                b.votes = s
                    .query_map([b.id], |r| {
                        Ok(Vote {
                            member: MemberId(r.get(0)?),
                            choice: r.parsed(1, "vote", Choice::parse)?,
                            user: UserId(r.get(2)?),
                            at: r.get(3)?,
                        })
                    })
                    .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                    .map_err(db_err)?;
            }
            Ok(ballots)
        })
        .await
    }
}

// ---- object writes -------------------------------------------------------------------------

fn write_objects_tx(conn: &Connection, st: &mut WriterState, w: &WriteRequest) -> Result<Status> {
    let cid = cid_of(conn, w.collection)?;
    let mut status = StatusBuilder::default();
    let mut stored_under = conn
        .prepare_cached(
            "SELECT cid, version, version_key, content_hash, originator, revoked, versioned FROM objects WHERE stix_id = ?1",
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
        append_audit_tx(conn, std::slice::from_ref(a))?;
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

#[async_trait]
impl Store for SqliteStore {
    async fn center(&self) -> Result<Option<CenterInfo>> {
        self.read(|c| {
            c.query_row(
                "SELECT name, founded_at, secretariat, default_collection FROM center WHERE id = 1",
                [],
                |r| {
                    Ok(CenterInfo {
                        name: r.get(0)?,
                        founded_at: r.get(1)?,
                        secretariat: MemberId(r.get(2)?),
                        default_collection: CollectionId(r.uuid(3)?),
                    })
                },
            )
            .optional()
            .map_err(db_err)
        })
        .await
    }

    async fn create_center(&self, c: NewCenter) -> Result<(CenterInfo, User)> {
        self.write(1, move |conn, _| {
            let exists: i64 = conn
                .query_row("SELECT COUNT(*) FROM center", [], |r| r.get(0))
                .map_err(db_err)?;
            if exists > 0 {
                return Err(Error::Conflict("the center already exists".into()));
            }
            let sec = insert_member_tx(conn, &c.secretariat)?;
            let admin = insert_user_tx(
                conn,
                &NewUser {
                    member_id: sec.id,
                    ..c.admin.clone()
                },
            )?;
            insert_collection_tx(conn, &c.default_collection)?;
            conn.execute(
                "INSERT INTO center (id, name, founded_at, secretariat, default_collection, secret) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![c.name, c.founded_at, sec.id.0, c.default_collection.id.0.to_string(), c.secret.as_slice()],
            )
            .map_err(db_err)?;
            Ok((
                CenterInfo {
                    name: c.name.clone(),
                    founded_at: c.founded_at,
                    secretariat: sec.id,
                    default_collection: c.default_collection.id,
                },
                admin,
            ))
        })
        .await
    }

    async fn secret(&self) -> Result<[u8; 32]> {
        self.read(|c| {
            let v: Vec<u8> = c
                .query_row("SELECT secret FROM center WHERE id = 1", [], |r| r.get(0))
                .map_err(db_err)?;
            v.try_into()
                .map_err(|_| Error::Store("the center's secret is damaged".into()))
        })
        .await
    }

    async fn insert_member(&self, m: NewMember) -> Result<Member> {
        self.write(1, move |c, _| insert_member_tx(c, &m)).await
    }

    async fn member(&self, id: MemberId) -> Result<Option<Member>> {
        self.one(
            format!("SELECT {MEMBER_COLS} FROM members WHERE id = ?1"),
            [id.0],
            |r| crate::rows::member(r),
        )
        .await
    }

    async fn member_by_name(&self, name: &str) -> Result<Option<Member>> {
        let name = name.to_string();
        self.one(
            format!("SELECT {MEMBER_COLS} FROM members WHERE name = ?1"),
            [name],
            |r| crate::rows::member(r),
        )
        .await
    }

    async fn members(&self) -> Result<Vec<Member>> {
        self.all(
            format!("SELECT {MEMBER_COLS} FROM members ORDER BY id"),
            [],
            |r| crate::rows::member(r),
        )
        .await
    }

    async fn insert_user(&self, u: NewUser) -> Result<User> {
        self.write(1, move |c, _| insert_user_tx(c, &u)).await
    }

    async fn user(&self, id: UserId) -> Result<Option<User>> {
        self.one(
            format!("SELECT {USER_COLS} FROM users WHERE id = ?1"),
            [id.0],
            |r| crate::rows::user(r),
        )
        .await
    }

    async fn user_by_name(&self, username: &str) -> Result<Option<User>> {
        let name = username.to_string();
        self.one(
            format!("SELECT {USER_COLS} FROM users WHERE username = ?1"),
            [name],
            |r| crate::rows::user(r),
        )
        .await
    }

    async fn users(&self, member: Option<MemberId>) -> Result<Vec<User>> {
        self.all(
            format!("SELECT {USER_COLS} FROM users WHERE ?1 IS NULL OR member_id = ?1 ORDER BY id"),
            [member.map(|m| m.0)],
            |r| crate::rows::user(r),
        )
        .await
    }

    async fn insert_token(&self, t: NewToken) -> Result<Token> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO tokens (user_id, name, digest, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![t.user_id.0, t.name, t.digest.as_slice(), t.created_at],
            )
            .map_err(db_err)?;
            Ok(Token {
                id: c.last_insert_rowid(),
                user_id: t.user_id,
                name: t.name.clone(),
                digest: t.digest.to_vec(),
                created_at: t.created_at,
                last_used_at: None,
                revoked_at: None,
            })
        })
        .await
    }

    async fn token_by_digest(&self, digest: &[u8; 32]) -> Result<Option<Token>> {
        let d = digest.to_vec();
        self.one(
            format!("SELECT {TOKEN_COLS} FROM tokens WHERE digest = ?1"),
            [d],
            |r| crate::rows::token(r),
        )
        .await
    }

    async fn tokens(&self, user: UserId) -> Result<Vec<Token>> {
        self.all(
            format!("SELECT {TOKEN_COLS} FROM tokens WHERE user_id = ?1 ORDER BY id"),
            [user.0],
            |r| crate::rows::token(r),
        )
        .await
    }

    async fn touch_token(&self, id: i64, at: i64) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE tokens SET last_used_at = ?1 WHERE id = ?2",
                params![at, id],
            )
            .map_err(db_err)
            .map(|_| ())
        })
        .await
    }

    async fn revoke_token(&self, id: i64, at: i64) -> Result<bool> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE tokens SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
                params![at, id],
            )
            .map_err(db_err)
            .map(|n| n > 0)
        })
        .await
    }

    async fn insert_collection(&self, col: Collection) -> Result<()> {
        self.write(1, move |c, _| insert_collection_tx(c, &col))
            .await
    }

    async fn collections(&self) -> Result<Vec<Collection>> {
        self.all(
            format!("SELECT {COLLECTION_COLS} FROM collections ORDER BY cid"),
            [],
            |r| crate::rows::collection(r),
        )
        .await
    }

    async fn set_collection_default(&self, collection: CollectionId, tlp: Tlp) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE collections SET default_tlp = ?1 WHERE id = ?2",
                params![tlp.code(), collection.0.to_string()],
            )
            .map_err(db_err)
            .map(|_| ())
        })
        .await
    }

    async fn grant(&self, collection: CollectionId, g: CollectionGrant) -> Result<()> {
        self.write(1, move |c, _| {
            let cid = cid_of(c, collection)?;
            c.execute(
                "INSERT INTO collection_grants (cid, member_id, can_read, can_write) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (cid, member_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write",
                params![cid, g.member_id.0, g.can_read, g.can_write],
            )
            .map_err(db_err)
            .map(|_| ())
        })
        .await
    }

    async fn grants(&self, collection: CollectionId) -> Result<Vec<CollectionGrant>> {
        self.read(move |c| {
            let cid = cid_of(c, collection)?;
            let mut s = c
                .prepare_cached(
                    "SELECT member_id, can_read, can_write FROM collection_grants WHERE cid = ?1",
                )
                .map_err(db_err)?;
            s.query_map([cid], |r| {
                Ok(CollectionGrant {
                    member_id: MemberId(r.get(0)?),
                    can_read: r.get(1)?,
                    can_write: r.get(2)?,
                })
            })
            .map_err(db_err)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_err)
        })
        .await
    }

    async fn member_grants(
        &self,
        member: MemberId,
    ) -> Result<Vec<(CollectionId, CollectionGrant)>> {
        self.read(move |c| {
            let mut s = c
                .prepare_cached(
                    "SELECT c.id, g.can_read, g.can_write FROM collection_grants g JOIN collections c ON c.cid = g.cid WHERE g.member_id = ?1",
                )
                .map_err(db_err)?;
            s.query_map([member.0], |r| {
                Ok((
                    CollectionId(r.uuid(0)?),
                    CollectionGrant {
                        member_id: member,
                        can_read: r.get(1)?,
                        can_write: r.get(2)?,
                    },
                ))
            })
            .map_err(db_err)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_err)
        })
        .await
    }

    async fn transition_member(&self, id: MemberId, t: NewTransition) -> Result<()> {
        self.write(1, move |c, _| {
            let from = t.from.map(|s| s.as_str());
            let n = c
                .execute(
                    "UPDATE members SET status = ?1, accession_at = CASE WHEN ?1 = 'member' AND accession_at IS NULL THEN ?2 ELSE accession_at END WHERE id = ?3 AND status = ?4",
                    params![t.to.as_str(), t.at, id.0, from],
                )
                .map_err(db_err)?;
            if n == 0 {
                return Err(Error::Conflict(
                    "the member's status changed meanwhile; look again and retry".into(),
                ));
            }
            insert_transition_tx(c, id, &t)
        })
        .await
    }

    async fn record_transition(&self, id: MemberId, t: NewTransition) -> Result<()> {
        self.write(1, move |c, _| insert_transition_tx(c, id, &t))
            .await
    }

    async fn transitions(&self, id: MemberId) -> Result<Vec<Transition>> {
        self.all(
            format!(
                "SELECT {TRANSITION_COLS} FROM member_transitions WHERE member_id = ?1 ORDER BY id"
            ),
            [id.0],
            |r| crate::rows::transition(r),
        )
        .await
    }

    async fn set_founding(&self, id: MemberId, accession_at: i64) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE members SET founding = 1, accession_at = ?1 WHERE id = ?2",
                params![accession_at, id.0],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn setting(&self, key: &str) -> Result<Option<String>> {
        self.one(
            "SELECT value FROM center_settings WHERE key = ?1".into(),
            [key.to_string()],
            |r| r.get(0),
        )
        .await
    }

    async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        let (key, value) = (key.to_string(), value.to_string());
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO center_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn insert_ballot(&self, b: NewBallot) -> Result<Ballot> {
        let rule = serde_json::to_string(&b.rule).map_err(db_err)?;
        let eligible = serde_json::to_string(&b.eligible).map_err(db_err)?;
        let id = self
            .write(1, move |c, _| {
                c.execute(
                    "INSERT INTO ballots (subject, title, rule, eligible, opened_at, deadline) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![b.subject, b.title, rule, eligible, b.opened_at, b.deadline],
                )
                .map_err(db_err)?;
                Ok(c.last_insert_rowid())
            })
            .await?;
        self.ballot(id).await?.ok_or(Error::NotFound("vote"))
    }

    async fn ballot(&self, id: i64) -> Result<Option<Ballot>> {
        Ok(self.ballots_where("id = ?1", Some(id)).await?.pop())
    }

    async fn ballots(&self) -> Result<Vec<Ballot>> {
        self.ballots_where("?1 IS NULL", None).await
    }

    async fn cast_vote(&self, ballot: i64, v: Vote) -> Result<()> {
        self.write(1, move |c, _| {
            let open: Option<i64> = c
                .query_row(
                    "SELECT id FROM ballots WHERE id = ?1 AND closed_at IS NULL",
                    [ballot],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_err)?;
            if open.is_none() {
                return Err(Error::Conflict("this vote is closed".into()));
            }
            c.execute(
                "INSERT INTO ballot_votes (ballot_id, member_id, choice, user_id, at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (ballot_id, member_id) DO UPDATE SET choice = excluded.choice, user_id = excluded.user_id, at = excluded.at",
                params![ballot, v.member.0, v.choice.as_str(), v.user.0, v.at],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn close_ballot(&self, id: i64, at: i64, outcome: Outcome) -> Result<bool> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE ballots SET closed_at = ?1, outcome = ?2 WHERE id = ?3 AND closed_at IS NULL",
                params![at, outcome.as_str(), id],
            )
            .map(|n| n > 0)
            .map_err(db_err)
        })
        .await
    }

    async fn insert_application(&self, a: NewApplication) -> Result<Application> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO applications (member_id, description, contact, sponsor, applied_at, ballot_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![a.member.0, a.description, a.contact, a.sponsor.map(|m| m.0), a.applied_at, a.ballot],
            )
            .map_err(db_err)?;
            Ok(Application {
                id: c.last_insert_rowid(),
                member: a.member,
                description: a.description,
                contact: a.contact,
                sponsor: a.sponsor,
                applied_at: a.applied_at,
                ballot: a.ballot,
            })
        })
        .await
    }

    async fn applications(&self) -> Result<Vec<Application>> {
        self.all(
            format!("SELECT {APPLICATION_COLS} FROM applications ORDER BY id"),
            [],
            |r| crate::rows::application(r),
        )
        .await
    }

    async fn terms(&self) -> Result<Vec<Term>> {
        self.all(
            format!("SELECT {TERM_COLS} FROM presidency_terms ORDER BY starts_at"),
            [],
            |r| crate::rows::term(r),
        )
        .await
    }

    async fn insert_term(&self, t: NewTerm) -> Result<Option<Term>> {
        self.write(1, move |c, _| {
            let n = c
                .execute(
                    "INSERT INTO presidency_terms (member_id, starts_at, ends_at, basis, note) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (starts_at) DO NOTHING",
                    params![t.member.0, t.starts_at, t.ends_at, t.basis, t.note],
                )
                .map_err(db_err)?;
            Ok((n > 0).then(|| Term {
                id: c.last_insert_rowid(),
                member: t.member,
                starts_at: t.starts_at,
                ends_at: t.ends_at,
                basis: t.basis,
                note: t.note,
            }))
        })
        .await
    }

    async fn insert_invitation(
        &self,
        user: UserId,
        digest: [u8; 32],
        at: i64,
        expires_at: i64,
    ) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO invitations (user_id, digest, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![user.0, digest.as_slice(), at, expires_at],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn redeem_invitation(
        &self,
        digest: &[u8; 32],
        now: i64,
        password_hash: &str,
    ) -> Result<Option<UserId>> {
        let (digest, hash) = (*digest, password_hash.to_string());
        self.write(1, move |c, _| {
            let user: Option<i64> = c
                .query_row(
                    "UPDATE invitations SET used_at = ?1 WHERE digest = ?2 AND used_at IS NULL AND expires_at > ?1 RETURNING user_id",
                    params![now, digest.as_slice()],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_err)?;
            if let Some(u) = user {
                c.execute(
                    "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                    params![hash, u],
                )
                .map_err(db_err)?;
            }
            Ok(user.map(UserId))
        })
        .await
    }

    async fn insert_sharing_group(&self, g: NewSharingGroup) -> Result<SharingGroup> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO sharing_groups (name, description, members_visible, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![g.name, g.description, g.members_visible, g.created_at],
            )
            .map_err(db_err)?;
            Ok(SharingGroup {
                id: GroupId(c.last_insert_rowid()),
                name: g.name,
                description: g.description,
                members_visible: g.members_visible,
                members: vec![],
                created_at: g.created_at,
            })
        })
        .await
    }

    async fn sharing_groups(&self) -> Result<Vec<SharingGroup>> {
        self.read(|c| {
            let mut groups = c
                .prepare_cached(&format!(
                    "SELECT {GROUP_COLS} FROM sharing_groups ORDER BY id"
                ))
                .and_then(|mut s| {
                    s.query_map([], |r| {
                        Ok(SharingGroup {
                            id: GroupId(r.get(0)?),
                            name: r.get(1)?,
                            description: r.get(2)?,
                            members_visible: r.get(3)?,
                            members: vec![],
                            created_at: r.get(4)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            let pairs: Vec<(i64, i64)> = c
                .prepare_cached(
                    "SELECT group_id, member_id FROM sharing_group_members ORDER BY member_id",
                )
                .and_then(|mut s| {
                    s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            for g in &mut groups {
                g.members = pairs
                    .iter()
                    .filter(|(gid, _)| *gid == g.id.0)
                    .map(|(_, m)| MemberId(*m))
                    .collect();
            }
            Ok(groups)
        })
        .await
    }

    async fn set_group_member(
        &self,
        group: GroupId,
        member: MemberId,
        present: bool,
    ) -> Result<bool> {
        self.write(1, move |c, _| {
            let sql = if present {
                "INSERT OR IGNORE INTO sharing_group_members (group_id, member_id) VALUES (?1, ?2)"
            } else {
                "DELETE FROM sharing_group_members WHERE group_id = ?1 AND member_id = ?2"
            };
            c.execute(sql, params![group.0, member.0])
                .map(|n| n > 0)
                .map_err(db_err)
        })
        .await
    }

    async fn member_groups(&self, member: MemberId) -> Result<Vec<GroupId>> {
        self.all(
            "SELECT group_id FROM sharing_group_members WHERE member_id = ?1 ORDER BY group_id"
                .into(),
            [member.0],
            |r| Ok(GroupId(r.get(0)?)),
        )
        .await
    }

    async fn releasabilities(
        &self,
        ids: Vec<String>,
        vis: Visibility,
    ) -> Result<Vec<VersionRelease>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.releasability_rows(&ids, &vis);
            let rows = c
                .prepare(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        Ok(ReleaseRow {
                            seq: r.get(0)?,
                            stix_id: r.get(1)?,
                            version_key: r.get(2)?,
                            originator: r.get(3)?,
                            tlp: r.get(4)?,
                            orcon: r.get(5)?,
                            evaluation: r.get(6)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            let seqs: Vec<i64> = rows.iter().map(|r| r.seq).collect();
            let lists = if seqs.is_empty() {
                vec![]
            } else {
                let mut b = Builder::new(Dialect::Sqlite);
                let sql = b.release_lists(&seqs);
                c.prepare(&sql)
                    .and_then(|mut s| {
                        s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                        })?
                        .collect::<rusqlite::Result<Vec<_>>>()
                    })
                    .map_err(db_err)?
            };
            Ok(assemble_releases(rows, &lists))
        })
        .await
    }

    async fn write_objects(&self, w: WriteRequest) -> Result<Status> {
        let weight = w.items.len().max(1);
        self.write(weight, move |c, st| write_objects_tx(c, st, &w))
            .await
    }

    async fn query_objects(&self, q: ObjectQuery, vis: Visibility) -> Result<Page> {
        self.read(move |c| query_objects_tx(c, &q, &vis)).await
    }

    async fn facets(&self, q: ObjectQuery, vis: Visibility) -> Result<Facets> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.facets(&q, &vis);
            let rows: Vec<(String, String, i64)> = c
                .prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            Ok(crate::sql::facets(rows))
        })
        .await
    }

    async fn delete_objects(
        &self,
        q: ObjectQuery,
        vis: Visibility,
        owner: MemberId,
    ) -> Result<Deletion> {
        self.write(1, move |c, _| {
            let mut b = Builder::new(Dialect::Sqlite);
            let filter = b.object_filter(&q, &vis);
            let p = to_sqlite(b.params);
            let matched: Vec<(i64, i64)> = c
                .prepare(&format!(
                    "SELECT o.seq, o.originator FROM objects o WHERE {filter}"
                ))
                .and_then(|mut s| {
                    s.query_map(params_from_iter(p), |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            let owned: Vec<i64> = matched
                .iter()
                .filter(|(_, originator)| *originator == owner.0)
                .map(|(seq, _)| *seq)
                .collect();
            for seq in &owned {
                // The search index forgets the text it was given for this row.
                c.execute(
                    "INSERT INTO object_text (object_text, rowid, search_text) SELECT 'delete', seq, search_text FROM objects WHERE seq = ?1 AND search_text <> ''",
                    [seq],
                )
                .map_err(db_err)?;
                for t in RELEASE_TABLES {
                    c.execute(&format!("DELETE FROM {t} WHERE seq = ?1"), [seq])
                        .map_err(db_err)?;
                }
            }
            Ok(Deletion {
                matched: matched.len() as u64,
                deleted: owned.len() as u64,
            })
        })
        .await
    }

    async fn status(&self, id: Uuid, member: MemberId) -> Result<Option<Status>> {
        self.read(move |c| {
            c.prepare_cached(
                "SELECT s.id, c.id, s.member_id, s.user_id, s.request_timestamp, s.total_count, s.success_count, s.failure_count, s.pending_count, s.successes, s.failures, s.pendings
                 FROM statuses s JOIN collections c ON c.cid = s.cid WHERE s.id = ?1 AND s.member_id = ?2",
            )
            .and_then(|mut s| {
                s.query_row(params![id.to_string(), member.0], |r| {
                    let list = |i: usize| -> rusqlite::Result<Vec<StatusDetail>> {
                        let t: String = r.get(i)?;
                        serde_json::from_str(&t).map_err(|e| {
                            <rusqlite::Row<'_> as Row>::corrupt(i, format!("damaged JSON: {e}"))
                        })
                    };
                    Ok(Status {
                        id,
                        collection: CollectionId(r.uuid(1)?),
                        member: MemberId(r.get(2)?),
                        user: UserId(r.get(3)?),
                        request_timestamp: r.get(4)?,
                        total_count: r.get::<_, i64>(5)? as u64,
                        success_count: r.get::<_, i64>(6)? as u64,
                        failure_count: r.get::<_, i64>(7)? as u64,
                        pending_count: r.get::<_, i64>(8)? as u64,
                        successes: list(9)?,
                        failures: list(10)?,
                        pendings: list(11)?,
                    })
                })
                .optional()
            })
            .map_err(db_err)
        })
        .await
    }

    async fn last_date_added(&self) -> Result<i64> {
        self.read(|c| {
            c.query_row(
                "SELECT COALESCE(MAX(date_added), 0) FROM objects",
                [],
                |r| r.get(0),
            )
            .map_err(db_err)
        })
        .await
    }

    async fn append_audit(&self, entries: Vec<NewAuditEntry>) -> Result<()> {
        self.write(entries.len(), move |c, _| append_audit_tx(c, &entries))
            .await
    }

    async fn audit_entries(&self, q: AuditQuery) -> Result<Vec<AuditEntry>> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.audit_page(&q);
            c.prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        crate::rows::audit(r)
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)
        })
        .await
    }

    async fn audit_head(&self) -> Result<Option<(i64, [u8; 32])>> {
        let head = self
            .one(
                "SELECT seq, hash FROM audit_head WHERE id = 1".into(),
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)),
            )
            .await?;
        Ok(head
            .filter(|(seq, _)| *seq > 0)
            .map(|(seq, h)| (seq, bytes32(h))))
    }

    async fn stored_signing_key(&self) -> Result<Option<[u8; 32]>> {
        Ok(self
            .one(
                "SELECT signing_key FROM center_keys WHERE id = 1".into(),
                [],
                |r| r.get::<_, Vec<u8>>(0),
            )
            .await?
            .map(bytes32))
    }

    async fn signing_key(&self, candidate: [u8; 32]) -> Result<[u8; 32]> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT OR IGNORE INTO center_keys (id, signing_key) VALUES (1, ?1)",
                [candidate.as_slice()],
            )
            .map_err(db_err)?;
            c.query_row(
                "SELECT signing_key FROM center_keys WHERE id = 1",
                [],
                |r| r.get::<_, Vec<u8>>(0),
            )
            .map(bytes32)
            .map_err(db_err)
        })
        .await
    }

    async fn insert_checkpoint(&self, cp: Checkpoint) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                &format!("INSERT OR IGNORE INTO audit_checkpoints ({CHECKPOINT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5)"),
                params![cp.seq, cp.at, cp.hash.as_slice(), cp.signature, cp.public_key.as_slice()],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        self.all(
            format!("SELECT {CHECKPOINT_COLS} FROM audit_checkpoints ORDER BY seq"),
            [],
            |r| crate::rows::checkpoint(r),
        )
        .await
    }

    async fn hit_counts(&self, keys: Vec<String>, vis: Visibility) -> Result<HitCounts> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.hits_visible(&keys, &vis);
            let visible: i64 = c
                .prepare_cached(&sql)
                .and_then(|mut s| s.query_row(params_from_iter(to_sqlite(b.params)), |r| r.get(0)))
                .map_err(db_err)?;
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.hits_hidden(&keys, &vis);
            let hidden = c
                .prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        Ok((MemberId(r.get(0)?), r.get::<_, i64>(1)? as u64))
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)?;
            Ok(HitCounts {
                visible: visible as u64,
                hidden,
            })
        })
        .await
    }

    async fn record_hit_query(&self, q: NewHitQuery) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO hit_queries (at, member_id, user_id, value, result) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![q.at, q.member.0, q.user.0, q.value, q.result],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn hit_queries_since(&self, member: MemberId, since: i64) -> Result<u64> {
        self.one(
            "SELECT COUNT(*) FROM hit_queries WHERE member_id = ?1 AND at >= ?2".into(),
            [member.0, since],
            |r| r.get::<_, i64>(0),
        )
        .await
        .map(|n| n.unwrap_or(0) as u64)
    }

    async fn matching_ids(&self, keys: Vec<String>, originator: MemberId) -> Result<Vec<String>> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.matching_ids(&keys, originator);
            c.prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| r.get(0))?
                        .collect::<rusqlite::Result<Vec<String>>>()
                })
                .map_err(db_err)
        })
        .await
    }

    async fn insert_release_request(&self, r: NewReleaseRequest) -> Result<ReleaseRequest> {
        let id = self
            .write(1, move |c, _| {
                c.execute(
                    "INSERT INTO release_requests (created_at, requester_member, requester_user, originator_member, target_member, object_id, value, reason, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending')",
                    params![r.created_at, r.requester_member.0, r.requester_user.0, r.originator.0, r.target.0, r.object_id, r.value, r.reason],
                )
                .map_err(db_err)?;
                Ok(c.last_insert_rowid())
            })
            .await?;
        self.release_request(id)
            .await?
            .ok_or(Error::NotFound("release request"))
    }

    async fn release_request(&self, id: i64) -> Result<Option<ReleaseRequest>> {
        self.one(
            format!("SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE id = ?1"),
            [id],
            |r| crate::rows::release_request(r),
        )
        .await
    }

    async fn release_requests(&self, member: MemberId) -> Result<Vec<ReleaseRequest>> {
        self.all(
            format!("SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE requester_member = ?1 OR originator_member = ?1 ORDER BY id DESC"),
            [member.0],
            |r| crate::rows::release_request(r),
        )
        .await
    }

    async fn decide_release_request(&self, d: ReleaseDecision) -> Result<u64> {
        self.write(1, move |c, _| {
            let released = if d.release.is_empty() {
                0
            } else {
                let mut b = Builder::new(Dialect::Sqlite);
                let sql = b.release_to(&d.release, d.originator, d.target);
                c.execute(&sql, params_from_iter(to_sqlite(b.params)))
                    .map_err(db_err)?;
                let mut b = Builder::new(Dialect::Sqlite);
                let sql = b.count_releasable(&d.release, d.originator);
                c.query_row(&sql, params_from_iter(to_sqlite(b.params)), |r| {
                    r.get::<_, i64>(0)
                })
                .map_err(db_err)?
            };
            let n = c
                .execute(
                    "UPDATE release_requests SET status = ?1, decided_at = ?2, decided_by = ?3, answer = ?4, released = ?5 WHERE id = ?6 AND status = 'pending'",
                    params![d.status.as_str(), d.at, d.by.0, d.answer, released, d.request],
                )
                .map_err(db_err)?;
            if n == 0 {
                // Decided meanwhile: the savepoint is rolled back, nothing was released.
                return Err(Error::Conflict("this request was decided already".into()));
            }
            Ok(released as u64)
        })
        .await
    }

    async fn notify(&self, n: Vec<NewNotification>) -> Result<()> {
        if n.is_empty() {
            return Ok(());
        }
        self.write(n.len(), move |c, st| {
            let mut insert = c
                .prepare_cached(
                    "INSERT INTO notifications (member_id, at, kind, payload) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(db_err)?;
            for x in &n {
                insert
                    .execute(params![x.member.0, x.at, x.kind, x.payload])
                    .map_err(db_err)?;
            }
            st.notified = true;
            Ok(())
        })
        .await
    }

    async fn last_notification_id(&self) -> Result<i64> {
        self.one(
            "SELECT COALESCE(MAX(id), 0) FROM notifications".into(),
            [],
            |r| r.get::<_, i64>(0),
        )
        .await
        .map(|n| n.unwrap_or(0))
    }

    async fn notifications(
        &self,
        member: MemberId,
        after: i64,
        limit: usize,
        kinds: Vec<String>,
    ) -> Result<Vec<Notification>> {
        // Kinds are checked names without commas, passed as one list. The limit is written in
        // (see `Builder::limit`): a bound one recompiles the statement on every run.
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.all(
            format!("SELECT {NOTIFICATION_COLS} FROM notifications WHERE member_id = ?1 AND id > ?2 AND (?3 = '' OR instr(',' || ?3 || ',', ',' || kind || ',') > 0) ORDER BY id LIMIT {limit}"),
            (member.0, after, kinds.join(",")),
            |r| crate::rows::notification(r),
        )
        .await
    }

    async fn insert_meeting(&self, m: NewMeeting) -> Result<Meeting> {
        let id = self
            .write(1, move |c, _| {
                c.execute(
                    "INSERT INTO meetings (title, kind, starts_at, ends_at, time_zone, venue, convened_by, convened_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![m.title, m.kind.as_str(), m.starts_at, m.ends_at, m.time_zone, m.venue, m.convened_by.0, m.convened_at],
                )
                .map_err(db_err)?;
                Ok(c.last_insert_rowid())
            })
            .await?;
        self.one(
            format!("SELECT {MEETING_COLS} FROM meetings WHERE id = ?1"),
            [id],
            |r| crate::rows::meeting(r),
        )
        .await?
        .ok_or(Error::NotFound("meeting"))
    }

    async fn meetings(&self) -> Result<Vec<Meeting>> {
        self.all(
            format!("SELECT {MEETING_COLS} FROM meetings ORDER BY starts_at, id"),
            [],
            |r| crate::rows::meeting(r),
        )
        .await
    }

    async fn meeting(&self, id: i64) -> Result<Option<MeetingRecord>> {
        self.read(move |c| {
            let meeting = c
                .prepare_cached(&format!("SELECT {MEETING_COLS} FROM meetings WHERE id = ?1"))
                .and_then(|mut s| s.query_row([id], |r| crate::rows::meeting(r)).optional())
                .map_err(db_err)?;
            let Some(meeting) = meeting else { return Ok(None) };
            let agenda = rows_of(c, &format!("SELECT {AGENDA_COLS} FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id"), id, |r| crate::rows::agenda_item(r))?;
            let attendance = rows_of(c, "SELECT member_id, delegates, present FROM attendance WHERE meeting_id = ?1 ORDER BY member_id", id, |r| crate::rows::attendance(r))?;
            let decisions = rows_of(c, &format!("SELECT {DECISION_COLS} FROM decisions WHERE meeting_id = ?1 ORDER BY id"), id, |r| crate::rows::decision(r))?;
            let actions = rows_of(c, &format!("SELECT {ACTION_COLS} FROM action_items WHERE meeting_id = ?1 ORDER BY id"), id, |r| crate::rows::action(r))?;
            Ok(Some(MeetingRecord {
                meeting,
                agenda,
                attendance,
                decisions,
                actions,
            }))
        })
        .await
    }

    async fn insert_agenda_item(
        &self,
        meeting: i64,
        position: i64,
        title: &str,
        notes: &str,
        link: Option<&AgendaLink>,
    ) -> Result<AgendaItem> {
        let link_text = link
            .map(serde_json::to_string)
            .transpose()
            .map_err(db_err)?;
        let item = AgendaItem {
            id: 0,
            meeting,
            position,
            title: title.into(),
            notes: notes.into(),
            link: link.cloned(),
        };
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, notes, link) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![meeting, position, item.title, item.notes, link_text],
            )
            .map_err(db_err)?;
            Ok(AgendaItem {
                id: c.last_insert_rowid(),
                ..item
            })
        })
        .await
    }

    async fn set_attendance(&self, meeting: i64, a: Attendance) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO attendance (meeting_id, member_id, delegates, present) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (meeting_id, member_id) DO UPDATE SET delegates = excluded.delegates, present = excluded.present",
                params![meeting, a.member.0, a.delegates, a.present],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn set_minutes(&self, meeting: i64, markdown: &str) -> Result<()> {
        let md = markdown.to_string();
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE meetings SET minutes = ?1 WHERE id = ?2",
                params![md, meeting],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn insert_decision(
        &self,
        meeting: i64,
        agenda_item: Option<i64>,
        text: &str,
        ballot: Option<i64>,
        at: i64,
        outcome: Option<Outcome>,
    ) -> Result<Decision> {
        let text = text.to_string();
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO decisions (meeting_id, agenda_item_id, text, ballot_id, recorded_at, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![meeting, agenda_item, text, ballot, at, outcome.map(|o| o.as_str())],
            )
            .map_err(db_err)?;
            Ok(Decision {
                id: c.last_insert_rowid(),
                meeting,
                agenda_item,
                text,
                ballot,
                recorded_at: at,
                outcome,
            })
        })
        .await
    }

    async fn set_decision_outcome(&self, ballot: i64, outcome: Outcome) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE decisions SET outcome = ?1 WHERE ballot_id = ?2",
                params![outcome.as_str(), ballot],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn insert_action(
        &self,
        meeting: i64,
        decision: Option<i64>,
        title: &str,
        assignee: MemberId,
        due_at: i64,
    ) -> Result<ActionItem> {
        let title = title.to_string();
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO action_items (meeting_id, decision_id, title, assignee, due_at, status) VALUES (?1, ?2, ?3, ?4, ?5, 'open')",
                params![meeting, decision, title, assignee.0, due_at],
            )
            .map_err(db_err)?;
            Ok(ActionItem {
                id: c.last_insert_rowid(),
                meeting,
                decision,
                title,
                assignee,
                due_at,
                status: ActionStatus::Open,
                closed_at: None,
            })
        })
        .await
    }

    async fn action(&self, id: i64) -> Result<Option<ActionItem>> {
        self.one(
            format!("SELECT {ACTION_COLS} FROM action_items WHERE id = ?1"),
            [id],
            |r| crate::rows::action(r),
        )
        .await
    }

    async fn set_action_status(&self, id: i64, status: ActionStatus, at: i64) -> Result<()> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE action_items SET status = ?1, closed_at = ?2 WHERE id = ?3",
                params![status.as_str(), at, id],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn actions(&self, assignee: Option<MemberId>) -> Result<Vec<ActionItem>> {
        self.all(
            format!("SELECT {ACTION_COLS} FROM action_items WHERE ?1 IS NULL OR assignee = ?1 ORDER BY id"),
            [assignee.map(|m| m.0)],
            |r| crate::rows::action(r),
        )
        .await
    }

    async fn correlations(
        &self,
        stix_id: String,
        vis: Visibility,
        noisy_limit: i64,
    ) -> Result<Option<Vec<Correlation>>> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.sees(&stix_id, &vis);
            let seen: i64 = c
                .prepare_cached(&sql)
                .and_then(|mut s| s.query_row(params_from_iter(to_sqlite(b.params)), |r| r.get(0)))
                .map_err(db_err)?;
            if seen == 0 {
                return Ok(None);
            }
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.correlations(&stix_id, &vis, noisy_limit);
            c.prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        Ok(Correlation {
                            key: r.get(0)?,
                            stix_id: r.get(1)?,
                            object_type: r.get(2)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map(Some)
                .map_err(db_err)
        })
        .await
    }

    async fn noisy_keys(&self, noisy_limit: i64) -> Result<Vec<KeyCount>> {
        self.read(move |c| {
            let mut b = Builder::new(Dialect::Sqlite);
            let sql = b.noisy_keys(noisy_limit);
            c.prepare_cached(&sql)
                .and_then(|mut s| {
                    s.query_map(params_from_iter(to_sqlite(b.params)), |r| {
                        crate::rows::key_count(r)
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(db_err)
        })
        .await
    }

    async fn set_key_excluded(
        &self,
        key: &str,
        excluded: bool,
        at: i64,
        actor: &str,
    ) -> Result<()> {
        let (key, actor) = (key.to_string(), actor.to_string());
        self.write(1, move |c, _| {
            if excluded {
                c.execute(
                    "INSERT INTO key_exclusions (key, at, actor) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO NOTHING",
                    params![key, at, actor],
                )
            } else {
                c.execute("DELETE FROM key_exclusions WHERE key = ?1", [key])
            }
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn insert_rfi(&self, r: NewRfi) -> Result<Rfi> {
        let id = self
            .write(1, move |c, _| {
                c.execute(
                    "INSERT INTO rfis (asker, asked_by, question, priority, created_at, deadline, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open')",
                    params![r.asker.0, r.asked_by.0, r.question, r.priority.as_str(), r.created_at, r.deadline],
                )
                .map_err(db_err)?;
                let id = c.last_insert_rowid();
                for m in &r.recipients {
                    c.execute(
                        "INSERT OR IGNORE INTO rfi_recipients (rfi_id, member_id) VALUES (?1, ?2)",
                        params![id, m.0],
                    )
                    .map_err(db_err)?;
                }
                for l in &r.links {
                    c.execute(
                        "INSERT OR IGNORE INTO rfi_links (rfi_id, stix_id) VALUES (?1, ?2)",
                        params![id, l],
                    )
                    .map_err(db_err)?;
                }
                Ok(id)
            })
            .await?;
        self.rfi(id)
            .await?
            .map(|(r, _)| r)
            .ok_or(Error::NotFound("RFI"))
    }

    async fn rfi(&self, id: i64) -> Result<Option<(Rfi, Vec<Answer>)>> {
        self.read(move |c| {
            let rfi = c
                .prepare_cached(&format!("SELECT {RFI_COLS} FROM rfis WHERE id = ?1"))
                .and_then(|mut s| s.query_row([id], |r| crate::rows::rfi(r)).optional())
                .map_err(db_err)?;
            let Some(mut rfi) = rfi else { return Ok(None) };
            rfi.recipients = rows_of(
                c,
                "SELECT member_id FROM rfi_recipients WHERE rfi_id = ?1 ORDER BY member_id",
                id,
                |r| Ok(MemberId(r.get(0)?)),
            )?;
            rfi.links = rows_of(
                c,
                "SELECT stix_id FROM rfi_links WHERE rfi_id = ?1 ORDER BY stix_id",
                id,
                |r| r.get(0),
            )?;
            let answers = rows_of(
                c,
                &format!("SELECT {ANSWER_COLS} FROM rfi_answers WHERE rfi_id = ?1 ORDER BY id"),
                id,
                |r| crate::rows::answer(r),
            )?;
            Ok(Some((rfi, answers)))
        })
        .await
    }

    async fn rfis_for(&self, member: MemberId) -> Result<Vec<Rfi>> {
        let ids = self
            .all(
                "SELECT id FROM rfis WHERE asker = ?1 OR id IN (SELECT rfi_id FROM rfi_recipients WHERE member_id = ?1) ORDER BY id DESC".into(),
                [member.0],
                |r| r.get::<_, i64>(0),
            )
            .await?;
        let mut out = Vec::new();
        for id in ids {
            if let Some((r, _)) = self.rfi(id).await? {
                out.push(r);
            }
        }
        Ok(out)
    }

    async fn insert_answer(
        &self,
        rfi: i64,
        member: MemberId,
        user: UserId,
        text: &str,
        objects: &[String],
        at: i64,
    ) -> Result<Answer> {
        let (text, objects) = (text.to_string(), objects.to_vec());
        self.write(1, move |c, _| {
            let list = serde_json::to_string(&objects).map_err(db_err)?;
            c.execute(
                "INSERT INTO rfi_answers (rfi_id, member_id, user_id, text, objects, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![rfi, member.0, user.0, text, list, at],
            )
            .map_err(db_err)?;
            let id = c.last_insert_rowid();
            c.execute(
                "UPDATE rfis SET status = 'answered' WHERE id = ?1 AND status = 'open'",
                [rfi],
            )
            .map_err(db_err)?;
            Ok(Answer {
                id,
                rfi,
                member,
                user,
                text,
                at,
                objects,
            })
        })
        .await
    }

    async fn set_rfi_status(
        &self,
        id: i64,
        from: &[RfiStatus],
        to: RfiStatus,
        at: i64,
    ) -> Result<bool> {
        let from: Vec<String> = from.iter().map(|s| s.as_str().to_string()).collect();
        self.write(1, move |c, _| {
            let n = c
                .execute(
                    "UPDATE rfis SET status = ?1, closed_at = ?2 WHERE id = ?3 AND status IN (SELECT value FROM json_each(?4))",
                    params![to.as_str(), at, id, serde_json::to_string(&from).map_err(db_err)?],
                )
                .map_err(db_err)?;
            Ok(n > 0)
        })
        .await
    }

    async fn rfis_due(&self, before: i64) -> Result<Vec<(Rfi, Vec<Answer>)>> {
        let ids = self
            .all(
                "SELECT id FROM rfis WHERE status IN ('open', 'answered') AND deadline <= ?1 ORDER BY id".into(),
                [before],
                |r| r.get::<_, i64>(0),
            )
            .await?;
        self.rfis_by_ids(ids).await
    }

    async fn mark_reminded(&self, rfi: i64, member: MemberId) -> Result<bool> {
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE rfi_recipients SET reminded = 1 WHERE rfi_id = ?1 AND member_id = ?2 AND reminded = 0",
                params![rfi, member.0],
            )
            .map(|n| n > 0)
            .map_err(db_err)
        })
        .await
    }

    async fn insert_outcome(&self, o: NewOutcome) -> Result<domain::tracked::Outcome> {
        let objects = serde_json::to_string(&o.objects).map_err(db_err)?;
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO outcomes (kind, description, occurred_at, recorded_at, member_id, user_id, objects) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![o.kind.as_str(), o.description, o.occurred_at, o.recorded_at, o.member.0, o.user.0, objects],
            )
            .map_err(db_err)?;
            Ok(domain::tracked::Outcome {
                id: c.last_insert_rowid(),
                kind: o.kind,
                description: o.description,
                occurred_at: o.occurred_at,
                recorded_at: o.recorded_at,
                member: o.member,
                user: o.user,
                objects: o.objects,
            })
        })
        .await
    }

    async fn object_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
    ) -> Result<Vec<ObjectCount>> {
        let mut b = Builder::new(Dialect::Sqlite);
        let sql = b.object_counts(from, to, &within);
        self.all(sql, params_from_iter(to_sqlite(b.params)), |r| {
            crate::rows::object_count(r)
        })
        .await
    }

    async fn correlated_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        noisy_limit: i64,
    ) -> Result<Vec<(MemberId, u64)>> {
        let mut b = Builder::new(Dialect::Sqlite);
        let sql = b.correlated_counts(from, to, &within, noisy_limit);
        self.all(sql, params_from_iter(to_sqlite(b.params)), |r| {
            crate::rows::member_count(r)
        })
        .await
    }

    async fn rfis_between(&self, from: i64, to: i64) -> Result<Vec<(Rfi, Vec<Answer>)>> {
        let ids = self
            .all(
                "SELECT id FROM rfis WHERE created_at >= ?1 AND created_at < ?2 ORDER BY id".into(),
                [from, to],
                |r| r.get::<_, i64>(0),
            )
            .await?;
        self.rfis_by_ids(ids).await
    }

    async fn hit_log(&self, from: i64, to: i64) -> Result<Vec<HitLogEntry>> {
        self.all(
            "SELECT at, member_id, result FROM hit_queries WHERE at >= ?1 AND at < ?2 ORDER BY id"
                .into(),
            [from, to],
            |r| crate::rows::hit_log(r),
        )
        .await
    }

    async fn insert_report(&self, r: NewReport) -> Result<PublishedReport> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO statistics_reports (period_from, period_to, published_at, published_by, title, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![r.period.from, r.period.to, r.published_at, r.published_by.0, r.title, r.body],
            )
            .map_err(db_err)?;
            Ok(PublishedReport {
                id: c.last_insert_rowid(),
                period: r.period,
                published_at: r.published_at,
                published_by: r.published_by,
                title: r.title,
                body: r.body,
            })
        })
        .await
    }

    async fn reports(&self) -> Result<Vec<PublishedReport>> {
        self.all(
            format!("SELECT {REPORT_COLS} FROM statistics_reports ORDER BY id"),
            [],
            |r| crate::rows::report(r),
        )
        .await
    }

    async fn report(&self, id: i64) -> Result<Option<PublishedReport>> {
        self.one(
            format!("SELECT {REPORT_COLS} FROM statistics_reports WHERE id = ?1"),
            [id],
            |r| crate::rows::report(r),
        )
        .await
    }

    async fn outcomes(&self) -> Result<Vec<domain::tracked::Outcome>> {
        self.all(
            format!("SELECT {OUTCOME_COLS} FROM outcomes ORDER BY occurred_at, id"),
            [],
            |r| crate::rows::outcome(r),
        )
        .await
    }

    async fn insert_group_status(&self, s: NewGroupStatus) -> Result<GroupStatus> {
        self.write(1, move |c, _| {
            c.execute(
                "INSERT INTO group_statuses (stix_id, state, at, member_id, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![s.stix_id, s.state.as_str(), s.at, s.member.0, s.note],
            )
            .map_err(db_err)?;
            Ok(GroupStatus {
                id: c.last_insert_rowid(),
                stix_id: s.stix_id,
                state: s.state,
                at: s.at,
                member: s.member,
                note: s.note,
            })
        })
        .await
    }

    async fn group_statuses(&self, stix_id: &str) -> Result<Vec<GroupStatus>> {
        self.all(
            format!(
                "SELECT {GROUP_STATUS_COLS} FROM group_statuses WHERE stix_id = ?1 ORDER BY id"
            ),
            [stix_id.to_string()],
            |r| crate::rows::group_status(r),
        )
        .await
    }

    async fn insert_webhook(&self, w: NewWebhook) -> Result<Webhook> {
        let filter = serde_json::to_string(&w.filter).map_err(|e| Error::Store(e.to_string()))?;
        let id = self
            .write(1, move |c, _| {
                c.execute(
                    "INSERT INTO webhooks (member_id, url, secret, created_at, cursor_objects, cursor_notices, filter) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![w.member.0, w.url, w.secret, w.created_at, w.cursor_objects, w.cursor_notices, filter],
                )
                .map_err(db_err)?;
                Ok(c.last_insert_rowid())
            })
            .await?;
        self.one(
            format!("SELECT {WEBHOOK_COLS} FROM webhooks WHERE id = ?1"),
            [id],
            |r| crate::rows::webhook(r),
        )
        .await?
        .ok_or(Error::NotFound("webhook"))
    }

    async fn webhooks(&self, member: Option<MemberId>) -> Result<Vec<Webhook>> {
        self.all(
            format!(
                "SELECT {WEBHOOK_COLS} FROM webhooks WHERE ?1 IS NULL OR member_id = ?1 ORDER BY id"
            ),
            [member.map(|m| m.0)],
            |r| crate::rows::webhook(r),
        )
        .await
    }

    async fn delete_webhook(&self, id: i64) -> Result<bool> {
        self.write(1, move |c, _| {
            c.execute("DELETE FROM webhooks WHERE id = ?1", [id])
                .map(|n| n > 0)
                .map_err(db_err)
        })
        .await
    }

    async fn claim_webhooks(&self, node: &str, now: i64, until: i64) -> Result<Vec<Claimed>> {
        let node = node.to_string();
        self.write(1, move |c, _| {
            c.prepare_cached(&format!(
                "UPDATE webhooks SET lease_owner = ?1, lease_until = ?2 WHERE lease_until <= ?3 OR lease_owner = ?1 RETURNING {WEBHOOK_COLS}, secret"
            ))
            .and_then(|mut s| {
                s.query_map(params![node, until, now], |r| {
                    Ok(Claimed {
                        webhook: crate::rows::webhook(r)?,
                        secret: r.get(crate::sql::WEBHOOK_SECRET_COL)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(db_err)
        })
        .await
    }

    async fn webhook_delivered(
        &self,
        id: i64,
        node: &str,
        cursor_objects: i64,
        cursor_notices: i64,
        status: &str,
        at: i64,
    ) -> Result<()> {
        let (node, status) = (node.to_string(), status.to_string());
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE webhooks SET cursor_objects = ?1, cursor_notices = ?2, last_status = ?3, last_attempt = ?4, failures = 0 WHERE id = ?5 AND lease_owner = ?6",
                params![cursor_objects, cursor_notices, status, at, id, node],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    async fn webhook_failed(
        &self,
        id: i64,
        node: &str,
        status: &str,
        at: i64,
        retry_at: i64,
    ) -> Result<()> {
        let (node, status) = (node.to_string(), status.to_string());
        self.write(1, move |c, _| {
            c.execute(
                "UPDATE webhooks SET last_status = ?1, last_attempt = ?2, failures = failures + 1, lease_owner = NULL, lease_until = ?3 WHERE id = ?4 AND lease_owner = ?5",
                params![status, at, retry_at, id, node],
            )
            .map(|_| ())
            .map_err(db_err)
        })
        .await
    }

    fn changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changes.clone()
    }

    fn access_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.access.clone()
    }

    async fn count_objects(&self) -> Result<u64> {
        self.read(|c| {
            c.query_row("SELECT COUNT(*) FROM objects", [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(db_err)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    /// Past the queue, a read is refused at once as busy; nothing waits without bound, and the
    /// reads already queued are answered.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_read_queue_refuses_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(
            SqliteStore::open_with(
                &dir.path().join("liaison.db"),
                Arc::new(domain::SystemClock),
                1,
                1,
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
        // The one reader thread is now held; the next read fills the queue of one.
        tokio::task::spawn_blocking(move || is_started.recv().unwrap())
            .await
            .unwrap();
        let queued = {
            let store = store.clone();
            tokio::spawn(async move { store.read(|_| Ok(2)).await })
        };
        while store.reads.is_empty() {
            tokio::task::yield_now().await;
        }
        let refused = store.read(|_| Ok(3)).await;
        assert!(matches!(refused, Err(Error::Busy(_))), "{refused:?}");
        release.send(()).unwrap();
        assert_eq!(busy_reader.await.unwrap().unwrap(), 1);
        assert_eq!(queued.await.unwrap().unwrap(), 2);
        assert_eq!(store.read(|_| Ok(4)).await.unwrap(), 4);
    }
}
