//! Releasability across members: hit/no-hit, release requests and sharing groups.

use axum::extract::State as St;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};

use super::{Body, body, names};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::exchange::{
    HitsView, ReleaseRequestView, ReleaseRequestsView, SharingGroupView, SharingGroupsView,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
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
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct HitBody {
    value: String,
}

#[utoipa::path(post, path = "/api/v1/hits", tag = "releasability", request_body = HitBody, responses((status = 200, description = "Which members hold matching intelligence the caller cannot see, and how many items each", body = HitsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Hit/no-hit: which members hold intelligence on a value that the caller cannot see.
pub(super) async fn hits(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<HitBody>,
) -> Result<Json<HitsView>, Problem> {
    let answer = state.center.hit_query(&actor, &b.value).await?;
    Ok(Json(HitsView::of(answer)))
}

#[utoipa::path(get, path = "/api/v1/release-requests", tag = "releasability", responses((status = 200, description = "Release requests the caller's member made or must decide", body = ReleaseRequestsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn release_requests(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<ReleaseRequestsView>, Problem> {
    let list = state.center.release_requests(&actor).await?;
    let names = names(&state).await?;
    Ok(Json(ReleaseRequestsView {
        requests: list
            .iter()
            .map(|r| ReleaseRequestView::of(r, &names, &actor))
            .collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ReleaseRequestBody {
    /// The member that holds the intelligence.
    originator: String,
    /// Release to this member; the caller's own when left out.
    target: Option<String>,
    object_id: Option<String>,
    value: Option<String>,
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/release-requests", tag = "releasability", request_body = ReleaseRequestBody, responses((status = 201, description = "The request, pending; when the caller's own member is the originator, its liaison officer's release, approved at once", body = ReleaseRequestView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Asks an originator to release an object, or what it holds on a value, to a member.
pub(super) async fn request_release(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ReleaseRequestBody>,
) -> Result<(StatusCode, Json<ReleaseRequestView>), Problem> {
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
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(ReleaseRequestView::of(&r, &names, &actor)),
    ))
}

#[derive(serde::Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct DecisionBody {
    answer: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/release-requests/{id}/{decision}", tag = "releasability", request_body = DecisionBody, params(("id" = i64, Path, description = "The request"), ("decision" = String, Path, description = "approve or refuse")), responses((status = 200, description = "The request with its decision", body = ReleaseRequestView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// `approve` or `refuse`, by a liaison officer of the originating member.
pub(super) async fn decide_release(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path((id, decision)): axum::extract::Path<(i64, String)>,
    bytes: axum::body::Bytes,
) -> Result<Json<ReleaseRequestView>, Problem> {
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
    let names = names(&state).await?;
    Ok(Json(ReleaseRequestView::of(&r, &names, &actor)))
}

#[utoipa::path(get, path = "/api/v1/sharing-groups", tag = "releasability", responses((status = 200, description = "The sharing groups the caller's member is in", body = SharingGroupsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The sharing groups the caller's member is in.
pub(super) async fn sharing_groups(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<SharingGroupsView>, Problem> {
    let groups = state.center.my_sharing_groups(&actor).await?;
    let names = names(&state).await?;
    Ok(Json(SharingGroupsView {
        groups: groups
            .iter()
            .map(|g| SharingGroupView::of(g, &names))
            .collect(),
    }))
}
