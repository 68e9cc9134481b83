//! Joint operations, their participants, links, outcomes, tasks and timeline.

use domain::joint::model::{
    JointEntry, JointOperation, JointStatus, JointTask, NewJoint, NewJointEntry, NewJointTask,
    Participation, TaskStatus,
};
use domain::{Error, MemberId, Result, UserId};

use crate::exec::{Conn, params};
use crate::rows::Row;

const JOINT_COLS: &str = "id, lead_member, title, objectives, status, created_at, concluded_at";
const TASK_COLS: &str = "id, joint_id, member_id, title, due_at, status, created_at";
const ENTRY_COLS: &str = "id, joint_id, member_id, user_id, at, text";

fn joint_row(r: &dyn Row) -> Result<JointOperation> {
    Ok(JointOperation {
        id: r.int(0)?,
        lead: MemberId(r.int(1)?),
        title: r.text(2)?,
        objectives: r.text(3)?,
        status: r.parsed(4, "joint operation status", JointStatus::parse)?,
        created_at: r.int(5)?,
        concluded_at: r.opt_int(6)?,
        participants: vec![],
        links: vec![],
        outcomes: vec![],
    })
}

fn task(r: &dyn Row) -> Result<JointTask> {
    Ok(JointTask {
        id: r.int(0)?,
        joint: r.int(1)?,
        member: MemberId(r.int(2)?),
        title: r.text(3)?,
        due_at: r.int(4)?,
        status: r.parsed(5, "task status", TaskStatus::parse)?,
        created_at: r.int(6)?,
    })
}

fn entry(r: &dyn Row) -> Result<JointEntry> {
    Ok(JointEntry {
        id: r.int(0)?,
        joint: r.int(1)?,
        member: MemberId(r.int(2)?),
        user: UserId(r.int(3)?),
        at: r.int(4)?,
        text: r.text(5)?,
    })
}

/// Its participants, links and outcomes, read beside it.
async fn complete(c: &mut impl Conn, mut j: JointOperation) -> Result<JointOperation> {
    j.participants = c
        .rows(
            "SELECT member_id, state FROM joint_participants WHERE joint_id = $1 ORDER BY member_id",
            params![j.id],
            |r| {
                Ok((
                    MemberId(r.int(0)?),
                    r.parsed(1, "participation", Participation::parse)?,
                ))
            },
        )
        .await?;
    j.links = c
        .rows(
            "SELECT stix_id FROM joint_links WHERE joint_id = $1 ORDER BY stix_id",
            params![j.id],
            |r| r.text(0),
        )
        .await?;
    j.outcomes = c
        .rows(
            "SELECT outcome_id FROM joint_outcomes WHERE joint_id = $1 ORDER BY outcome_id",
            params![j.id],
            |r| r.int(0),
        )
        .await?;
    Ok(j)
}

pub async fn insert_joint(c: &mut impl Conn, n: &NewJoint) -> Result<JointOperation> {
    let id = c
        .int(
            "INSERT INTO joint_operations (lead_member, title, objectives, status, created_at) VALUES ($1, $2, $3, 'active', $4) RETURNING id",
            params![n.lead.0, &n.title, &n.objectives, n.created_at],
        )
        .await?;
    set_participation(c, id, n.lead, Participation::Accepted, n.created_at).await?;
    for m in &n.invited {
        set_participation(c, id, *m, Participation::Invited, n.created_at).await?;
    }
    joint(c, id)
        .await?
        .ok_or_else(|| Error::store("a joint operation just stored could not be read"))
}

pub async fn joint(c: &mut impl Conn, id: i64) -> Result<Option<JointOperation>> {
    let sql = format!("SELECT {JOINT_COLS} FROM joint_operations WHERE id = $1");
    match c.row(&sql, params![id], joint_row).await? {
        Some(j) => Ok(Some(complete(c, j).await?)),
        None => Ok(None),
    }
}

pub async fn joints_of(c: &mut impl Conn, member: MemberId) -> Result<Vec<JointOperation>> {
    let sql = format!(
        "SELECT {JOINT_COLS} FROM joint_operations WHERE id IN (SELECT joint_id FROM joint_participants WHERE member_id = $1) ORDER BY id DESC"
    );
    let list = c.rows(&sql, params![member.0], joint_row).await?;
    let mut out = Vec::with_capacity(list.len());
    for j in list {
        out.push(complete(c, j).await?);
    }
    Ok(out)
}

pub async fn all_joints(c: &mut impl Conn) -> Result<Vec<JointOperation>> {
    let sql = format!("SELECT {JOINT_COLS} FROM joint_operations ORDER BY id DESC");
    let list = c.rows(&sql, params![], joint_row).await?;
    let mut out = Vec::with_capacity(list.len());
    for j in list {
        out.push(complete(c, j).await?);
    }
    Ok(out)
}

pub async fn set_participation(
    c: &mut impl Conn,
    joint: i64,
    member: MemberId,
    state: Participation,
    at: i64,
) -> Result<()> {
    c.execute(
        "INSERT INTO joint_participants (joint_id, member_id, state, at) VALUES ($1, $2, $3, $4) ON CONFLICT (joint_id, member_id) DO UPDATE SET state = excluded.state, at = excluded.at",
        params![joint, member.0, state.as_str(), at],
    )
    .await
    .map(drop)
}

pub async fn add_joint_link(c: &mut impl Conn, joint: i64, stix_id: &str) -> Result<()> {
    c.execute(
        "INSERT INTO joint_links (joint_id, stix_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        params![joint, stix_id],
    )
    .await
    .map(drop)
}

pub async fn link_joint_outcome(c: &mut impl Conn, joint: i64, outcome: i64) -> Result<()> {
    c.execute(
        "INSERT INTO joint_outcomes (joint_id, outcome_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        params![joint, outcome],
    )
    .await
    .map(drop)
}

pub async fn conclude_joint(c: &mut impl Conn, joint: i64, at: i64) -> Result<bool> {
    c.execute(
        "UPDATE joint_operations SET status = 'concluded', concluded_at = $1 WHERE id = $2 AND status = 'active'",
        params![at, joint],
    )
    .await
    .map(|n| n > 0)
}

pub async fn insert_joint_task(c: &mut impl Conn, t: &NewJointTask) -> Result<JointTask> {
    let sql = format!(
        "INSERT INTO joint_tasks (joint_id, member_id, title, due_at, status, created_at) VALUES ($1, $2, $3, $4, 'open', $5) RETURNING {TASK_COLS}"
    );
    c.one(
        &sql,
        params![t.joint, t.member.0, &t.title, t.due_at, t.created_at],
        task,
    )
    .await
}

pub async fn joint_tasks(c: &mut impl Conn, joint: i64) -> Result<Vec<JointTask>> {
    let sql =
        format!("SELECT {TASK_COLS} FROM joint_tasks WHERE joint_id = $1 ORDER BY due_at, id");
    c.rows(&sql, params![joint], task).await
}

pub async fn set_joint_task_status(c: &mut impl Conn, id: i64, status: TaskStatus) -> Result<bool> {
    c.execute(
        "UPDATE joint_tasks SET status = $1 WHERE id = $2 AND status = 'open'",
        params![status.as_str(), id],
    )
    .await
    .map(|n| n > 0)
}

pub async fn insert_joint_entry(c: &mut impl Conn, e: &NewJointEntry) -> Result<JointEntry> {
    let sql = format!(
        "INSERT INTO joint_entries (joint_id, member_id, user_id, at, text) VALUES ($1, $2, $3, $4, $5) RETURNING {ENTRY_COLS}"
    );
    c.one(
        &sql,
        params![e.joint, e.member.0, e.user.0, e.at, &e.text],
        entry,
    )
    .await
}

pub async fn joint_entries(c: &mut impl Conn, joint: i64) -> Result<Vec<JointEntry>> {
    let sql = format!("SELECT {ENTRY_COLS} FROM joint_entries WHERE joint_id = $1 ORDER BY at, id");
    c.rows(&sql, params![joint], entry).await
}
