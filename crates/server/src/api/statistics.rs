//! The center's statistics and achievements, and the reports the presidency publishes.

use axum::extract::{Query, State as St};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::service::Authority;
use domain::statistics::{Report, ReportSummary};

use super::Body;
use crate::State;
use crate::auth::{Authed, Member};
use crate::error::Problem;
use crate::views::statistics::ReportsView;

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/statistics", get(statistics))
        .route(
            "/api/v1/statistics/reports",
            get(statistics_reports).post(publish_statistics),
        )
        .route("/api/v1/statistics/reports/{id}", get(statistics_report))
}

#[derive(serde::Deserialize)]
pub(super) struct StatisticsParams {
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
    words: crate::i18n::Words,
) -> Result<axum::response::Response, Problem> {
    use axum::response::IntoResponse;
    let failed = |e: String| domain::Error::store(format!("the report could not be laid out: {e}"));
    Ok(match format.unwrap_or("json") {
        "json" => Json(r).into_response(),
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
        "html" => {
            axum::response::Html(crate::report::html(r, words).map_err(|e| failed(e.to_string()))?)
                .into_response()
        }
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
    let from = from.map(|t| domain::input::time("from", t)).transpose()?;
    let to = to.map(|t| domain::input::time("to", t)).transpose()?;
    Ok(state.center.statistics_period(from, to)?)
}

#[utoipa::path(get, path = "/api/v1/statistics", tag = "statistics", params(("from" = Option<String>, Query, description = "Period start (default: the founding date)"), ("to" = Option<String>, Query, description = "Period end, exclusive (default: now)"), ("format" = Option<String>, Query, description = "json (default), csv or html")), responses((status = 200, description = "Center-wide totals, and figures by member counting only what the caller may see; CSV or printable HTML as `format` asks", body = Report), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The statistics and achievements for a period, as the caller may see them.
pub(super) async fn statistics(
    St(state): St<State>,
    Member(actor): Member,
    headers: axum::http::HeaderMap,
    Query(p): Query<StatisticsParams>,
) -> Result<axum::response::Response, Problem> {
    let period = period(&state, p.from.as_deref(), p.to.as_deref())?;
    let r = state
        .center
        .statistics(&actor, period, p.to.is_none())
        .await?;
    // The printable report speaks the reader's language, as the pages do.
    report_response(
        &r,
        p.format.as_deref(),
        crate::i18n::Words::for_actor(&actor, &headers),
    )
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct PublishBody {
    /// Period start (default: the founding date).
    from: Option<String>,
    /// Period end, exclusive (default: now).
    to: Option<String>,
    #[serde(default)]
    title: String,
    /// A meeting whose agenda gets the report.
    meeting: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/statistics/reports", tag = "statistics", request_body = PublishBody, responses((status = 201, description = "The published report", body = ReportSummary), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The presidency or the secretariat publishes the full report for a period, optionally on a
/// meeting's agenda.
pub(super) async fn publish_statistics(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<PublishBody>,
) -> Result<(StatusCode, Json<ReportSummary>), Problem> {
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
    Ok((StatusCode::CREATED, Json(s)))
}

#[utoipa::path(get, path = "/api/v1/statistics/reports", tag = "statistics", responses((status = 200, description = "Published reports", body = ReportsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn statistics_reports(
    St(state): St<State>,
    Member(_): Member,
) -> Result<Json<ReportsView>, Problem> {
    let list = state.center.published_reports().await?;
    Ok(Json(ReportsView { reports: list }))
}

#[derive(serde::Deserialize)]
pub(super) struct FormatParams {
    format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/statistics/reports/{id}", tag = "statistics", params(("id" = i64, Path, description = "The report"), ("format" = Option<String>, Query, description = "json (default), csv or html")), responses((status = 200, description = "The report as published; CSV or printable HTML as `format` asks", body = Report), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// A published report, as it was when published: every member may read it.
pub(super) async fn statistics_report(
    St(state): St<State>,
    Member(actor): Member,
    headers: axum::http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Query(p): Query<FormatParams>,
) -> Result<axum::response::Response, Problem> {
    let (_, r) = state.center.published_report(id).await?;
    report_response(
        &r,
        p.format.as_deref(),
        crate::i18n::Words::for_actor(&actor, &headers),
    )
}
