//! The web application: pages rendered on the server, plain HTML forms, no script needed.
//!
//! Sessions are tokens of the user's (`Center::sign_in`), carried in an HttpOnly, SameSite=Strict
//! cookie. Every form carries a CSRF token derived from the session, and unsafe requests from
//! another origin are refused. What a page shows is decided in `domain`, as for the APIs.

mod map;
mod pages;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::credentials::{Attempt, Credential, Purpose};
use domain::{Actor, Role};
use sha2::{Digest, Sha256};

use crate::State;
use crate::i18n::Words;

const COOKIE: &str = "liaison_session";

pub fn routes() -> Router<State> {
    pages::routes().layer(axum::middleware::map_response(policy))
}

/// Pages run only the site's own script, are never framed, and post only to the site.
async fn policy(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        axum::http::HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'",
        ),
    );
    r.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        axum::http::HeaderValue::from_static("nosniff"),
    );
    r
}

/// What every page's layout needs.
pub struct Ctx {
    pub title: String,
    pub user: String,
    pub member: String,
    pub csrf: String,
    pub admin: bool,
    /// Runs accounts: the center's administrator or a member administrator.
    pub accounts: bool,
    /// The user's member is a member or an observer. Otherwise (an applicant, a suspended or
    /// withdrawn member) its users reach their own account page only, as the API lets them.
    pub active: bool,
    /// The member's status, as the catalogs name it (`applicant`, `suspended`...).
    pub member_status: &'static str,
    /// The user shares intelligence (an analyst): the share page and the sighting, outcome,
    /// translation and release request forms are offered.
    pub shares: bool,
    /// The user registers the member's operations (an analyst or a liaison officer).
    pub operates: bool,
    /// Keeps the center's books without running operations (the secretariat, the center's
    /// administrator): the menu leads to the joint operations' overview.
    pub oversees: bool,
    /// The user must first choose a password: the account page is all they may use, and
    /// nothing else is offered.
    pub held: bool,
    /// The words of the reader's language.
    pub w: Words,
    /// Every member, to name one as people know it where a list or a form keeps its short
    /// name (see [`Ctx::shown`]).
    pub members: std::sync::Arc<Vec<domain::Member>>,
}

impl Ctx {
    /// A member's name as people read it (`Alpha Agency`), by its short name (`alpha`); the
    /// short name itself for one the center does not know.
    pub fn shown(&self, short: &str) -> String {
        shown_in(&self.members, short)
    }

    /// [`Ctx::shown`] of each, as the reader's language lists them.
    pub fn shown_list(&self, shorts: &[String]) -> String {
        shorts
            .iter()
            .map(|s| self.shown(s))
            .collect::<Vec<_>>()
            .join(&self.w.t("list-separator"))
    }
}

/// A signed-in user at a browser.
pub struct Session {
    pub actor: Actor,
    pub token: String,
    pub csrf: String,
    /// Where the request came from (address and browser).
    pub client: domain::credentials::Client,
    /// The language the user reads (see [`Words::for_actor`]).
    pub words: Words,
    /// Every member, as the node remembers them (see [`Ctx::shown`]).
    pub members: std::sync::Arc<Vec<domain::Member>>,
}

/// A member's display name by its short name (see [`Ctx::shown`]).
fn shown_in(members: &[domain::Member], short: &str) -> String {
    members
        .iter()
        .find(|m| m.name == short)
        .map_or_else(|| short.to_string(), |m| m.display_name.clone())
}

/// Display names by short name, made once for a loop that names many members (a filter's
/// choices, a sort by member), where [`Session::shown`] would search the list each time.
pub struct Shown<'a>(std::collections::HashMap<&'a str, &'a str>);

impl Shown<'_> {
    pub fn of(&self, short: &str) -> String {
        self.0.get(short).map_or(short, |d| d).to_string()
    }
}

impl Session {
    /// Every member's display name by short name, for naming many (see [`Shown`]).
    pub fn shown(&self) -> Shown<'_> {
        Shown(
            self.members
                .iter()
                .map(|m| (m.name.as_str(), m.display_name.as_str()))
                .collect(),
        )
    }

    pub fn ctx(&self, title: &str) -> Ctx {
        Ctx {
            title: title.into(),
            user: self.actor.user.display_name.clone(),
            member: self.actor.member.display_name.clone(),
            csrf: self.csrf.clone(),
            admin: self.actor.has_role(Role::Administrator),
            accounts: self.actor.has_role(Role::Administrator)
                || self.actor.has_role(Role::MemberAdministrator),
            active: self.actor.reader().active,
            member_status: self.actor.member.status.as_str(),
            shares: self.actor.shares_intelligence(),
            operates: domain::operations::model::registers_operations(&self.actor),
            oversees: !domain::operations::model::registers_operations(&self.actor)
                && (self.actor.has_role(Role::Secretariat)
                    || self.actor.has_role(Role::Administrator)),
            held: self.actor.user.must_change_password,
            w: self.words,
            members: self.members.clone(),
        }
    }

    /// The session of a request, for what it means to do: pages that read (`GET`) or change
    /// (forms), or the user's own account page, which is all a user who must first choose a
    /// password or enrol a second factor may open (any other page leads there).
    async fn of(
        parts: &axum::http::request::Parts,
        state: &State,
        purpose: Purpose,
    ) -> Result<Self, Response> {
        let to_sign_in = || {
            let next: String =
                form_urlencoded::byte_serialize(parts.uri.path().as_bytes()).collect();
            Redirect::to(&format!("/sign-in?next={next}")).into_response()
        };
        let Some(token) = session_cookie(&parts.headers) else {
            return Err(to_sign_in());
        };
        let attempt = Attempt {
            credential: Credential::Session(&token),
            purpose,
            address: crate::auth::client_address(parts),
        };
        match state.center.authenticate(attempt).await {
            // Governance, meetings, statistics and intelligence are for active members, as the
            // API's `Member` extractor has it: the users of an applicant, or of a suspended or
            // withdrawn member, are shown their account page, which says why.
            Ok(actor)
                if !actor.reader().active
                    && !matches!(purpose, Purpose::Account | Purpose::AccountChange) =>
            {
                Err(Redirect::to("/account").into_response())
            }
            Ok(actor) => Ok(Session {
                members: match state.center.members_shared().await {
                    Ok(m) => m,
                    Err(e) => return Err(WebError(e).into_response()),
                },
                words: {
                    let w = Words::for_actor(&actor, &parts.headers);
                    crate::i18n::remember(w);
                    w
                },
                actor,
                csrf: csrf_for(&token),
                token,
                client: crate::auth::client(parts),
            }),
            Err(domain::Error::Unauthenticated(_)) => Err(to_sign_in()),
            Err(domain::Error::Required(_)) => Err(Redirect::to("/account").into_response()),
            Err(e) => Err(WebError(e).into_response()),
        }
    }
}

/// A signed-in user on the account page (see [`Session::of`]).
pub struct AccountSession(pub Session);

impl FromRequestParts<State> for AccountSession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &State,
    ) -> Result<Self, Self::Rejection> {
        Ok(AccountSession(
            Session::of(parts, state, Purpose::Account).await?,
        ))
    }
}

fn csrf_for(token: &str) -> String {
    let d = Sha256::digest(format!("liaison csrf {token}").as_bytes());
    domain::audit::hex(&d).chars().take(32).collect()
}

/// The web session's token a request's cookie carries.
pub(crate) fn session_cookie(headers: &HeaderMap) -> Option<String> {
    cookie(headers, COOKIE)
}

/// A cookie's value.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Why a form's body could not be read: too slow, or over its route's limit
/// (`shape::Limits`). A declared length over the limit was refused with 413 before this.
fn unreadable_form(e: &axum::Error) -> WebError {
    WebError(domain::Error::invalid(if crate::body_timed_out(e) {
        "the form did not arrive in time; send it again"
    } else if crate::shape::too_large(e) {
        "the form is larger than this page takes; send less at a time"
    } else {
        "the form could not be read; send it again"
    }))
}

/// A form posted before signing in, read within its route's small limit
/// (`shape::ANONYMOUS`) before it is parsed, and before any password is hashed.
pub(crate) async fn small_form<T: serde::de::DeserializeOwned>(
    body: axum::body::Body,
) -> Result<T, WebError> {
    let bytes = axum::body::to_bytes(body, crate::shape::ANONYMOUS)
        .await
        .map_err(|e| unreadable_form(&e))?;
    serde_html_form::from_bytes(&bytes).map_err(|e| {
        WebError(domain::Error::invalid(format!(
            "the form is not complete: {e}"
        )))
    })
}

/// A `Set-Cookie` value as every cookie of the pages is set: out of scripts' reach, never sent
/// by another site, `Secure` when the center is served over HTTPS; for the browser's session
/// when no `max_age` (seconds) is given.
pub fn cookie_line(
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<u32>,
    secure: bool,
) -> String {
    let mut line = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        line.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        line.push_str("; Secure");
    }
    line
}

/// The cookie that carries a session.
pub fn set_cookie(token: &str, secure: bool) -> String {
    cookie_line(COOKIE, token, "/", None, secure)
}

pub fn clear_cookie() -> String {
    cookie_line(COOKIE, "", "/", Some(0), false)
}

/// An unsafe request must come from this site: SameSite keeps the cookie off cross-site
/// requests, and the Origin check refuses the rest.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| rest.trim_end_matches('/') == host)
}

/// The first check of every form, sign-in included.
pub fn check_origin(headers: &HeaderMap) -> Result<(), WebError> {
    if same_origin(headers) {
        Ok(())
    } else {
        Err(WebError(domain::Error::Forbidden(
            "this form was sent from another site".into(),
        )))
    }
}

impl Session {
    /// The second: the form carries the token of this session.
    pub fn check_csrf(&self, csrf: Option<&str>) -> Result<(), WebError> {
        if csrf == Some(self.csrf.as_str()) {
            Ok(())
        } else {
            Err(WebError(domain::Error::Forbidden(
                "the form has expired or did not come from this page; reload the page and try again"
                    .into(),
            )))
        }
    }
}

impl FromRequestParts<State> for Session {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &State,
    ) -> Result<Self, Self::Rejection> {
        Session::of(parts, state, crate::auth::purpose_of(&parts.method)).await
    }
}

/// A form posted by a signed-in user, its CSRF token and origin checked.
pub struct Posted<T> {
    pub session: Session,
    pub form: T,
}

impl<T: serde::de::DeserializeOwned + Send> FromRequest<State> for Posted<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &State) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let session = Session::from_request_parts(&mut parts, state).await?;
        Self::read(session, parts, body).await
    }
}

/// A form posted from the user's own account page (see [`AccountSession`]).
pub struct AccountPosted<T>(pub Posted<T>);

impl<T: serde::de::DeserializeOwned + Send> FromRequest<State> for AccountPosted<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &State) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let session = Session::of(&parts, state, Purpose::AccountChange).await?;
        Ok(AccountPosted(Posted::read(session, parts, body).await?))
    }
}

impl<T: serde::de::DeserializeOwned + Send> Posted<T> {
    /// The form of a session already known: its origin and CSRF token checked before it is
    /// parsed.
    async fn read(
        session: Session,
        parts: axum::http::request::Parts,
        body: axum::body::Body,
    ) -> Result<Self, Response> {
        check_origin(&parts.headers).map_err(IntoResponse::into_response)?;
        // Within its route's limit (`shape::Limits`), enforced as it is read.
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .map_err(|e| unreadable_form(&e).into_response())?;
        let csrf = form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned());
        session
            .check_csrf(csrf.as_deref())
            .map_err(IntoResponse::into_response)?;
        let form = serde_html_form::from_bytes(&bytes).map_err(|e| {
            WebError(domain::Error::invalid(format!(
                "the form is not complete: {e}"
            )))
            .into_response()
        })?;
        Ok(Posted { session, form })
    }
}

/// A failure shown as a page: the same words the APIs use, and the same 404 for what may not
/// be seen as for what does not exist.
pub struct WebError(pub domain::Error);

impl From<domain::Error> for WebError {
    fn from(e: domain::Error) -> Self {
        WebError(e)
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError(domain::Error::store_cause(
            "the page could not be rendered",
            e,
        ))
    }
}

#[derive(askama::Template)]
#[template(path = "web/error.html")]
struct ErrorPage<'a> {
    w: Words,
    status: u16,
    detail: &'a str,
}

impl ErrorPage<'_> {
    /// What to do next, so that an error page is no dead end: sign in, look the thing up,
    /// ask for the role, wait a moment. None where the refusal itself says it (a form's 422).
    fn next(&self) -> Option<String> {
        matches!(self.status, 401 | 403 | 404 | 413 | 429 | 500 | 503)
            .then(|| self.w.t(&format!("error-next-{}", self.status)))
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let p = crate::error::Problem::from(self.0);
        let mut r = error_page(p.status, &p.detail);
        crate::error::retry_after(p.status, p.retry_after, r.headers_mut());
        r
    }
}

/// Forms that make something shown once (a token, a webhook's secret) carry a random `once`
/// value: sent again (a reload, a double click), the form makes nothing more and says so,
/// instead of making a second token the user never sees.
pub mod once {
    use std::collections::VecDeque;
    use std::sync::Mutex;

    /// Values remembered; a form older than the last this many is not recognised again.
    const KEPT: usize = 4_096;

    static SEEN: Mutex<VecDeque<String>> = Mutex::new(VecDeque::new());

    /// A new value for a form.
    pub fn new() -> String {
        uuid::Uuid::new_v4().simple().to_string()
    }

    /// Whether this is the first time the value is sent (an empty value never is).
    pub fn first(value: &str) -> bool {
        if value.is_empty() || value.len() > 64 {
            return false;
        }
        let Ok(mut seen) = SEEN.lock() else {
            return true;
        };
        if seen.iter().any(|v| v == value) {
            return false;
        }
        if seen.len() >= KEPT {
            seen.pop_front();
        }
        seen.push_back(value.to_string());
        true
    }

    /// What a form sent twice is told.
    pub const SENT_TWICE: &str = "this form was sent already, and what it made was shown once; to make another, fill the form in again";
}

/// The page of a refusal, the domain's or one from elsewhere (an unknown page, a body too
/// large), its detail in the reader's language.
pub fn error_page(status: StatusCode, detail: &str) -> Response {
    use askama::Template;
    let w = crate::i18n::current();
    let detail = w.refusal(detail);
    let page = ErrorPage {
        w,
        status: status.as_u16(),
        detail: &detail,
    };
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => (status, detail.to_string()).into_response(),
    }
}

pub type Page = Result<Response, WebError>;

pub fn render(t: impl askama::Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

/// A form's page shown again with what was typed and why it was refused (422).
pub fn refused(t: impl askama::Template) -> Page {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(t.render()?)).into_response())
}

/// Why a form was refused, by the name of the field at fault (`form` for the form as a whole).
#[derive(Debug, Default)]
pub struct FieldErrors(std::collections::BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    /// `why` is shown under the field `key` (`form.field`, or `form.form` for the whole form).
    pub fn insert(&mut self, key: &str, why: String) {
        self.0.insert(key.to_string(), why);
    }
    pub fn get(&self, key: &str) -> Option<&String> {
        self.0.get(key)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// A domain refusal under the field it names, in the form that `fallback` belongs to
    /// (`agenda.form` places a refusal of `title` at `agenda.title`); under `fallback` when it
    /// names none.
    pub fn place(&mut self, refusal: domain::error::Invalid, fallback: &str) {
        let key = match refusal.field {
            Some(field) => match fallback.rsplit_once('.') {
                Some((form, _)) => format!("{form}.{field}"),
                None => field.to_string(),
            },
            None => fallback.to_string(),
        };
        self.0
            .insert(key, crate::i18n::current().refusal(&refusal.message));
    }
}

pub fn see_other(to: &str) -> Page {
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response())
}
