//! Signing in and out.

use super::*;

#[derive(Template)]
#[template(path = "web/sign_in.html")]
pub(super) struct SignIn {
    center: String,
    next: String,
    username: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct NextParam {
    next: Option<String>,
}

/// Only paths on this site: never an open redirect.
pub(super) fn local_path(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") => n.to_string(),
        _ => "/".into(),
    }
}

pub(super) async fn sign_in_page(St(state): St<State>, Query(p): Query<NextParam>) -> Page {
    render(SignIn {
        center: state.center.info().name.clone(),
        next: local_path(p.next.as_deref()),
        username: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub(super) struct SignInForm {
    username: String,
    password: String,
    next: Option<String>,
}

pub(super) async fn sign_in(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    axum::Form(f): axum::Form<SignInForm>,
) -> Page {
    crate::web::check_origin(&headers)?;
    match state.center.sign_in(&f.username, &f.password).await {
        Ok((_, token)) => Ok((
            axum::http::StatusCode::SEE_OTHER,
            [
                (header::LOCATION, local_path(f.next.as_deref())),
                (
                    header::SET_COOKIE,
                    crate::web::set_cookie(&token, state.config.secure_cookies),
                ),
            ],
        )
            .into_response()),
        Err(domain::Error::Unauthenticated(_)) => {
            let page = SignIn {
                center: state.center.info().name.clone(),
                next: local_path(f.next.as_deref()),
                username: f.username,
                error: Some("The user name or the password is wrong.".into()),
            };
            Ok((
                axum::http::StatusCode::UNAUTHORIZED,
                axum::response::Html(page.render()?),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub(super) struct Empty {}

pub(super) async fn sign_out(St(state): St<State>, p: Posted<Empty>) -> Page {
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
