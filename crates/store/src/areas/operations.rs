//! Operations, their selectors and events, and the deconflictions between members' operations.

use std::collections::HashMap;

use domain::operations::model::{
    Deconfliction, DeconflictionKind, Event, EventKind, Holder, NewEvent, NewOperation,
    NewSelector, Operation, OperationStatus, Selector, SelectorKind, Side, events_conflict,
};
use domain::store::Visibility;
use domain::{Error, MemberId, Result, UserId};

use crate::exec::{Conn, Dialect, params};
use crate::rows::{Row, corrupt};
use crate::sql::Builder;

const OPERATION_COLS: &str =
    "id, member_id, created_by, name, contact, status, created_at, closed_at";
const SELECTOR_COLS: &str = "id, operation_id, kind, reference, created_at";
const EVENT_COLS: &str = "id, operation_id, kind, latitude_e6, longitude_e6, radius_m, starts_at, ends_at, reference, created_at";

/// Registrations of selectors and events take this PostgreSQL lock for their transaction, so
/// that two made at once do not each miss the other. SQLite's one writer already runs them
/// one at a time.
const REGISTRATION_LOCK: i64 = 0x4c69_6169_736f_6e01;

fn operation(r: &dyn Row) -> Result<Operation> {
    Ok(Operation {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        created_by: UserId(r.int(2)?),
        name: r.text(3)?,
        contact: r.text(4)?,
        status: r.parsed(5, "operation status", OperationStatus::parse)?,
        created_at: r.int(6)?,
        closed_at: r.opt_int(7)?,
    })
}

fn selector(r: &dyn Row) -> Result<Selector> {
    Ok(Selector {
        id: r.int(0)?,
        operation: r.int(1)?,
        kind: r.parsed(2, "selector kind", SelectorKind::parse)?,
        reference: r.opt_text(3)?,
        created_at: r.int(4)?,
    })
}

const E6: f64 = 1_000_000.0;

fn event(r: &dyn Row) -> Result<Event> {
    Ok(Event {
        id: r.int(0)?,
        operation: r.int(1)?,
        kind: r.parsed(2, "event kind", EventKind::parse)?,
        latitude: r.int(3)? as f64 / E6,
        longitude: r.int(4)? as f64 / E6,
        radius_m: r.int(5)? as f64,
        starts_at: r.int(6)?,
        ends_at: r.int(7)?,
        reference: r.opt_text(8)?,
        created_at: r.int(9)?,
    })
}

pub async fn insert_operation(c: &mut impl Conn, o: &NewOperation) -> Result<Operation> {
    let sql = format!(
        "INSERT INTO operations (member_id, created_by, name, contact, status, created_at) VALUES ($1, $2, $3, $4, 'active', $5) RETURNING {OPERATION_COLS}"
    );
    c.one(
        &sql,
        params![
            o.member.0,
            o.created_by.0,
            &o.name,
            &o.contact,
            o.created_at
        ],
        operation,
    )
    .await
}

pub async fn operations(c: &mut impl Conn, member: MemberId) -> Result<Vec<Operation>> {
    let sql =
        format!("SELECT {OPERATION_COLS} FROM operations WHERE member_id = $1 ORDER BY id DESC");
    c.rows(&sql, params![member.0], operation).await
}

pub async fn operation_by_id(c: &mut impl Conn, id: i64) -> Result<Option<Operation>> {
    let sql = format!("SELECT {OPERATION_COLS} FROM operations WHERE id = $1");
    c.row(&sql, params![id], operation).await
}

/// Takes the registration lock first (PostgreSQL), so that no registration checked the
/// operation active and stores into it after the close.
pub async fn close_operation(c: &mut impl Conn, id: i64, at: i64) -> Result<bool> {
    if c.dialect() == Dialect::Postgres {
        c.execute(
            "SELECT pg_advisory_xact_lock($1)",
            params![REGISTRATION_LOCK],
        )
        .await?;
    }
    c.execute(
        "UPDATE operations SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'active'",
        params![at, id],
    )
    .await
    .map(|n| n > 0)
}

pub async fn selectors(c: &mut impl Conn, op: i64) -> Result<Vec<Selector>> {
    let sql = format!(
        "SELECT {SELECTOR_COLS} FROM operation_selectors WHERE operation_id = $1 ORDER BY id"
    );
    c.rows(&sql, params![op], selector).await
}

pub async fn events(c: &mut impl Conn, op: i64) -> Result<Vec<Event>> {
    let sql =
        format!("SELECT {EVENT_COLS} FROM operation_events WHERE operation_id = $1 ORDER BY id");
    c.rows(&sql, params![op], event).await
}

/// Selectors and events a member's operations took since `since`: what its hourly budget
/// counts.
pub async fn registrations_since(c: &mut impl Conn, member: MemberId, since: i64) -> Result<u64> {
    c.one(
        "SELECT (SELECT COUNT(*) FROM operation_selectors WHERE member_id = $1 AND created_at >= $2)
              + (SELECT COUNT(*) FROM operation_events WHERE member_id = $1 AND created_at >= $2)",
        params![member.0, since],
        |r| r.count(0),
    )
    .await
}

/// How many registrations of one list pass between looks at whether the table grew.
const ANALYZE_EVERY: usize = 1000;

/// Gives PostgreSQL's planner new statistics of `table` once it holds more than twice the rows
/// its last ones counted. Each selector and event is looked up among the others by index; with
/// statistics taken while the table was empty (and no autovacuum to renew them) the planner
/// scanned the whole table for each instead: 457 selectors a second at 200,000 stored, 13,000
/// once analysed. The check is one catalog read; the analysis runs as the table doubles.
async fn analyze_if_grown(c: &mut impl Conn, table: &str) -> Result<()> {
    if c.dialect() != Dialect::Postgres {
        return Ok(());
    }
    let grown = c
        .int(
            &format!(
                "SELECT CAST(CASE WHEN COALESCE((SELECT MAX(id) FROM {table}), 0) > 2 * GREATEST((SELECT reltuples FROM pg_class WHERE oid = '{table}'::regclass), 500) THEN 1 ELSE 0 END AS BIGINT)"
            ),
            params![],
        )
        .await?;
    if grown == 1 {
        c.execute(&format!("ANALYZE {table}"), params![]).await?;
    }
    Ok(())
}

/// Takes the registration lock (PostgreSQL) and checks, inside the transaction, that the
/// operation is still active: one closed meanwhile takes nothing more.
async fn begin_registration(c: &mut impl Conn, op: i64) -> Result<()> {
    if c.dialect() == Dialect::Postgres {
        c.execute(
            "SELECT pg_advisory_xact_lock($1)",
            params![REGISTRATION_LOCK],
        )
        .await?;
    }
    match operation_by_id(c, op).await? {
        Some(o) if o.status == OperationStatus::Active => Ok(()),
        _ => Err(Error::Conflict(domain::operations::model::CLOSED.into())),
    }
}

pub async fn add_selectors(
    c: &mut impl Conn,
    op: i64,
    member: MemberId,
    new: &[NewSelector],
    at: i64,
    names: &HashMap<MemberId, String>,
) -> Result<(Vec<(usize, Selector)>, Vec<Deconfliction>)> {
    begin_registration(c, op).await?;
    // A statement that returns rows or may fail half-way keeps a statement journal in
    // SQLite, whose cost grows with what the job wrote before it; one that skips a duplicate
    // and returns nothing keeps none. So: insert, and read the row back only when one was.
    let insert = match c.dialect() {
        Dialect::Sqlite => {
            "INSERT OR IGNORE INTO operation_selectors (operation_id, member_id, kind, digest, intel_digest, reference, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        }
        Dialect::Postgres => {
            "INSERT INTO operation_selectors (operation_id, member_id, kind, digest, intel_digest, reference, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (operation_id, digest) DO NOTHING"
        }
    };
    let read_back = format!(
        "SELECT {SELECTOR_COLS} FROM operation_selectors WHERE operation_id = $1 AND digest = $2"
    );
    let mut stored = Vec::with_capacity(new.len());
    let mut found = Vec::new();
    for (place, s) in new.iter().enumerate() {
        let inserted = c
            .execute(
                insert,
                params![
                    op,
                    member.0,
                    s.kind.as_str(),
                    s.digest.as_slice(),
                    s.intel_digest.as_slice(),
                    &s.reference,
                    at
                ],
            )
            .await?;
        if inserted == 0 {
            continue;
        }
        let mine = c
            .one(&read_back, params![op, s.digest.as_slice()], selector)
            .await?;
        let theirs = c
            .rows(
                "SELECT s.id, s.operation_id, s.member_id FROM operation_selectors s JOIN operations o ON o.id = s.operation_id JOIN members m ON m.id = s.member_id WHERE s.digest = $1 AND s.member_id <> $2 AND o.status = 'active' AND m.status IN ('member', 'observer') ORDER BY s.id",
                params![s.digest.as_slice(), member.0],
                |r| Ok((r.int(0)?, r.int(1)?, MemberId(r.int(2)?))),
            )
            .await?;
        for (item, other_op, other_member) in theirs {
            found.push(
                record(
                    c,
                    DeconflictionKind::Target,
                    at,
                    (other_member, other_op, item),
                    (member, op, mine.id),
                    names,
                )
                .await?,
            );
        }
        stored.push((place, mine));
        if stored.len() % ANALYZE_EVERY == 0 {
            analyze_if_grown(c, "operation_selectors").await?;
        }
    }
    analyze_if_grown(c, "operation_selectors").await?;
    Ok((stored, found))
}

pub async fn selectors_holding(c: &mut impl Conn, digests: &[Vec<u8>]) -> Result<Vec<Holder>> {
    let mut out = Vec::new();
    for d in digests {
        if d.is_empty() {
            continue;
        }
        out.extend(
            c.rows(
                "SELECT s.member_id, s.operation_id, o.name, o.contact, s.id, s.kind, s.reference, s.intel_digest FROM operation_selectors s JOIN operations o ON o.id = s.operation_id JOIN members m ON m.id = s.member_id WHERE s.intel_digest = $1 AND o.status = 'active' AND m.status IN ('member', 'observer') ORDER BY s.id",
                params![d.as_slice()],
                |r| {
                    Ok(Holder {
                        member: MemberId(r.int(0)?),
                        operation: r.int(1)?,
                        operation_name: r.text(2)?,
                        contact: r.text(3)?,
                        selector: r.int(4)?,
                        kind: r.parsed(5, "selector kind", SelectorKind::parse)?,
                        reference: r.opt_text(6)?,
                        intel_digest: r.bytes(7)?,
                    })
                },
            )
            .await?,
        );
    }
    Ok(out)
}

pub async fn intelligence_with_keys(
    c: &mut impl Conn,
    keys: &[String],
    vis: &Visibility,
    collections: &[domain::CollectionId],
    not_of: MemberId,
    limit: usize,
) -> Result<Vec<(String, String, MemberId)>> {
    if keys.is_empty() || collections.is_empty() {
        return Ok(vec![]);
    }
    let mut b = Builder::new(c.dialect());
    let sql = b.intelligence_with_keys(keys, vis, collections, not_of, limit);
    c.built_rows(&sql, b.params, |r| {
        Ok((r.text(0)?, r.text(1)?, MemberId(r.int(2)?)))
    })
    .await
}

pub async fn add_events(
    c: &mut impl Conn,
    op: i64,
    member: MemberId,
    new: &[NewEvent],
    at: i64,
    names: &HashMap<MemberId, String>,
) -> Result<(Vec<Event>, Vec<Deconfliction>)> {
    begin_registration(c, op).await?;
    let insert = format!(
        "INSERT INTO operation_events (operation_id, member_id, kind, latitude_e6, longitude_e6, radius_m, starts_at, ends_at, reference, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {EVENT_COLS}"
    );
    // Candidates overlap in time (an event lasts a bounded time, so the start is a range an
    // index answers) and lie within the widest reach in latitude; the distance decides.
    let candidates = format!(
        "SELECT e.member_id, {} FROM operation_events e JOIN operations o ON o.id = e.operation_id JOIN members m ON m.id = e.member_id WHERE e.member_id <> $1 AND o.status = 'active' AND m.status IN ('member', 'observer') AND e.starts_at < $2 AND e.starts_at > $3 AND e.ends_at > $4 AND e.latitude_e6 BETWEEN $5 AND $6 ORDER BY e.id",
        EVENT_COLS
            .split(", ")
            .map(|c| format!("e.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut stored = Vec::with_capacity(new.len());
    let mut found = Vec::new();
    for e in new {
        let mine = c
            .one(
                &insert,
                params![
                    op,
                    member.0,
                    e.kind.as_str(),
                    (e.latitude * E6).round() as i64,
                    (e.longitude * E6).round() as i64,
                    e.radius_m.ceil() as i64,
                    e.starts_at,
                    e.ends_at,
                    &e.reference,
                    at
                ],
                event,
            )
            .await?;
        // Degrees of latitude the two circles may span at most (111 km a degree).
        let reach = ((mine.radius_m + domain::operations::model::MAX_RADIUS_M) / 111_000.0 * E6)
            .ceil() as i64;
        let lat = (mine.latitude * E6).round() as i64;
        let theirs = c
            .rows(
                &candidates,
                params![
                    member.0,
                    mine.ends_at,
                    mine.starts_at - domain::operations::model::MAX_EVENT_MICROS,
                    mine.starts_at,
                    lat - reach,
                    lat + reach
                ],
                |r| {
                    let member = MemberId(r.int(0)?);
                    Ok((member, event(&Shifted(r))?))
                },
            )
            .await?;
        for (other_member, theirs) in theirs {
            if events_conflict(&mine, &theirs) {
                found.push(
                    record(
                        c,
                        DeconflictionKind::Event,
                        at,
                        (other_member, theirs.operation, theirs.id),
                        (member, op, mine.id),
                        names,
                    )
                    .await?,
                );
            }
        }
        stored.push(mine);
        if stored.len() % ANALYZE_EVERY == 0 {
            analyze_if_grown(c, "operation_events").await?;
        }
    }
    analyze_if_grown(c, "operation_events").await?;
    Ok((stored, found))
}

/// A row read one column to the right: the event after a leading member id.
struct Shifted<'a>(&'a dyn Row);

impl Row for Shifted<'_> {
    fn int(&self, i: usize) -> Result<i64> {
        self.0.int(i + 1)
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        self.0.opt_int(i + 1)
    }
    fn text(&self, i: usize) -> Result<String> {
        self.0.text(i + 1)
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        self.0.opt_text(i + 1)
    }
    fn flag(&self, i: usize) -> Result<bool> {
        self.0.flag(i + 1)
    }
    fn bytes(&self, i: usize) -> Result<Vec<u8>> {
        self.0.bytes(i + 1)
    }
    fn width(&self) -> usize {
        self.0.width().saturating_sub(1)
    }
}

/// Stores one deconfliction and the notices of both sides, in the registration's transaction.
async fn record(
    c: &mut impl Conn,
    kind: DeconflictionKind,
    at: i64,
    a: (MemberId, i64, i64),
    b: (MemberId, i64, i64),
    names: &HashMap<MemberId, String>,
) -> Result<Deconfliction> {
    let id = c
        .int(
            "INSERT INTO deconflictions (at, kind, a_member, a_operation, a_item, b_member, b_operation, b_item) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            params![at, kind.as_str(), a.0.0, a.1, a.2, b.0.0, b.1, b.2],
        )
        .await?;
    let d = deconfliction(c, id)
        .await?
        .ok_or_else(|| Error::store("a deconfliction just stored could not be read"))?;
    let name = |m: MemberId| names.get(&m).cloned().unwrap_or_else(|| m.0.to_string());
    crate::areas::exchange::notify(c, &d.notices(&name)).await?;
    Ok(d)
}

/// Both sides of a deconfliction: each operation's name and contact, and its selector's or
/// event's kind and reference.
const DECONFLICTION_SELECT: &str = "SELECT d.id, d.at, d.kind, \
    d.a_member, d.a_operation, oa.name, oa.contact, d.a_item, COALESCE(sa.kind, ea.kind), COALESCE(sa.reference, ea.reference), \
    d.b_member, d.b_operation, ob.name, ob.contact, d.b_item, COALESCE(sb.kind, eb.kind), COALESCE(sb.reference, eb.reference) \
    FROM deconflictions d \
    JOIN operations oa ON oa.id = d.a_operation JOIN operations ob ON ob.id = d.b_operation \
    LEFT JOIN operation_selectors sa ON d.kind = 'target' AND sa.id = d.a_item \
    LEFT JOIN operation_selectors sb ON d.kind = 'target' AND sb.id = d.b_item \
    LEFT JOIN operation_events ea ON d.kind = 'event' AND ea.id = d.a_item \
    LEFT JOIN operation_events eb ON d.kind = 'event' AND eb.id = d.b_item";

fn deconfliction_row(r: &dyn Row) -> Result<Deconfliction> {
    let side = |at: usize| -> Result<Side> {
        Ok(Side {
            member: MemberId(r.int(at)?),
            operation: r.int(at + 1)?,
            operation_name: r.text(at + 2)?,
            contact: r.text(at + 3)?,
            item: r.int(at + 4)?,
            what: r.text(at + 5)?,
            reference: r.opt_text(at + 6)?,
        })
    };
    Ok(Deconfliction {
        id: r.int(0)?,
        at: r.int(1)?,
        kind: DeconflictionKind::parse(&r.text(2)?)
            .ok_or_else(|| corrupt(2, "an unknown deconfliction kind".into()))?,
        sides: [side(3)?, side(10)?],
    })
}

async fn deconfliction(c: &mut impl Conn, id: i64) -> Result<Option<Deconfliction>> {
    let sql = format!("{DECONFLICTION_SELECT} WHERE d.id = $1");
    c.row(&sql, params![id], deconfliction_row).await
}

pub async fn deconflictions(c: &mut impl Conn, member: MemberId) -> Result<Vec<Deconfliction>> {
    let sql = format!(
        "{DECONFLICTION_SELECT} WHERE d.a_member = $1 OR d.b_member = $1 ORDER BY d.id DESC"
    );
    c.rows(&sql, params![member.0], deconfliction_row).await
}
