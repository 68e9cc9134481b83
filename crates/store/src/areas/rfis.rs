//! Requests for information and their answers.

use domain::rfis::{Answer, NewRfi, Rfi, RfiStatus};
use domain::{Error, MemberId, Result, UserId};

use crate::exec::params;
use crate::exec::{Conn, Param};
use crate::rows;
use crate::sql::{ANSWER_COLS, RFI_COLS};

pub async fn insert_rfi(c: &mut impl Conn, r: &NewRfi) -> Result<Rfi> {
    let id = c
        .int(
            "INSERT INTO rfis (asker, asked_by, question, priority, created_at, deadline, status) VALUES ($1, $2, $3, $4, $5, $6, 'open') RETURNING id",
            params![r.asker.0, r.asked_by.0, &r.question, r.priority.as_str(), r.created_at, r.deadline],
        )
        .await?;
    for m in &r.recipients {
        c.execute(
            "INSERT INTO rfi_recipients (rfi_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            params![id, m.0],
        )
        .await?;
    }
    for l in &r.links {
        c.execute(
            "INSERT INTO rfi_links (rfi_id, stix_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            params![id, l],
        )
        .await?;
    }
    rfi(c, id)
        .await?
        .map(|(r, _)| r)
        .ok_or(Error::NotFound("RFI"))
}

/// An RFI with its recipients, links and every answer.
pub async fn rfi(c: &mut impl Conn, id: i64) -> Result<Option<(Rfi, Vec<Answer>)>> {
    let sql = format!("SELECT {RFI_COLS} FROM rfis WHERE id = $1");
    let Some(mut rfi) = c.row(&sql, params![id], rows::rfi).await? else {
        return Ok(None);
    };
    rfi.recipients = c
        .rows(
            "SELECT member_id FROM rfi_recipients WHERE rfi_id = $1 ORDER BY member_id",
            params![id],
            |r| Ok(MemberId(r.int(0)?)),
        )
        .await?;
    rfi.links = c
        .rows(
            "SELECT stix_id FROM rfi_links WHERE rfi_id = $1 ORDER BY stix_id",
            params![id],
            |r| r.text(0),
        )
        .await?;
    let sql = format!("SELECT {ANSWER_COLS} FROM rfi_answers WHERE rfi_id = $1 ORDER BY id");
    let answers = c.rows(&sql, params![id], rows::answer).await?;
    Ok(Some((rfi, answers)))
}

/// RFIs with their answers, in the order of `ids`.
pub async fn rfis_by_ids(c: &mut impl Conn, ids: &[i64]) -> Result<Vec<(Rfi, Vec<Answer>)>> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(r) = rfi(c, *id).await? {
            out.push(r);
        }
    }
    Ok(out)
}

pub async fn rfis_for(c: &mut impl Conn, member: MemberId) -> Result<Vec<Rfi>> {
    let ids = c
        .rows(
            "SELECT id FROM rfis WHERE asker = $1 OR id IN (SELECT rfi_id FROM rfi_recipients WHERE member_id = $1) ORDER BY id DESC",
            params![member.0],
            |r| r.int(0),
        )
        .await?;
    Ok(rfis_by_ids(c, &ids)
        .await?
        .into_iter()
        .map(|(r, _)| r)
        .collect())
}

pub async fn rfis_due(c: &mut impl Conn, before: i64) -> Result<Vec<(Rfi, Vec<Answer>)>> {
    let ids = c
        .rows(
            "SELECT id FROM rfis WHERE status IN ('open', 'answered') AND deadline <= $1 ORDER BY id",
            params![before],
            |r| r.int(0),
        )
        .await?;
    rfis_by_ids(c, &ids).await
}

pub async fn rfis_between(
    c: &mut impl Conn,
    from: i64,
    to: i64,
) -> Result<Vec<(Rfi, Vec<Answer>)>> {
    let ids = c
        .rows(
            "SELECT id FROM rfis WHERE created_at >= $1 AND created_at < $2 ORDER BY id",
            params![from, to],
            |r| r.int(0),
        )
        .await?;
    rfis_by_ids(c, &ids).await
}

pub async fn insert_answer(
    c: &mut impl Conn,
    rfi: i64,
    member: MemberId,
    user: UserId,
    text: &str,
    objects: &[String],
    at: i64,
) -> Result<Answer> {
    let list = serde_json::to_string(objects)
        .map_err(|e| Error::store_cause("an answer's objects could not be encoded", e))?;
    let sql = format!(
        "INSERT INTO rfi_answers (rfi_id, member_id, user_id, text, objects, at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {ANSWER_COLS}"
    );
    let answer = c
        .one(
            &sql,
            params![rfi, member.0, user.0, text, list, at],
            rows::answer,
        )
        .await?;
    c.execute(
        "UPDATE rfis SET status = 'answered' WHERE id = $1 AND status = 'open'",
        params![rfi],
    )
    .await?;
    Ok(answer)
}

/// Moves an RFI to `to` if it is in one of `from`.
pub async fn set_rfi_status(
    c: &mut impl Conn,
    id: i64,
    from: &[RfiStatus],
    to: RfiStatus,
    at: i64,
) -> Result<bool> {
    if from.is_empty() {
        return Ok(false);
    }
    let mut params = params![to.as_str(), at, id];
    let list: Vec<String> = from
        .iter()
        .map(|s| {
            params.push(Param::Text(s.as_str().into()));
            format!("${}", params.len())
        })
        .collect();
    let sql = format!(
        "UPDATE rfis SET status = $1, closed_at = $2 WHERE id = $3 AND status IN ({})",
        list.join(", ")
    );
    c.execute(&sql, params).await.map(|n| n > 0)
}

pub async fn mark_reminded(c: &mut impl Conn, rfi: i64, member: MemberId) -> Result<bool> {
    c.execute(
        "UPDATE rfi_recipients SET reminded = TRUE WHERE rfi_id = $1 AND member_id = $2 AND NOT reminded",
        params![rfi, member.0],
    )
    .await
    .map(|n| n > 0)
}
