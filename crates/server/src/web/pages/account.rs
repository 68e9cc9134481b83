//! The user's own account: password, second factor, sessions and API tokens. A user who must
//! first choose a password or enrol a second factor is sent here from every other page.

use super::*;

use crate::views::accounts::{AccountView, EnrolmentView, TokenView};
use crate::web::{AccountPosted, AccountSession};
use domain::language::Language;
use domain::users::TokenDraft;

#[derive(Template)]
#[template(path = "web/account.html")]
pub(super) struct AccountPage {
    ctx: Ctx,
    account: AccountView,
    /// What was just done.
    done: Option<String>,
    /// A token just made, shown once.
    new_token: Option<(TokenView, String)>,
    errors: FieldErrors,
    /// The token form as typed, when refused.
    token_name: String,
    /// The token form's `once` value (`crate::web::once`).
    once: String,
    /// The languages a user may choose.
    languages: [Language; 5],
    /// The calendars a user may choose, in the reader's words.
    calendars: Vec<Labelled>,
    /// Time zones offered as the user types (any IANA name is taken).
    zones: [&'static str; 16],
    /// A refused time zone, as typed.
    typed_zone: Option<String>,
    /// Now, as the user reads it.
    now: i64,
}

/// The zones the center's members most often read in; any other IANA name is taken too.
const ZONES: [&str; 16] = [
    "UTC",
    "Europe/London",
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Africa/Cairo",
    "Asia/Baghdad",
    "Asia/Riyadh",
    "Asia/Tehran",
    "Asia/Kabul",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Tashkent",
    "America/New_York",
];

#[derive(Template)]
#[template(path = "web/second_factor.html")]
pub(super) struct SecondFactorPage {
    ctx: Ctx,
    enrolment: Option<EnrolmentView>,
    /// The QR code of the enrolment URL, as SVG.
    qr: String,
    /// Recovery codes of a second factor just enrolled, shown once.
    codes: Vec<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct DoneParam {
    done: Option<String>,
}

/// What a `done` code in the address says happened, in the reader's language (which, after a
/// new choice of language, is already the new one).
fn done_message(s: &Session, code: Option<&str>) -> Option<String> {
    let w = s.words;
    Some(match code? {
        "password" => w.t("done-password"),
        "session" => w.t("done-session"),
        "sessions" => w.t("done-sessions"),
        "revoked" => w.t("done-revoked"),
        "second-factor-off" => w.t("done-second-factor-off"),
        "dates" => w.t("dates-saved"),
        "language" => match s.actor.user.language {
            Some(l) => w.t1("language-saved", "language", l.endonym()),
            None => w.t("language-cleared"),
        },
        _ => return None,
    })
}

async fn account_page(
    state: &State,
    s: &Session,
    done: Option<String>,
    new_token: Option<(TokenView, String)>,
    errors: FieldErrors,
    token_name: String,
) -> Result<AccountPage, WebError> {
    let c = &state.center;
    let a = c.account(&s.actor).await?;
    let current = c.session_token(&s.token).await?.map(|t| t.id);
    let names = Names(c.member_names().await?);
    Ok(AccountPage {
        ctx: s.ctx(&s.words.t("account-title")),
        account: AccountView::of(&a, &names, current, c.now()),
        done,
        new_token,
        errors,
        token_name,
        once: crate::web::once::new(),
        languages: Language::ALL,
        calendars: domain::language::Calendar::ALL
            .iter()
            .map(|k| Labelled {
                value: k.as_str(),
                label: s.words.word("calendar", k.as_str()),
            })
            .collect(),
        zones: ZONES,
        typed_zone: None,
        now: c.now(),
    })
}

#[derive(Deserialize)]
pub(super) struct DatesForm {
    #[serde(default)]
    calendar: String,
    #[serde(default)]
    time_zone: String,
}

/// The calendar and time zone the user reads dates in.
pub(super) async fn choose_dates(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<DatesForm>,
) -> Page {
    let s = &p.session;
    let mut errors = FieldErrors::new();
    let chosen = state
        .center
        .choose_reading(&s.actor, &p.form.calendar, &p.form.time_zone)
        .await;
    if form_error(chosen, &mut errors, "dates.form")?.is_some() {
        return see_other("/account?done=dates#dates");
    }
    let mut page = account_page(&state, s, None, None, errors, String::new()).await?;
    page.typed_zone = Some(p.form.time_zone.clone());
    refused(page)
}

pub(super) async fn account(
    St(state): St<State>,
    AccountSession(s): AccountSession,
    Query(p): Query<DoneParam>,
) -> Page {
    render(
        account_page(
            &state,
            &s,
            done_message(&s, p.done.as_deref()),
            None,
            FieldErrors::new(),
            String::new(),
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub(super) struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub(super) async fn change_password(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<PasswordForm>,
) -> Page {
    let s = &p.session;
    let c = &state.center;
    let mut errors = FieldErrors::new();
    if p.form.password != p.form.confirm {
        errors.insert("password.confirm", s.words.t("new-passwords-differ"));
    }
    if errors.is_empty() {
        let keep = c.session_token(&s.token).await?.map(|t| t.id);
        let r = c
            .change_password(
                &s.actor,
                &p.form.current_password,
                &p.form.password,
                keep,
                &s.client,
            )
            .await;
        if form_error(r, &mut errors, "password.form")?.is_some() {
            return see_other("/account?done=password");
        }
    }
    refused(account_page(&state, s, None, None, errors, String::new()).await?)
}

pub(super) async fn end_session(
    St(state): St<State>,
    Path(id): Path<i64>,
    AccountPosted(p): AccountPosted<Empty>,
) -> Page {
    state.center.end_session(&p.session.actor, id).await?;
    see_other("/account?done=session")
}

pub(super) async fn end_other_sessions(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<Empty>,
) -> Page {
    let keep = state
        .center
        .session_token(&p.session.token)
        .await?
        .map(|t| t.id);
    state
        .center
        .end_other_sessions(&p.session.actor, keep)
        .await?;
    see_other("/account?done=sessions")
}

#[derive(Deserialize)]
pub(super) struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
    /// A date (YYYY-MM-DD), the end of which the token expires; never if empty.
    #[serde(default)]
    expires: String,
    /// See `crate::web::once`.
    #[serde(default)]
    pub(super) once: String,
}

/// Reads the token form: its scope and its expiry (the end of the day given, UTC).
pub(super) fn token_draft(f: &TokenForm) -> domain::Result<TokenDraft> {
    let mut refused = domain::error::Refusals::new();
    let scope = match f.scope.trim() {
        "" | "write" => Some(domain::Scope::Write),
        "read" => Some(domain::Scope::Read),
        _ => {
            refused.check(
                false,
                "scope",
                "bad-choice",
                "a token reads, or reads and writes",
            );
            None
        }
    };
    let expires = f.expires.trim();
    let expires_at = if expires.is_empty() {
        None
    } else {
        refused.take(domain::input::time(
            "expires",
            &format!("{expires}T23:59:59Z"),
        ))?
    };
    refused.done()?;
    Ok(TokenDraft {
        name: f.name.clone(),
        scope: scope.unwrap_or(domain::Scope::Write),
        expires_at,
    })
}

/// A token is made by a user who may act (not one who must first choose a password or enrol a
/// second factor: the token would stand where the session may not).
pub(super) async fn new_token(St(state): St<State>, p: Posted<TokenForm>) -> Page {
    let s = &p.session;
    let c = &state.center;
    let mut errors = FieldErrors::new();
    if !crate::web::once::first(&p.form.once) {
        errors.insert("token.form", crate::web::once::SENT_TWICE.into());
        return refused(account_page(&state, s, None, None, errors, String::new()).await?);
    }
    let made = match form_error(token_draft(&p.form), &mut errors, "token.form")? {
        Some(d) => form_error(
            c.create_token(
                Authority::Administrator(&s.actor),
                &s.actor.user.username,
                d,
            )
            .await,
            &mut errors,
            "token.form",
        )?,
        None => None,
    };
    match made {
        Some((t, text)) => render(
            account_page(
                &state,
                s,
                None,
                Some((TokenView::of(&t, c.now()), text)),
                FieldErrors::new(),
                String::new(),
            )
            .await?,
        ),
        None => refused(account_page(&state, s, None, None, errors, p.form.name.clone()).await?),
    }
}

/// An account form: the people of a member that is no longer active may still revoke their
/// tokens, so that none comes back to life when the member is reinstated.
pub(super) async fn revoke_token(
    St(state): St<State>,
    Path(id): Path<i64>,
    AccountPosted(p): AccountPosted<Confirmed>,
) -> Page {
    if !p.form.given() {
        let own = p.session.actor.user.username.clone();
        return confirm_revoke(
            &state,
            &p.session,
            (&own, id),
            &format!("/account/tokens/{id}/revoke"),
            "/account",
        )
        .await;
    }
    state
        .center
        .revoke_token(Authority::Administrator(&p.session.actor), id)
        .await?;
    see_other("/account?done=revoked")
}

/// The QR code of an `otpauth://` URL, as an SVG element.
fn qr_svg(url: &str) -> String {
    qrcode::QrCode::new(url.as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

fn enrolment_page(
    s: &Session,
    e: Option<domain::users::Enrolment>,
    error: Option<String>,
) -> SecondFactorPage {
    let qr = e.as_ref().map(|e| qr_svg(&e.url)).unwrap_or_default();
    // The XML declaration would be text inside HTML.
    let qr = qr.find("<svg").map_or(String::new(), |at| {
        qr.get(at..).unwrap_or_default().to_string()
    });
    SecondFactorPage {
        ctx: s.ctx(&s.words.t("second-factor-title")),
        enrolment: e.map(|e| EnrolmentView {
            secret: e.secret,
            url: e.url,
        }),
        qr,
        codes: vec![],
        error,
    }
}

/// Starts enrolling an authenticator app: its QR code and secret, and a field for its first
/// code. A user who has one already gives a code of it first.
pub(super) async fn begin_second_factor(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<CodeForm>,
) -> Page {
    let s = &p.session;
    let code = Some(p.form.code.as_str()).filter(|c| !c.trim().is_empty());
    let r = state
        .center
        .begin_second_factor(&s.actor, code, &s.client)
        .await;
    let mut errors = FieldErrors::new();
    match form_error(r, &mut errors, "again.code")? {
        Some(e) => render(enrolment_page(s, Some(e), None)),
        None => refused(account_page(&state, s, None, None, errors, String::new()).await?),
    }
}

#[derive(Deserialize)]
pub(super) struct CodeForm {
    #[serde(default)]
    code: String,
}

pub(super) async fn confirm_second_factor(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<CodeForm>,
) -> Page {
    let s = &p.session;
    match refusal(
        state
            .center
            .confirm_second_factor(&s.actor, &p.form.code)
            .await,
    )? {
        Ok(codes) => render(SecondFactorPage {
            codes,
            ..enrolment_page(s, None, None)
        }),
        Err(why) => {
            let pending = state.center.pending_second_factor(&s.actor).await?;
            refused(enrolment_page(s, pending, Some(why)))
        }
    }
}

pub(super) async fn remove_second_factor(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<CodeForm>,
) -> Page {
    let s = &p.session;
    let r = state
        .center
        .remove_second_factor(
            Authority::Administrator(&s.actor),
            &s.actor.user.username,
            Some(&p.form.code),
            &s.client,
        )
        .await;
    let mut errors = FieldErrors::new();
    if form_error(r, &mut errors, "second_factor.code")?.is_some() {
        return see_other("/account?done=second-factor-off");
    }
    refused(account_page(&state, s, None, None, errors, String::new()).await?)
}

#[derive(Deserialize)]
pub(super) struct LanguageForm {
    /// A language tag, or empty to follow the member's language or the browser's.
    #[serde(default)]
    language: String,
}

/// The user's language: every page after this one speaks it.
pub(super) async fn choose_language(
    St(state): St<State>,
    AccountPosted(p): AccountPosted<LanguageForm>,
) -> Page {
    let s = &p.session;
    let mut errors = FieldErrors::new();
    let chosen = state
        .center
        .choose_language(&s.actor, &p.form.language)
        .await;
    if form_error(chosen, &mut errors, "language.form")?.is_some() {
        return see_other("/account?done=language");
    }
    refused(account_page(&state, s, None, None, errors, String::new()).await?)
}
