//! The REST API under `/api/v1/`: live notifications as server-sent events, the audit log and
//! its checkpoints, sharing groups. Errors are RFC 9457 problem details with a stable `code`.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State as St};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use domain::Actor;
use domain::audit::AuditQuery;
use domain::service::{Authority, ObjectEvent};
use futures_util::Stream;
use serde_json::json;
use stix::timestamp::taxii_timestamp;
use tokio::sync::watch;

use crate::State;
use crate::auth::authenticate;
use crate::error::Problem;

pub fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/events", get(events))
        .route("/api/v1/audit", get(audit_log))
        .route(
            "/api/v1/audit/checkpoints",
            get(checkpoints).post(make_checkpoint),
        )
        .route("/api/v1/sharing-groups", get(sharing_groups))
}

#[derive(serde::Deserialize)]
struct AuditParams {
    /// Entries after this number (the `next` of the previous page).
    after: Option<i64>,
    limit: Option<usize>,
    /// A user name.
    actor: Option<String>,
    /// A member name.
    member: Option<String>,
    /// An action, or a prefix such as `objects`.
    action: Option<String>,
    /// RFC 3339 timestamps.
    since: Option<String>,
    until: Option<String>,
}

fn timestamp(name: &str, v: Option<&String>) -> Result<Option<i64>, Problem> {
    v.map(|t| {
        stix::timestamp::parse_micros(t).map_err(|e| {
            Problem::bad_request(
                "bad-timestamp",
                format!("'{name}' must be a timestamp such as 2026-11-29T12:00:00Z: {e}"),
            )
        })
    })
    .transpose()
}

/// The audit log, for administrators, filtered by actor, member, action and time.
async fn audit_log(
    St(state): St<State>,
    headers: HeaderMap,
    Query(p): Query<AuditParams>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    let center = &state.center;
    let user = match &p.actor {
        Some(name) => Some(center.user_by_name(name).await?.id),
        None => None,
    };
    let member = match &p.member {
        Some(name) => Some(center.member_by_name(name).await?.id),
        None => None,
    };
    let limit = p.limit.unwrap_or(100).clamp(1, 1_000);
    let entries = center
        .audit_log(
            Authority::Administrator(&actor),
            AuditQuery {
                after_seq: p.after.unwrap_or(0),
                limit,
                user,
                member,
                action: p.action.clone(),
                since: timestamp("since", p.since.as_ref())?,
                until: timestamp("until", p.until.as_ref())?,
            },
        )
        .await?;
    let next = (entries.len() == limit)
        .then(|| entries.last().map(|e| e.seq))
        .flatten();
    Ok(axum::Json(json!({
        "entries": entries.iter().map(|e| json!({
            "seq": e.seq,
            "at": taxii_timestamp(e.at),
            "actor": e.actor.name,
            "actor_member": e.actor.member,
            "action": e.action,
            "subject": e.subject,
            "detail": serde_json::from_str::<serde_json::Value>(&e.detail).unwrap_or(json!(e.detail)),
            "prev_hash": domain::audit::hex(&e.prev_hash),
            "hash": domain::audit::hex(&e.hash),
        })).collect::<Vec<_>>(),
        "next": next,
    })))
}

/// The signed checkpoints and the key that verifies them. Any member may fetch and keep them:
/// they hold hashes and signatures, nothing of the log's content.
async fn checkpoints(
    St(state): St<State>,
    headers: HeaderMap,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    if !actor.reader().active {
        return Err(
            domain::Error::Forbidden("your member is suspended or withdrawn".into()).into(),
        );
    }
    let key = state.center.audit_public_key().await?;
    let cps = state.center.checkpoints().await?;
    Ok(axum::Json(json!({
        "public_key": domain::audit::hex(&key),
        "checkpoints": cps,
    })))
}

/// Signs the log's head now (administrators); the server also does it on a timer.
async fn make_checkpoint(
    St(state): St<State>,
    headers: HeaderMap,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    let cp = state
        .center
        .checkpoint(Authority::Administrator(&actor))
        .await?;
    Ok(axum::Json(json!({ "checkpoint": cp })))
}

/// The sharing groups the caller's member is in.
async fn sharing_groups(
    St(state): St<State>,
    headers: HeaderMap,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    let groups = state.center.my_sharing_groups(&actor).await?;
    Ok(axum::Json(json!({ "groups": groups })))
}

#[derive(serde::Deserialize)]
struct EventsQuery {
    /// Resume after this event id (as `Last-Event-ID` does).
    after: Option<i64>,
}

/// How many events one read takes.
const EVENT_BATCH: usize = 500;

struct Subscription {
    state: State,
    actor: Actor,
    cursor: i64,
    changes: watch::Receiver<u64>,
    pending: VecDeque<ObjectEvent>,
}

fn to_sse(e: &ObjectEvent) -> Event {
    let o = &e.object;
    Event::default()
        .event("object")
        .id(o.date_added.to_string())
        .data(
            json!({
                "collection": e.collection.0.to_string(),
                "id": o.stix_id,
                "type": o.object_type,
                "version": o.version,
                "spec_version": o.spec_version.as_str(),
                "date_added": taxii_timestamp(o.date_added),
            })
            .to_string(),
        )
}

/// Server-sent events: one `object` event per new object version the caller may see, from
/// `Last-Event-ID` (or `?after=`) on, or from now. Each wake-up re-reads through the caller's
/// visibility, and the caller is re-checked, so a suspension ends the flow of events.
async fn events(
    St(state): St<State>,
    headers: HeaderMap,
    Query(q): Query<EventsQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.trim().parse::<i64>().map_err(|_| {
                Problem::bad_request(
                    "bad-last-event-id",
                    "Last-Event-ID must be the id of an event this stream sent",
                )
            })
        })
        .transpose()?
        .or(q.after);
    let cursor = match resume {
        Some(c) => c,
        None => state.center.event_cursor().await?,
    };
    let mut changes = state.center.changes();
    changes.mark_unchanged();
    let sub = Subscription {
        state,
        actor,
        cursor,
        changes,
        pending: VecDeque::new(),
    };
    let stream = futures_util::stream::unfold(sub, |mut sub| async move {
        loop {
            if let Some(e) = sub.pending.pop_front() {
                let ev = to_sse(&e);
                return Some((Ok(ev), sub));
            }
            // Re-check the subscriber, then read what is new through its visibility.
            let actor = sub.state.center.refresh(&sub.actor).await.ok()?;
            if !actor.reader().active {
                // Suspended, withdrawn or disabled: the stream ends here.
                return None;
            }
            sub.actor = actor;
            let batch = sub
                .state
                .center
                .events(&sub.actor, sub.cursor, EVENT_BATCH)
                .await
                .ok()?;
            if let Some(last) = batch.last() {
                sub.cursor = last.object.date_added;
                sub.pending.extend(batch);
                continue;
            }
            // Nothing new: wait for a write on any node (or look again now and then).
            let _ = tokio::time::timeout(Duration::from_secs(30), sub.changes.changed()).await;
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
