//! Joint operations: opened by a lead member, answered by the members invited, run by those
//! that accepted; the presidency's overview.

use axum::extract::{Path, State as St};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::joint::TaskStatus;
use domain::tracked::model::OutcomeKind;

use super::objects::OutcomeBody;
use super::{Body, names};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::Created;
use crate::views::joint::{
    JointDetailView, JointListView, JointOverviewEntry, JointOverviewView, JointSummaryView,
    JointTaskView,
};

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/joint-operations", get(joints).post(open_joint))
        .route("/api/v1/joint-operations/overview", get(overview))
        .route("/api/v1/joint-operations/{id}", get(one_joint))
        .route("/api/v1/joint-operations/{id}/invitations", post(invite))
        .route("/api/v1/joint-operations/{id}/answer", post(answer))
        .route("/api/v1/joint-operations/{id}/tasks", post(add_task))
        .route(
            "/api/v1/joint-operations/{id}/tasks/{task}",
            post(close_task),
        )
        .route("/api/v1/joint-operations/{id}/timeline", post(add_entry))
        .route("/api/v1/joint-operations/{id}/links", post(link))
        .route("/api/v1/joint-operations/{id}/outcomes", post(outcome))
        .route("/api/v1/joint-operations/{id}/conclude", post(conclude))
        .route("/api/v1/joint-operations/{id}/proposals", post(propose))
}

/// The joint operations the caller's member is invited to or takes part in.
#[utoipa::path(get, path = "/api/v1/joint-operations", tag = "operations", responses((status = 200, description = "Joint operations, newest first", body = JointListView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn joints(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<JointListView>, Problem> {
    let list = state.center.joints(&actor).await?;
    let names = names(&state).await?;
    Ok(Json(JointListView {
        joint_operations: list
            .iter()
            .map(|j| JointSummaryView::of(j, &names))
            .collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct OpenBody {
    title: String,
    #[serde(default)]
    objectives: String,
    /// Short names of the members invited.
    #[serde(default)]
    invite: Vec<String>,
}

/// Opens a joint operation led by the caller's member, inviting the members named.
#[utoipa::path(post, path = "/api/v1/joint-operations", tag = "operations", request_body = OpenBody, responses((status = 201, description = "The joint operation", body = JointSummaryView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn open_joint(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<OpenBody>,
) -> Result<(StatusCode, Json<JointSummaryView>), Problem> {
    let j = state
        .center
        .open_joint(&actor, &b.title, &b.objectives, &b.invite)
        .await?;
    let names = names(&state).await?;
    Ok((StatusCode::CREATED, Json(JointSummaryView::of(&j, &names))))
}

/// What the presidency and the secretariat see of every joint operation: that it exists and
/// how it stands (no title, members or content).
#[utoipa::path(get, path = "/api/v1/joint-operations/overview", tag = "operations", responses((status = 200, description = "Every joint operation's status", body = JointOverviewView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn overview(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<JointOverviewView>, Problem> {
    let list = state.center.joint_overview(&actor).await?;
    Ok(Json(JointOverviewView {
        joint_operations: list.iter().map(JointOverviewEntry::of).collect(),
    }))
}

/// One joint operation, as far as the caller's member may read it; another is not found.
#[utoipa::path(get, path = "/api/v1/joint-operations/{id}", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), responses((status = 200, description = "The joint operation", body = JointDetailView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn one_joint(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<Json<JointDetailView>, Problem> {
    let v = state.center.joint(&actor, id).await?;
    let names = names(&state).await?;
    Ok(Json(JointDetailView::of(&v, &names)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct InviteBody {
    members: Vec<String>,
}

/// The lead invites more members.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/invitations", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = InviteBody, responses((status = 204, description = "Invited"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn invite(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<InviteBody>,
) -> Result<StatusCode, Problem> {
    state.center.invite_to_joint(&actor, id, &b.members).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerBody {
    accept: bool,
}

/// An invited member accepts or declines.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/answer", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = AnswerBody, responses((status = 204, description = "Answered"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn answer(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<AnswerBody>,
) -> Result<StatusCode, Problem> {
    state.center.answer_joint(&actor, id, b.accept).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct TaskBody {
    /// The participating member it is given to.
    member: String,
    title: String,
    due: String,
}

/// A task for a participating member (the lead gives tasks to any; a member to itself).
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/tasks", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = TaskBody, responses((status = 201, description = "The task", body = JointTaskView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_task(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<TaskBody>,
) -> Result<(StatusCode, Json<JointTaskView>), Problem> {
    let due = domain::input::time("due", &b.due)?;
    let t = state
        .center
        .add_joint_task(&actor, id, &b.member, &b.title, due)
        .await?;
    let names = names(&state).await?;
    Ok((StatusCode::CREATED, Json(JointTaskView::of(&t, &names))))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct TaskStatusBody {
    /// done or cancelled.
    status: String,
}

/// The assigned member or the lead closes a task.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/tasks/{task}", tag = "operations", params(("id" = i64, Path, description = "The joint operation"), ("task" = i64, Path, description = "The task")), request_body = TaskStatusBody, responses((status = 204, description = "Closed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn close_task(
    St(state): St<State>,
    Authed(actor): Authed,
    Path((id, task)): Path<(i64, i64)>,
    Body(b): Body<TaskStatusBody>,
) -> Result<StatusCode, Problem> {
    let status = match TaskStatus::parse(b.status.trim()) {
        Some(s @ (TaskStatus::Done | TaskStatus::Cancelled)) => s,
        _ => {
            return Err(domain::Error::field(
                "status",
                "bad-status",
                "close a task as done or cancelled",
            )
            .into());
        }
    };
    state
        .center
        .set_joint_task(&actor, id, task, status)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct EntryBody {
    text: String,
}

/// A line on the timeline, by a participating member.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/timeline", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = EntryBody, responses((status = 201, description = "The entry", body = Created), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn add_entry(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<EntryBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    let e = state.center.add_joint_entry(&actor, id, &b.text).await?;
    Ok((StatusCode::CREATED, Json(Created { id: e.id })))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct LinkBody {
    /// A tracked group or intelligence the caller may see.
    object: String,
}

/// Links a group or intelligence; each participant sees it only if it is released to them.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/links", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = LinkBody, responses((status = 204, description = "Linked"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn link(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<LinkBody>,
) -> Result<StatusCode, Problem> {
    state.center.link_to_joint(&actor, id, &b.object).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records an outcome of the joint operation, linked to the intelligence that led to it.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/outcomes", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = OutcomeBody, responses((status = 201, description = "The outcome", body = Created), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn outcome(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<OutcomeBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    let kind = domain::input::word::<OutcomeKind>("kind", &b.kind)?;
    let o = state
        .center
        .record_joint_outcome(
            &actor,
            id,
            kind,
            &b.description,
            domain::input::time("occurred", &b.occurred)?,
            &b.objects,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id: o.id })))
}

/// The lead concludes the joint operation.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/conclude", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), responses((status = 204, description = "Concluded"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn conclude(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<StatusCode, Problem> {
    state.center.conclude_joint(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ProposeBody {
    /// The coming meeting.
    meeting: i64,
    /// The agenda item's title, which every member reads (the operation's own title stays
    /// with its participants).
    title: String,
    #[serde(default)]
    notes: String,
}

/// The lead puts the joint operation on a coming meeting's agenda. Every member sees the item
/// and how the operation stands; only participants see its title.
#[utoipa::path(post, path = "/api/v1/joint-operations/{id}/proposals", tag = "operations", params(("id" = i64, Path, description = "The joint operation")), request_body = ProposeBody, responses((status = 201, description = "The agenda item", body = crate::views::meetings::AgendaAdded), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn propose(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
    Body(b): Body<ProposeBody>,
) -> Result<(StatusCode, Json<crate::views::meetings::AgendaAdded>), Problem> {
    let item = state
        .center
        .propose_joint(&actor, id, b.meeting, &b.title, &b.notes)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(crate::views::meetings::AgendaAdded {
            id: item.id,
            position: item.position,
        }),
    ))
}
