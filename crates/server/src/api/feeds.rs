//! Feeds: remote TAXII 2.1 collections pulled on schedule on a member's behalf.

use axum::extract::State as St;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::feeds::FeedDraft;
use domain::service::Authority;

use super::{Body, names};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::feeds::{FeedView, FeedsView};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/feeds", get(list_feeds).post(add_feed))
        .route("/api/v1/feeds/{name}", get(one_feed).delete(remove_feed))
        .route("/api/v1/feeds/{name}/pull", post(pull_feed))
        .route("/api/v1/feeds/{name}/reset", post(reset_feed))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct FeedBody {
    /// Short unique name (a-z, 0-9, '-', '_', '.').
    name: String,
    /// The remote API root, e.g. `https://taxii.example.org/api1/`.
    api_root: String,
    /// The remote collection's id.
    collection: String,
    /// none, basic, bearer or certificate.
    #[serde(default)]
    auth: String,
    username: Option<String>,
    /// The password, the token, or the PEM certificate with its key: stored sealed, never shown again.
    secret: Option<String>,
    /// The member on whose behalf objects come in, and the user of it they are submitted as.
    member: String,
    user: String,
    /// The local collection (id or alias); the center's default if left out.
    into: Option<String>,
    /// For objects without a TLP marking; the collection's default if left out.
    tlp: Option<String>,
    /// Members an object without a release marking goes to (TLP:AMBER only).
    #[serde(default)]
    release_to: Vec<String>,
    /// Where the first pull starts (RFC 3339); everything if left out.
    start: Option<String>,
    /// Seconds between pulls (at least 10; an hour if left out).
    interval_secs: Option<i64>,
    /// A private certificate authority (PEM) to check the remote server's certificate
    /// against, instead of the usual roots.
    ca: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/feeds", tag = "feeds", responses((status = 200, description = "Every feed and where it stands", body = FeedsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn list_feeds(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<FeedsView>, Problem> {
    let list = state.center.feeds(Authority::Administrator(&actor)).await?;
    let names = names(&state).await?;
    Ok(Json(FeedsView {
        feeds: list
            .iter()
            .map(|f| FeedView::of(f, &names, Some(actor.member.id)))
            .collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/feeds", tag = "feeds", request_body = FeedBody, responses((status = 201, description = "Registered; it is pulled at once and then every interval", body = FeedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_feed(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<FeedBody>,
) -> Result<(StatusCode, Json<FeedView>), Problem> {
    let f = state
        .center
        .add_feed(
            Authority::Administrator(&actor),
            FeedDraft {
                name: b.name,
                api_root: b.api_root,
                remote_collection: b.collection,
                auth: b.auth,
                username: b.username,
                secret: b.secret,
                member: b.member,
                user: b.user,
                collection: b.into,
                tlp: b.tlp,
                release_to: b.release_to,
                start: b.start,
                interval_secs: b.interval_secs,
                ca: b.ca,
            },
        )
        .await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(FeedView::of(&f, &names, Some(actor.member.id))),
    ))
}

#[utoipa::path(get, path = "/api/v1/feeds/{name}", tag = "feeds", params(("name" = String, Path, description = "The feed")), responses((status = 200, description = "The feed and its last pull", body = FeedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn one_feed(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Json<FeedView>, Problem> {
    let f = state
        .center
        .feed(Authority::Administrator(&actor), &name)
        .await?;
    Ok(Json(FeedView::of(
        &f,
        &names(&state).await?,
        Some(actor.member.id),
    )))
}

#[utoipa::path(delete, path = "/api/v1/feeds/{name}", tag = "feeds", params(("name" = String, Path, description = "The feed")), responses((status = 204, description = "Removed; what it brought in stays"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn remove_feed(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .remove_feed(Authority::Administrator(&actor), &name)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/feeds/{name}/pull", tag = "feeds", params(("name" = String, Path, description = "The feed")), responses((status = 202, description = "Due now: a node pulls it within a second", body = FeedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn pull_feed(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<(StatusCode, Json<FeedView>), Problem> {
    let f = state
        .center
        .restart_feed(Authority::Administrator(&actor), &name, false)
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(FeedView::of(
            &f,
            &names(&state).await?,
            Some(actor.member.id),
        )),
    ))
}

#[utoipa::path(post, path = "/api/v1/feeds/{name}/reset", tag = "feeds", params(("name" = String, Path, description = "The feed")), responses((status = 200, description = "Starts over from its start date, due now; what was taken stays", body = FeedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn reset_feed(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Json<FeedView>, Problem> {
    let f = state
        .center
        .restart_feed(Authority::Administrator(&actor), &name, true)
        .await?;
    Ok(Json(FeedView::of(
        &f,
        &names(&state).await?,
        Some(actor.member.id),
    )))
}
