//! Signing in (a password, then a code for users with a second factor), signing out, and
//! setting a password with an invitation or reset link.

use super::*;

use domain::credentials::SignedIn;

const PENDING_COOKIE: &str = "liaison_pending";

#[derive(Template)]
#[template(path = "web/sign_in.html")]
pub(super) struct SignIn {
    w: crate::i18n::Words,
    center: String,
    next: String,
    username: String,
    /// The second step: the code of the user's authenticator app.
    code_step: bool,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct NextParam {
    next: Option<String>,
    /// Said after a password was set with a link.
    done: Option<String>,
}

/// Only paths on this site: never an open redirect (browsers read `//`, `/\\` and a path with
/// a tab or newline stripped out as another site).
pub(super) fn local_path(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains(|c: char| c == '\\' || c.is_control()) =>
        {
            n.to_string()
        }
        _ => "/".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_paths_of_this_site_are_followed() {
        for ok in ["/", "/search?q=x", "/objects/indicator--1"] {
            assert_eq!(super::local_path(Some(ok)), ok);
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "https://evil.example",
            "/\n/x",
        ] {
            assert_eq!(super::local_path(Some(bad)), "/", "{bad:?}");
        }
    }
}

pub(super) async fn sign_in_page(St(state): St<State>, Query(p): Query<NextParam>) -> Page {
    render(SignIn {
        w: crate::i18n::current(),
        center: state.center.info().name.clone(),
        next: local_path(p.next.as_deref()),
        username: String::new(),
        code_step: false,
        error: None,
        notice: p
            .done
            .is_some()
            .then(|| crate::i18n::current().t("password-set-sign-in")),
    })
}

#[derive(Deserialize)]
pub(super) struct SignInForm {
    username: String,
    password: String,
    next: Option<String>,
}

fn pending_cookie(token: &str, secure: bool) -> String {
    crate::web::cookie_line(PENDING_COOKIE, token, "/sign-in", Some(300), secure)
}

fn signed_in(state: &State, token: &str, next: Option<&str>) -> Page {
    Ok((
        axum::http::StatusCode::SEE_OTHER,
        [
            (header::LOCATION, local_path(next)),
            (
                header::SET_COOKIE,
                crate::web::set_cookie(token, state.config.secure_cookies),
            ),
        ],
    )
        .into_response())
}

/// The sign-in page again, with why (the name typed kept, never the password).
fn refused_sign_in(state: &State, f: SignIn, e: domain::Error) -> Page {
    let (status, wait, why) = match e {
        domain::Error::Unauthenticated(m) => (axum::http::StatusCode::UNAUTHORIZED, None, m),
        domain::Error::TooMany {
            message,
            retry_after,
        } => (
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            Some(retry_after),
            message,
        ),
        e => return Err(e.into()),
    };
    let page = SignIn {
        w: crate::i18n::current(),
        center: state.center.info().name.clone(),
        error: Some(why),
        ..f
    };
    let mut r = (status, axum::response::Html(page.render()?)).into_response();
    crate::error::retry_after(status, wait, r.headers_mut());
    Ok(r)
}

pub(super) async fn sign_in(St(state): St<State>, req: axum::extract::Request) -> Page {
    let (parts, body) = req.into_parts();
    crate::web::check_origin(&parts.headers)?;
    let f: SignInForm = crate::web::small_form(body).await?;
    let client = crate::auth::client(&parts);
    let next = local_path(f.next.as_deref());
    let again = |code_step| SignIn {
        w: crate::i18n::current(),
        center: String::new(),
        next: next.clone(),
        username: f.username.clone(),
        code_step,
        error: None,
        notice: None,
    };
    match state
        .center
        .sign_in(&f.username, &f.password, &client)
        .await
    {
        Ok(SignedIn::Session { token, .. }) => signed_in(&state, &token, Some(&next)),
        Ok(SignedIn::SecondFactor { pending }) => {
            let page = SignIn {
                w: crate::i18n::current(),
                center: state.center.info().name.clone(),
                ..again(true)
            };
            Ok((
                [(
                    header::SET_COOKIE,
                    pending_cookie(&pending, state.config.secure_cookies),
                )],
                axum::response::Html(page.render()?),
            )
                .into_response())
        }
        Err(e) => refused_sign_in(&state, again(false), e),
    }
}

#[derive(Deserialize)]
pub(super) struct CodeForm {
    code: String,
    next: Option<String>,
}

pub(super) async fn sign_in_code(St(state): St<State>, req: axum::extract::Request) -> Page {
    let (parts, body) = req.into_parts();
    crate::web::check_origin(&parts.headers)?;
    let f: CodeForm = crate::web::small_form(body).await?;
    let client = crate::auth::client(&parts);
    let next = local_path(f.next.as_deref());
    let Some(pending) = crate::web::cookie(&parts.headers, PENDING_COOKIE) else {
        return refused_sign_in(
            &state,
            SignIn {
                w: crate::i18n::current(),
                center: String::new(),
                next,
                username: String::new(),
                code_step: false,
                error: None,
                notice: None,
            },
            domain::Error::Unauthenticated("the sign-in took too long; sign in again".into()),
        );
    };
    match state.center.sign_in_code(&pending, &f.code, &client).await {
        Ok((_, token)) => {
            let mut r = signed_in(&state, &token, Some(&next))?;
            if let Ok(v) = axum::http::HeaderValue::from_str(&format!(
                "{PENDING_COOKIE}=; Path=/sign-in; HttpOnly; SameSite=Strict; Max-Age=0"
            )) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            Ok(r)
        }
        // A wrong code asks again; a sign-in that expired starts over.
        Err(domain::Error::Unauthenticated(m)) if m.contains("took too long") => refused_sign_in(
            &state,
            SignIn {
                w: crate::i18n::current(),
                center: String::new(),
                next,
                username: String::new(),
                code_step: false,
                error: None,
                notice: None,
            },
            domain::Error::Unauthenticated(m),
        ),
        Err(e) => refused_sign_in(
            &state,
            SignIn {
                w: crate::i18n::current(),
                center: String::new(),
                next,
                username: String::new(),
                code_step: true,
                error: None,
                notice: None,
            },
            e,
        ),
    }
}

#[derive(Deserialize)]
pub(super) struct Empty {}

/// Taken as an account form: whoever may open their account page may sign out from it.
pub(super) async fn sign_out(
    St(state): St<State>,
    crate::web::AccountPosted(p): crate::web::AccountPosted<Empty>,
) -> Page {
    state.center.sign_out(&p.session.token).await?;
    Ok((
        axum::http::StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/sign-in".to_string()),
            (header::SET_COOKIE, crate::web::clear_cookie()),
        ],
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "web/set_password.html")]
pub(super) struct SetPassword {
    w: crate::i18n::Words,
    center: String,
    token: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct LinkParam {
    #[serde(default)]
    token: String,
}

/// The page an invitation or reset link opens: choose a password.
pub(super) async fn set_password_page(St(state): St<State>, Query(p): Query<LinkParam>) -> Page {
    let mut r = render(SetPassword {
        w: crate::i18n::current(),
        center: state.center.info().name.clone(),
        token: p.token,
        error: None,
    })?;
    // The link's secret is in the address: it goes to no other site. (Not `no-referrer`:
    // browsers then send `Origin: null` with the form, which the origin check refuses.)
    r.headers_mut().insert(
        header::REFERRER_POLICY,
        axum::http::HeaderValue::from_static("same-origin"),
    );
    Ok(r)
}

#[derive(Deserialize)]
pub(super) struct SetPasswordForm {
    token: String,
    password: String,
    confirm: String,
}

pub(super) async fn set_password(St(state): St<State>, req: axum::extract::Request) -> Page {
    let (parts, body) = req.into_parts();
    crate::web::check_origin(&parts.headers)?;
    let f: SetPasswordForm = crate::web::small_form(body).await?;
    let again = |why: String| -> Page {
        let page = SetPassword {
            w: crate::i18n::current(),
            center: state.center.info().name.clone(),
            token: f.token.clone(),
            error: Some(why),
        };
        Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            axum::response::Html(page.render()?),
        )
            .into_response())
    };
    if f.password != f.confirm {
        return again(crate::i18n::current().t("passwords-differ"));
    }
    match state.center.redeem_invitation(&f.token, &f.password).await {
        Ok(_) => see_other("/sign-in?done=1"),
        Err(domain::Error::Invalid(i)) => again(i.message),
        Err(domain::Error::Unauthenticated(m)) => again(m),
        Err(e) => Err(e.into()),
    }
}
