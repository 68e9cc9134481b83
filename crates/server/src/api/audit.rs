//! The audit log and its signed checkpoints.

use axum::extract::{Query, State as St};
use axum::routing::get;
use axum::{Json, Router};
use domain::audit::AuditQuery;
use domain::service::Authority;

use super::{names, timestamp};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::audit::{
    AuditEntryView, AuditPageView, CheckpointMade, CheckpointView, CheckpointsView,
};

pub(super) fn routes() -> Router<State> {
    Router::new().route("/api/v1/audit", get(audit_log)).route(
        "/api/v1/audit/checkpoints",
        get(checkpoints).post(make_checkpoint),
    )
}

#[derive(serde::Deserialize)]
pub(super) struct AuditParams {
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

#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(("after" = Option<i64>, Query, description = "Entries after this number"), ("limit" = Option<usize>, Query, description = "At most this many (1 to 1000)"), ("actor" = Option<String>, Query, description = "A user name"), ("member" = Option<String>, Query, description = "A member name"), ("action" = Option<String>, Query, description = "An action or a prefix such as objects"), ("since" = Option<String>, Query, description = "RFC 3339, inclusive"), ("until" = Option<String>, Query, description = "RFC 3339, exclusive")), responses((status = 200, description = "Entries of the audit log, oldest first, and `next`", body = AuditPageView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The audit log, for administrators, filtered by actor, member, action and time.
pub(super) async fn audit_log(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<AuditParams>,
) -> Result<Json<AuditPageView>, Problem> {
    let center = &state.center;
    // Before any name is looked up: a caller who may not read the log learns nothing of which
    // users and members exist.
    Authority::Administrator(&actor).check()?;
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
    let names = names(&state).await?;
    Ok(Json(AuditPageView {
        entries: entries
            .iter()
            .map(|e| AuditEntryView::of(e, &names))
            .collect(),
        next,
    }))
}

#[utoipa::path(get, path = "/api/v1/audit/checkpoints", tag = "audit", responses((status = 200, description = "Signed checkpoints and the public key that verifies them", body = CheckpointsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The signed checkpoints and the key that verifies them. Any member may fetch and keep them:
/// they hold hashes and signatures, nothing of the log's content.
pub(super) async fn checkpoints(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<CheckpointsView>, Problem> {
    if !actor.reader().active {
        return Err(
            domain::Error::Forbidden("your member is suspended or withdrawn".into()).into(),
        );
    }
    let key = state.center.audit_public_key().await?;
    let cps = state.center.checkpoints().await?;
    Ok(Json(CheckpointsView {
        public_key: domain::audit::hex(&key),
        checkpoints: cps.iter().map(CheckpointView::of).collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/audit/checkpoints", tag = "audit", responses((status = 200, description = "The checkpoint signed now, or null when the head is signed already", body = CheckpointMade), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Signs the log's head now (administrators); the server also does it on a timer.
pub(super) async fn make_checkpoint(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<CheckpointMade>, Problem> {
    let cp = state
        .center
        .checkpoint(Authority::Administrator(&actor))
        .await?;
    Ok(Json(CheckpointMade {
        checkpoint: cp.as_ref().map(CheckpointView::of),
    }))
}
