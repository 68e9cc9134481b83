//! Operations and deconfliction: a member's own operations, their selectors and events, and
//! the deconflictions its work met.

use axum::extract::{Path, State as St};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::operations::{EventDraft, SelectorDraft};

use super::{Body, names};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::operations::{
    DeconflictionView, DeconflictionsView, EventView, OperationDetailView, OperationView,
    OperationsView, RegisteredEventsView, RegisteredSelectorsView, SelectorView,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route(
            "/api/v1/operations",
            get(operations).post(register_operation),
        )
        .route("/api/v1/operations/{id}", get(one_operation))
        .route("/api/v1/operations/{id}/selectors", post(add_selectors))
        .route("/api/v1/operations/{id}/events", post(add_events))
        .route("/api/v1/operations/{id}/close", post(close_operation))
        .route("/api/v1/deconflictions", get(deconflictions))
}

/// The caller's member's operations, newest first; no other member's.
#[utoipa::path(get, path = "/api/v1/operations", tag = "operations", responses((status = 200, description = "The member's operations", body = OperationsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn operations(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<OperationsView>, Problem> {
    let list = state.center.operations(&actor).await?;
    Ok(Json(OperationsView {
        operations: list.iter().map(OperationView::of).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct OperationBody {
    /// Seen by the member's own people only.
    name: String,
    /// Whom another member calls when its work meets this operation.
    contact: String,
}

/// An analyst or liaison officer registers an operation of its member.
#[utoipa::path(post, path = "/api/v1/operations", tag = "operations", request_body = OperationBody, responses((status = 201, description = "The operation", body = OperationView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn register_operation(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<OperationBody>,
) -> Result<(StatusCode, Json<OperationView>), Problem> {
    let o = state
        .center
        .register_operation(&actor, &b.name, &b.contact)
        .await?;
    Ok((StatusCode::CREATED, Json(OperationView::of(&o))))
}

/// One of the member's operations with its selectors (kinds and references, never values)
/// and events. Another member's operation is not found, as one that does not exist.
#[utoipa::path(get, path = "/api/v1/operations/{id}", tag = "operations", params(("id" = i64, Path, description = "The operation")), responses((status = 200, description = "The operation", body = OperationDetailView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn one_operation(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<Json<OperationDetailView>, Problem> {
    let (o, selectors, events) = state.center.operation(&actor, id).await?;
    Ok(Json(OperationDetailView {
        operation: OperationView::of(&o),
        selectors: selectors.iter().map(SelectorView::of).collect(),
        events: events.iter().map(EventView::of).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct SelectorsBody {
    /// Each `{kind, value, reference}`: kind is phone (international form), email, iban,
    /// plate, ip, domain, identifier or object (a STIX id the member may see). Up to 10,000.
    #[schema(value_type = Vec<Object>)]
    selectors: Vec<SelectorDraft>,
}

/// Registers selectors of an active operation. Values are kept only as keyed digests. Any bad
/// line refuses the list, naming each line and field, and stores nothing. The answer lists
/// the deconflictions made at once; the other side is told at the same moment.
#[utoipa::path(post, path = "/api/v1/operations/{id}/selectors", tag = "operations", params(("id" = i64, Path, description = "The operation")), request_body = SelectorsBody, responses((status = 201, description = "What was stored and the deconflictions it made", body = RegisteredSelectorsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_selectors(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<SelectorsBody>,
) -> Result<(StatusCode, Json<RegisteredSelectorsView>), Problem> {
    let r = state.center.add_selectors(&actor, id, &b.selectors).await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(RegisteredSelectorsView::of(&r, &names)),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct EventsBody {
    /// Each `{kind, latitude, longitude, radius_m, starts, ends, reference}`, or `location`
    /// (a STIX location id the member may see) instead of the point. kind is surveillance,
    /// search, arrest, undercover_meeting or other; the radius defaults to 250 m.
    #[schema(value_type = Vec<Object>)]
    events: Vec<EventDraft>,
}

/// Registers planned events of an active operation; events of another member's active
/// operation that overlap in place and time make a deconfliction, told to both at once.
#[utoipa::path(post, path = "/api/v1/operations/{id}/events", tag = "operations", params(("id" = i64, Path, description = "The operation")), request_body = EventsBody, responses((status = 201, description = "What was stored and the deconflictions it made", body = RegisteredEventsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_events(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<EventsBody>,
) -> Result<(StatusCode, Json<RegisteredEventsView>), Problem> {
    let r = state.center.add_events(&actor, id, &b.events).await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(RegisteredEventsView::of(&r, &names)),
    ))
}

/// Closes an operation: its selectors and events match nothing from then on.
#[utoipa::path(post, path = "/api/v1/operations/{id}/close", tag = "operations", params(("id" = i64, Path, description = "The operation")), responses((status = 200, description = "The closed operation", body = OperationView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn close_operation(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<Json<OperationView>, Problem> {
    let o = state.center.close_operation(&actor, id).await?;
    Ok(Json(OperationView::of(&o)))
}

/// The deconflictions the caller's member is a side of, newest first: its own operation and
/// selector or event, and of the other side its member and contact point only.
#[utoipa::path(get, path = "/api/v1/deconflictions", tag = "operations", responses((status = 200, description = "Deconflictions", body = DeconflictionsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn deconflictions(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<DeconflictionsView>, Problem> {
    let list = state.center.deconflictions(&actor).await?;
    let names = names(&state).await?;
    Ok(Json(DeconflictionsView {
        deconflictions: list
            .iter()
            .map(|d| DeconflictionView::of(d, &names))
            .collect(),
    }))
}
