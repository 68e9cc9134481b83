//! Meetings: agenda, attendance, minutes, decisions and action items.

use domain::meetings::{
    ActionItem, ActionStatus, AgendaItem, AgendaLink, Attendance, Decision, Meeting, MeetingRecord,
    NewMeeting,
};
use domain::votes::Outcome;
use domain::{Error, MemberId, Result};

use crate::exec::Conn;
use crate::exec::params;
use crate::rows;
use crate::sql::{ACTION_COLS, AGENDA_COLS, DECISION_COLS, MEETING_COLS};

pub async fn insert_meeting(c: &mut impl Conn, m: &NewMeeting) -> Result<Meeting> {
    let sql = format!(
        "INSERT INTO meetings (title, kind, starts_at, ends_at, time_zone, venue, convened_by, convened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {MEETING_COLS}"
    );
    c.one(
        &sql,
        params![
            &m.title,
            m.kind.as_str(),
            m.starts_at,
            m.ends_at,
            &m.time_zone,
            &m.venue,
            m.convened_by.0,
            m.convened_at
        ],
        rows::meeting,
    )
    .await
}

pub async fn meetings(c: &mut impl Conn) -> Result<Vec<Meeting>> {
    let sql = format!("SELECT {MEETING_COLS} FROM meetings ORDER BY starts_at, id");
    c.rows(&sql, params![], rows::meeting).await
}

pub async fn meeting(c: &mut impl Conn, id: i64) -> Result<Option<MeetingRecord>> {
    let sql = format!("SELECT {MEETING_COLS} FROM meetings WHERE id = $1");
    let Some(meeting) = c.row(&sql, params![id], rows::meeting).await? else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT {AGENDA_COLS} FROM agenda_items WHERE meeting_id = $1 ORDER BY position, id"
    );
    let agenda = c.rows(&sql, params![id], rows::agenda_item).await?;
    let attendance = c
        .rows(
            "SELECT member_id, delegates, present FROM attendance WHERE meeting_id = $1 ORDER BY member_id",
            params![id],
            rows::attendance,
        )
        .await?;
    let sql = format!("SELECT {DECISION_COLS} FROM decisions WHERE meeting_id = $1 ORDER BY id");
    let decisions = c.rows(&sql, params![id], rows::decision).await?;
    let sql = format!("SELECT {ACTION_COLS} FROM action_items WHERE meeting_id = $1 ORDER BY id");
    let actions = c.rows(&sql, params![id], rows::action).await?;
    Ok(Some(MeetingRecord {
        meeting,
        agenda,
        attendance,
        decisions,
        actions,
    }))
}

pub async fn insert_agenda_item(
    c: &mut impl Conn,
    meeting: i64,
    position: i64,
    title: &str,
    notes: &str,
    link: Option<&AgendaLink>,
) -> Result<AgendaItem> {
    let link = link
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| Error::store_cause("an agenda link could not be encoded", e))?;
    let sql = format!(
        "INSERT INTO agenda_items (meeting_id, position, title, notes, link) VALUES ($1, $2, $3, $4, $5) RETURNING {AGENDA_COLS}"
    );
    c.one(
        &sql,
        params![meeting, position, title, notes, link],
        rows::agenda_item,
    )
    .await
}

pub async fn set_attendance(c: &mut impl Conn, meeting: i64, a: &Attendance) -> Result<()> {
    c.execute(
        "INSERT INTO attendance (meeting_id, member_id, delegates, present) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, member_id) DO UPDATE SET delegates = excluded.delegates, present = excluded.present",
        params![meeting, a.member.0, &a.delegates, a.present],
    )
    .await
    .map(drop)
}

pub async fn set_minutes(c: &mut impl Conn, meeting: i64, markdown: &str) -> Result<()> {
    c.execute(
        "UPDATE meetings SET minutes = $1 WHERE id = $2",
        params![markdown, meeting],
    )
    .await
    .map(drop)
}

pub async fn insert_decision(
    c: &mut impl Conn,
    meeting: i64,
    agenda_item: Option<i64>,
    text: &str,
    ballot: Option<i64>,
    at: i64,
    outcome: Option<Outcome>,
) -> Result<Decision> {
    let sql = format!(
        "INSERT INTO decisions (meeting_id, agenda_item_id, text, ballot_id, recorded_at, outcome) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {DECISION_COLS}"
    );
    c.one(
        &sql,
        params![
            meeting,
            agenda_item,
            text,
            ballot,
            at,
            outcome.map(|o| o.as_str())
        ],
        rows::decision,
    )
    .await
}

pub async fn set_decision_outcome(c: &mut impl Conn, ballot: i64, outcome: Outcome) -> Result<()> {
    c.execute(
        "UPDATE decisions SET outcome = $1 WHERE ballot_id = $2",
        params![outcome.as_str(), ballot],
    )
    .await
    .map(drop)
}

pub async fn insert_action(
    c: &mut impl Conn,
    meeting: i64,
    decision: Option<i64>,
    title: &str,
    assignee: MemberId,
    due_at: i64,
) -> Result<ActionItem> {
    let sql = format!(
        "INSERT INTO action_items (meeting_id, decision_id, title, assignee, due_at, status) VALUES ($1, $2, $3, $4, $5, 'open') RETURNING {ACTION_COLS}"
    );
    c.one(
        &sql,
        params![meeting, decision, title, assignee.0, due_at],
        rows::action,
    )
    .await
}

pub async fn action(c: &mut impl Conn, id: i64) -> Result<Option<ActionItem>> {
    let sql = format!("SELECT {ACTION_COLS} FROM action_items WHERE id = $1");
    c.row(&sql, params![id], rows::action).await
}

pub async fn set_action_status(
    c: &mut impl Conn,
    id: i64,
    status: ActionStatus,
    at: i64,
) -> Result<()> {
    c.execute(
        "UPDATE action_items SET status = $1, closed_at = $2 WHERE id = $3",
        params![status.as_str(), at, id],
    )
    .await
    .map(drop)
}

pub async fn actions(c: &mut impl Conn, assignee: Option<MemberId>) -> Result<Vec<ActionItem>> {
    let sql = format!(
        "SELECT {ACTION_COLS} FROM action_items WHERE $1 IS NULL OR assignee = $1 ORDER BY id"
    );
    c.rows(&sql, params![assignee.map(|m| m.0)], rows::action)
        .await
}
