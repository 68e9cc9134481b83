//! Membership changes, votes, admission applications and presidency terms.

use domain::governance::{
    Application, Ballot, NewApplication, NewBallot, NewTerm, NewTransition, Term, Transition, Vote,
};
use domain::votes::{Choice, Outcome};
use domain::{Error, MemberId, Result, UserId};

use crate::exec::params;
use crate::exec::{Conn, Dialect};
use crate::rows;
use crate::sql::{APPLICATION_COLS, BALLOT_COLS, TERM_COLS, TRANSITION_COLS};

/// Moves a member from `t.from` to `t.to` and keeps the record; a conflict if its status moved
/// meanwhile.
pub async fn transition_member(c: &mut impl Conn, id: MemberId, t: &NewTransition) -> Result<()> {
    let n = c
        .execute(
            "UPDATE members SET status = $1, accession_at = CASE WHEN $1 = 'member' AND accession_at IS NULL THEN $2 ELSE accession_at END WHERE id = $3 AND status = $4",
            params![t.to.as_str(), t.at, id.0, t.from.map(|s| s.as_str())],
        )
        .await?;
    if n == 0 {
        return Err(Error::Conflict(
            "the member's status changed meanwhile; look again and retry".into(),
        ));
    }
    record_transition(c, id, t).await
}

pub async fn record_transition(c: &mut impl Conn, id: MemberId, t: &NewTransition) -> Result<()> {
    c.execute(
        "INSERT INTO member_transitions (member_id, from_status, to_status, at, reason, decision, actor) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        params![id.0, t.from.map(|s| s.as_str()), t.to.as_str(), t.at, &t.reason, &t.decision, &t.actor],
    )
    .await
    .map(drop)
}

pub async fn transitions(c: &mut impl Conn, id: MemberId) -> Result<Vec<Transition>> {
    let sql = format!(
        "SELECT {TRANSITION_COLS} FROM member_transitions WHERE member_id = $1 ORDER BY id"
    );
    c.rows(&sql, params![id.0], rows::transition).await
}

pub async fn set_founding(c: &mut impl Conn, id: MemberId, accession_at: i64) -> Result<()> {
    c.execute(
        "UPDATE members SET founding = TRUE, accession_at = $1 WHERE id = $2",
        params![accession_at, id.0],
    )
    .await
    .map(drop)
}

pub async fn insert_ballot(c: &mut impl Conn, b: &NewBallot) -> Result<Ballot> {
    let rule = serde_json::to_string(&b.rule)
        .map_err(|e| Error::store_cause("a voting rule could not be encoded", e))?;
    let eligible = serde_json::to_string(&b.eligible)
        .map_err(|e| Error::store_cause("a vote's electorate could not be encoded", e))?;
    let id = c
        .int(
            "INSERT INTO ballots (subject, title, rule, eligible, opened_at, deadline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![&b.subject, &b.title, rule, eligible, b.opened_at, b.deadline],
        )
        .await?;
    ballots_where(c, Some(id))
        .await?
        .pop()
        .ok_or(Error::NotFound("vote"))
}

pub async fn ballot(c: &mut impl Conn, id: i64) -> Result<Option<Ballot>> {
    Ok(ballots_where(c, Some(id)).await?.pop())
}

/// One vote with its ballots cast, or every vote.
pub async fn ballots_where(c: &mut impl Conn, id: Option<i64>) -> Result<Vec<Ballot>> {
    let sql = format!("SELECT {BALLOT_COLS} FROM ballots WHERE $1 IS NULL OR id = $1 ORDER BY id");
    let mut ballots = c
        .rows(&sql, params![id], |r| {
            Ok(Ballot {
                id: r.int(0)?,
                subject: r.text(1)?,
                title: r.text(2)?,
                rule: r.json(3)?,
                eligible: r.json(4)?,
                opened_at: r.int(5)?,
                deadline: r.int(6)?,
                closed_at: r.opt_int(7)?,
                outcome: match r.opt_text(8)? {
                    None => None,
                    Some(_) => Some(r.parsed(8, "outcome of a vote", Outcome::parse)?),
                },
                votes: vec![],
            })
        })
        .await?;
    let votes = c
        .rows(
            "SELECT ballot_id, member_id, choice, user_id, at FROM ballot_votes WHERE $1 IS NULL OR ballot_id = $1 ORDER BY member_id",
            params![id],
            |r| {
                Ok((
                    r.int(0)?,
                    Vote {
                        member: MemberId(r.int(1)?),
                        choice: r.parsed(2, "vote", Choice::parse)?,
                        user: UserId(r.int(3)?),
                        at: r.int(4)?,
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

pub async fn cast_vote(c: &mut impl Conn, ballot: i64, v: &Vote) -> Result<()> {
    // On PostgreSQL, locking the vote's row orders casting against closing on every node; the
    // SQLite writer is alone.
    let lock = match c.dialect() {
        Dialect::Postgres => " FOR UPDATE",
        Dialect::Sqlite => "",
    };
    let sql = format!("SELECT id FROM ballots WHERE id = $1 AND closed_at IS NULL{lock}");
    if c.row(&sql, params![ballot], |r| r.int(0)).await?.is_none() {
        return Err(Error::Conflict("this vote is closed".into()));
    }
    c.execute(
        "INSERT INTO ballot_votes (ballot_id, member_id, choice, user_id, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (ballot_id, member_id) DO UPDATE SET choice = excluded.choice, user_id = excluded.user_id, at = excluded.at",
        params![ballot, v.member.0, v.choice.as_str(), v.user.0, v.at],
    )
    .await
    .map(drop)
}

pub async fn close_ballot(c: &mut impl Conn, id: i64, at: i64, outcome: Outcome) -> Result<bool> {
    c.execute(
        "UPDATE ballots SET closed_at = $1, outcome = $2 WHERE id = $3 AND closed_at IS NULL",
        params![at, outcome.as_str(), id],
    )
    .await
    .map(|n| n > 0)
}

pub async fn insert_application(c: &mut impl Conn, a: &NewApplication) -> Result<Application> {
    let sql = format!(
        "INSERT INTO applications (member_id, description, contact, sponsor, applied_at, ballot_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {APPLICATION_COLS}"
    );
    c.one(
        &sql,
        params![
            a.member.0,
            &a.description,
            &a.contact,
            a.sponsor.map(|m| m.0),
            a.applied_at,
            a.ballot
        ],
        rows::application,
    )
    .await
}

pub async fn applications(c: &mut impl Conn) -> Result<Vec<Application>> {
    let sql = format!("SELECT {APPLICATION_COLS} FROM applications ORDER BY id");
    c.rows(&sql, params![], rows::application).await
}

pub async fn terms(c: &mut impl Conn) -> Result<Vec<Term>> {
    let sql = format!("SELECT {TERM_COLS} FROM presidency_terms ORDER BY starts_at");
    c.rows(&sql, params![], rows::term).await
}

/// `None` when a term already starts at that moment (another node's handover).
pub async fn insert_term(c: &mut impl Conn, t: &NewTerm) -> Result<Option<Term>> {
    let sql = format!(
        "INSERT INTO presidency_terms (member_id, starts_at, ends_at, basis, note) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (starts_at) DO NOTHING RETURNING {TERM_COLS}"
    );
    c.row(
        &sql,
        params![t.member.0, t.starts_at, t.ends_at, &t.basis, &t.note],
        rows::term,
    )
    .await
}
