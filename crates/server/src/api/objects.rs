//! Intelligence as people look through it: search, correlations, sightings, tracked groups and
//! outcomes.

use axum::extract::{Query, State as St};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::service::Authority;
use domain::tracked::{GroupState, OutcomeKind};

use super::{Body, list, names, tlps};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::Created;
use crate::views::objects::{
    CorrelationView, CorrelationsView, GroupStatusView, NoisyKeysView, OutcomeEntry, OutcomesView,
    SearchView, SightingsView, TimelineView, name_authors,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/objects/{id}/correlations", get(correlations))
        .route("/api/v1/search", get(search))
        .route("/api/v1/objects/{id}/sightings", get(sightings))
        .route("/api/v1/outcomes", get(outcomes).post(record_outcome))
        .route("/api/v1/groups/{id}/timeline", get(timeline))
        .route(
            "/api/v1/groups/{id}/status",
            axum::routing::post(set_group_status),
        )
        .route("/api/v1/correlation/keys", get(noisy_keys))
        .route(
            "/api/v1/correlation/exclusions",
            axum::routing::post(exclude_key),
        )
}

/// What correlates with an object the caller can see, through keys that are not noisy; the
/// correlated objects are only those it can see too.
#[utoipa::path(get, path = "/api/v1/objects/{id}/correlations", tag = "correlation", params(("id" = String, Path, description = "A STIX id")), responses((status = 200, description = "The objects sharing a key with it", body = CorrelationsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn correlations(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Json<CorrelationsView>, Problem> {
    let list = state.center.correlations(&actor, &id).await?;
    Ok(Json(CorrelationsView {
        object: id,
        correlations: list.iter().map(CorrelationView::of).collect(),
    }))
}

/// Keys carried by more objects than the limit, and excluded keys (administrators).
#[utoipa::path(get, path = "/api/v1/correlation/keys", tag = "correlation", responses((status = 200, description = "Noisy and excluded keys, most frequent first", body = NoisyKeysView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn noisy_keys(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<NoisyKeysView>, Problem> {
    let keys = state
        .center
        .noisy_keys(Authority::Administrator(&actor))
        .await?;
    Ok(Json(NoisyKeysView::of(
        state.center.noisy_limit().await?,
        &keys,
    )))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ExclusionBody {
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
#[utoipa::path(post, path = "/api/v1/correlation/exclusions", tag = "correlation", request_body = ExclusionBody, responses((status = 204, description = "Done"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn exclude_key(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ExclusionBody>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .exclude_key(Authority::Administrator(&actor), &b.key, b.excluded)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize)]
pub(super) struct SearchParams {
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

/// Full-text search over what the caller may see, with facets by type, originator, TLP and
/// month.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(("q" = String, Query, description = "Words that must all occur"), ("type" = Option<String>, Query, description = "Comma-separated STIX types"), ("originator" = Option<String>, Query, description = "Comma-separated member names"), ("tlp" = Option<String>, Query, description = "Comma-separated levels"), ("before" = Option<i64>, Query, description = "The `next` of the previous page: hits come newest first"), ("limit" = Option<usize>, Query, description = "At most this many hits (1 to 200)")), responses((status = 200, description = "Hits, newest first, and facet counts: exact over every match when `complete`, else over the newest `counted` (10,000) only", body = SearchView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn search(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<SearchParams>,
) -> Result<Json<SearchView>, Problem> {
    let names = names(&state).await?;
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
    let mut view = SearchView::of(&r, &names);
    name_authors(
        &mut view.hits,
        &state.center.author_names(&actor, &r.hits).await?,
    );
    Ok(Json(view))
}

/// Sightings of an object the caller can see: "seen by N members", within what it may see.
#[utoipa::path(get, path = "/api/v1/objects/{id}/sightings", tag = "tracking", params(("id" = String, Path, description = "A STIX id")), responses((status = 200, description = "The members that saw it and their sightings", body = SightingsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn sightings(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Json<SightingsView>, Problem> {
    let s = state.center.sightings(&actor, &id).await?;
    let names = names(&state).await?;
    let mut view = SightingsView::of(&id, &s, &names);
    name_authors(
        &mut view.sightings,
        &state.center.author_names(&actor, &s.sightings).await?,
    );
    Ok(Json(view))
}

/// A tracked group's statuses and every visible object that refers to it, oldest first.
#[utoipa::path(get, path = "/api/v1/groups/{id}/timeline", tag = "tracking", params(("id" = String, Path, description = "A threat actor, intrusion set or campaign")), responses((status = 200, description = "Statuses and referring objects", body = TimelineView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn timeline(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Json<TimelineView>, Problem> {
    let t = state.center.timeline(&actor, &id).await?;
    let names = names(&state).await?;
    let mut view = TimelineView::of(&id, &t, &names);
    name_authors(
        &mut view.objects,
        &state.center.author_names(&actor, &t.objects).await?,
    );
    Ok(Json(view))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupStatusBody {
    /// active, dormant, disrupted or dismantled.
    state: String,
    #[serde(default)]
    note: String,
}

/// Records a tracked group's status (its originator or the secretariat).
#[utoipa::path(post, path = "/api/v1/groups/{id}/status", tag = "tracking", params(("id" = String, Path, description = "A threat actor, intrusion set or campaign")), request_body = GroupStatusBody, responses((status = 201, description = "The status recorded", body = GroupStatusView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn set_group_status(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<String>,
    Body(b): Body<GroupStatusBody>,
) -> Result<(StatusCode, Json<GroupStatusView>), Problem> {
    let st = domain::input::word::<GroupState>("state", &b.state)?;
    let status = state
        .center
        .set_group_status(&actor, &id, st, &b.note)
        .await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(GroupStatusView::of(&status, &names)),
    ))
}

/// The center's achievements: every outcome, each with the objects and contributing members
/// the caller may see.
#[utoipa::path(get, path = "/api/v1/outcomes", tag = "tracking", responses((status = 200, description = "Outcomes, oldest first", body = OutcomesView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn outcomes(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<OutcomesView>, Problem> {
    let list = state.center.outcomes(&actor).await?;
    let names = names(&state).await?;
    Ok(Json(OutcomesView {
        outcomes: list.iter().map(|v| OutcomeEntry::of(v, &names)).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct OutcomeBody {
    /// group_disrupted, group_dismantled, arrest, attack_prevented, position_confirmed or
    /// false_positive.
    pub(super) kind: String,
    #[serde(default)]
    pub(super) description: String,
    pub(super) occurred: String,
    /// STIX ids of the intelligence that led to it.
    pub(super) objects: Vec<String>,
}

/// Records what intelligence the caller can see led to.
#[utoipa::path(post, path = "/api/v1/outcomes", tag = "tracking", request_body = OutcomeBody, responses((status = 201, description = "The outcome", body = Created), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn record_outcome(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<OutcomeBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    let kind = domain::input::word::<OutcomeKind>("kind", &b.kind)?;
    let o = state
        .center
        .record_outcome(
            &actor,
            kind,
            &b.description,
            domain::input::time("occurred", &b.occurred)?,
            &b.objects,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id: o.id })))
}
