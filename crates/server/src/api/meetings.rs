//! Meetings: convening, the agenda, attendance, minutes, decisions and action items.

use axum::extract::{Query, State as St};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::meetings::MeetingKind;
use domain::service::Authority;

use super::{Body, names};
use crate::State;
use crate::auth::{Authed, Member};
use crate::error::Problem;
use crate::views::Created;
use crate::views::meetings::{
    ActionView, ActionsView, AgendaAdded, ConvenedView, DecisionView, MeetingSummary, MeetingView,
    MeetingsView,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
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
        .route("/api/v1/actions", get(actions))
        .route(
            "/api/v1/actions/{id}/{status}",
            axum::routing::post(close_action),
        )
}

#[utoipa::path(get, path = "/api/v1/meetings", tag = "meetings", responses((status = 200, description = "Meetings", body = MeetingsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn meetings(
    St(state): St<State>,
    Member(_): Member,
) -> Result<Json<MeetingsView>, Problem> {
    let names = names(&state).await?;
    let list = state.center.meetings().await?;
    Ok(Json(MeetingsView {
        meetings: list.iter().map(|m| MeetingSummary::of(m, &names)).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ConveneBody {
    title: String,
    /// `regular` (the default) or `extraordinary`.
    kind: Option<String>,
    starts: String,
    ends: String,
    time_zone: String,
    venue: String,
}

#[utoipa::path(post, path = "/api/v1/meetings", tag = "meetings", request_body = ConveneBody, responses((status = 201, description = "The meeting", body = ConvenedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The presidency (or the secretariat) convenes a meeting; every member is notified.
pub(super) async fn convene(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ConveneBody>,
) -> Result<(StatusCode, Json<ConvenedView>), Problem> {
    let kind = match b.kind.as_deref() {
        None => MeetingKind::Regular,
        Some(k) => domain::input::word::<MeetingKind>("kind", k)?,
    };
    let m = state
        .center
        .convene(
            Authority::Administrator(&actor),
            &b.title,
            kind,
            domain::input::time("starts", &b.starts)?,
            domain::input::time("ends", &b.ends)?,
            &b.time_zone,
            &b.venue,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(ConvenedView {
            id: m.id,
            title: m.title,
        }),
    ))
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The meeting as the caller may see it", body = MeetingView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// A meeting as the caller may see it: agenda links to intelligence it cannot see are withheld.
pub(super) async fn meeting(
    St(state): St<State>,
    Member(actor): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Json<MeetingView>, Problem> {
    let r = state.center.meeting(id).await?;
    let agenda = state.center.agenda_for(&actor, id).await?;
    let names = names(&state).await?;
    Ok(Json(MeetingView::of(
        &r,
        &agenda,
        &names,
        state.center.now(),
    )))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AgendaBody {
    title: String,
    #[serde(default)]
    notes: String,
    /// `{"kind": "object", "ref": "<STIX id>"}`, `{"kind": "application", "ref": 3}`,
    /// `{"kind": "vote", "ref": 4}`, `{"kind": "rfi", "ref": 2}`, `{"kind": "report", "ref":
    /// 1}`, `{"kind": "joint", "ref": 5}` or `{"kind": "statistics"}`.
    #[schema(value_type = Option<Object>)]
    link: Option<domain::meetings::AgendaLink>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda", tag = "meetings", request_body = AgendaBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The agenda item", body = AgendaAdded), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_agenda_item(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AgendaBody>,
) -> Result<(StatusCode, Json<AgendaAdded>), Problem> {
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
        StatusCode::CREATED,
        Json(AgendaAdded {
            id: item.id,
            position: item.position,
        }),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AttendanceBody {
    member: String,
    present: bool,
    #[serde(default)]
    delegates: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/attendance", tag = "meetings", request_body = AttendanceBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 204, description = "Recorded"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn record_attendance(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AttendanceBody>,
) -> Result<StatusCode, Problem> {
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
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/api/v1/meetings/{id}/minutes", tag = "meetings", request_body(content = String, content_type = "text/markdown"), params(("id" = i64, Path, description = "The meeting")), responses((status = 204, description = "The minutes (Markdown) replaced"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Replaces the minutes (Markdown, sent as the body).
pub(super) async fn set_minutes(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    text: String,
) -> Result<StatusCode, Problem> {
    state
        .center
        .set_minutes(Authority::Administrator(&actor), id, &text)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct MeetingDecisionBody {
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

#[utoipa::path(post, path = "/api/v1/meetings/{id}/decisions", tag = "meetings", request_body = MeetingDecisionBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The decision, and its vote if it was put to one", body = DecisionView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn decide(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<MeetingDecisionBody>,
) -> Result<(StatusCode, Json<DecisionView>), Problem> {
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
    Ok((StatusCode::CREATED, Json(DecisionView::of(&d))))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ActionBody {
    title: String,
    assignee: String,
    due: String,
    decision: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/actions", tag = "meetings", request_body = ActionBody, params(("id" = i64, Path, description = "The meeting")), responses((status = 201, description = "The action item", body = Created), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_action(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<ActionBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    let a = state
        .center
        .add_action(
            Authority::Administrator(&actor),
            id,
            b.decision,
            &b.title,
            &b.assignee,
            domain::input::time("due", &b.due)?,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id: a.id })))
}

#[derive(serde::Deserialize)]
pub(super) struct ActionParams {
    /// Only the caller's member's action items.
    #[serde(default)]
    mine: bool,
}

#[utoipa::path(get, path = "/api/v1/actions", tag = "meetings", params(("mine" = Option<bool>, Query, description = "Only the caller's member's")), responses((status = 200, description = "Action items, open first, overdue ones flagged", body = ActionsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Action items, open first, with the overdue ones flagged.
pub(super) async fn actions(
    St(state): St<State>,
    Member(actor): Member,
    Query(p): Query<ActionParams>,
) -> Result<Json<ActionsView>, Problem> {
    let names = names(&state).await?;
    let list = state
        .center
        .actions(p.mine.then_some(actor.member.id))
        .await?;
    let now = state.center.now();
    Ok(Json(ActionsView {
        actions: list
            .iter()
            .map(|a| ActionView::of(a, &names, now))
            .collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/actions/{id}/{status}", tag = "meetings", params(("id" = i64, Path, description = "The action item"), ("status" = String, Path, description = "done or cancel")), responses((status = 204, description = "Closed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn close_action(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path((id, status)): axum::extract::Path<(i64, String)>,
) -> Result<StatusCode, Problem> {
    let status = match status.as_str() {
        "done" => domain::meetings::ActionStatus::Done,
        "cancel" => domain::meetings::ActionStatus::Cancelled,
        _ => return Err(domain::Error::NotFound("action").into()),
    };
    state
        .center
        .close_action(Authority::Administrator(&actor), id, status)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/pack.html", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The printable meeting pack", body = String, content_type = "text/html"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The printable meeting pack, as the caller may see it.
pub(super) async fn meeting_pack(
    St(state): St<State>,
    Member(actor): Member,
    headers: axum::http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<axum::response::Html<String>, Problem> {
    let r = state.center.meeting(id).await?;
    let agenda = state.center.agenda_for(&actor, id).await?;
    // A document people read: members by the names they know them by.
    let names = state.center.member_display_names().await?;
    // In the reader's language, as the pages.
    let words = crate::i18n::Words::for_actor(&actor, &headers);
    let html = crate::pack::html(&r, &agenda, &names, state.center.now(), words).map_err(|e| {
        domain::Error::store(format!("the meeting pack could not be rendered: {e}"))
    })?;
    Ok(axum::response::Html(html))
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/meeting.ics", tag = "meetings", params(("id" = i64, Path, description = "The meeting")), responses((status = 200, description = "The meeting as an iCalendar file", body = String, content_type = "text/calendar"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn meeting_ics(
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
