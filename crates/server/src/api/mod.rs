//! The REST API under `/api/v1/`, one module per area of the center. Handlers read the
//! request, call one use-case of the domain and answer its typed view (`crate::views`); errors
//! are RFC 9457 problem details with a stable `code`.

mod accounts;
mod audit;
mod feeds;
mod governance;
mod joint;
mod meetings;
mod notifications;
mod objects;
mod operations;
mod releasability;
mod rfis;
mod statistics;

use axum::Router;
use axum::routing::get;

use crate::State;
use crate::error::Problem;
use crate::views::Names;

/// The REST API's OpenAPI 3.1 document.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "Liaison REST API", description = "The REST API of a Liaison intelligence exchange center. TAXII 2.1 is served at /taxii2/ and described by its specification."),
    paths(accounts::me, accounts::change_password, accounts::end_session, accounts::begin_second_factor, accounts::confirm_second_factor, accounts::remove_own_second_factor, accounts::choose_language, accounts::choose_dates, accounts::add_member, accounts::set_member_language, accounts::users, accounts::invite_user, accounts::one_user, accounts::update_user, accounts::reset_password, accounts::remove_second_factor, accounts::user_tokens, accounts::create_token, accounts::revoke_token, accounts::certificates, accounts::register_certificate, accounts::revoke_certificate, accounts::second_factor_policy, accounts::webhook_networks, accounts::allow_networks, statistics::statistics, statistics::publish_statistics, statistics::statistics_reports, statistics::statistics_report, objects::outcomes, objects::record_outcome, objects::sightings, objects::timeline, objects::set_group_status, objects::search, objects::correlations, objects::noisy_keys, objects::exclude_key, rfis::rfis, rfis::ask, rfis::one_rfi, rfis::answer_rfi, rfis::close_rfi, notifications::events, notifications::notifications, notifications::add_webhook, notifications::list_webhooks, notifications::remove_webhook, feeds::list_feeds, feeds::add_feed, feeds::one_feed, feeds::remove_feed, feeds::pull_feed, feeds::reset_feed, audit::audit_log, audit::checkpoints, audit::make_checkpoint, releasability::sharing_groups, releasability::hits, releasability::release_requests, releasability::request_release, releasability::decide_release, governance::members, governance::member_history, governance::member_identities, governance::register_identity, governance::unregister_identity, governance::presidency, governance::applications, governance::apply, governance::votes, governance::one_vote, governance::cast_vote, governance::redeem_invitation, meetings::meetings, meetings::convene, meetings::meeting, meetings::add_agenda_item, meetings::record_attendance, meetings::set_minutes, meetings::decide, meetings::add_action, meetings::meeting_pack, meetings::meeting_ics, meetings::actions, meetings::close_action, operations::operations, operations::register_operation, operations::one_operation, operations::add_selectors, operations::add_events, operations::close_operation, operations::deconflictions, joint::joints, joint::open_joint, joint::overview, joint::one_joint, joint::invite, joint::answer, joint::add_task, joint::close_task, joint::add_entry, joint::link, joint::outcome, joint::conclude, joint::propose),
    modifiers(&Security),
    security(("basic" = []), ("bearer" = []))
)]
pub struct ApiDoc;

/// HTTP Basic (a password or a token) and Bearer tokens.
struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "basic",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Basic)),
        );
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

async fn openapi() -> impl axum::response::IntoResponse {
    use utoipa::OpenApi;
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        ApiDoc::openapi().to_pretty_json().unwrap_or_default(),
    )
}

pub fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .merge(accounts::routes())
        .merge(notifications::routes())
        .merge(audit::routes())
        .merge(feeds::routes())
        .merge(releasability::routes())
        .merge(governance::routes())
        .merge(meetings::routes())
        .merge(objects::routes())
        .merge(operations::routes())
        .merge(joint::routes())
        .merge(rfis::routes())
        .merge(statistics::routes())
        .layer(axum::middleware::map_response(printable_policy))
}

/// The API's printable pages (a meeting pack, a statistics report) run no script and are
/// never framed: a signed-in browser opens them from the pages' links.
async fn printable_policy(mut r: axum::response::Response) -> axum::response::Response {
    if crate::shape::is_page(&r) {
        r.headers_mut().insert(
            axum::http::header::CONTENT_SECURITY_POLICY,
            axum::http::HeaderValue::from_static(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'",
            ),
        );
    }
    r
}

/// A JSON request body; one that does not parse is refused with what is wrong with it.
struct Body<T>(T);

impl<T: serde::de::DeserializeOwned> axum::extract::FromRequest<State> for Body<T> {
    type Rejection = Problem;

    async fn from_request(req: axum::extract::Request, state: &State) -> Result<Self, Problem> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    Problem::new(
                        e.status(),
                        "too-large",
                        "Request too large",
                        format!(
                            "the request body is larger than the {} bytes this endpoint takes; send less at a time",
                            crate::shape::ORDINARY
                        ),
                    )
                } else {
                    Problem::bad_request(
                        "bad-body",
                        format!("the request body could not be read: {e}"),
                    )
                }
            })?;
        body(&bytes).map(Body)
    }
}

/// Reads a JSON body, or says what is wrong with it. Every body of this API is a JSON object
/// (serde would also take a struct written as an array of its fields).
fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Problem> {
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(Problem::bad_request(
            "bad-body",
            "the request body is a JSON object ({...}); /api/v1/openapi.json gives its fields",
        ));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        Problem::bad_request(
            "bad-body",
            format!("the request body is not the JSON expected: {e}"),
        )
    })
}

/// Member names by id, for the views.
async fn names(state: &State) -> Result<Names, Problem> {
    Ok(Names(state.center.member_names().await?))
}

fn timestamp(name: &'static str, v: Option<&String>) -> Result<Option<i64>, Problem> {
    Ok(v.map(|t| domain::input::time(name, t)).transpose()?)
}

fn list(v: &Option<String>) -> Vec<String> {
    v.as_deref()
        .map(|t| {
            t.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Comma-separated TLP levels, each named back if it is not one.
fn tlps(v: &Option<String>) -> Result<Vec<stix::markings::Tlp>, Problem> {
    list(v)
        .into_iter()
        .map(|t| Ok(domain::input::tlp("tlp", &t)?))
        .collect()
}
