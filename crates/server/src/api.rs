//! The REST API under `/api/v1/`. For now: live notifications as server-sent events.
//! Errors are RFC 9457 problem details with a stable `code`.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State as St};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use domain::Actor;
use domain::service::ObjectEvent;
use futures_util::Stream;
use serde_json::json;
use stix::timestamp::taxii_timestamp;
use tokio::sync::watch;

use crate::State;
use crate::auth::authenticate;
use crate::error::Problem;

pub fn routes() -> Router<State> {
    Router::new().route("/api/v1/events", get(events))
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
