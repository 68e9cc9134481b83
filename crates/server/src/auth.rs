//! Who is calling: HTTP Basic (password or token) or Bearer token.

use axum::http::{HeaderMap, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use domain::{Actor, Center, Error, Result};

/// The caller of a REST handler, authenticated from the request's headers.
pub struct Authed(pub Actor);

impl axum::extract::FromRequestParts<crate::State> for Authed {
    type Rejection = crate::error::Problem;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::State,
    ) -> Result<Self, Self::Rejection> {
        Ok(Authed(authenticate(&state.center, &parts.headers).await?))
    }
}

/// A caller whose member is active (a member or an observer): governance, meetings and outcomes
/// are not intelligence, so every active member sees the same of them.
pub struct Member(pub Actor);

impl axum::extract::FromRequestParts<crate::State> for Member {
    type Rejection = crate::error::Problem;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::State,
    ) -> Result<Self, Self::Rejection> {
        let actor = authenticate(&state.center, &parts.headers).await?;
        if !actor.reader().active {
            return Err(Error::Forbidden("your member is not active in the center".into()).into());
        }
        Ok(Member(actor))
    }
}

/// Authenticates the request's `Authorization` header.
pub async fn authenticate(center: &Center, headers: &HeaderMap) -> Result<Actor> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(Error::Unauthenticated(
            "send HTTP Basic credentials or a Bearer token".into(),
        ));
    };
    let value = value
        .to_str()
        .map_err(|_| Error::Unauthenticated("the Authorization header is not text".into()))?;
    let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
    match scheme.to_ascii_lowercase().as_str() {
        "bearer" => center.authenticate_token(rest.trim()).await,
        "basic" => {
            let decoded = STANDARD
                .decode(rest.trim())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| {
                    Error::Unauthenticated("the Basic credentials are not valid base64".into())
                })?;
            let (user, password) = decoded.split_once(':').ok_or_else(|| {
                Error::Unauthenticated("Basic credentials must be user:password".into())
            })?;
            center.authenticate_basic(user, password).await
        }
        _ => Err(Error::Unauthenticated(
            "unsupported authorization scheme; use Basic or Bearer".into(),
        )),
    }
}
