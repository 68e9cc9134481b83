//! Members, the presidency, admission applications and votes.

use axum::extract::State as St;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::service::Authority;
use domain::votes::Choice;

use super::{Body, names};
use crate::State;
use crate::auth::{Authed, Member};
use crate::error::Problem;
use crate::views::accounts::{IdentitiesView, IdentityView};
use crate::views::governance::{
    ApplicationView, ApplicationsView, AppliedView, BallotView, BallotsView, HistoryView,
    MemberView, MembersView, PresidencyView, RedeemedView, TermView,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/members", get(members))
        .route("/api/v1/members/{name}/history", get(member_history))
        .route(
            "/api/v1/members/{name}/identities",
            get(member_identities).post(register_identity),
        )
        .route(
            "/api/v1/members/{name}/identities/{identity}",
            axum::routing::delete(unregister_identity),
        )
        .route("/api/v1/presidency", get(presidency))
        .route("/api/v1/applications", get(applications).post(apply))
        .route("/api/v1/votes", get(votes))
        .route("/api/v1/votes/{id}", get(one_vote).post(cast_vote))
        .route(
            "/api/v1/invitations",
            axum::routing::post(redeem_invitation),
        )
}

#[utoipa::path(get, path = "/api/v1/members", tag = "governance", responses((status = 200, description = "Every member with its status, founding flag and accession date", body = MembersView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn members(
    St(state): St<State>,
    Member(_): Member,
) -> Result<Json<MembersView>, Problem> {
    let list = state.center.members().await?;
    Ok(Json(MembersView {
        members: list.iter().map(MemberView::of).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/members/{name}/history", tag = "governance", params(("name" = String, Path, description = "The member")), responses((status = 200, description = "Every change of the member's status", body = HistoryView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn member_history(
    St(state): St<State>,
    Member(_): Member,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Json<HistoryView>, Problem> {
    let list = state.center.member_history(&name).await?;
    Ok(Json(HistoryView::of(&list)))
}

#[utoipa::path(get, path = "/api/v1/members/{name}/identities", tag = "governance", params(("name" = String, Path, description = "The member")), responses((status = 200, description = "The member's own identity and those registered to it: only this member may name them as author (`created_by_ref`)", body = IdentitiesView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: the identities a member authors as.
pub(super) async fn member_identities(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Json<IdentitiesView>, Problem> {
    let list = state
        .center
        .member_identities(Authority::Administrator(&actor), &name)
        .await?;
    let m = state.center.member_by_name(&name).await?;
    Ok(Json(IdentitiesView::of(&m, &list)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct IdentityBody {
    /// `identity--UUID`.
    identity: String,
    /// The name people know it by, in any script.
    name: String,
}

#[utoipa::path(post, path = "/api/v1/members/{name}/identities", tag = "governance", request_body = IdentityBody, params(("name" = String, Path, description = "The member")), responses((status = 201, description = "Registered: from now on no other member may name it as author", body = IdentityView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Registers an identity (an alias, a sub-unit) to a member.
pub(super) async fn register_identity(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(name): axum::extract::Path<String>,
    Body(b): Body<IdentityBody>,
) -> Result<(StatusCode, Json<IdentityView>), Problem> {
    let i = state
        .center
        .register_identity(
            Authority::Administrator(&actor),
            &name,
            &b.identity,
            &b.name,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(IdentityView::of(&i))))
}

#[utoipa::path(delete, path = "/api/v1/members/{name}/identities/{identity}", tag = "governance", params(("name" = String, Path, description = "The member"), ("identity" = String, Path, description = "identity--UUID")), responses((status = 204, description = "Unregistered; what was shared under it stays"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn unregister_identity(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path((name, identity)): axum::extract::Path<(String, String)>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .unregister_identity(Authority::Administrator(&actor), &name, &identity)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/presidency", tag = "governance", responses((status = 200, description = "The current term, the policy and every term", body = PresidencyView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn presidency(
    St(state): St<State>,
    Member(_): Member,
) -> Result<Json<PresidencyView>, Problem> {
    let names = names(&state).await?;
    let current = state.center.current_presidency().await?;
    let terms = state.center.presidency_terms().await?;
    Ok(Json(PresidencyView {
        current: current.as_ref().map(|t| TermView::of(t, &names)),
        policy: state.center.presidency_policy().await?,
        terms: terms.iter().map(|t| TermView::of(t, &names)).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/votes", tag = "governance", responses((status = 200, description = "Votes with their rule, eligible members, votes and outcome", body = BallotsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn votes(
    St(state): St<State>,
    Member(actor): Member,
) -> Result<Json<BallotsView>, Problem> {
    let names = names(&state).await?;
    let list = state.center.ballots().await?;
    let now = state.center.now();
    Ok(Json(BallotsView {
        votes: list
            .iter()
            .map(|b| BallotView::of(b, &names, &actor, now))
            .collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/votes/{id}", tag = "governance", params(("id" = i64, Path, description = "The vote")), responses((status = 200, description = "One vote", body = BallotView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn one_vote(
    St(state): St<State>,
    Member(actor): Member,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Json<BallotView>, Problem> {
    let names = names(&state).await?;
    let b = state.center.ballot(id).await?;
    Ok(Json(BallotView::of(&b, &names, &actor, state.center.now())))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct VoteBody {
    /// `yes`, `no` or `abstain`.
    choice: String,
}

#[utoipa::path(post, path = "/api/v1/votes/{id}", tag = "governance", request_body = VoteBody, params(("id" = i64, Path, description = "The vote")), responses((status = 200, description = "The vote after this one, closed if the outcome can no longer change", body = BallotView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// A delegate casts or changes its member's vote.
pub(super) async fn cast_vote(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Body(b): Body<VoteBody>,
) -> Result<Json<BallotView>, Problem> {
    let choice = domain::input::word::<Choice>("choice", &b.choice)?;
    let ballot = state.center.vote(&actor, id, choice).await?;
    let names = names(&state).await?;
    Ok(Json(BallotView::of(
        &ballot,
        &names,
        &actor,
        state.center.now(),
    )))
}

#[utoipa::path(get, path = "/api/v1/applications", tag = "governance", responses((status = 200, description = "Applications to join", body = ApplicationsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn applications(
    St(state): St<State>,
    Member(_): Member,
) -> Result<Json<ApplicationsView>, Problem> {
    let names = names(&state).await?;
    let list = state.center.applications().await?;
    Ok(Json(ApplicationsView {
        applications: list
            .iter()
            .map(|a| ApplicationView::of(a, &names))
            .collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ApplicationBody {
    name: String,
    display_name: String,
    description: String,
    contact: String,
    sponsor: Option<String>,
    days: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/applications", tag = "governance", request_body = ApplicationBody, responses((status = 201, description = "The applicant and the vote opened on it", body = AppliedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The secretariat records an application; the vote opens at once.
pub(super) async fn apply(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<ApplicationBody>,
) -> Result<(StatusCode, Json<AppliedView>), Problem> {
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
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(AppliedView {
            application: app.id,
            member: MemberView::of(&m),
            vote: BallotView::of(&ballot, &names, &actor, state.center.now()),
        }),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct InvitationBody {
    token: String,
    password: String,
}

#[utoipa::path(post, path = "/api/v1/invitations", tag = "governance", request_body = InvitationBody, responses((status = 200, description = "The user whose password was set", body = RedeemedView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// An invited user sets its password with its one-time token (no other credentials).
pub(super) async fn redeem_invitation(
    St(state): St<State>,
    Body(b): Body<InvitationBody>,
) -> Result<Json<RedeemedView>, Problem> {
    let username = state
        .center
        .redeem_invitation(&b.token, &b.password)
        .await?;
    Ok(Json(RedeemedView { username }))
}
