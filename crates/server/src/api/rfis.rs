//! Requests for information between members.

use axum::extract::State as St;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::rfis::Priority;

use super::{Body, names};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::Created;
use crate::views::rfis::{RfiDetail, RfiSummary, RfisView};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/rfis", get(rfis).post(ask))
        .route("/api/v1/rfis/{id}", get(one_rfi))
        .route("/api/v1/rfis/{id}/answers", axum::routing::post(answer_rfi))
        .route("/api/v1/rfis/{id}/close", axum::routing::post(close_rfi))
}

/// RFIs the caller's member asked or was asked.
#[utoipa::path(get, path = "/api/v1/rfis", tag = "rfis", responses((status = 200, description = "RFIs, newest first", body = RfisView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn rfis(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<RfisView>, Problem> {
    let names = names(&state).await?;
    let list = state.center.rfis(&actor).await?;
    Ok(Json(RfisView {
        rfis: list
            .iter()
            .map(|r| RfiSummary::of(r, &names, &actor))
            .collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AskBody {
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
#[utoipa::path(post, path = "/api/v1/rfis", tag = "rfis", request_body = AskBody, responses((status = 201, description = "The RFI", body = RfiSummary), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn ask(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<AskBody>,
) -> Result<(StatusCode, Json<RfiSummary>), Problem> {
    let priority = match b.priority.as_deref() {
        None => Priority::Normal,
        Some(p) => domain::input::word::<Priority>("priority", p)?,
    };
    let r = state
        .center
        .ask(
            &actor,
            &b.question,
            priority,
            domain::input::time("deadline", &b.deadline)?,
            &b.to,
            &b.links,
        )
        .await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(RfiSummary::of(&r, &names, &actor)),
    ))
}

/// One RFI as the caller may see it: answers and objects only as far as it may see them.
#[utoipa::path(get, path = "/api/v1/rfis/{id}", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), responses((status = 200, description = "The RFI with answers, overdue recipients and response times", body = RfiDetail), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn one_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Json<RfiDetail>, Problem> {
    let v = state.center.rfi(&actor, id).await?;
    let names = names(&state).await?;
    Ok(Json(RfiDetail::of(&v, &names, &actor)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerBody {
    #[serde(default)]
    text: String,
    /// STIX ids of objects (already submitted) that answer the question.
    #[serde(default)]
    objects: Vec<String>,
}

/// A recipient's liaison officer answers.
#[utoipa::path(post, path = "/api/v1/rfis/{id}/answers", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), request_body = AnswerBody, responses((status = 201, description = "The answer", body = Created), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn answer_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<AnswerBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    let a = state.center.answer(&actor, id, &b.text, &b.objects).await?;
    Ok((StatusCode::CREATED, Json(Created { id: a.id })))
}

/// The asker closes its RFI.
#[utoipa::path(post, path = "/api/v1/rfis/{id}/close", tag = "rfis", params(("id" = i64, Path, description = "The RFI")), responses((status = 204, description = "Closed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn close_rfi(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<StatusCode, Problem> {
    state.center.close_rfi(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
