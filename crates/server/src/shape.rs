//! One shape of refusal per interface, whoever refuses: TAXII error messages under `/taxii2/`,
//! RFC 9457 problem details under `/api/`, and a readable page elsewhere.
//!
//! The domain's refusals already come in these shapes (`error`). Refusals of the framework
//! itself do not: an unknown route (404 with no body), a method a route does not take (405), a
//! query string or path that does not parse (400 as plain text), a body over its limit (413),
//! a panic caught (500). [`conform`] puts those into the interface's shape, keeping what they
//! said and adding what to do.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::{Problem, TaxiiError};

/// Which interface a path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interface {
    Taxii,
    Api,
    Web,
}

impl Interface {
    pub fn of(path: &str) -> Self {
        if path.starts_with("/taxii2") {
            Interface::Taxii
        } else if path.starts_with("/api/") {
            Interface::Api
        } else {
            Interface::Web
        }
    }

    /// Whether a refusal already has this interface's shape.
    fn shaped(self, r: &Response) -> bool {
        match self {
            Interface::Taxii => has_type(r, "application/taxii+json"),
            Interface::Api => has_type(r, "application/problem+json"),
            Interface::Web => is_page(r),
        }
    }
}

/// Whether a response's content type is `media` (parameters aside).
fn has_type(r: &Response, media: &str) -> bool {
    r.headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(media.as_bytes()))
}

/// Whether a response is an HTML page.
pub fn is_page(r: &Response) -> bool {
    has_type(r, "text/html")
}

/// A domain refusal in the interface's shape.
pub fn refuse(interface: Interface, e: domain::Error) -> Response {
    match interface {
        Interface::Taxii => TaxiiError::from(e).into_response(),
        Interface::Api => Problem::from(e).into_response(),
        Interface::Web => crate::web::WebError(e).into_response(),
    }
}

/// A refusal of the framework's, by its status, in the interface's shape.
pub fn framework_refusal(
    interface: Interface,
    status: StatusCode,
    said: &str,
    request: &str,
) -> Response {
    let (code, title, detail) = match status {
        StatusCode::NOT_FOUND => (
            "not-found",
            "Not found",
            match interface {
                Interface::Api => {
                    format!("there is no endpoint {request}; /api/v1/openapi.json lists every one")
                }
                Interface::Taxii => {
                    "nothing here that you may see; TAXII starts at /taxii2/".to_string()
                }
                Interface::Web => "there is no such page; start again from the home page".into(),
            },
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "Method not allowed",
            format!("{request} is not taken here; the Allow header lists the methods that are"),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "too-large",
            "Request too large",
            format!("{said}; send less at a time"),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported-media-type",
            "Unsupported media type",
            format!("{said}; send application/json"),
        ),
        s if s.is_server_error() => (
            "internal",
            "Internal error",
            "the server could not complete the request; nothing was half-written, try again".into(),
        ),
        _ => (
            "bad-request",
            "Bad request",
            match interface {
                Interface::Api => {
                    format!("{said}; /api/v1/openapi.json gives what this endpoint takes")
                }
                _ => format!("{said}; check the address and the form"),
            },
        ),
    };
    match interface {
        Interface::Taxii => TaxiiError::new(status, title, detail).into_response(),
        Interface::Api => Problem::new(status, code, title, detail).into_response(),
        Interface::Web => crate::web::error_page(status, &detail),
    }
}

/// The most of a framework refusal's own words kept.
const SAID_MAX: usize = 4 * 1024;

/// Puts refusals the framework made into the interface's shape.
pub async fn conform(req: Request, next: Next) -> Response {
    let interface = Interface::of(req.uri().path());
    if interface == Interface::Web {
        // A page, and a refusal written as a page, speak the browser's language.
        let words = crate::i18n::Words::for_browser(req.headers());
        let mut r = crate::i18n::within(words, shape(interface, req, next)).await;
        // A page's words depend on the browser's languages: a shared cache must not give one
        // reader's page to another.
        if is_page(&r) {
            r.headers_mut()
                .append(header::VARY, HeaderValue::from_static("accept-language"));
        }
        r
    } else {
        shape(interface, req, next).await
    }
}

async fn shape(interface: Interface, req: Request, next: Next) -> Response {
    let (method, uri) = (req.method().clone(), req.uri().clone());
    let r = next.run(req).await;
    let status = r.status();
    if !(status.is_client_error() || status.is_server_error()) || interface.shaped(&r) {
        return r;
    }
    let allow = r.headers().get(header::ALLOW).cloned();
    let retry = r.headers().get(header::RETRY_AFTER).cloned();
    let said = axum::body::to_bytes(r.into_body(), SAID_MAX)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let said = if said.is_empty() {
        status.canonical_reason().unwrap_or("refused").to_string()
    } else {
        said
    };
    let request = format!("{method} {}", uri.path());
    let mut shaped = framework_refusal(interface, status, &said, &request);
    for (name, value) in [(header::ALLOW, allow), (header::RETRY_AFTER, retry)] {
        if let Some(v) = value {
            shaped.headers_mut().insert(name, v);
        }
    }
    shaped
}

/// Whether reading a body failed because it went over its limit.
pub fn too_large(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if c.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        cause = c.source();
    }
    false
}

/// Per-route body limits, enforced before any work: a `Content-Length` over the limit is
/// refused at once, and a body sent without one is cut off when it passes the limit, before
/// it is parsed or any password is hashed.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// TAXII envelopes (`max_content_length`).
    pub envelope: usize,
    /// A bundle imported in the browser.
    pub import: usize,
}

/// Forms and requests anyone may send before signing in: a name, a password, a code.
pub const ANONYMOUS: usize = 16 * 1024;
/// JSON bodies of the REST API and the web app's forms.
pub const ORDINARY: usize = 1024 * 1024;

impl Limits {
    pub fn of(&self, method: &axum::http::Method, path: &str) -> usize {
        match path {
            "/sign-in" | "/sign-in/code" | "/set-password" | "/api/v1/invitations" => ANONYMOUS,
            "/import" => self.import,
            _ if path.starts_with("/taxii2/") && method == axum::http::Method::POST => {
                self.envelope
            }
            _ => ORDINARY,
        }
    }
}

/// The request with its body bounded by its route's limit, or the refusal of a body declared
/// larger (`admission::admit` asks, before the request takes a place).
pub fn bounded(limits: Limits, req: Request) -> Result<Request, Box<Response>> {
    let max = limits.of(req.method(), req.uri().path());
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        let interface = Interface::of(req.uri().path());
        let said = if interface == Interface::Taxii {
            format!("the body exceeds max_content_length ({max} bytes)")
        } else {
            format!("the request body is larger than the {max} bytes this endpoint takes")
        };
        let mut r = framework_refusal(
            interface,
            StatusCode::PAYLOAD_TOO_LARGE,
            &said,
            &format!("{} {}", req.method(), req.uri().path()),
        );
        // The body is not read: the connection cannot be used again.
        r.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return Err(Box::new(r));
    }
    Ok(req.map(|b| Body::new(http_body_util::Limited::new(b, max))))
}
