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
use domain::subscriptions::{EventFilter, ObjectFilter};
use futures_util::Stream;
use serde_json::json;
use stix::timestamp::taxii_timestamp;
use tokio::sync::watch;

use crate::State;
use crate::auth::{Authed, Member, authenticate};
use crate::error::Problem;

/// The REST API's OpenAPI 3.1 document.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "Liaison REST API", description = "The REST API of a Liaison intelligence exchange center. TAXII 2.1 is served at /taxii2/ and described by its specification."),
    paths(statistics, publish_statistics, statistics_reports, statistics_report, outcomes, record_outcome, sightings, timeline, set_group_status, rfis, ask, one_rfi, answer_rfi, close_rfi, search, correlations, noisy_keys, exclude_key, events, audit_log, checkpoints, make_checkpoint, sharing_groups, hits, release_requests, request_release, decide_release, notifications, add_webhook, list_webhooks, remove_webhook, members, member_history, presidency, applications, apply, votes, one_vote, cast_vote, redeem_invitation, meetings, convene, meeting, add_agenda_item, record_attendance, set_minutes, decide, add_action, meeting_pack, meeting_ics, actions, close_action),
    modifiers(&Security),
    security(("basic" = []), ("bearer" = []))
)]
pub struct ApiDoc;

/// HTTP Basic (a password or a token) and Bearer tokens.
struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "basic",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Basic)),
        );
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

async fn openapi() -> impl axum::response::IntoResponse {
    use utoipa::OpenApi;
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        ApiDoc::openapi().to_pretty_json().unwrap_or_default(),
    )
}

pub fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/events", get(events))
        .route("/api/v1/audit", get(audit_log))
        .route(
            "/api/v1/audit/checkpoints",
            get(checkpoints).post(make_checkpoint),
        )
        .route("/api/v1/sharing-groups", get(sharing_groups))
        .route("/api/v1/hits", axum::routing::post(hits))
        .route(
            "/api/v1/release-requests",
            get(release_requests).post(request_release),
        )
        .route(
            "/api/v1/release-requests/{id}/{decision}",
            axum::routing::post(decide_release),
        )
        .route("/api/v1/notifications", get(notifications))
        .route("/api/v1/webhooks", get(list_webhooks).post(add_webhook))
        .route("/api/v1/members", get(members))
        .route("/api/v1/members/{name}/history", get(member_history))
        .route("/api/v1/presidency", get(presidency))
        .route("/api/v1/applications", get(applications).post(apply))
        .route("/api/v1/votes", get(votes))
        .route("/api/v1/votes/{id}", get(one_vote).post(cast_vote))
        .route(
            "/api/v1/invitations",
            axum::routing::post(redeem_invitation),
        )
        .route("/api/v1/meetings", get(meetings).post(convene))
        .route("/api/v1/meetings/{id}", get(meeting))
        .route(
            "/api/v1/meetings/{id}/agenda",
            axum::routing::post(add_agenda_item),
        )
        .route(
            "/api/v1/meetings/{id}/attendance",
            axum::routing::post(record_attendance),
        )
        .route(
            "/api/v1/meetings/{id}/minutes",
            axum::routing::put(set_minutes),
        )
        .route(
            "/api/v1/meetings/{id}/decisions",
            axum::routing::post(decide),
        )
        .route(
            "/api/v1/meetings/{id}/actions",
            axum::routing::post(add_action),
        )
        .route("/api/v1/meetings/{id}/pack.html", get(meeting_pack))
        .route("/api/v1/meetings/{id}/meeting.ics", get(meeting_ics))
        .route("/api/v1/objects/{id}/correlations", get(correlations))
        .route("/api/v1/search", get(search))
        .route("/api/v1/objects/{id}/sightings", get(sightings))
        .route("/api/v1/outcomes", get(outcomes).post(record_outcome))
        .route("/api/v1/statistics", get(statistics))
        .route(
            "/api/v1/statistics/reports",
            get(statistics_reports).post(publish_statistics),
        )
        .route("/api/v1/statistics/reports/{id}", get(statistics_report))
        .route("/api/v1/groups/{id}/timeline", get(timeline))
        .route(
            "/api/v1/groups/{id}/status",
            axum::routing::post(set_group_status),
        )
        .route("/api/v1/rfis", get(rfis).post(ask))
        .route("/api/v1/rfis/{id}", get(one_rfi))
        .route("/api/v1/rfis/{id}/answers", axum::routing::post(answer_rfi))
        .route("/api/v1/rfis/{id}/close", axum::routing::post(close_rfi))
        .route("/api/v1/correlation/keys", get(noisy_keys))
        .route(
            "/api/v1/correlation/exclusions",
            axum::routing::post(exclude_key),
        )
        .route("/api/v1/actions", get(actions))
        .route(
            "/api/v1/actions/{id}/{status}",
            axum::routing::post(close_action),
        )
        .route(
            "/api/v1/webhooks/{id}",
            axum::routing::delete(remove_webhook),
        )
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct WebhookBody {
    url: String,
    /// What to deliver: `objects` (bool), `types`, `originators` (member names), `tlps`
    /// (`clear`, `green`, `amber`, `amber_strict`, `red`), `words`, `notifications` (bool) and
    /// `kinds`. Left out: everything the member may see.
    #[schema(value_type = Option<Object>)]
    filter: Option<EventFilter>,
}

#[utoipa::path(post, path = "/api/v1/webhooks", tag = "notifications", request_body = WebhookBody, responses((status = 201, description = "The webhook and its signing secret, shown once"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// A liaison officer registers a webhook for its member; the secret is shown once.
async fn add_webhook(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<WebhookBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let (w, secret) = state
        .center
        .add_webhook(
            Authority::Administrator(&actor),
            &actor.member.name,
            &b.url,
            b.filter.unwrap_or_default(),
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"webhook": w, "secret": secret})),
    ))
}

#[utoipa::path(get, path = "/api/v1/webhooks", tag = "notifications", responses((status = 200, description = "The member's webhooks and how delivery stands"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn list_webhooks(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state
        .center
        .webhooks(Authority::Administrator(&actor), Some(&actor.member.name))
        .await?;
    Ok(axum::Json(json!({ "webhooks": list })))
}

#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "notifications", params(("id" = i64, Path, description = "The webhook")), responses((status = 204, description = "Removed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn remove_webhook(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::http::StatusCode, Problem> {
    state
        .center
        .remove_webhook(Authority::Administrator(&actor), id)
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// A JSON request body; one that does not parse is refused with what is wrong with it.
struct Body<T>(T);

impl<T: serde::de::DeserializeOwned> axum::extract::FromRequest<State> for Body<T> {
    type Rejection = Problem;

    async fn from_request(req: axum::extract::Request, state: &State) -> Result<Self, Problem> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| {
                Problem::bad_request(
                    "bad-body",
                    format!("the request body could not be read: {e}"),
                )
            })?;
        body(&bytes).map(Body)
    }
}

/// Reads a JSON body, or says what is wrong with it.
fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Problem> {
    serde_json::from_slice(bytes).map_err(|e| {
        Problem::bad_request(
            "bad-body",
            format!("the request body is not the JSON expected: {e}"),
        )
    })
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct HitBody {
    value: String,
}

#[utoipa::path(post, path = "/api/v1/hits", tag = "releasability", request_body = HitBody, responses((status = 200, description = "Which members hold matching intelligence the caller cannot see, and how many items each"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Hit/no-hit: which members hold intelligence on a value that the caller cannot see.
async fn hits(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<HitBody>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let answer = state.center.hit_query(&actor, &b.value).await?;
    Ok(axum::Json(json!(answer)))
}

async fn member_names(
    state: &State,
) -> Result<std::collections::HashMap<domain::MemberId, String>, Problem> {
    Ok(state.center.member_names().await?)
}

fn request_json(
    r: &domain::exchange::ReleaseRequest,
    names: &std::collections::HashMap<domain::MemberId, String>,
) -> serde_json::Value {
    let name = |m: &domain::MemberId| names.get(m).cloned().unwrap_or_default();
    json!({
        "id": r.id,
        "created": taxii_timestamp(r.created_at),
        "requester": name(&r.requester_member),
        "originator": name(&r.originator),
        "target": name(&r.target),
        "object_id": r.object_id,
        "value": r.value,
        "reason": r.reason,
        "status": r.status,
        "decided": r.decided_at.map(taxii_timestamp),
        "answer": r.answer,
        "released": r.released,
    })
}

#[utoipa::path(get, path = "/api/v1/release-requests", tag = "releasability", responses((status = 200, description = "Release requests the caller's member made or must decide"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn release_requests(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.release_requests(&actor).await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(json!({
        "requests": list.iter().map(|r| request_json(r, &names)).collect::<Vec<_>>()
    })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ReleaseRequestBody {
    /// The member that holds the intelligence.
    originator: String,
    /// Release to this member; the caller's own when left out.
    target: Option<String>,
    object_id: Option<String>,
    value: Option<String>,
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/release-requests", tag = "releasability", request_body = ReleaseRequestBody, responses((status = 201, description = "The request, pending"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Asks an originator to release an object, or what it holds on a value, to a member.
async fn request_release(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ReleaseRequestBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let r = state
        .center
        .request_release(
            &actor,
            &b.originator,
            b.target.as_deref(),
            b.object_id.as_deref(),
            b.value.as_deref(),
            &b.reason,
        )
        .await?;
    let names = member_names(&state).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(request_json(&r, &names)),
    ))
}

#[derive(serde::Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct DecisionBody {
    answer: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/release-requests/{id}/{decision}", tag = "releasability", request_body = DecisionBody, params(("id" = i64, Path, description = "The request"), ("decision" = String, Path, description = "approve or refuse")), responses((status = 200, description = "The request with its decision"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// `approve` or `refuse`, by a liaison officer of the originating member.
async fn decide_release(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path((id, decision)): axum::extract::Path<(i64, String)>,
    bytes: axum::body::Bytes,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let approve = match decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => return Err(domain::Error::NotFound("release request action").into()),
    };
    let b: DecisionBody = if bytes.is_empty() {
        DecisionBody::default()
    } else {
        body(&bytes)?
    };
    let r = state
        .center
        .decide_release(&actor, id, approve, b.answer.as_deref())
        .await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(request_json(&r, &names)))
}

#[derive(serde::Deserialize)]
struct NotificationParams {
    after: Option<i64>,
    limit: Option<usize>,
}

#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", params(("after" = Option<i64>, Query, description = "After this notification id"), ("limit" = Option<usize>, Query, description = "At most this many")), responses((status = 200, description = "What the caller's member has been told"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// What the caller's member has been told: hits on its intelligence, release requests, answers.
async fn notifications(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<NotificationParams>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state
        .center
        .notifications(
            &actor,
            p.after.unwrap_or(0),
            p.limit.unwrap_or(100).clamp(1, 1_000),
            &EventFilter::default(),
        )
        .await?;
    Ok(axum::Json(json!({
        "notifications": list.iter().map(|n| json!({
            "id": n.id,
            "at": taxii_timestamp(n.at),
            "kind": n.kind,
            "payload": n.payload,
        })).collect::<Vec<_>>()
    })))
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
    v.map(|t| timestamp_field(name, t)).transpose()
}

#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(("after" = Option<i64>, Query, description = "Entries after this number"), ("limit" = Option<usize>, Query, description = "At most this many (1 to 1000)"), ("actor" = Option<String>, Query, description = "A user name"), ("member" = Option<String>, Query, description = "A member name"), ("action" = Option<String>, Query, description = "An action or a prefix such as objects"), ("since" = Option<String>, Query, description = "RFC 3339, inclusive"), ("until" = Option<String>, Query, description = "RFC 3339, exclusive")), responses((status = 200, description = "Entries of the audit log, oldest first, and `next`"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The audit log, for administrators, filtered by actor, member, action and time.
async fn audit_log(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<AuditParams>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
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
                ..AuditQuery::default()
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

#[utoipa::path(get, path = "/api/v1/audit/checkpoints", tag = "audit", responses((status = 200, description = "Signed checkpoints and the public key that verifies them"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The signed checkpoints and the key that verifies them. Any member may fetch and keep them:
/// they hold hashes and signatures, nothing of the log's content.
async fn checkpoints(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
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

#[utoipa::path(post, path = "/api/v1/audit/checkpoints", tag = "audit", responses((status = 200, description = "The checkpoint signed now, or null when the head is signed already"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Signs the log's head now (administrators); the server also does it on a timer.
async fn make_checkpoint(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let cp = state
        .center
        .checkpoint(Authority::Administrator(&actor))
        .await?;
    Ok(axum::Json(json!({ "checkpoint": cp })))
}

#[utoipa::path(get, path = "/api/v1/sharing-groups", tag = "releasability", responses((status = 200, description = "The sharing groups the caller's member is in"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The sharing groups the caller's member is in.
async fn sharing_groups(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let groups = state.center.my_sharing_groups(&actor).await?;
    Ok(axum::Json(json!({ "groups": groups })))
}

#[derive(serde::Deserialize)]
struct EventsQuery {
    /// Resume after this event id (as `Last-Event-ID` does).
    after: Option<String>,
    /// Comma-separated STIX types.
    #[serde(rename = "type")]
    types: Option<String>,
    /// Comma-separated member names.
    originator: Option<String>,
    /// Comma-separated levels.
    tlp: Option<String>,
    /// Words every new object must hold.
    q: Option<String>,
    /// Comma-separated notification kinds.
    kind: Option<String>,
    /// `false`: no new intelligence, notifications only.
    objects: Option<bool>,
    /// `false`: no notifications, new intelligence only.
    notifications: Option<bool>,
}

impl EventsQuery {
    fn filter(&self) -> Result<EventFilter, Problem> {
        Ok(EventFilter {
            objects: self.objects.unwrap_or(true),
            types: list(&self.types),
            originators: list(&self.originator),
            tlps: tlps(&self.tlp)?,
            words: self.q.clone(),
            notifications: self.notifications.unwrap_or(true),
            kinds: list(&self.kind),
        })
    }
}

/// Where a stream stands: the last object (`date_added`) and the last notification sent. An
/// event id is `<object>.<notification>`; a bare number (older clients) resumes objects only.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    objects: i64,
    notices: Option<i64>,
}

impl Cursor {
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        match text.split_once('.') {
            Some((o, n)) => Some(Self {
                objects: o.parse().ok()?,
                notices: Some(n.parse().ok()?),
            }),
            None => Some(Self {
                objects: text.parse().ok()?,
                notices: None,
            }),
        }
    }
    fn id(&self) -> String {
        format!("{}.{}", self.objects, self.notices.unwrap_or(0))
    }
}

/// How many events one read takes.
const EVENT_BATCH: usize = 500;

enum Pending {
    Object(ObjectEvent),
    Notice(domain::exchange::Notification),
}

struct Subscription {
    state: State,
    actor: Actor,
    filter: EventFilter,
    /// The object part of `filter`, with member names resolved once.
    wanted: ObjectFilter,
    cursor: Cursor,
    changes: watch::Receiver<u64>,
    pending: VecDeque<Pending>,
}

/// What is new for a subscriber: its notifications and object events.
type NewForSubscriber = (Vec<domain::exchange::Notification>, Vec<ObjectEvent>);

impl Subscription {
    /// The subscriber as the center knows it now, then what is new for it: `None` when it may
    /// no longer read anything.
    async fn next_reads(&mut self) -> domain::Result<Option<NewForSubscriber>> {
        let actor = self.state.center.refresh(&self.actor).await?;
        if !actor.reader().active {
            return Ok(None);
        }
        self.actor = actor;
        let center = &self.state.center;
        let notices = center
            .notifications(
                &self.actor,
                self.cursor.notices.unwrap_or(0),
                EVENT_BATCH,
                &self.filter,
            )
            .await?;
        let batch = center
            .events(&self.actor, self.cursor.objects, EVENT_BATCH, &self.wanted)
            .await?;
        Ok(Some((notices, batch)))
    }
}

fn notice_sse(n: &domain::exchange::Notification, cursor: &Cursor) -> Event {
    Event::default().event("notification").id(cursor.id()).data(
        json!({
            "id": n.id,
            "kind": n.kind,
            "at": taxii_timestamp(n.at),
            "payload": n.payload,
        })
        .to_string(),
    )
}

fn to_sse(e: &ObjectEvent, cursor: &Cursor) -> Event {
    let o = &e.object;
    Event::default().event("object").id(cursor.id()).data(
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

#[utoipa::path(get, path = "/api/v1/events", tag = "notifications", params(("after" = Option<String>, Query, description = "Resume after this event id, as Last-Event-ID does"), ("type" = Option<String>, Query, description = "Only new objects of these comma-separated STIX types"), ("originator" = Option<String>, Query, description = "Only new objects of these comma-separated members"), ("tlp" = Option<String>, Query, description = "Only new objects at these comma-separated levels"), ("q" = Option<String>, Query, description = "Only new objects holding every one of these words"), ("kind" = Option<String>, Query, description = "Only notifications of these comma-separated kinds: rfi, rfi_answer, rfi_reminder, release_request, release_decision, hit, meeting, action_item, statistics"), ("objects" = Option<bool>, Query, description = "false: notifications only"), ("notifications" = Option<bool>, Query, description = "false: new objects only")), responses((status = 200, description = "A stream of server-sent events: `object` and `notification`", content_type = "text/event-stream"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Server-sent events: one `object` event per new object version the caller may see, and one
/// `notification` event per notification to the caller's member, from `Last-Event-ID` (or
/// `?after=`) on, or from now. Each wake-up re-reads through the caller's visibility, and the
/// caller is re-checked, so a suspension ends the flow of events.
async fn events(
    St(state): St<State>,
    headers: HeaderMap,
    Query(q): Query<EventsQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Problem> {
    let actor = authenticate(&state.center, &headers).await?;
    let filter = q.filter()?;
    let wanted = state.center.object_filter(&filter).await?;
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or(q.after)
        .map(|v| {
            Cursor::parse(&v).ok_or_else(|| {
                Problem::bad_request(
                    "bad-last-event-id",
                    "Last-Event-ID must be the id of an event this stream sent",
                )
            })
        })
        .transpose()?;
    let cursor = match resume {
        Some(Cursor {
            objects,
            notices: Some(n),
        }) => Cursor {
            objects,
            notices: Some(n),
        },
        Some(Cursor { objects, .. }) => Cursor {
            objects,
            notices: Some(state.center.notification_cursor().await?),
        },
        None => Cursor {
            objects: state.center.event_cursor().await?,
            notices: Some(state.center.notification_cursor().await?),
        },
    };
    let mut changes = state.center.changes();
    changes.mark_unchanged();
    let sub = Subscription {
        state,
        actor,
        filter,
        wanted,
        cursor,
        changes,
        pending: VecDeque::new(),
    };
    let stream = futures_util::stream::unfold(sub, |mut sub| async move {
        loop {
            if let Some(p) = sub.pending.pop_front() {
                let ev = match &p {
                    Pending::Object(e) => {
                        sub.cursor.objects = e.object.date_added;
                        to_sse(e, &sub.cursor)
                    }
                    Pending::Notice(n) => {
                        sub.cursor.notices = Some(n.id);
                        notice_sse(n, &sub.cursor)
                    }
                };
                return Some((Ok(ev), sub));
            }
            // Re-check the subscriber, then read what is new through its visibility.
            let (notices, batch) = match sub.next_reads().await {
                Ok(Some(read)) => read,
                // Suspended, withdrawn or disabled: the stream ends here.
                Ok(None) => return None,
                // The center is at capacity: the stream waits and reads again, from where it
                // was; nothing is skipped.
                Err(domain::Error::Busy(_)) => {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
                Err(_) => return None,
            };
            if !notices.is_empty() || !batch.is_empty() {
                sub.pending.extend(notices.into_iter().map(Pending::Notice));
                sub.pending.extend(batch.into_iter().map(Pending::Object));
                continue;
            }
            // Nothing new: wait for a write on any node (or look again now and then).
            let _ = tokio::time::timeout(Duration::from_secs(30), sub.changes.changed()).await;
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

// ---- governance ------------------------------------------------------------------------------

fn member_json(m: &domain::Member) -> serde_json::Value {
    json!({
        "name": m.name,
        "display_name": m.display_name,
        "identity": m.identity_id,
        "status": m.status,
        "founding": m.founding,
        "accession": m.accession_at.map(taxii_timestamp),
        "secretariat": m.is_secretariat,
    })
}

#[utoipa::path(get, path = "/api/v1/members", tag = "governance", responses((status = 200, description = "Every member with its status, founding flag and accession date"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn members(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.members().await?;
    Ok(axum::Json(json!({
        "members": list.iter().map(member_json).collect::<Vec<_>>()
    })))
}

#[utoipa::path(get, path = "/api/v1/members/{name}/history", tag = "governance", params(("name" = String, Path, description = "The member")), responses((status = 200, description = "Every change of the member's status"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn member_history(
    St(state): St<State>,
    Member(_): Member,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.member_history(&name).await?;
    Ok(axum::Json(json!({
        "history": list.iter().map(|t| json!({
            "at": taxii_timestamp(t.at),
            "from": t.from,
            "to": t.to,
            "reason": t.reason,
            "decision": t.decision,
            "actor": t.actor,
        })).collect::<Vec<_>>()
    })))
}

#[utoipa::path(get, path = "/api/v1/presidency", tag = "governance", responses((status = 200, description = "The current term, the policy and every term"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn presidency(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let current = state.center.current_presidency().await?;
    let term = |t: &domain::governance::Term| {
        json!({
            "member": names.get(&t.member),
            "starts": taxii_timestamp(t.starts_at),
            "ends": taxii_timestamp(t.ends_at),
            "basis": t.basis,
            "note": t.note,
        })
    };
    let terms = state.center.presidency_terms().await?;
    Ok(axum::Json(json!({
        "current": current.as_ref().map(term),
        "policy": state.center.presidency_policy().await?,
        "terms": terms.iter().map(term).collect::<Vec<_>>(),
    })))
}

fn ballot_json(
    b: &domain::governance::Ballot,
    names: &std::collections::HashMap<domain::MemberId, String>,
) -> serde_json::Value {
    let name = |m: &domain::MemberId| names.get(m).cloned().unwrap_or_default();
    json!({
        "id": b.id,
        "subject": b.subject,
        "title": b.title,
        "rule": b.rule,
        "eligible": b.eligible.iter().map(name).collect::<Vec<_>>(),
        "opened": taxii_timestamp(b.opened_at),
        "deadline": taxii_timestamp(b.deadline),
        "closed": b.closed_at.map(taxii_timestamp),
        "outcome": b.outcome,
        "votes": b.votes.iter().map(|v| json!({"member": name(&v.member), "choice": v.choice, "at": taxii_timestamp(v.at)})).collect::<Vec<_>>(),
    })
}

#[utoipa::path(get, path = "/api/v1/votes", tag = "governance", responses((status = 200, description = "Votes with their rule, eligible members, votes and outcome"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn votes(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let list = state.center.ballots().await?;
    Ok(axum::Json(json!({
        "votes": list.iter().map(|b| ballot_json(b, &names)).collect::<Vec<_>>()
    })))
}

#[utoipa::path(get, path = "/api/v1/votes/{id}", tag = "governance", params(("id" = i64, Path, description = "The vote")), responses((status = 200, description = "One vote"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn one_vote(
    St(state): St<State>,
    Member(_): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let b = state.center.ballot(id).await?;
    Ok(axum::Json(ballot_json(&b, &names)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct VoteBody {
    /// `yes`, `no` or `abstain`.
    choice: String,
}

#[utoipa::path(post, path = "/api/v1/votes/{id}", tag = "governance", request_body = VoteBody, params(("id" = i64, Path, description = "The vote")), responses((status = 200, description = "The vote after this one, closed if the outcome can no longer change"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// A delegate casts or changes its member's vote.
async fn cast_vote(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<VoteBody>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let choice = domain::votes::Choice::parse(&b.choice)
        .ok_or_else(|| Problem::bad_request("bad-choice", "'choice' is yes, no or abstain"))?;
    let ballot = state.center.vote(&actor, id, choice).await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(ballot_json(&ballot, &names)))
}

#[utoipa::path(get, path = "/api/v1/applications", tag = "governance", responses((status = 200, description = "Applications to join"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn applications(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let list = state.center.applications().await?;
    Ok(axum::Json(json!({
        "applications": list.iter().map(|a| json!({
            "id": a.id,
            "organisation": names.get(&a.member),
            "description": a.description,
            "contact": a.contact,
            "sponsor": a.sponsor.and_then(|s| names.get(&s)),
            "applied": taxii_timestamp(a.applied_at),
            "vote": a.ballot,
        })).collect::<Vec<_>>()
    })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ApplicationBody {
    name: String,
    display_name: String,
    description: String,
    contact: String,
    sponsor: Option<String>,
    days: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/applications", tag = "governance", request_body = ApplicationBody, responses((status = 201, description = "The applicant and the vote opened on it"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The secretariat records an application; the vote opens at once.
async fn apply(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ApplicationBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let (m, app, ballot) = state
        .center
        .apply(
            Authority::Administrator(&actor),
            &b.name,
            &b.display_name,
            &b.description,
            &b.contact,
            b.sponsor.as_deref(),
            b.days,
        )
        .await?;
    let names = member_names(&state).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({
            "application": app.id,
            "member": member_json(&m),
            "vote": ballot_json(&ballot, &names),
        })),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct InvitationBody {
    token: String,
    password: String,
}

#[utoipa::path(post, path = "/api/v1/invitations", tag = "governance", request_body = InvitationBody, responses((status = 200, description = "The user whose password was set"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// An invited user sets its password with its one-time token (no other credentials).
async fn redeem_invitation(
    St(state): St<State>,
    Body(b): Body<InvitationBody>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let username = state
        .center
        .redeem_invitation(&b.token, &b.password)
        .await?;
    Ok(axum::Json(json!({ "username": username })))
}

// ---- meetings --------------------------------------------------------------------------------

fn timestamp_field(name: &str, t: &str) -> Result<i64, Problem> {
    stix::timestamp::parse_micros(t).map_err(|e| {
        Problem::bad_request(
            "bad-timestamp",
            format!("'{name}' must be a timestamp such as 2026-12-01T09:00:00Z: {e}"),
        )
    })
}

#[utoipa::path(get, path = "/api/v1/meetings", tag = "meetings", responses((status = 200, description = "Meetings"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn meetings(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let list = state.center.meetings().await?;
    Ok(axum::Json(json!({
        "meetings": list.iter().map(|m| json!({
            "id": m.id,
            "title": m.title,
            "kind": m.kind,
            "starts": taxii_timestamp(m.starts_at),
            "ends": taxii_timestamp(m.ends_at),
            "time_zone": m.time_zone,
            "venue": m.venue,
            "convened_by": names.get(&m.convened_by),
        })).collect::<Vec<_>>()
    })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ConveneBody {
    title: String,
    /// `regular` (the default) or `extraordinary`.
    kind: Option<String>,
    starts: String,
    ends: String,
    time_zone: String,
    venue: String,
}

#[utoipa::path(post, path = "/api/v1/meetings", tag = "meetings", request_body = ConveneBody, responses((status = 201, description = "The meeting"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The presidency (or the secretariat) convenes a meeting; every member is notified.
async fn convene(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ConveneBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let kind = match b.kind.as_deref() {
        None => domain::meetings::MeetingKind::Regular,
        Some(k) => domain::meetings::MeetingKind::parse(k).ok_or_else(|| {
            Problem::bad_request("bad-kind", "'kind' is regular or extraordinary")
        })?,
    };
    let m = state
        .center
        .convene(
            Authority::Administrator(&actor),
            &b.title,
            kind,
            timestamp_field("starts", &b.starts)?,
            timestamp_field("ends", &b.ends)?,
            &b.time_zone,
            &b.venue,
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": m.id, "title": m.title})),
    ))
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The meeting as the caller may see it"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// A meeting as the caller may see it: agenda links to intelligence it cannot see are withheld.
async fn meeting(
    St(state): St<State>,
    Member(actor): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let r = state.center.meeting(id).await?;
    let agenda = state.center.agenda_for(&actor, id).await?;
    let names = member_names(&state).await?;
    let name = |m: &domain::MemberId| names.get(m).cloned();
    let now = state.center.now();
    Ok(axum::Json(json!({
        "id": r.meeting.id,
        "title": r.meeting.title,
        "kind": r.meeting.kind,
        "starts": taxii_timestamp(r.meeting.starts_at),
        "ends": taxii_timestamp(r.meeting.ends_at),
        "time_zone": r.meeting.time_zone,
        "venue": r.meeting.venue,
        "convened_by": name(&r.meeting.convened_by),
        "agenda": agenda.iter().map(|s| json!({
            "id": s.item.id,
            "position": s.item.position,
            "title": s.item.title,
            "notes": s.item.notes,
            "link": s.item.link,
            "linked": s.linked,
            "withheld": s.withheld,
        })).collect::<Vec<_>>(),
        "attendance": r.attendance.iter().map(|a| json!({"member": name(&a.member), "present": a.present, "delegates": a.delegates})).collect::<Vec<_>>(),
        "minutes": r.meeting.minutes,
        "decisions": r.decisions.iter().map(|d| json!({"id": d.id, "text": d.text, "agenda_item": d.agenda_item, "vote": d.ballot, "outcome": d.outcome})).collect::<Vec<_>>(),
        "actions": r.actions.iter().map(|a| action_json(a, &names, now)).collect::<Vec<_>>(),
    })))
}

fn action_json(
    a: &domain::meetings::ActionItem,
    names: &std::collections::HashMap<domain::MemberId, String>,
    now: i64,
) -> serde_json::Value {
    json!({
        "id": a.id,
        "meeting": a.meeting,
        "decision": a.decision,
        "title": a.title,
        "assignee": names.get(&a.assignee),
        "due": taxii_timestamp(a.due_at),
        "status": a.status,
        "overdue": a.overdue(now),
    })
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct AgendaBody {
    title: String,
    #[serde(default)]
    notes: String,
    /// `{"kind": "object", "ref": "<STIX id>"}`, `{"kind": "application", "ref": 3}`,
    /// `{"kind": "vote", "ref": 4}` or `{"kind": "statistics"}`.
    #[schema(value_type = Option<Object>)]
    link: Option<domain::meetings::AgendaLink>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda", tag = "meetings", request_body = AgendaBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The agenda item"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn add_agenda_item(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AgendaBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let item = state
        .center
        .add_agenda_item(
            Authority::Administrator(&actor),
            id,
            &b.title,
            &b.notes,
            b.link,
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": item.id, "position": item.position})),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct AttendanceBody {
    member: String,
    present: bool,
    #[serde(default)]
    delegates: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/attendance", tag = "meetings", request_body = AttendanceBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 204, description = "Recorded"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn record_attendance(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AttendanceBody>,
) -> Result<axum::http::StatusCode, Problem> {
    state
        .center
        .record_attendance(
            Authority::Administrator(&actor),
            id,
            &b.member,
            b.present,
            &b.delegates,
        )
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/api/v1/meetings/{id}/minutes", tag = "meetings", request_body(content = String, content_type = "text/markdown"), params(("id" = i64, Path, description = "The meeting")), responses((status = 204, description = "The minutes (Markdown) replaced"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Replaces the minutes (Markdown, sent as the body).
async fn set_minutes(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    text: String,
) -> Result<axum::http::StatusCode, Problem> {
    state
        .center
        .set_minutes(Authority::Administrator(&actor), id, &text)
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct MeetingDecisionBody {
    text: String,
    agenda_item: Option<i64>,
    /// Put it to a vote: the decision rule unless `rule` is given.
    #[serde(default)]
    vote: bool,
    #[schema(value_type = Option<Object>)]
    rule: Option<domain::votes::VotingRule>,
    /// Days the vote stays open.
    days: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/decisions", tag = "meetings", request_body = MeetingDecisionBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The decision, and its vote if it was put to one"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn decide(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<MeetingDecisionBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let rule =
        (b.vote || b.rule.is_some()).then(|| b.rule.unwrap_or(domain::meetings::DECISION_RULE));
    let d = state
        .center
        .decide(
            Authority::Administrator(&actor),
            id,
            b.agenda_item,
            &b.text,
            rule,
            b.days.unwrap_or(7),
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": d.id, "vote": d.ballot, "outcome": d.outcome})),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ActionBody {
    title: String,
    assignee: String,
    due: String,
    decision: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/actions", tag = "meetings", request_body = ActionBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The action item"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn add_action(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<ActionBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let a = state
        .center
        .add_action(
            Authority::Administrator(&actor),
            id,
            b.decision,
            &b.title,
            &b.assignee,
            timestamp_field("due", &b.due)?,
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": a.id})),
    ))
}

#[derive(serde::Deserialize)]
struct ActionParams {
    /// Only the caller's member's action items.
    #[serde(default)]
    mine: bool,
}

#[utoipa::path(get, path = "/api/v1/actions", tag = "meetings", params(("mine" = Option<bool>, Query, description = "Only the caller's member's")), responses((status = 200, description = "Action items, open first, overdue ones flagged"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// Action items, open first, with the overdue ones flagged.
async fn actions(
    St(state): St<State>,
    Member(actor): Member,
    Query(p): Query<ActionParams>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let list = state
        .center
        .actions(p.mine.then_some(actor.member.id))
        .await?;
    let now = state.center.now();
    Ok(axum::Json(json!({
        "actions": list.iter().map(|a| action_json(a, &names, now)).collect::<Vec<_>>()
    })))
}

#[utoipa::path(post, path = "/api/v1/actions/{id}/{status}", tag = "meetings", params(("id" = i64, Path, description = "The action item"), ("status" = String, Path, description = "done or cancel")), responses((status = 204, description = "Closed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn close_action(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path((id, status)): axum::extract::Path<(i64, String)>,
) -> Result<axum::http::StatusCode, Problem> {
    let status = match status.as_str() {
        "done" => domain::meetings::ActionStatus::Done,
        "cancel" => domain::meetings::ActionStatus::Cancelled,
        _ => return Err(domain::Error::NotFound("action").into()),
    };
    state
        .center
        .close_action(Authority::Administrator(&actor), id, status)
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/pack.html", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The printable meeting pack", content_type = "text/html"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The printable meeting pack, as the caller may see it.
async fn meeting_pack(
    St(state): St<State>,
    Member(actor): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::response::Html<String>, Problem> {
    let r = state.center.meeting(id).await?;
    let agenda = state.center.agenda_for(&actor, id).await?;
    let names = member_names(&state).await?;
    let html = crate::pack::html(&r, &agenda, &names, state.center.now()).map_err(|e| {
        domain::Error::store(format!("the meeting pack could not be rendered: {e}"))
    })?;
    Ok(axum::response::Html(html))
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/meeting.ics", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The meeting as an iCalendar file", content_type = "text/calendar"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn meeting_ics(
    St(state): St<State>,
    Member(_): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<([(axum::http::HeaderName, &'static str); 1], String), Problem> {
    let r = state.center.meeting(id).await?;
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            "text/calendar; charset=utf-8",
        )],
        crate::pack::ics(&r, &state.config.title),
    ))
}

// ---- correlation -----------------------------------------------------------------------------

/// What correlates with an object the caller can see, through keys that are not noisy; the
/// correlated objects are only those it can see too.
#[utoipa::path(get, path = "/api/v1/objects/{id}/correlations", tag = "correlation", params(("id" = String, Path, description = "A STIX id")), responses((status = 200, description = "The objects sharing a key with it"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn correlations(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.correlations(&actor, &id).await?;
    Ok(axum::Json(json!({ "object": id, "correlations": list })))
}

/// Keys carried by more objects than the limit, and excluded keys (administrators).
#[utoipa::path(get, path = "/api/v1/correlation/keys", tag = "correlation", responses((status = 200, description = "Noisy and excluded keys, most frequent first"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn noisy_keys(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let keys = state
        .center
        .noisy_keys(Authority::Administrator(&actor))
        .await?;
    Ok(axum::Json(
        json!({ "limit": state.center.noisy_limit().await?, "keys": keys }),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ExclusionBody {
    /// A key as listed, e.g. `ipv4:198.51.100.7`.
    key: String,
    /// `false` lets an excluded key link again.
    #[serde(default = "yes")]
    excluded: bool,
}

fn yes() -> bool {
    true
}

/// Excludes a key from correlation, or lets it link again (administrators).
#[utoipa::path(post, path = "/api/v1/correlation/exclusions", tag = "correlation", request_body = ExclusionBody, responses((status = 204, description = "Done"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn exclude_key(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ExclusionBody>,
) -> Result<axum::http::StatusCode, Problem> {
    state
        .center
        .exclude_key(Authority::Administrator(&actor), &b.key, b.excluded)
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

// ---- search ----------------------------------------------------------------------------------

#[derive(serde::Deserialize)]
struct SearchParams {
    q: String,
    /// Comma-separated STIX types.
    #[serde(rename = "type")]
    types: Option<String>,
    /// Comma-separated member names.
    originator: Option<String>,
    /// Comma-separated levels: clear, green, amber, amber+strict, red.
    tlp: Option<String>,
    before: Option<i64>,
    limit: Option<usize>,
}

fn list(v: &Option<String>) -> Vec<String> {
    v.as_deref()
        .map(|t| {
            t.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Comma-separated TLP levels, each named back if it is not one.
fn tlps(v: &Option<String>) -> Result<Vec<stix::markings::Tlp>, Problem> {
    list(v)
        .into_iter()
        .map(|t| {
            stix::markings::Tlp::parse_level(&t).map_err(|why| Problem::bad_request("bad-tlp", why))
        })
        .collect()
}

/// Full-text search over what the caller may see, with facets by type, originator, TLP and
/// month.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(("q" = String, Query, description = "Words that must all occur"), ("type" = Option<String>, Query, description = "Comma-separated STIX types"), ("originator" = Option<String>, Query, description = "Comma-separated member names"), ("tlp" = Option<String>, Query, description = "Comma-separated levels"), ("before" = Option<i64>, Query, description = "The `next` of the previous page: hits come newest first"), ("limit" = Option<usize>, Query, description = "At most this many hits (1 to 200)")), responses((status = 200, description = "Hits, newest first, and facet counts: exact over every match when `complete`, else over the newest `counted` (10,000) only"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn search(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<SearchParams>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let mut originators = Vec::new();
    for n in list(&p.originator) {
        originators.push(state.center.member_by_name(&n).await?.id);
    }
    let tlps = tlps(&p.tlp)?;
    let r = state
        .center
        .search(
            &actor,
            &p.q,
            domain::search::SearchFilter {
                types: list(&p.types),
                originators,
                tlps,
            },
            p.before,
            p.limit.unwrap_or(50),
        )
        .await?;
    let name = |m: &domain::MemberId| names.get(m).cloned().unwrap_or_default();
    Ok(axum::Json(json!({
        "hits": r.hits.iter().map(|o| {
            let body: serde_json::Value = o.body.as_deref().and_then(|b| serde_json::from_str(b).ok()).unwrap_or_default();
            json!({
                "id": o.stix_id,
                "type": o.object_type,
                "version": o.version,
                "name": body.get("name"),
                "description": body.get("description"),
                "originator": name(&o.originator),
                "tlp": o.tlp,
                "date_added": taxii_timestamp(o.date_added),
            })
        }).collect::<Vec<_>>(),
        "next": if r.more { r.hits.last().map(|o| o.date_added) } else { None },
        "counted": r.facets.counted,
        "complete": r.facets.complete,
        "facets": {
            "type": r.facets.types.iter().map(|(t, n)| json!({"value": t, "count": n})).collect::<Vec<_>>(),
            "originator": r.facets.originators.iter().map(|(m, n)| json!({"value": name(m), "count": n})).collect::<Vec<_>>(),
            "tlp": r.facets.tlps.iter().map(|(t, n)| json!({"value": t, "count": n})).collect::<Vec<_>>(),
            "month": r.facets.months.iter().map(|(m, n)| json!({"value": m, "count": n})).collect::<Vec<_>>(),
        },
    })))
}

// ---- requests for information ----------------------------------------------------------------

fn rfi_json(
    r: &domain::rfis::Rfi,
    names: &std::collections::HashMap<domain::MemberId, String>,
) -> serde_json::Value {
    let name = |m: &domain::MemberId| names.get(m).cloned().unwrap_or_default();
    json!({
        "id": r.id,
        "from": name(&r.asker),
        "question": r.question,
        "priority": r.priority,
        "created": taxii_timestamp(r.created_at),
        "deadline": taxii_timestamp(r.deadline),
        "status": r.status,
        "closed": r.closed_at.map(taxii_timestamp),
        "to": r.recipients.iter().map(name).collect::<Vec<_>>(),
        "links": r.links,
    })
}

/// RFIs the caller's member asked or was asked.
#[utoipa::path(get, path = "/api/v1/rfis", tag = "rfis", responses((status = 200, description = "RFIs, newest first"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn rfis(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let names = member_names(&state).await?;
    let list = state.center.rfis(&actor).await?;
    Ok(axum::Json(
        json!({ "rfis": list.iter().map(|r| rfi_json(r, &names)).collect::<Vec<_>>() }),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct AskBody {
    question: String,
    /// low, normal (the default), high or urgent.
    priority: Option<String>,
    deadline: String,
    /// Member names; every active member when left out.
    #[serde(default)]
    to: Vec<String>,
    /// STIX ids of the intelligence the question is about.
    #[serde(default)]
    links: Vec<String>,
}

/// A liaison officer asks all members, or the ones named.
#[utoipa::path(post, path = "/api/v1/rfis", tag = "rfis", request_body = AskBody, responses((status = 201, description = "The RFI"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn ask(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<AskBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let priority = match b.priority.as_deref() {
        None => domain::rfis::Priority::Normal,
        Some(p) => domain::rfis::Priority::parse(p).ok_or_else(|| {
            Problem::bad_request("bad-priority", "'priority' is low, normal, high or urgent")
        })?,
    };
    let r = state
        .center
        .ask(
            &actor,
            &b.question,
            priority,
            timestamp_field("deadline", &b.deadline)?,
            &b.to,
            &b.links,
        )
        .await?;
    let names = member_names(&state).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(rfi_json(&r, &names)),
    ))
}

/// One RFI as the caller may see it: answers and objects only as far as it may see them.
#[utoipa::path(get, path = "/api/v1/rfis/{id}", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), responses((status = 200, description = "The RFI with answers, overdue recipients and response times"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn one_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let v = state.center.rfi(&actor, id).await?;
    let names = member_names(&state).await?;
    let name = |m: &domain::MemberId| names.get(m).cloned().unwrap_or_default();
    let mut out = rfi_json(&v.rfi, &names);
    let extra = json!({
        "answers": json!(
        v.answers
            .iter()
            .map(|a| json!({
                "id": a.id,
                "from": name(&a.member),
                "text": a.text,
                "objects": a.objects,
                "at": taxii_timestamp(a.at),
            }))
            .collect::<Vec<_>>()
    ),
        "withheld": json!(v.withheld),
        "overdue": json!(v.overdue.iter().map(name).collect::<Vec<_>>()),
        "response_seconds": json!(
        v.response_times
            .iter()
            .map(|(m, t)| json!({"member": name(m), "seconds": t / 1_000_000}))
            .collect::<Vec<_>>()
    ),
    });
    if let (Some(o), Some(e)) = (out.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    Ok(axum::Json(out))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct AnswerBody {
    #[serde(default)]
    text: String,
    /// STIX ids of objects (already submitted) that answer the question.
    #[serde(default)]
    objects: Vec<String>,
}

/// A recipient's liaison officer answers.
#[utoipa::path(post, path = "/api/v1/rfis/{id}/answers", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), request_body = AnswerBody, responses((status = 201, description = "The answer"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn answer_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AnswerBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let a = state.center.answer(&actor, id, &b.text, &b.objects).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": a.id})),
    ))
}

/// The asker closes its RFI.
#[utoipa::path(post, path = "/api/v1/rfis/{id}/close", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), responses((status = 204, description = "Closed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn close_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::http::StatusCode, Problem> {
    state.center.close_rfi(&actor, id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

// ---- sightings and tracked groups ------------------------------------------------------------

fn object_summary(
    o: &domain::store::StoredObject,
    names: &std::collections::HashMap<domain::MemberId, String>,
) -> serde_json::Value {
    let body: serde_json::Value = o
        .body
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or_default();
    json!({
        "id": o.stix_id,
        "type": o.object_type,
        "name": body.get("name"),
        "originator": names.get(&o.originator),
        "tlp": o.tlp,
        "date_added": taxii_timestamp(o.date_added),
    })
}

/// Sightings of an object the caller can see: "seen by N members", within what it may see.
#[utoipa::path(get, path = "/api/v1/objects/{id}/sightings", tag = "tracking", params(("id" = String, Path, description = "A STIX id")), responses((status = 200, description = "The members that saw it and their sightings"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn sightings(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let s = state.center.sightings(&actor, &id).await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(json!({
        "object": id,
        "seen_by": s.members.len(),
        "members": s.members.iter().map(|m| names.get(m)).collect::<Vec<_>>(),
        "sightings": s.sightings.iter().map(|o| object_summary(o, &names)).collect::<Vec<_>>(),
    })))
}

/// A tracked group's statuses and every visible object that refers to it, oldest first.
#[utoipa::path(get, path = "/api/v1/groups/{id}/timeline", tag = "tracking", params(("id" = String, Path, description = "A threat actor, intrusion set or campaign")), responses((status = 200, description = "Statuses and referring objects"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn timeline(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let t = state.center.timeline(&actor, &id).await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(json!({
        "group": id,
        "statuses": t.statuses.iter().map(|s| json!({"state": s.state, "at": taxii_timestamp(s.at), "by": names.get(&s.member), "note": s.note})).collect::<Vec<_>>(),
        "objects": t.objects.iter().map(|o| object_summary(o, &names)).collect::<Vec<_>>(),
    })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct GroupStatusBody {
    /// active, dormant, disrupted or dismantled.
    state: String,
    #[serde(default)]
    note: String,
}

/// Records a tracked group's status (its originator or the secretariat).
#[utoipa::path(post, path = "/api/v1/groups/{id}/status", tag = "tracking", params(("id" = String, Path, description = "A threat actor, intrusion set or campaign")), request_body = GroupStatusBody, responses((status = 201, description = "Recorded"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn set_group_status(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
    Body(b): Body<GroupStatusBody>,
) -> Result<axum::http::StatusCode, Problem> {
    let st = domain::tracked::GroupState::parse(&b.state).ok_or_else(|| {
        Problem::bad_request(
            "bad-state",
            "'state' is active, dormant, disrupted or dismantled",
        )
    })?;
    state
        .center
        .set_group_status(&actor, &id, st, &b.note)
        .await?;
    Ok(axum::http::StatusCode::CREATED)
}

// ---- outcomes --------------------------------------------------------------------------------

/// The center's achievements: every outcome, each with the objects and contributing members
/// the caller may see.
#[utoipa::path(get, path = "/api/v1/outcomes", tag = "tracking", responses((status = 200, description = "Outcomes, oldest first"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn outcomes(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.outcomes(&actor).await?;
    let names = member_names(&state).await?;
    Ok(axum::Json(json!({
        "outcomes": list.iter().map(|v| json!({
            "id": v.outcome.id,
            "kind": v.outcome.kind,
            "description": v.outcome.description,
            "occurred": taxii_timestamp(v.outcome.occurred_at),
            "recorded_by": names.get(&v.outcome.member),
            "objects": v.outcome.objects,
            "contributors": v.contributors.iter().map(|m| names.get(m)).collect::<Vec<_>>(),
            "withheld": v.withheld,
        })).collect::<Vec<_>>()
    })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct OutcomeBody {
    /// group_disrupted, group_dismantled, arrest, attack_prevented, position_confirmed or
    /// false_positive.
    kind: String,
    #[serde(default)]
    description: String,
    occurred: String,
    /// STIX ids of the intelligence that led to it.
    objects: Vec<String>,
}

/// Records what intelligence the caller can see led to.
#[utoipa::path(post, path = "/api/v1/outcomes", tag = "tracking", request_body = OutcomeBody, responses((status = 201, description = "The outcome"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn record_outcome(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<OutcomeBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let kind = domain::tracked::OutcomeKind::parse(&b.kind).ok_or_else(|| {
        Problem::bad_request("bad-kind", "'kind' is group_disrupted, group_dismantled, arrest, attack_prevented, position_confirmed or false_positive")
    })?;
    let o = state
        .center
        .record_outcome(
            &actor,
            kind,
            &b.description,
            timestamp_field("occurred", &b.occurred)?,
            &b.objects,
        )
        .await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"id": o.id})),
    ))
}

// ---- statistics ------------------------------------------------------------------------------

#[derive(serde::Deserialize)]
struct StatisticsParams {
    /// Period start (default: the founding date).
    from: Option<String>,
    /// Period end, exclusive (default: now).
    to: Option<String>,
    /// json (default), csv or html.
    format: Option<String>,
}

/// The report as JSON, CSV or printable HTML, as `format` asks.
fn report_response(
    r: &domain::statistics::Report,
    format: Option<&str>,
) -> Result<axum::response::Response, Problem> {
    use axum::response::IntoResponse;
    let failed = |e: String| domain::Error::store(format!("the report could not be laid out: {e}"));
    Ok(match format.unwrap_or("json") {
        "json" => axum::Json(r).into_response(),
        "csv" => (
            [
                (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    "attachment; filename=\"statistics.csv\"",
                ),
            ],
            crate::report::csv(r).map_err(|e| failed(e.to_string()))?,
        )
            .into_response(),
        "html" => axum::response::Html(crate::report::html(r).map_err(|e| failed(e.to_string()))?)
            .into_response(),
        other => {
            return Err(Problem::bad_request(
                "bad-format",
                format!("'{other}' is not a report format: use json, csv or html"),
            ));
        }
    })
}

fn period(
    state: &State,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<domain::statistics::Period, Problem> {
    let from = from.map(|t| timestamp_field("from", t)).transpose()?;
    let to = to.map(|t| timestamp_field("to", t)).transpose()?;
    Ok(state.center.statistics_period(from, to)?)
}

#[utoipa::path(get, path = "/api/v1/statistics", tag = "statistics", params(("from" = Option<String>, Query, description = "Period start (default: the founding date)"), ("to" = Option<String>, Query, description = "Period end, exclusive (default: now)"), ("format" = Option<String>, Query, description = "json (default), csv or html")), responses((status = 200, description = "Center-wide totals, and figures by member counting only what the caller may see"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The statistics and achievements for a period, as the caller may see them.
async fn statistics(
    St(state): St<State>,
    Member(actor): Member,
    Query(p): Query<StatisticsParams>,
) -> Result<axum::response::Response, Problem> {
    let period = period(&state, p.from.as_deref(), p.to.as_deref())?;
    let r = state
        .center
        .statistics(&actor, period, p.to.is_none())
        .await?;
    report_response(&r, p.format.as_deref())
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct PublishBody {
    /// Period start (default: the founding date).
    from: Option<String>,
    /// Period end, exclusive (default: now).
    to: Option<String>,
    #[serde(default)]
    title: String,
    /// A meeting whose agenda gets the report.
    meeting: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/statistics/reports", tag = "statistics", request_body = PublishBody, responses((status = 201, description = "The published report"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// The presidency or the secretariat publishes the full report for a period, optionally on a
/// meeting's agenda.
async fn publish_statistics(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<PublishBody>,
) -> Result<(axum::http::StatusCode, axum::Json<serde_json::Value>), Problem> {
    let period = period(&state, b.from.as_deref(), b.to.as_deref())?;
    let s = state
        .center
        .publish_statistics(
            Authority::Administrator(&actor),
            period,
            &b.title,
            b.meeting,
        )
        .await?;
    Ok((axum::http::StatusCode::CREATED, axum::Json(json!(s))))
}

#[utoipa::path(get, path = "/api/v1/statistics/reports", tag = "statistics", responses((status = 200, description = "Published reports"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
async fn statistics_reports(
    St(state): St<State>,
    Member(_): Member,
) -> Result<axum::Json<serde_json::Value>, Problem> {
    let list = state.center.published_reports().await?;
    Ok(axum::Json(json!({ "reports": list })))
}

#[derive(serde::Deserialize)]
struct FormatParams {
    format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/statistics/reports/{id}", tag = "statistics", params(("id" = i64, Path, description = "The report"), ("format" = Option<String>, Query, description = "json (default), csv or html")), responses((status = 200, description = "The report as published"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", content_type = "application/problem+json")))]
/// A published report, as it was when published: every member may read it.
async fn statistics_report(
    St(state): St<State>,
    Member(_): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Query(p): Query<FormatParams>,
) -> Result<axum::response::Response, Problem> {
    let (_, r) = state.center.published_report(id).await?;
    report_response(&r, p.format.as_deref())
}
