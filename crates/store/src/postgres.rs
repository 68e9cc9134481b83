//! The PostgreSQL backend, for a center that runs several `liaison serve` nodes on one database.
//!
//! Every write locks the center row first: writers are serialised across nodes, `date_added`
//! comes from the database clock and is assigned in commit order, so a reader paging by it never
//! skips a row that commits later. Batches go in with one `UNNEST` insert.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use domain::store::*;
use domain::{
    CenterInfo, Collection, CollectionGrant, CollectionId, Error, GroupId, Member, MemberId,
    Result, SharingGroup, Token, User, UserId,
};
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::{Postgres, Row, Transaction};
use stix::SpecVersion;
use stix::markings::Tlp;
use uuid::Uuid;

use domain::audit::{AuditEntry, AuditQuery, Checkpoint, GENESIS, NewAuditEntry, entry_hash};
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

use crate::rows::Row as RowDecode;
use crate::sql::{
    ACTION_COLS, AGENDA_COLS, ANSWER_COLS, APPLICATION_COLS, AUDIT_COLS, BALLOT_COLS, Builder,
    CHECKPOINT_COLS, COLLECTION_COLS, DECISION_COLS, Dialect, GROUP_COLS, GROUP_STATUS_COLS,
    MEETING_COLS, MEMBER_COLS, NOTIFICATION_COLS, OUTCOME_COLS, Param, RELEASE_REQUEST_COLS,
    RELEASE_TABLES, REPORT_COLS, RFI_COLS, ReleaseRow, TERM_COLS, TOKEN_COLS, TRANSITION_COLS,
    USER_COLS, WEBHOOK_COLS, accession, assemble_releases, bytes32, roles_text,
};

/// How long a request waits for one of the pool's connections before it is refused as busy.
const ACQUIRE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

fn db_err<E: std::fmt::Display + 'static>(e: E) -> Error {
    if let Some(sqlx::Error::PoolTimedOut) = (&e as &dyn std::any::Any).downcast_ref() {
        return Error::Busy(
            "the center is answering as many requests as it can; try again in a moment".into(),
        );
    }
    Error::Store(e.to_string())
}

/// The PostgreSQL store.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
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
const CHANNEL: &str = "liaison_writes";
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
            .map_err(|e| Error::Store(format!("not a PostgreSQL URL: {e}")))?;
        // Reads here are short and indexed; PostgreSQL's JIT compiler, which starts on large
        // cost estimates, spent 260 ms compiling a 1 ms correlation lookup at a million objects.
        // Statements of fixed text may keep a generic plan; those the builder assembles are
        // planned for their values (`planned_for_values`).
        let options = options.options([("jit", "off")]);
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|e| Error::Store(format!("cannot connect to PostgreSQL: {e}")))?;
        sqlx::migrate!("migrations/postgres")
            .run(&pool)
            .await
            .map_err(|e| Error::Store(format!("database migration failed: {e}")))?;
        let (changed, changes) = tokio::sync::watch::channel(0u64);
        let (access_sender, access) = tokio::sync::watch::channel(0u64);
        let access_sender = Arc::new(access_sender);
        tokio::spawn(listen(pool.clone(), changed, access_sender.clone()));
        Ok(Self {
            pool,
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

    /// Runs a query for at most one record.
    async fn one<T>(
        &self,
        q: PgQuery<'_>,
        map: fn(&PgRow) -> sqlx::Result<T>,
    ) -> Result<Option<T>> {
        q.fetch_optional(&self.pool)
            .await
            .map_err(db_err)?
            .map(|r| map(&r))
            .transpose()
            .map_err(db_err)
    }

    /// Runs a query for a list of records.
    async fn all<T>(&self, q: PgQuery<'_>, map: fn(&PgRow) -> sqlx::Result<T>) -> Result<Vec<T>> {
        q.fetch_all(&self.pool)
            .await
            .map_err(db_err)?
            .iter()
            .map(map)
            .collect::<sqlx::Result<_>>()
            .map_err(db_err)
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
        };
    }
    q
}

async fn insert_member_tx(tx: &mut Transaction<'_, Postgres>, m: &NewMember) -> Result<Member> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, display_name, identity_id, status, is_secretariat, created_at, accession_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&m.name)
    .bind(&m.display_name)
    .bind(&m.identity_id)
    .bind(m.status.as_str())
    .bind(m.is_secretariat)
    .bind(m.created_at)
    .bind(accession(m))
    .fetch_one(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(Member {
        id: MemberId(id),
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

async fn insert_user_tx(tx: &mut Transaction<'_, Postgres>, u: &NewUser) -> Result<User> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (member_id, username, display_name, roles, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(u.member_id.0)
    .bind(&u.username)
    .bind(&u.display_name)
    .bind(roles_text(&u.roles))
    .bind(&u.password_hash)
    .bind(u.created_at)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(User {
        id: UserId(id),
        member_id: u.member_id,
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        roles: u.roles.clone(),
        password_hash: u.password_hash.clone(),
        disabled: false,
        created_at: u.created_at,
    })
}

async fn insert_collection_tx(tx: &mut Transaction<'_, Postgres>, c: &Collection) -> Result<()> {
    sqlx::query(
        "INSERT INTO collections (id, alias, title, description, default_tlp, everyone_reads, everyone_writes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(c.id.0.to_string())
    .bind(&c.alias)
    .bind(&c.title)
    .bind(&c.description)
    .bind(c.default_tlp.code())
    .bind(c.everyone_reads)
    .bind(c.everyone_writes)
    .bind(c.created_at)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(())
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

/// Appends entries to the audit chain. Locking the head row serialises every writer of the log
/// across nodes; a waiting writer reads the head as the one before it left it.
async fn append_audit_tx(
    tx: &mut Transaction<'_, Postgres>,
    entries: &[NewAuditEntry],
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING",
    )
    .bind(GENESIS.to_vec())
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .fetch_one(&mut **tx)
        .await
        .map_err(db_err)?;
    let mut seq: i64 = head.try_get(0).map_err(db_err)?;
    let mut prev = bytes32(head.try_get(1).map_err(db_err)?);
    let (mut seqs, mut ats, mut users, mut members, mut names) =
        (vec![], vec![], vec![], vec![], vec![]);
    let (mut actions, mut subjects, mut details, mut prevs, mut hashes) =
        (vec![], vec![], vec![], vec![], vec![]);
    for e in entries {
        seq += 1;
        let hash = entry_hash(&prev, seq, e);
        seqs.push(seq);
        ats.push(e.at);
        users.push(e.actor.user.map(|u| u.0));
        members.push(e.actor.member.map(|m| m.0));
        names.push(e.actor.name.clone());
        actions.push(e.action.clone());
        subjects.push(e.subject.clone());
        details.push(e.detail.clone());
        prevs.push(prev.to_vec());
        hashes.push(hash.to_vec());
        prev = hash;
    }
    dynamic(format!(
        "INSERT INTO audit_log ({AUDIT_COLS}) SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bytea[], $10::bytea[])"
    ))
    .bind(&seqs)
    .bind(&ats)
    .bind(&users)
    .bind(&members)
    .bind(&names)
    .bind(&actions)
    .bind(&subjects)
    .bind(&details)
    .bind(&prevs)
    .bind(&hashes)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(seq)
        .bind(prev.to_vec())
        .execute(&mut **tx)
        .await
        .map_err(db_err)?;
    Ok(())
}

async fn insert_transition_tx(
    tx: &mut Transaction<'_, Postgres>,
    id: MemberId,
    t: &NewTransition,
) -> Result<()> {
    sqlx::query("INSERT INTO member_transitions (member_id, from_status, to_status, at, reason, decision, actor) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(id.0)
        .bind(t.from.map(|s| s.as_str()))
        .bind(t.to.as_str())
        .bind(t.at)
        .bind(&t.reason)
        .bind(&t.decision)
        .bind(&t.actor)
        .execute(&mut **tx)
        .await
        .map(|_| ())
        .map_err(db_err)
}

impl PgStore {
    /// Ballots with their votes: one, or all.
    async fn ballots_where(&self, id: Option<i64>) -> Result<Vec<Ballot>> {
        let mut ballots = self
            .all(
                dynamic(format!("SELECT {BALLOT_COLS} FROM ballots WHERE $1::bigint IS NULL OR id = $1 ORDER BY id")).bind(id),
                |r| {
                    let (rule, eligible) = (crate::rows::Row::json(r, 3)?, crate::rows::Row::json(r, 4)?);
                    Ok(Ballot {
                        id: r.try_get(0)?,
                        subject: r.try_get(1)?,
                        title: r.try_get(2)?,
                        rule,
                        eligible,
                        opened_at: r.try_get(5)?,
                        deadline: r.try_get(6)?,
                        closed_at: r.try_get(7)?,
                        outcome: r
                            .try_get::<Option<String>, _>(8)?
                            .as_deref()
                            .and_then(Outcome::parse),
                        votes: vec![],
                    })
                },
            )
            .await?;
        let votes = self
            .all(
                sqlx::query("SELECT ballot_id, member_id, choice, user_id, at FROM ballot_votes WHERE $1::bigint IS NULL OR ballot_id = $1 ORDER BY member_id").bind(id),
                |r| {
                    Ok((
                        r.try_get::<i64, _>(0)?,
                        Vote {
                            member: MemberId(r.try_get(1)?),
                            choice: r.parsed(2, "vote", Choice::parse)?,
                            user: UserId(r.try_get(3)?),
                            at: r.try_get(4)?,
                        },
                    ))
                },
            )
            .await?;
        for b in &mut ballots {
            b.votes = votes
                .iter()
                .filter(|(bid, _)| *bid == b.id)
                .map(|(_, v)| *v)
                .collect();
        }
        Ok(ballots)
    }
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
        "SELECT stix_id, cid, version, version_key, content_hash, originator, revoked, versioned FROM objects WHERE stix_id = ANY($1)",
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

fn stored_row(r: &PgRow) -> sqlx::Result<StoredObject> {
    Ok(StoredObject {
        stix_id: r.try_get(0)?,
        object_type: r.try_get(1)?,
        version: r.try_get(2)?,
        spec_version: r.parsed(3, "STIX spec version", SpecVersion::parse)?,
        date_added: r.try_get(4)?,
        originator: MemberId(r.try_get(5)?),
        tlp: crate::rows::Row::tlp(r, 6)?,
        body: r.try_get(7)?,
    })
}

#[async_trait]
impl Store for PgStore {
    async fn center(&self) -> Result<Option<CenterInfo>> {
        let r = sqlx::query(
            "SELECT name, founded_at, secretariat, default_collection FROM center WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        r.map(|r| {
            Ok(CenterInfo {
                name: r.try_get(0)?,
                founded_at: r.try_get(1)?,
                secretariat: MemberId(r.try_get(2)?),
                default_collection: CollectionId(r.uuid(3)?),
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| db_err(e))
    }

    async fn create_center(&self, c: NewCenter) -> Result<(CenterInfo, User)> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        // Two nodes starting on an empty database: only one creates the center.
        sqlx::query("SELECT pg_advisory_xact_lock(7041)")
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM center")
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        if exists > 0 {
            return Err(Error::Conflict("the center already exists".into()));
        }
        let sec = insert_member_tx(&mut tx, &c.secretariat).await?;
        let admin = insert_user_tx(
            &mut tx,
            &NewUser {
                member_id: sec.id,
                ..c.admin.clone()
            },
        )
        .await?;
        insert_collection_tx(&mut tx, &c.default_collection).await?;
        sqlx::query(
            "INSERT INTO center (id, name, founded_at, secretariat, default_collection, secret) VALUES (1, $1, $2, $3, $4, $5)",
        )
        .bind(&c.name)
        .bind(c.founded_at)
        .bind(sec.id.0)
        .bind(c.default_collection.id.0.to_string())
        .bind(c.secret.as_slice())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok((
            CenterInfo {
                name: c.name,
                founded_at: c.founded_at,
                secretariat: sec.id,
                default_collection: c.default_collection.id,
            },
            admin,
        ))
    }

    async fn secret(&self) -> Result<[u8; 32]> {
        let v: Vec<u8> = sqlx::query_scalar("SELECT secret FROM center WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        v.try_into()
            .map_err(|_| Error::Store("the center's secret is damaged".into()))
    }

    async fn insert_member(&self, m: NewMember) -> Result<Member> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let m = insert_member_tx(&mut tx, &m).await?;
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok(m)
    }

    async fn member(&self, id: MemberId) -> Result<Option<Member>> {
        self.one(
            dynamic(format!("SELECT {MEMBER_COLS} FROM members WHERE id = $1")).bind(id.0),
            crate::rows::member,
        )
        .await
    }

    async fn member_by_name(&self, name: &str) -> Result<Option<Member>> {
        self.one(
            dynamic(format!("SELECT {MEMBER_COLS} FROM members WHERE name = $1")).bind(name),
            crate::rows::member,
        )
        .await
    }

    async fn members(&self) -> Result<Vec<Member>> {
        self.all(
            dynamic(format!("SELECT {MEMBER_COLS} FROM members ORDER BY id")),
            crate::rows::member,
        )
        .await
    }

    async fn insert_user(&self, u: NewUser) -> Result<User> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let u = insert_user_tx(&mut tx, &u).await?;
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok(u)
    }

    async fn user(&self, id: UserId) -> Result<Option<User>> {
        self.one(
            dynamic(format!("SELECT {USER_COLS} FROM users WHERE id = $1")).bind(id.0),
            crate::rows::user,
        )
        .await
    }

    async fn user_by_name(&self, username: &str) -> Result<Option<User>> {
        self.one(
            dynamic(format!("SELECT {USER_COLS} FROM users WHERE username = $1")).bind(username),
            crate::rows::user,
        )
        .await
    }

    async fn users(&self, member: Option<MemberId>) -> Result<Vec<User>> {
        self.all(dynamic(format!(
            "SELECT {USER_COLS} FROM users WHERE $1::bigint IS NULL OR member_id = $1 ORDER BY id"
        ))
        .bind(member.map(|m| m.0)), crate::rows::user).await
    }

    async fn insert_token(&self, t: NewToken) -> Result<Token> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO tokens (user_id, name, digest, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(t.user_id.0)
        .bind(&t.name)
        .bind(t.digest.as_slice())
        .bind(t.created_at)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(Token {
            id,
            user_id: t.user_id,
            name: t.name,
            digest: t.digest.to_vec(),
            created_at: t.created_at,
            last_used_at: None,
            revoked_at: None,
        })
    }

    async fn token_by_digest(&self, digest: &[u8; 32]) -> Result<Option<Token>> {
        self.one(
            dynamic(format!("SELECT {TOKEN_COLS} FROM tokens WHERE digest = $1"))
                .bind(digest.as_slice()),
            crate::rows::token,
        )
        .await
    }

    async fn tokens(&self, user: UserId) -> Result<Vec<Token>> {
        self.all(
            dynamic(format!(
                "SELECT {TOKEN_COLS} FROM tokens WHERE user_id = $1 ORDER BY id"
            ))
            .bind(user.0),
            crate::rows::token,
        )
        .await
    }

    async fn touch_token(&self, id: i64, at: i64) -> Result<()> {
        sqlx::query("UPDATE tokens SET last_used_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn revoke_token(&self, id: i64, at: i64) -> Result<bool> {
        let n =
            sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(at)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(db_err)?
                .rows_affected();
        self.access_changed();
        Ok(n > 0)
    }

    async fn insert_collection(&self, c: Collection) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        insert_collection_tx(&mut tx, &c).await?;
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok(())
    }

    async fn collections(&self) -> Result<Vec<Collection>> {
        self.all(
            dynamic(format!(
                "SELECT {COLLECTION_COLS} FROM collections ORDER BY cid"
            )),
            crate::rows::collection,
        )
        .await
    }

    async fn set_collection_default(&self, collection: CollectionId, tlp: Tlp) -> Result<()> {
        sqlx::query("UPDATE collections SET default_tlp = $1 WHERE id = $2")
            .bind(tlp.code())
            .bind(collection.0.to_string())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        self.access_changed();
        Ok(())
    }

    async fn grant(&self, collection: CollectionId, g: CollectionGrant) -> Result<()> {
        let n = sqlx::query(
            "INSERT INTO collection_grants (cid, member_id, can_read, can_write)
             SELECT cid, $2, $3, $4 FROM collections WHERE id = $1
             ON CONFLICT (cid, member_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write",
        )
        .bind(collection.0.to_string())
        .bind(g.member_id.0)
        .bind(g.can_read)
        .bind(g.can_write)
        .execute(&self.pool)
        .await
        .map_err(db_err)?
        .rows_affected();
        self.access_changed();
        if n == 0 {
            return Err(Error::NotFound("collection"));
        }
        Ok(())
    }

    async fn grants(&self, collection: CollectionId) -> Result<Vec<CollectionGrant>> {
        let rows = sqlx::query(
            "SELECT g.member_id, g.can_read, g.can_write FROM collection_grants g JOIN collections c ON c.cid = g.cid WHERE c.id = $1",
        )
        .bind(collection.0.to_string())
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter()
            .map(|r| {
                Ok(CollectionGrant {
                    member_id: MemberId(r.try_get(0)?),
                    can_read: r.try_get(1)?,
                    can_write: r.try_get(2)?,
                })
            })
            .collect::<sqlx::Result<_>>()
            .map_err(db_err)
    }

    async fn member_grants(
        &self,
        member: MemberId,
    ) -> Result<Vec<(CollectionId, CollectionGrant)>> {
        let rows = sqlx::query(
            "SELECT c.id, g.can_read, g.can_write FROM collection_grants g JOIN collections c ON c.cid = g.cid WHERE g.member_id = $1",
        )
        .bind(member.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter()
            .map(|r| {
                Ok((
                    CollectionId(r.uuid(0)?),
                    CollectionGrant {
                        member_id: member,
                        can_read: r.try_get(1)?,
                        can_write: r.try_get(2)?,
                    },
                ))
            })
            .collect::<sqlx::Result<_>>()
            .map_err(db_err)
    }

    async fn transition_member(&self, id: MemberId, t: NewTransition) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let n = sqlx::query(
            "UPDATE members SET status = $1, accession_at = CASE WHEN $1 = 'member' AND accession_at IS NULL THEN $2 ELSE accession_at END WHERE id = $3 AND status = $4",
        )
        .bind(t.to.as_str())
        .bind(t.at)
        .bind(id.0)
        .bind(t.from.map(|s| s.as_str()))
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if n == 0 {
            return Err(Error::Conflict(
                "the member's status changed meanwhile; look again and retry".into(),
            ));
        }
        insert_transition_tx(&mut tx, id, &t).await?;
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok(())
    }

    async fn record_transition(&self, id: MemberId, t: NewTransition) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        insert_transition_tx(&mut tx, id, &t).await?;
        tx.commit().await.map_err(db_err)
    }

    async fn transitions(&self, id: MemberId) -> Result<Vec<Transition>> {
        self.all(
            dynamic(format!(
                "SELECT {TRANSITION_COLS} FROM member_transitions WHERE member_id = $1 ORDER BY id"
            ))
            .bind(id.0),
            crate::rows::transition,
        )
        .await
    }

    async fn set_founding(&self, id: MemberId, accession_at: i64) -> Result<()> {
        sqlx::query("UPDATE members SET founding = TRUE, accession_at = $1 WHERE id = $2")
            .bind(accession_at)
            .bind(id.0)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        self.access_changed();
        Ok(())
    }

    async fn setting(&self, key: &str) -> Result<Option<String>> {
        self.one(
            sqlx::query("SELECT value FROM center_settings WHERE key = $1").bind(key.to_string()),
            |r| r.try_get(0),
        )
        .await
    }

    async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query("INSERT INTO center_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    async fn insert_ballot(&self, b: NewBallot) -> Result<Ballot> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO ballots (subject, title, rule, eligible, opened_at, deadline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&b.subject)
        .bind(&b.title)
        .bind(serde_json::to_string(&b.rule).map_err(db_err)?)
        .bind(serde_json::to_string(&b.eligible).map_err(db_err)?)
        .bind(b.opened_at)
        .bind(b.deadline)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        self.ballot(id).await?.ok_or(Error::NotFound("vote"))
    }

    async fn ballot(&self, id: i64) -> Result<Option<Ballot>> {
        Ok(self.ballots_where(Some(id)).await?.pop())
    }

    async fn ballots(&self) -> Result<Vec<Ballot>> {
        self.ballots_where(None).await
    }

    async fn cast_vote(&self, ballot: i64, v: Vote) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        // Locking the vote's row orders casting against closing on every node.
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM ballots WHERE id = $1 AND closed_at IS NULL FOR UPDATE",
        )
        .bind(ballot)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if open.is_none() {
            return Err(Error::Conflict("this vote is closed".into()));
        }
        sqlx::query(
            "INSERT INTO ballot_votes (ballot_id, member_id, choice, user_id, at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (ballot_id, member_id) DO UPDATE SET choice = excluded.choice, user_id = excluded.user_id, at = excluded.at",
        )
        .bind(ballot)
        .bind(v.member.0)
        .bind(v.choice.as_str())
        .bind(v.user.0)
        .bind(v.at)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)
    }

    async fn close_ballot(&self, id: i64, at: i64, outcome: Outcome) -> Result<bool> {
        sqlx::query(
            "UPDATE ballots SET closed_at = $1, outcome = $2 WHERE id = $3 AND closed_at IS NULL",
        )
        .bind(at)
        .bind(outcome.as_str())
        .bind(id)
        .execute(&self.pool)
        .await
        .map(|r| r.rows_affected() > 0)
        .map_err(db_err)
    }

    async fn insert_application(&self, a: NewApplication) -> Result<Application> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (member_id, description, contact, sponsor, applied_at, ballot_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(a.member.0)
        .bind(&a.description)
        .bind(&a.contact)
        .bind(a.sponsor.map(|m| m.0))
        .bind(a.applied_at)
        .bind(a.ballot)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(Application {
            id,
            member: a.member,
            description: a.description,
            contact: a.contact,
            sponsor: a.sponsor,
            applied_at: a.applied_at,
            ballot: a.ballot,
        })
    }

    async fn applications(&self) -> Result<Vec<Application>> {
        self.all(
            dynamic(format!(
                "SELECT {APPLICATION_COLS} FROM applications ORDER BY id"
            )),
            crate::rows::application,
        )
        .await
    }

    async fn terms(&self) -> Result<Vec<Term>> {
        self.all(
            dynamic(format!(
                "SELECT {TERM_COLS} FROM presidency_terms ORDER BY starts_at"
            )),
            crate::rows::term,
        )
        .await
    }

    async fn insert_term(&self, t: NewTerm) -> Result<Option<Term>> {
        self.one(
            dynamic(format!("INSERT INTO presidency_terms (member_id, starts_at, ends_at, basis, note) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (starts_at) DO NOTHING RETURNING {TERM_COLS}"))
                .bind(t.member.0)
                .bind(t.starts_at)
                .bind(t.ends_at)
                .bind(t.basis)
                .bind(t.note),
            crate::rows::term,
        )
        .await
    }

    async fn insert_invitation(
        &self,
        user: UserId,
        digest: [u8; 32],
        at: i64,
        expires_at: i64,
    ) -> Result<()> {
        sqlx::query("INSERT INTO invitations (user_id, digest, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(user.0)
            .bind(digest.to_vec())
            .bind(at)
            .bind(expires_at)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    async fn redeem_invitation(
        &self,
        digest: &[u8; 32],
        now: i64,
        password_hash: &str,
    ) -> Result<Option<UserId>> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let user: Option<i64> = sqlx::query_scalar(
            "UPDATE invitations SET used_at = $1 WHERE digest = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(digest.to_vec())
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if let Some(u) = user {
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(u)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        self.access_changed();
        Ok(user.map(UserId))
    }

    async fn insert_sharing_group(&self, g: NewSharingGroup) -> Result<SharingGroup> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO sharing_groups (name, description, members_visible, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(&g.name)
        .bind(&g.description)
        .bind(g.members_visible)
        .bind(g.created_at)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(SharingGroup {
            id: GroupId(id),
            name: g.name,
            description: g.description,
            members_visible: g.members_visible,
            members: vec![],
            created_at: g.created_at,
        })
    }

    async fn sharing_groups(&self) -> Result<Vec<SharingGroup>> {
        let mut groups = self
            .all(
                dynamic(format!(
                    "SELECT {GROUP_COLS} FROM sharing_groups ORDER BY id"
                )),
                |r| {
                    Ok(SharingGroup {
                        id: GroupId(r.try_get(0)?),
                        name: r.try_get(1)?,
                        description: r.try_get(2)?,
                        members_visible: r.try_get(3)?,
                        members: vec![],
                        created_at: r.try_get(4)?,
                    })
                },
            )
            .await?;
        let pairs = self
            .all(
                sqlx::query(
                    "SELECT group_id, member_id FROM sharing_group_members ORDER BY member_id",
                ),
                |r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?)),
            )
            .await?;
        for g in &mut groups {
            g.members = pairs
                .iter()
                .filter(|(gid, _)| *gid == g.id.0)
                .map(|(_, m)| MemberId(*m))
                .collect();
        }
        Ok(groups)
    }

    async fn set_group_member(
        &self,
        group: GroupId,
        member: MemberId,
        present: bool,
    ) -> Result<bool> {
        let sql = if present {
            "INSERT INTO sharing_group_members (group_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM sharing_group_members WHERE group_id = $1 AND member_id = $2"
        };
        let n = sqlx::query(sql)
            .bind(group.0)
            .bind(member.0)
            .execute(&self.pool)
            .await
            .map_err(db_err)?
            .rows_affected();
        self.access_changed();
        Ok(n > 0)
    }

    async fn member_groups(&self, member: MemberId) -> Result<Vec<GroupId>> {
        self.all(
            sqlx::query(
                "SELECT group_id FROM sharing_group_members WHERE member_id = $1 ORDER BY group_id",
            )
            .bind(member.0),
            |r| Ok(GroupId(r.try_get(0)?)),
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
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.releasability_rows(&ids, &vis);
        let rows = self
            .all(planned_for_values(sql, b.params), |r| {
                Ok(ReleaseRow {
                    seq: r.try_get(0)?,
                    stix_id: r.try_get(1)?,
                    version_key: r.try_get(2)?,
                    originator: r.try_get(3)?,
                    tlp: r.try_get(4)?,
                    orcon: r.try_get(5)?,
                    evaluation: r.try_get(6)?,
                })
            })
            .await?;
        let seqs: Vec<i64> = rows.iter().map(|r| r.seq).collect();
        let lists = if seqs.is_empty() {
            vec![]
        } else {
            let mut b = Builder::new(Dialect::Postgres);
            let sql = b.release_lists(&seqs);
            self.all(planned_for_values(sql, b.params), |r| {
                Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
            })
            .await?
        };
        Ok(assemble_releases(rows, &lists))
    }

    async fn write_objects(&self, w: WriteRequest) -> Result<Status> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let status = write_objects_tx(&mut tx, &w).await?;
        if let Some(a) = &w.audit {
            append_audit_tx(&mut tx, std::slice::from_ref(a)).await?;
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
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.object_page(&q, &vis, "");
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
        // A lookup by id has one good plan whatever the id: PostgreSQL may keep it (a named
        // statement), and planning it again on every run took 0.8 of its 0.9 ms.
        let query = if q.ids.is_empty() {
            planned_for_values(sql, b.params)
        } else {
            bind_all(dynamic(sql), b.params)
        };
        let rows = if pinned {
            let mut tx = self.pool.begin().await.map_err(db_err)?;
            sqlx::query(
                "SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true), set_config('enable_sort', 'off', true)",
            )
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            let rows = query.fetch_all(&mut *tx).await.map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            rows
        } else {
            query.fetch_all(&self.pool).await.map_err(db_err)?
        };
        let limit = q.limit.max(1);
        let mut objects = rows
            .iter()
            .map(stored_row)
            .collect::<sqlx::Result<Vec<_>>>()
            .map_err(db_err)?;
        let more = objects.len() > limit;
        objects.truncate(limit);
        Ok(Page { objects, more })
    }

    async fn facets(&self, q: ObjectQuery, vis: Visibility) -> Result<Facets> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.facets(&q, &vis);
        let rows = self
            .all(planned_for_values(sql, b.params), |r| {
                Ok((
                    r.try_get::<String, _>(0)?,
                    r.try_get::<String, _>(1)?,
                    r.try_get::<i64, _>(2)?,
                ))
            })
            .await?;
        Ok(crate::sql::facets(rows))
    }

    async fn delete_objects(
        &self,
        q: ObjectQuery,
        vis: Visibility,
        owner: MemberId,
    ) -> Result<Deletion> {
        let mut b = Builder::new(Dialect::Postgres);
        let filter = b.object_filter(&q, &vis);
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let sql = format!("SELECT o.seq, o.originator FROM objects o WHERE {filter}");
        let matched: Vec<(i64, i64)> = planned_for_values(sql, b.params)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<sqlx::Result<_>>()
            .map_err(db_err)?;
        let owned: Vec<i64> = matched
            .iter()
            .filter(|(_, originator)| *originator == owner.0)
            .map(|(seq, _)| *seq)
            .collect();
        for t in RELEASE_TABLES {
            dynamic(format!("DELETE FROM {t} WHERE seq = ANY($1)"))
                .bind(&owned)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(Deletion {
            matched: matched.len() as u64,
            deleted: owned.len() as u64,
        })
    }

    async fn status(&self, id: Uuid, member: MemberId) -> Result<Option<Status>> {
        let r = sqlx::query(
            "SELECT c.id, s.member_id, s.user_id, s.request_timestamp, s.total_count, s.success_count, s.failure_count, s.pending_count, s.successes, s.failures, s.pendings
             FROM statuses s JOIN collections c ON c.cid = s.cid WHERE s.id = $1 AND s.member_id = $2",
        )
        .bind(id.to_string())
        .bind(member.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        let Some(r) = r else { return Ok(None) };
        let list = |i: usize| -> sqlx::Result<Vec<StatusDetail>> {
            let t: String = r.try_get(i)?;
            serde_json::from_str(&t)
                .map_err(|e| <PgRow as RowDecode>::corrupt(i, format!("damaged JSON: {e}")))
        };
        let status = (|| -> sqlx::Result<Status> {
            Ok(Status {
                id,
                collection: CollectionId(r.uuid(0)?),
                member: MemberId(r.try_get(1)?),
                user: UserId(r.try_get(2)?),
                request_timestamp: r.try_get(3)?,
                total_count: r.try_get::<i64, _>(4)? as u64,
                success_count: r.try_get::<i64, _>(5)? as u64,
                failure_count: r.try_get::<i64, _>(6)? as u64,
                pending_count: r.try_get::<i64, _>(7)? as u64,
                successes: list(8)?,
                failures: list(9)?,
                pendings: list(10)?,
            })
        })()
        .map_err(db_err)?;
        Ok(Some(status))
    }

    async fn last_date_added(&self) -> Result<i64> {
        sqlx::query_scalar("SELECT COALESCE((SELECT last_date_added FROM center WHERE id = 1), 0)")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn append_audit(&self, entries: Vec<NewAuditEntry>) -> Result<()> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        append_audit_tx(&mut tx, &entries).await?;
        tx.commit().await.map_err(db_err)
    }

    async fn audit_entries(&self, q: AuditQuery) -> Result<Vec<AuditEntry>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.audit_page(&q);
        self.all(planned_for_values(sql, b.params), crate::rows::audit)
            .await
    }

    async fn audit_head(&self) -> Result<Option<(i64, [u8; 32])>> {
        let head = self
            .one(
                sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1"),
                |r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<Vec<u8>, _>(1)?)),
            )
            .await?;
        Ok(head
            .filter(|(seq, _)| *seq > 0)
            .map(|(seq, h)| (seq, bytes32(h))))
    }

    async fn stored_signing_key(&self) -> Result<Option<[u8; 32]>> {
        Ok(self
            .one(
                sqlx::query("SELECT signing_key FROM center_keys WHERE id = 1"),
                |r| r.try_get::<Vec<u8>, _>(0),
            )
            .await?
            .map(bytes32))
    }

    async fn signing_key(&self, candidate: [u8; 32]) -> Result<[u8; 32]> {
        sqlx::query(
            "INSERT INTO center_keys (id, signing_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        )
        .bind(candidate.to_vec())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        let key: Vec<u8> = sqlx::query_scalar("SELECT signing_key FROM center_keys WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(bytes32(key))
    }

    async fn insert_checkpoint(&self, cp: Checkpoint) -> Result<()> {
        dynamic(format!(
            "INSERT INTO audit_checkpoints ({CHECKPOINT_COLS}) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING"
        ))
        .bind(cp.seq)
        .bind(cp.at)
        .bind(cp.hash.to_vec())
        .bind(cp.signature)
        .bind(cp.public_key.to_vec())
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(db_err)
    }

    async fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        self.all(
            dynamic(format!(
                "SELECT {CHECKPOINT_COLS} FROM audit_checkpoints ORDER BY seq"
            )),
            crate::rows::checkpoint,
        )
        .await
    }

    async fn hit_counts(&self, keys: Vec<String>, vis: Visibility) -> Result<HitCounts> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.hits_visible(&keys, &vis);
        let visible: i64 = planned_for_values(sql, b.params)
            .fetch_one(&self.pool)
            .await
            .and_then(|r| r.try_get(0))
            .map_err(db_err)?;
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.hits_hidden(&keys, &vis);
        let hidden = self
            .all(planned_for_values(sql, b.params), |r| {
                Ok((MemberId(r.try_get(0)?), r.try_get::<i64, _>(1)? as u64))
            })
            .await?;
        Ok(HitCounts {
            visible: visible as u64,
            hidden,
        })
    }

    async fn record_hit_query(&self, q: NewHitQuery) -> Result<()> {
        sqlx::query(
            "INSERT INTO hit_queries (at, member_id, user_id, value, result) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(q.at)
        .bind(q.member.0)
        .bind(q.user.0)
        .bind(q.value)
        .bind(q.result)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(db_err)
    }

    async fn hit_queries_since(&self, member: MemberId, since: i64) -> Result<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM hit_queries WHERE member_id = $1 AND at >= $2",
        )
        .bind(member.0)
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n as u64)
    }

    async fn matching_ids(&self, keys: Vec<String>, originator: MemberId) -> Result<Vec<String>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.matching_ids(&keys, originator);
        self.all(planned_for_values(sql, b.params), |r| r.try_get(0))
            .await
    }

    async fn insert_release_request(&self, r: NewReleaseRequest) -> Result<ReleaseRequest> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO release_requests (created_at, requester_member, requester_user, originator_member, target_member, object_id, value, reason, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') RETURNING id",
        )
        .bind(r.created_at)
        .bind(r.requester_member.0)
        .bind(r.requester_user.0)
        .bind(r.originator.0)
        .bind(r.target.0)
        .bind(r.object_id)
        .bind(r.value)
        .bind(r.reason)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        self.release_request(id)
            .await?
            .ok_or(Error::NotFound("release request"))
    }

    async fn release_request(&self, id: i64) -> Result<Option<ReleaseRequest>> {
        self.one(
            dynamic(format!(
                "SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE id = $1"
            ))
            .bind(id),
            crate::rows::release_request,
        )
        .await
    }

    async fn release_requests(&self, member: MemberId) -> Result<Vec<ReleaseRequest>> {
        self.all(
            dynamic(format!("SELECT {RELEASE_REQUEST_COLS} FROM release_requests WHERE requester_member = $1 OR originator_member = $1 ORDER BY id DESC"))
                .bind(member.0),
            crate::rows::release_request,
        )
        .await
    }

    async fn decide_release_request(&self, d: ReleaseDecision) -> Result<u64> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let released: i64 = if d.release.is_empty() {
            0
        } else {
            let mut b = Builder::new(Dialect::Postgres);
            let sql = b.release_to(&d.release, d.originator, d.target);
            planned_for_values(sql, b.params)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let mut b = Builder::new(Dialect::Postgres);
            let sql = b.count_releasable(&d.release, d.originator);
            planned_for_values(sql, b.params)
                .fetch_one(&mut *tx)
                .await
                .and_then(|r| r.try_get(0))
                .map_err(db_err)?
        };
        let n = sqlx::query(
            "UPDATE release_requests SET status = $1, decided_at = $2, decided_by = $3, answer = $4, released = $5 WHERE id = $6 AND status = 'pending'",
        )
        .bind(d.status.as_str())
        .bind(d.at)
        .bind(d.by.0)
        .bind(d.answer)
        .bind(released)
        .bind(d.request)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if n == 0 {
            // Decided meanwhile, perhaps on another node: nothing is released.
            return Err(Error::Conflict("this request was decided already".into()));
        }
        tx.commit().await.map_err(db_err)?;
        Ok(released as u64)
    }

    async fn notify(&self, n: Vec<NewNotification>) -> Result<()> {
        if n.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        sqlx::query(
            "INSERT INTO notifications (member_id, at, kind, payload) SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::text[], $4::text[])",
        )
        .bind(n.iter().map(|x| x.member.0).collect::<Vec<_>>())
        .bind(n.iter().map(|x| x.at).collect::<Vec<_>>())
        .bind(n.iter().map(|x| x.kind.clone()).collect::<Vec<_>>())
        .bind(n.iter().map(|x| x.payload.clone()).collect::<Vec<_>>())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query("SELECT pg_notify($1, '')")
            .bind(CHANNEL)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)
    }

    async fn last_notification_id(&self) -> Result<i64> {
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0)::bigint FROM notifications")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn notifications(
        &self,
        member: MemberId,
        after: i64,
        limit: usize,
        kinds: Vec<String>,
    ) -> Result<Vec<Notification>> {
        self.all(
            dynamic(format!("SELECT {NOTIFICATION_COLS} FROM notifications WHERE member_id = $1 AND id > $2 AND (cardinality($4::text[]) = 0 OR kind = ANY($4)) ORDER BY id LIMIT $3"))
                .bind(member.0)
                .bind(after)
                .bind(i64::try_from(limit).unwrap_or(i64::MAX))
                .bind(kinds),
            crate::rows::notification,
        )
        .await
    }

    async fn insert_meeting(&self, m: NewMeeting) -> Result<Meeting> {
        self.one(
            dynamic(format!("INSERT INTO meetings (title, kind, starts_at, ends_at, time_zone, venue, convened_by, convened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {MEETING_COLS}"))
                .bind(m.title)
                .bind(m.kind.as_str())
                .bind(m.starts_at)
                .bind(m.ends_at)
                .bind(m.time_zone)
                .bind(m.venue)
                .bind(m.convened_by.0)
                .bind(m.convened_at),
            crate::rows::meeting,
        )
        .await?
        .ok_or(Error::NotFound("meeting"))
    }

    async fn meetings(&self) -> Result<Vec<Meeting>> {
        self.all(
            dynamic(format!(
                "SELECT {MEETING_COLS} FROM meetings ORDER BY starts_at, id"
            )),
            crate::rows::meeting,
        )
        .await
    }

    async fn meeting(&self, id: i64) -> Result<Option<MeetingRecord>> {
        let Some(meeting) = self
            .one(
                dynamic(format!("SELECT {MEETING_COLS} FROM meetings WHERE id = $1")).bind(id),
                crate::rows::meeting,
            )
            .await?
        else {
            return Ok(None);
        };
        let agenda = self
            .all(
                dynamic(format!("SELECT {AGENDA_COLS} FROM agenda_items WHERE meeting_id = $1 ORDER BY position, id")).bind(id),
                crate::rows::agenda_item,
            )
            .await?;
        let attendance = self
            .all(
                sqlx::query("SELECT member_id, delegates, present FROM attendance WHERE meeting_id = $1 ORDER BY member_id").bind(id),
                crate::rows::attendance,
            )
            .await?;
        let decisions = self
            .all(
                dynamic(format!(
                    "SELECT {DECISION_COLS} FROM decisions WHERE meeting_id = $1 ORDER BY id"
                ))
                .bind(id),
                crate::rows::decision,
            )
            .await?;
        let actions = self
            .all(
                dynamic(format!(
                    "SELECT {ACTION_COLS} FROM action_items WHERE meeting_id = $1 ORDER BY id"
                ))
                .bind(id),
                crate::rows::action,
            )
            .await?;
        Ok(Some(MeetingRecord {
            meeting,
            agenda,
            attendance,
            decisions,
            actions,
        }))
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
        self.one(
            dynamic(format!("INSERT INTO agenda_items (meeting_id, position, title, notes, link) VALUES ($1, $2, $3, $4, $5) RETURNING {AGENDA_COLS}"))
                .bind(meeting)
                .bind(position)
                .bind(title.to_string())
                .bind(notes.to_string())
                .bind(link_text),
            crate::rows::agenda_item,
        )
        .await?
        .ok_or(Error::NotFound("agenda item"))
    }

    async fn set_attendance(&self, meeting: i64, a: Attendance) -> Result<()> {
        sqlx::query(
            "INSERT INTO attendance (meeting_id, member_id, delegates, present) VALUES ($1, $2, $3, $4)
             ON CONFLICT (meeting_id, member_id) DO UPDATE SET delegates = excluded.delegates, present = excluded.present",
        )
        .bind(meeting)
        .bind(a.member.0)
        .bind(a.delegates)
        .bind(a.present)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(db_err)
    }

    async fn set_minutes(&self, meeting: i64, markdown: &str) -> Result<()> {
        sqlx::query("UPDATE meetings SET minutes = $1 WHERE id = $2")
            .bind(markdown)
            .bind(meeting)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
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
        self.one(
            dynamic(format!("INSERT INTO decisions (meeting_id, agenda_item_id, text, ballot_id, recorded_at, outcome) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {DECISION_COLS}"))
                .bind(meeting)
                .bind(agenda_item)
                .bind(text.to_string())
                .bind(ballot)
                .bind(at)
                .bind(outcome.map(|o| o.as_str())),
            crate::rows::decision,
        )
        .await?
        .ok_or(Error::NotFound("decision"))
    }

    async fn set_decision_outcome(&self, ballot: i64, outcome: Outcome) -> Result<()> {
        sqlx::query("UPDATE decisions SET outcome = $1 WHERE ballot_id = $2")
            .bind(outcome.as_str())
            .bind(ballot)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    async fn insert_action(
        &self,
        meeting: i64,
        decision: Option<i64>,
        title: &str,
        assignee: MemberId,
        due_at: i64,
    ) -> Result<ActionItem> {
        self.one(
            dynamic(format!("INSERT INTO action_items (meeting_id, decision_id, title, assignee, due_at, status) VALUES ($1, $2, $3, $4, $5, 'open') RETURNING {ACTION_COLS}"))
                .bind(meeting)
                .bind(decision)
                .bind(title.to_string())
                .bind(assignee.0)
                .bind(due_at),
            crate::rows::action,
        )
        .await?
        .ok_or(Error::NotFound("action item"))
    }

    async fn action(&self, id: i64) -> Result<Option<ActionItem>> {
        self.one(
            dynamic(format!(
                "SELECT {ACTION_COLS} FROM action_items WHERE id = $1"
            ))
            .bind(id),
            crate::rows::action,
        )
        .await
    }

    async fn set_action_status(&self, id: i64, status: ActionStatus, at: i64) -> Result<()> {
        sqlx::query("UPDATE action_items SET status = $1, closed_at = $2 WHERE id = $3")
            .bind(status.as_str())
            .bind(at)
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    async fn actions(&self, assignee: Option<MemberId>) -> Result<Vec<ActionItem>> {
        self.all(
            dynamic(format!("SELECT {ACTION_COLS} FROM action_items WHERE $1::bigint IS NULL OR assignee = $1 ORDER BY id"))
                .bind(assignee.map(|m| m.0)),
            crate::rows::action,
        )
        .await
    }

    async fn correlations(
        &self,
        stix_id: String,
        vis: Visibility,
        noisy_limit: i64,
    ) -> Result<Option<Vec<Correlation>>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.sees(&stix_id, &vis);
        let seen: i64 = planned_for_values(sql, b.params)
            .fetch_one(&self.pool)
            .await
            .and_then(|r| r.try_get(0))
            .map_err(db_err)?;
        if seen == 0 {
            return Ok(None);
        }
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.correlations(&stix_id, &vis, noisy_limit);
        self.all(planned_for_values(sql, b.params), |r| {
            Ok(Correlation {
                key: r.try_get(0)?,
                stix_id: r.try_get(1)?,
                object_type: r.try_get(2)?,
            })
        })
        .await
        .map(Some)
    }

    async fn noisy_keys(&self, noisy_limit: i64) -> Result<Vec<KeyCount>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.noisy_keys(noisy_limit);
        self.all(planned_for_values(sql, b.params), crate::rows::key_count)
            .await
    }

    async fn set_key_excluded(
        &self,
        key: &str,
        excluded: bool,
        at: i64,
        actor: &str,
    ) -> Result<()> {
        let q = if excluded {
            sqlx::query("INSERT INTO key_exclusions (key, at, actor) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING")
                .bind(key)
                .bind(at)
                .bind(actor)
        } else {
            sqlx::query("DELETE FROM key_exclusions WHERE key = $1").bind(key)
        };
        q.execute(&self.pool).await.map(|_| ()).map_err(db_err)
    }

    async fn insert_rfi(&self, r: NewRfi) -> Result<Rfi> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO rfis (asker, asked_by, question, priority, created_at, deadline, status) VALUES ($1, $2, $3, $4, $5, $6, 'open') RETURNING id",
        )
        .bind(r.asker.0)
        .bind(r.asked_by.0)
        .bind(&r.question)
        .bind(r.priority.as_str())
        .bind(r.created_at)
        .bind(r.deadline)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query("INSERT INTO rfi_recipients (rfi_id, member_id) SELECT $1, * FROM UNNEST($2::bigint[]) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(r.recipients.iter().map(|m| m.0).collect::<Vec<_>>())
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("INSERT INTO rfi_links (rfi_id, stix_id) SELECT $1, * FROM UNNEST($2::text[]) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(&r.links)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        self.rfi(id)
            .await?
            .map(|(r, _)| r)
            .ok_or(Error::NotFound("RFI"))
    }

    async fn rfi(&self, id: i64) -> Result<Option<(Rfi, Vec<Answer>)>> {
        let Some(mut rfi) = self
            .one(
                dynamic(format!("SELECT {RFI_COLS} FROM rfis WHERE id = $1")).bind(id),
                crate::rows::rfi,
            )
            .await?
        else {
            return Ok(None);
        };
        rfi.recipients = self
            .all(
                sqlx::query(
                    "SELECT member_id FROM rfi_recipients WHERE rfi_id = $1 ORDER BY member_id",
                )
                .bind(id),
                |r| Ok(MemberId(r.try_get(0)?)),
            )
            .await?;
        rfi.links = self
            .all(
                sqlx::query("SELECT stix_id FROM rfi_links WHERE rfi_id = $1 ORDER BY stix_id")
                    .bind(id),
                |r| r.try_get(0),
            )
            .await?;
        let answers = self
            .all(
                dynamic(format!(
                    "SELECT {ANSWER_COLS} FROM rfi_answers WHERE rfi_id = $1 ORDER BY id"
                ))
                .bind(id),
                crate::rows::answer,
            )
            .await?;
        Ok(Some((rfi, answers)))
    }

    async fn rfis_for(&self, member: MemberId) -> Result<Vec<Rfi>> {
        let ids = self
            .all(
                sqlx::query("SELECT id FROM rfis WHERE asker = $1 OR id IN (SELECT rfi_id FROM rfi_recipients WHERE member_id = $1) ORDER BY id DESC").bind(member.0),
                |r| r.try_get::<i64, _>(0),
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
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO rfi_answers (rfi_id, member_id, user_id, text, objects, at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(rfi)
        .bind(member.0)
        .bind(user.0)
        .bind(text)
        .bind(serde_json::to_string(objects).map_err(db_err)?)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query("UPDATE rfis SET status = 'answered' WHERE id = $1 AND status = 'open'")
            .bind(rfi)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(Answer {
            id,
            rfi,
            member,
            user,
            text: text.to_string(),
            at,
            objects: objects.to_vec(),
        })
    }

    async fn set_rfi_status(
        &self,
        id: i64,
        from: &[RfiStatus],
        to: RfiStatus,
        at: i64,
    ) -> Result<bool> {
        let from: Vec<String> = from.iter().map(|s| s.as_str().to_string()).collect();
        sqlx::query(
            "UPDATE rfis SET status = $1, closed_at = $2 WHERE id = $3 AND status = ANY($4)",
        )
        .bind(to.as_str())
        .bind(at)
        .bind(id)
        .bind(&from)
        .execute(&self.pool)
        .await
        .map(|r| r.rows_affected() > 0)
        .map_err(db_err)
    }

    async fn rfis_due(&self, before: i64) -> Result<Vec<(Rfi, Vec<Answer>)>> {
        let ids = self
            .all(
                sqlx::query("SELECT id FROM rfis WHERE status IN ('open', 'answered') AND deadline <= $1 ORDER BY id").bind(before),
                |r| r.try_get::<i64, _>(0),
            )
            .await?;
        self.rfis_by_ids(ids).await
    }

    async fn mark_reminded(&self, rfi: i64, member: MemberId) -> Result<bool> {
        sqlx::query("UPDATE rfi_recipients SET reminded = TRUE WHERE rfi_id = $1 AND member_id = $2 AND NOT reminded")
            .bind(rfi)
            .bind(member.0)
            .execute(&self.pool)
            .await
            .map(|r| r.rows_affected() > 0)
            .map_err(db_err)
    }

    async fn insert_outcome(&self, o: NewOutcome) -> Result<domain::tracked::Outcome> {
        self.one(
            dynamic(format!("INSERT INTO outcomes (kind, description, occurred_at, recorded_at, member_id, user_id, objects) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {OUTCOME_COLS}"))
                .bind(o.kind.as_str())
                .bind(o.description)
                .bind(o.occurred_at)
                .bind(o.recorded_at)
                .bind(o.member.0)
                .bind(o.user.0)
                .bind(serde_json::to_string(&o.objects).map_err(db_err)?),
            crate::rows::outcome,
        )
        .await?
        .ok_or(Error::NotFound("outcome"))
    }

    async fn object_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
    ) -> Result<Vec<ObjectCount>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.object_counts(from, to, &within);
        self.all(planned_for_values(sql, b.params), crate::rows::object_count)
            .await
    }

    async fn object_counts_each(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        readers: Vec<Visibility>,
    ) -> Result<Vec<Vec<ObjectCount>>> {
        if readers.is_empty() {
            return Ok(vec![]);
        }
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.object_counts_each(from, to, &within, &readers);
        let rows = self
            .all(planned_for_values(sql, b.params), |r| {
                let group = crate::rows::object_count(r)?;
                let counts = (3..sqlx::Row::len(r))
                    .map(|i| sqlx::Row::try_get::<i64, _>(r, i))
                    .collect::<sqlx::Result<Vec<i64>>>()?;
                Ok((group, counts))
            })
            .await?;
        let mut out = vec![Vec::new(); readers.len()];
        for (group, counts) in rows {
            for (each, n) in out.iter_mut().zip(counts) {
                // A group a reader sees nothing of is absent, as in `object_counts`.
                if n > 0 {
                    each.push(ObjectCount {
                        objects: u64::try_from(n).unwrap_or(0),
                        ..group.clone()
                    });
                }
            }
        }
        Ok(out)
    }

    async fn correlated_counts(
        &self,
        from: i64,
        to: i64,
        within: Vec<Visibility>,
        noisy_limit: i64,
    ) -> Result<Vec<(MemberId, u64)>> {
        let mut b = Builder::new(Dialect::Postgres);
        let sql = b.correlated_counts(from, to, &within, noisy_limit);
        self.all(planned_for_values(sql, b.params), crate::rows::member_count)
            .await
    }

    async fn rfis_between(&self, from: i64, to: i64) -> Result<Vec<(Rfi, Vec<Answer>)>> {
        let ids = self
            .all(
                sqlx::query(
                    "SELECT id FROM rfis WHERE created_at >= $1 AND created_at < $2 ORDER BY id",
                )
                .bind(from)
                .bind(to),
                |r| r.try_get::<i64, _>(0),
            )
            .await?;
        self.rfis_by_ids(ids).await
    }

    async fn hit_log(&self, from: i64, to: i64) -> Result<Vec<HitLogEntry>> {
        self.all(
            sqlx::query(
                "SELECT at, member_id, result FROM hit_queries WHERE at >= $1 AND at < $2 ORDER BY id",
            )
            .bind(from)
            .bind(to),
            crate::rows::hit_log,
        )
        .await
    }

    async fn insert_report(&self, r: NewReport) -> Result<PublishedReport> {
        self.one(
            dynamic(format!("INSERT INTO statistics_reports (period_from, period_to, published_at, published_by, title, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {REPORT_COLS}"))
                .bind(r.period.from)
                .bind(r.period.to)
                .bind(r.published_at)
                .bind(r.published_by.0)
                .bind(r.title)
                .bind(r.body),
            crate::rows::report,
        )
        .await?
        .ok_or_else(|| Error::Store("the report was not stored".into()))
    }

    async fn reports(&self) -> Result<Vec<PublishedReport>> {
        self.all(
            dynamic(format!(
                "SELECT {REPORT_COLS} FROM statistics_reports ORDER BY id"
            )),
            crate::rows::report,
        )
        .await
    }

    async fn report(&self, id: i64) -> Result<Option<PublishedReport>> {
        self.one(
            dynamic(format!(
                "SELECT {REPORT_COLS} FROM statistics_reports WHERE id = $1"
            ))
            .bind(id),
            crate::rows::report,
        )
        .await
    }

    async fn outcomes(&self) -> Result<Vec<domain::tracked::Outcome>> {
        self.all(
            dynamic(format!(
                "SELECT {OUTCOME_COLS} FROM outcomes ORDER BY occurred_at, id"
            )),
            crate::rows::outcome,
        )
        .await
    }

    async fn insert_group_status(&self, s: NewGroupStatus) -> Result<GroupStatus> {
        self.one(
            dynamic(format!("INSERT INTO group_statuses (stix_id, state, at, member_id, note) VALUES ($1, $2, $3, $4, $5) RETURNING {GROUP_STATUS_COLS}"))
                .bind(s.stix_id)
                .bind(s.state.as_str())
                .bind(s.at)
                .bind(s.member.0)
                .bind(s.note),
            crate::rows::group_status,
        )
        .await?
        .ok_or(Error::NotFound("group status"))
    }

    async fn group_statuses(&self, stix_id: &str) -> Result<Vec<GroupStatus>> {
        self.all(
            dynamic(format!(
                "SELECT {GROUP_STATUS_COLS} FROM group_statuses WHERE stix_id = $1 ORDER BY id"
            ))
            .bind(stix_id.to_string()),
            crate::rows::group_status,
        )
        .await
    }

    async fn insert_webhook(&self, w: NewWebhook) -> Result<Webhook> {
        let filter = serde_json::to_string(&w.filter).map_err(|e| Error::Store(e.to_string()))?;
        self.one(
            dynamic(format!("INSERT INTO webhooks (member_id, url, secret, created_at, cursor_objects, cursor_notices, filter) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {WEBHOOK_COLS}"))
                .bind(w.member.0)
                .bind(w.url)
                .bind(w.secret)
                .bind(w.created_at)
                .bind(w.cursor_objects)
                .bind(w.cursor_notices)
                .bind(filter),
            crate::rows::webhook,
        )
        .await?
        .ok_or(Error::NotFound("webhook"))
    }

    async fn webhooks(&self, member: Option<MemberId>) -> Result<Vec<Webhook>> {
        self.all(
            dynamic(format!("SELECT {WEBHOOK_COLS} FROM webhooks WHERE $1::bigint IS NULL OR member_id = $1 ORDER BY id"))
                .bind(member.map(|m| m.0)),
            crate::rows::webhook,
        )
        .await
    }

    async fn delete_webhook(&self, id: i64) -> Result<bool> {
        sqlx::query("DELETE FROM webhooks WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|r| r.rows_affected() > 0)
            .map_err(db_err)
    }

    async fn claim_webhooks(&self, node: &str, now: i64, until: i64) -> Result<Vec<Claimed>> {
        // One statement: a row is leased to one node at a time whatever the others do.
        self.all(
            dynamic(format!("UPDATE webhooks SET lease_owner = $1, lease_until = $2 WHERE lease_until <= $3 OR lease_owner = $1 RETURNING {WEBHOOK_COLS}, secret"))
                .bind(node.to_string())
                .bind(until)
                .bind(now),
            |r| {
                Ok(Claimed {
                    webhook: crate::rows::webhook(r)?,
                    secret: r.try_get(crate::sql::WEBHOOK_SECRET_COL)?,
                })
            },
        )
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
        sqlx::query("UPDATE webhooks SET cursor_objects = $1, cursor_notices = $2, last_status = $3, last_attempt = $4, failures = 0 WHERE id = $5 AND lease_owner = $6")
            .bind(cursor_objects)
            .bind(cursor_notices)
            .bind(status)
            .bind(at)
            .bind(id)
            .bind(node)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    async fn webhook_failed(
        &self,
        id: i64,
        node: &str,
        status: &str,
        at: i64,
        retry_at: i64,
    ) -> Result<()> {
        sqlx::query("UPDATE webhooks SET last_status = $1, last_attempt = $2, failures = failures + 1, lease_owner = NULL, lease_until = $3 WHERE id = $4 AND lease_owner = $5")
            .bind(status)
            .bind(at)
            .bind(retry_at)
            .bind(id)
            .bind(node)
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_err)
    }

    fn changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changes.clone()
    }

    fn access_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.access.clone()
    }

    async fn count_objects(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM objects")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(n as u64)
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
