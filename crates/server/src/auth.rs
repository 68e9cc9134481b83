//! Reading a request's credential: HTTP Basic (password or token), Bearer token, a client
//! certificate from the TLS handshake, or (for the API's safe methods, so that a signed-in
//! browser can follow a link to an export) the web session's cookie. What the credential may do
//! is the domain's to decide (`Center::authenticate`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum_server::tls::TlsInfo;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use domain::credentials::{Attempt, Client, Credential, Purpose};
use domain::{Actor, Center, Error, Result};

/// The caller of a REST handler, authenticated from the request's headers (or, for a safe
/// method, the web session's cookie).
pub struct Authed(pub Actor);

impl axum::extract::FromRequestParts<crate::State> for Authed {
    type Rejection = crate::error::Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &crate::State,
    ) -> Result<Self, Self::Rejection> {
        let purpose = purpose_of(&parts.method);
        Ok(Authed(
            authenticate(&state.center, parts, purpose, Cookies::OnSafeMethods).await?,
        ))
    }
}

/// A caller whose member is active (a member or an observer): governance, meetings and outcomes
/// are not intelligence, so every active member sees the same of them.
pub struct Member(pub Actor);

impl axum::extract::FromRequestParts<crate::State> for Member {
    type Rejection = crate::error::Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &crate::State,
    ) -> Result<Self, Self::Rejection> {
        let Authed(actor) = Authed::from_request_parts(parts, state).await?;
        if !actor.reader().active {
            return Err(Error::Forbidden("your member is not active in the center".into()).into());
        }
        Ok(Member(actor))
    }
}

/// The caller of `/api/v1/me/…`: its own account, which a user who must first choose a
/// password or enrol a second factor may still look after.
pub struct Account(pub Actor);

impl axum::extract::FromRequestParts<crate::State> for Account {
    type Rejection = crate::error::Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &crate::State,
    ) -> Result<Self, Self::Rejection> {
        // Changes to an account need a credential a browser does not send by itself, and a
        // person's (the domain refuses tokens and certificates for them).
        let (purpose, cookies) = if parts.method.is_safe() {
            (Purpose::Account, Cookies::OnSafeMethods)
        } else {
            (Purpose::AccountChange, Cookies::Never)
        };
        Ok(Account(
            authenticate(&state.center, parts, purpose, cookies).await?,
        ))
    }
}

/// Whether a web session's cookie may stand for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cookies {
    /// On `GET` and `HEAD` only: a link from a page works, a forged form does not.
    OnSafeMethods,
    Never,
}

/// What a request does, by its method.
pub fn purpose_of(method: &Method) -> Purpose {
    if method.is_safe() {
        Purpose::Read
    } else {
        Purpose::Write
    }
}

/// The address the request came from (the peer of the connection).
pub fn client_address(parts: &Parts) -> Option<IpAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// Where a person signs in from: the peer's address and the browser's name.
pub fn client(parts: &Parts) -> Client {
    Client {
        address: client_address(parts),
        agent: parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
    }
}

/// Authenticates a request: its `Authorization` header, else its client certificate, else
/// (where `cookies` allows) its web session.
pub async fn authenticate(
    center: &Center,
    parts: &Parts,
    purpose: Purpose,
    cookies: Cookies,
) -> Result<Actor> {
    let address = client_address(parts);
    let attempt = |credential| Attempt {
        credential,
        purpose,
        address,
    };
    if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
        let value = value
            .to_str()
            .map_err(|_| Error::Unauthenticated("the Authorization header is not text".into()))?;
        let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
        return match scheme.to_ascii_lowercase().as_str() {
            "bearer" => {
                center
                    .authenticate(attempt(Credential::Bearer(rest.trim())))
                    .await
            }
            "basic" => {
                let decoded = STANDARD
                    .decode(rest.trim())
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .ok_or_else(|| {
                        Error::Unauthenticated("the Basic credentials are not valid base64".into())
                    })?;
                let (username, password) = decoded.split_once(':').ok_or_else(|| {
                    Error::Unauthenticated("Basic credentials must be user:password".into())
                })?;
                center
                    .authenticate(attempt(Credential::Basic { username, password }))
                    .await
            }
            _ => Err(Error::Unauthenticated(
                "unsupported authorization scheme; use Basic or Bearer".into(),
            )),
        };
    }
    if let Some(tls) = parts.extensions.get::<Arc<TlsInfo>>()
        && !tls.peer_certificates.is_empty()
    {
        return center
            .authenticate(attempt(Credential::Certificate(&tls.peer_certificates)))
            .await;
    }
    if cookies == Cookies::OnSafeMethods
        && parts.method.is_safe()
        && let Some(token) = crate::web::session_cookie(&parts.headers)
    {
        return center
            .authenticate(attempt(Credential::Session(&token)))
            .await;
    }
    Err(Error::Unauthenticated(
        "send HTTP Basic credentials, a Bearer token or a registered client certificate".into(),
    ))
}
