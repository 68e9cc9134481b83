//! Accounts: the caller's own (`/api/v1/me`), and those administrators run: users, their
//! tokens and client certificates, members, and the center's second-factor policy. What each
//! caller may do is the domain's to say (`Authority`).

use axum::extract::{Path, Query, State as St};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::certificates::CertificateDraft;
use domain::service::Authority;
use domain::store::UserChange;
use domain::users::{NewAccount, TokenDraft};
use domain::{CertificateKind, Role, Scope};

use super::{Body, names};
use crate::State;
use crate::auth::{Account, Authed};
use crate::error::Problem;
use crate::views::accounts::{
    AccountView, CertificateView, CertificatesView, EnrolmentView, NewTokenView, PasswordLinkView,
    RecoveryCodesView, TokenView, TokensView, UserView, UsersView,
};
use crate::views::governance::MemberView;

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/me", get(me))
        .route("/api/v1/me/password", post(change_password))
        .route(
            "/api/v1/me/sessions/{id}",
            axum::routing::delete(end_session),
        )
        .route("/api/v1/me/second-factor", post(begin_second_factor))
        .route(
            "/api/v1/me/second-factor/confirm",
            post(confirm_second_factor),
        )
        .route(
            "/api/v1/me/second-factor/remove",
            post(remove_own_second_factor),
        )
        .route("/api/v1/me/language", axum::routing::put(choose_language))
        .route("/api/v1/me/dates", axum::routing::put(choose_dates))
        .route("/api/v1/members", post(add_member))
        .route(
            "/api/v1/members/{name}/language",
            axum::routing::put(set_member_language),
        )
        .route("/api/v1/users", get(users).post(invite_user))
        .route("/api/v1/users/{name}", get(one_user).patch(update_user))
        .route("/api/v1/users/{name}/reset", post(reset_password))
        .route(
            "/api/v1/users/{name}/second-factor",
            axum::routing::delete(remove_second_factor),
        )
        .route(
            "/api/v1/users/{name}/tokens",
            get(user_tokens).post(create_token),
        )
        .route("/api/v1/tokens/{id}", axum::routing::delete(revoke_token))
        .route(
            "/api/v1/users/{name}/certificates",
            post(register_certificate),
        )
        .route("/api/v1/certificates", get(certificates))
        .route(
            "/api/v1/certificates/{id}",
            axum::routing::delete(revoke_certificate),
        )
        .route(
            "/api/v1/center/second-factor",
            axum::routing::put(second_factor_policy),
        )
        .route(
            "/api/v1/center/networks",
            get(webhook_networks).put(allow_networks),
        )
}

const PROBLEM: &str = "An RFC 9457 problem detail with a stable `code`";

#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", responses((status = 200, description = "The caller's account: roles, sessions, API tokens, second factor", body = AccountView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The caller's own account. A user who must first choose a password or enrol a second factor
/// may still read it.
pub(super) async fn me(
    St(state): St<State>,
    Account(actor): Account,
) -> Result<Json<AccountView>, Problem> {
    let c = &state.center;
    let a = c.account(&actor).await?;
    Ok(Json(AccountView::of(
        &a,
        &names(&state).await?,
        None,
        c.now(),
    )))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct PasswordBody {
    current_password: String,
    /// At least 12 characters, and not among the passwords attackers try first.
    password: String,
}

#[utoipa::path(post, path = "/api/v1/me/password", tag = "accounts", request_body = PasswordBody, responses((status = 204, description = "Changed; every web session of the user has ended"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Changes the caller's password (the current one is required).
pub(super) async fn change_password(
    St(state): St<State>,
    parts: axum::http::request::Parts,
    Account(actor): Account,
    Body(b): Body<PasswordBody>,
) -> Result<StatusCode, Problem> {
    let client = crate::auth::client(&parts);
    state
        .center
        .change_password(&actor, &b.current_password, &b.password, None, &client)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/me/sessions/{id}", tag = "accounts", params(("id" = i64, Path, description = "The session")), responses((status = 204, description = "Ended"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Ends one of the caller's web sessions.
pub(super) async fn end_session(
    St(state): St<State>,
    Account(actor): Account,
    Path(id): Path<i64>,
) -> Result<StatusCode, Problem> {
    state.center.end_session(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A code of the second factor the caller has already, when it enrols another (`{}` for the
/// first).
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct EnrolBody {
    code: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/me/second-factor", tag = "accounts", request_body = EnrolBody, responses((status = 200, description = "A secret for an authenticator app; confirm it with a code", body = EnrolmentView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Starts enrolling an authenticator app (RFC 6238); a user who has one gives a code of it.
/// A person's act: a session or the password, never a token.
pub(super) async fn begin_second_factor(
    St(state): St<State>,
    parts: axum::http::request::Parts,
    Account(actor): Account,
    Body(b): Body<EnrolBody>,
) -> Result<Json<EnrolmentView>, Problem> {
    let client = crate::auth::client(&parts);
    let e = state
        .center
        .begin_second_factor(&actor, b.code.as_deref(), &client)
        .await?;
    Ok(Json(EnrolmentView {
        secret: e.secret,
        url: e.url,
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct CodeBody {
    /// The six digits the app shows now (or, to remove it, a recovery code).
    code: String,
}

#[utoipa::path(post, path = "/api/v1/me/second-factor/confirm", tag = "accounts", request_body = CodeBody, responses((status = 200, description = "On; the recovery codes, shown only now", body = RecoveryCodesView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Turns the second factor being enrolled on with its first code.
pub(super) async fn confirm_second_factor(
    St(state): St<State>,
    Account(actor): Account,
    Body(b): Body<CodeBody>,
) -> Result<Json<RecoveryCodesView>, Problem> {
    let codes = state.center.confirm_second_factor(&actor, &b.code).await?;
    Ok(Json(RecoveryCodesView {
        recovery_codes: codes,
    }))
}

#[utoipa::path(post, path = "/api/v1/me/second-factor/remove", tag = "accounts", request_body = CodeBody, responses((status = 204, description = "Removed"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Removes the caller's second factor, with a code of it.
pub(super) async fn remove_own_second_factor(
    St(state): St<State>,
    parts: axum::http::request::Parts,
    Account(actor): Account,
    Body(b): Body<CodeBody>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .remove_second_factor(
            Authority::Administrator(&actor),
            &actor.user.username,
            Some(&b.code),
            &crate::auth::client(&parts),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A language the center's pages speak.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct LanguageBody {
    /// `en`, `fr`, `ar`, `fa` or `ru`; `null` or `""` for none (a user then follows the
    /// member's language, a member's people their browsers').
    #[schema(nullable)]
    language: Option<String>,
}

#[utoipa::path(put, path = "/api/v1/me/language", tag = "accounts", request_body = LanguageBody, responses((status = 204, description = "Chosen: every page the caller sees speaks it"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Chooses the language the caller reads the web pages in.
pub(super) async fn choose_language(
    St(state): St<State>,
    Account(actor): Account,
    Body(b): Body<LanguageBody>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .choose_language(&actor, b.language.as_deref().unwrap_or_default())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How the caller reads dates in the web pages.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct DatesBody {
    /// `gregorian`, `persian` (Solar Hijri) or `islamic` (Hijri, Umm al-Qura); `null` or `""`
    /// for the language's usual calendar.
    #[schema(nullable)]
    calendar: Option<String>,
    /// An IANA time zone name (`Asia/Tehran`); `null` or `""` for UTC.
    #[schema(nullable)]
    time_zone: Option<String>,
}

#[utoipa::path(put, path = "/api/v1/me/dates", tag = "accounts", request_body = DatesBody, responses((status = 204, description = "Chosen: every page the caller sees gives dates in that calendar and zone (the UTC Gregorian time on hover)"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Chooses the calendar and time zone the caller reads dates in.
pub(super) async fn choose_dates(
    St(state): St<State>,
    Account(actor): Account,
    Body(b): Body<DatesBody>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .choose_reading(
            &actor,
            b.calendar.as_deref().unwrap_or_default(),
            b.time_zone.as_deref().unwrap_or_default(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/api/v1/members/{name}/language", tag = "accounts", request_body = LanguageBody, params(("name" = String, Path, description = "The member")), responses((status = 200, description = "Set: the member's people who chose no language read the pages in it", body = MemberView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For the member's administrators and the center's: the language the member's people read
/// the web pages in unless they choose another.
pub(super) async fn set_member_language(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
    Body(b): Body<LanguageBody>,
) -> Result<Json<MemberView>, Problem> {
    let m = state
        .center
        .set_member_language(
            Authority::Administrator(&actor),
            &name,
            b.language.as_deref().unwrap_or_default(),
        )
        .await?;
    Ok(Json(MemberView::of(&m)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct MemberBody {
    /// Short unique name (a-z, 0-9, '-', '_', '.').
    name: String,
    /// What people call it, in any script.
    display_name: String,
    /// One of the members that founded the center: it acceded on the founding date.
    #[serde(default)]
    founding: bool,
}

#[utoipa::path(post, path = "/api/v1/members", tag = "accounts", request_body = MemberBody, responses((status = 201, description = "Added, active at once (admission by vote is /api/v1/applications)", body = MemberView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For the center's administrators: adds a member.
pub(super) async fn add_member(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<MemberBody>,
) -> Result<(StatusCode, Json<MemberView>), Problem> {
    let m = state
        .center
        .add_member(
            Authority::Administrator(&actor),
            &b.name,
            &b.display_name,
            b.founding,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(MemberView::of(&m))))
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct MemberQuery {
    /// The member (a member administrator's own if left out; every member's for the
    /// center's administrators).
    member: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/users", tag = "accounts", params(MemberQuery), responses((status = 200, description = "The users of the member", body = UsersView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: users of a member the caller runs.
pub(super) async fn users(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(q): Query<MemberQuery>,
) -> Result<Json<UsersView>, Problem> {
    let list = state
        .center
        .users(Authority::Administrator(&actor), q.member.as_deref())
        .await?;
    let names = names(&state).await?;
    Ok(Json(UsersView {
        users: list.iter().map(|u| UserView::of(u, &names)).collect(),
    }))
}

fn roles(list: &[String]) -> domain::Result<Vec<Role>> {
    list.iter()
        .map(|r| {
            Role::parse(r).ok_or_else(|| {
                domain::Error::field(
                    "roles",
                    "bad-choice",
                    format!("'{r}' is not a role: analyst, liaison_officer, delegate, member_administrator, secretariat or administrator"),
                )
            })
        })
        .collect()
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct InviteBody {
    member: String,
    /// 2 to 64 characters: a-z, 0-9, '-', '_', '.'.
    username: String,
    #[serde(default)]
    display_name: String,
    /// analyst, liaison_officer, delegate, member_administrator (and, for the center's
    /// administrators, secretariat, administrator).
    roles: Vec<String>,
}

/// A user just invited, with the link that sets its password.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub(super) struct InvitedView {
    user: UserView,
    /// Shown only now: pass it on to the user.
    link: PasswordLinkView,
}

#[utoipa::path(post, path = "/api/v1/users", tag = "accounts", request_body = InviteBody, responses((status = 201, description = "Added without a password; the link sets one (once, within 7 days)", body = InvitedView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: invites a user to a member the caller runs.
pub(super) async fn invite_user(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<InviteBody>,
) -> Result<(StatusCode, Json<InvitedView>), Problem> {
    let c = &state.center;
    let (u, token) = c
        .invite_user(
            Authority::Administrator(&actor),
            NewAccount {
                member: b.member,
                username: b.username,
                display_name: b.display_name,
                roles: roles(&b.roles)?,
            },
        )
        .await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(InvitedView {
            link: PasswordLinkView::of(&u.username, &token, c.now() + domain::users::LINK_MICROS),
            user: UserView::of(&u, &names),
        }),
    ))
}

#[utoipa::path(get, path = "/api/v1/users/{name}", tag = "accounts", params(("name" = String, Path, description = "The user")), responses((status = 200, description = "The user", body = UserView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// A user the caller runs (its own account included).
pub(super) async fn one_user(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
) -> Result<Json<UserView>, Problem> {
    let u = state
        .center
        .user_for(Authority::Administrator(&actor), &name)
        .await?;
    Ok(Json(UserView::of(&u, &names(&state).await?)))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct UserChangeBody {
    display_name: Option<String>,
    /// The roles it has from now on.
    roles: Option<Vec<String>>,
    /// true: it may not sign in, its sessions end and its tokens stop working.
    disabled: Option<bool>,
}

#[utoipa::path(patch, path = "/api/v1/users/{name}", tag = "accounts", request_body = UserChangeBody, params(("name" = String, Path, description = "The user")), responses((status = 200, description = "The user as changed", body = UserView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: changes a user's name, roles, or whether it may sign in.
pub(super) async fn update_user(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
    Body(b): Body<UserChangeBody>,
) -> Result<Json<UserView>, Problem> {
    let u = state
        .center
        .update_user(
            Authority::Administrator(&actor),
            &name,
            UserChange {
                display_name: b.display_name,
                roles: b.roles.as_deref().map(roles).transpose()?,
                disabled: b.disabled,
            },
        )
        .await?;
    Ok(Json(UserView::of(&u, &names(&state).await?)))
}

#[utoipa::path(post, path = "/api/v1/users/{name}/reset", tag = "accounts", params(("name" = String, Path, description = "The user")), responses((status = 200, description = "A link that sets a new password, once, within 24 hours; shown only now", body = PasswordLinkView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: a link with which a user sets a new password.
pub(super) async fn reset_password(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
) -> Result<Json<PasswordLinkView>, Problem> {
    let c = &state.center;
    let token = c
        .reset_password(Authority::Administrator(&actor), &name)
        .await?;
    Ok(Json(PasswordLinkView::of(
        &name,
        &token,
        c.now() + domain::users::RESET_MICROS,
    )))
}

#[utoipa::path(delete, path = "/api/v1/users/{name}/second-factor", tag = "accounts", params(("name" = String, Path, description = "The user")), responses((status = 204, description = "Removed"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: removes the second factor of a user who lost the device and the
/// recovery codes.
pub(super) async fn remove_second_factor(
    St(state): St<State>,
    parts: axum::http::request::Parts,
    Authed(actor): Authed,
    Path(name): Path<String>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .remove_second_factor(
            Authority::Administrator(&actor),
            &name,
            None,
            &crate::auth::client(&parts),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/users/{name}/tokens", tag = "accounts", params(("name" = String, Path, description = "The user")), responses((status = 200, description = "The user's API tokens, never their secrets", body = TokensView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// The API tokens of the caller, or of a user the caller runs.
pub(super) async fn user_tokens(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
) -> Result<Json<TokensView>, Problem> {
    let c = &state.center;
    let now = c.now();
    let list = c.tokens(Authority::Administrator(&actor), &name).await?;
    Ok(Json(TokensView {
        tokens: list.iter().map(|t| TokenView::of(t, now)).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct TokenBody {
    /// What will use it (the TAXII client, the script).
    name: String,
    /// read (changes nothing) or write; write if left out.
    #[serde(default)]
    scope: Option<String>,
    /// Refused from then on (RFC 3339); never if left out.
    expires: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/users/{name}/tokens", tag = "accounts", request_body = TokenBody, params(("name" = String, Path, description = "The user")), responses((status = 201, description = "The token; its secret is shown only now", body = NewTokenView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Makes an API token for the caller, or for a user the caller runs.
pub(super) async fn create_token(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
    Body(b): Body<TokenBody>,
) -> Result<(StatusCode, Json<NewTokenView>), Problem> {
    let c = &state.center;
    let scope = match b.scope.as_deref().map(str::trim) {
        None | Some("") => Scope::Write,
        Some(s) => Scope::parse(s)
            .ok_or_else(|| domain::Error::field("scope", "bad-choice", "scope is read or write"))?,
    };
    let expires_at = b
        .expires
        .as_deref()
        .map(|e| domain::input::time("expires", e))
        .transpose()?;
    let (t, secret) = c
        .create_token(
            Authority::Administrator(&actor),
            &name,
            TokenDraft {
                name: b.name,
                scope,
                expires_at,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(NewTokenView {
            token: TokenView::of(&t, c.now()),
            secret,
        }),
    ))
}

#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "accounts", params(("id" = i64, Path, description = "The token")), responses((status = 204, description = "Revoked, on every node within a second"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Revokes an API token of the caller's, or of a user the caller runs.
pub(super) async fn revoke_token(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .revoke_token(Authority::Administrator(&actor), id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/certificates", tag = "accounts", params(MemberQuery), responses((status = 200, description = "Client certificates registered to the member's users", body = CertificatesView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: client certificates of a member the caller runs.
pub(super) async fn certificates(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(q): Query<MemberQuery>,
) -> Result<Json<CertificatesView>, Problem> {
    let c = &state.center;
    let by = Authority::Administrator(&actor);
    let users = c
        .users(by, q.member.as_deref())
        .await?
        .into_iter()
        .map(|u| (u.id, u.username))
        .collect();
    let list = c.certificates(by, q.member.as_deref()).await?;
    let names = names(&state).await?;
    Ok(Json(CertificatesView {
        certificates: list
            .iter()
            .map(|x| CertificateView::of(x, &users, &names))
            .collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct CertificateBody {
    /// What people call it (the system that uses it).
    name: String,
    /// certificate (this one, pinned) or authority (every client certificate it issues).
    #[serde(default)]
    kind: Option<String>,
    /// One certificate, PEM.
    pem: String,
}

#[utoipa::path(post, path = "/api/v1/users/{name}/certificates", tag = "accounts", request_body = CertificateBody, params(("name" = String, Path, description = "The user it stands for")), responses((status = 201, description = "Registered", body = CertificateView), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: registers a client certificate (mutual TLS) for a user the caller runs.
pub(super) async fn register_certificate(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(name): Path<String>,
    Body(b): Body<CertificateBody>,
) -> Result<(StatusCode, Json<CertificateView>), Problem> {
    let kind = match b.kind.as_deref().map(str::trim) {
        None | Some("") => CertificateKind::Certificate,
        Some(k) => CertificateKind::parse(k).ok_or_else(|| {
            domain::Error::field("kind", "bad-choice", "kind is certificate or authority")
        })?,
    };
    let c = state
        .center
        .register_certificate(
            Authority::Administrator(&actor),
            &name,
            CertificateDraft {
                name: b.name,
                pem: b.pem,
                kind,
            },
        )
        .await?;
    let users = [(c.user_id, name)].into_iter().collect();
    Ok((
        StatusCode::CREATED,
        Json(CertificateView::of(&c, &users, &names(&state).await?)),
    ))
}

#[utoipa::path(delete, path = "/api/v1/certificates/{id}", tag = "accounts", params(("id" = i64, Path, description = "The registration")), responses((status = 204, description = "Revoked, on every node within a second"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For administrators: revokes a client certificate registration.
pub(super) async fn revoke_certificate(
    St(state): St<State>,
    Authed(actor): Authed,
    Path(id): Path<i64>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .revoke_certificate(Authority::Administrator(&actor), id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct PolicyBody {
    /// Everyone who signs in with a password needs a second factor.
    required: bool,
}

#[utoipa::path(put, path = "/api/v1/center/second-factor", tag = "accounts", request_body = PolicyBody, responses((status = 204, description = "Set"), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For the center's administrators: requires a second factor of everyone, or not.
pub(super) async fn second_factor_policy(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<PolicyBody>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .require_second_factor(Authority::Administrator(&actor), b.required)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Networks the center's connections out (webhooks, feeds) may reach besides public
/// addresses.
#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct NetworksBody {
    /// Such as `10.1.0.0/16` or `127.0.0.1`; empty for public addresses only.
    networks: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/center/networks", tag = "accounts", responses((status = 200, description = "The networks webhooks and feeds may reach besides public addresses", body = NetworksBody), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For the center's administrators: where webhooks and feeds may connect besides public
/// addresses.
pub(super) async fn webhook_networks(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<NetworksBody>, Problem> {
    Authority::Administrator(&actor).check()?;
    let d = state.center.reachable_networks().await?;
    Ok(Json(NetworksBody {
        networks: d.allowed().iter().map(ToString::to_string).collect(),
    }))
}

#[utoipa::path(put, path = "/api/v1/center/networks", tag = "accounts", request_body = NetworksBody, responses((status = 200, description = "Set (the list replaces the one before)", body = NetworksBody), (status = "default", description = PROBLEM, body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// For the center's administrators: lets webhooks and feeds reach these networks (loopback,
/// private, link-local and cloud metadata addresses are refused otherwise).
pub(super) async fn allow_networks(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<NetworksBody>,
) -> Result<Json<NetworksBody>, Problem> {
    let d = state
        .center
        .allow_networks(Authority::Administrator(&actor), &b.networks)
        .await?;
    Ok(Json(NetworksBody {
        networks: d.allowed().iter().map(ToString::to_string).collect(),
    }))
}
