//! Domain errors become HTTP responses here, and only here.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Error;

use crate::taxii::TAXII_MEDIA_TYPE;

/// Seconds a refused caller is asked to wait (`Retry-After`) when the center is at capacity.
pub const RETRY_AFTER_SECONDS: &str = "1";

/// The headers every refusal carries by its status: how to authenticate, when to come back.
pub(crate) fn refusal_headers(
    status: StatusCode,
    wait: Option<u64>,
    headers: &mut axum::http::HeaderMap,
) {
    if status == StatusCode::UNAUTHORIZED {
        headers.insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"liaison\", Bearer"),
        );
    }
    retry_after(status, wait, headers);
}

/// A caller refused for capacity, or for trying too often, is told when to come back.
pub(crate) fn retry_after(
    status: StatusCode,
    wait: Option<u64>,
    headers: &mut axum::http::HeaderMap,
) {
    match wait {
        Some(secs) => {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        None if status == StatusCode::SERVICE_UNAVAILABLE => {
            headers.insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        None => {}
    }
}

/// A TAXII error message (TAXII 2.1 section 3.6) with its HTTP status.
#[derive(Debug)]
pub struct TaxiiError {
    pub status: StatusCode,
    pub title: &'static str,
    pub description: String,
    /// Seconds to wait before trying again (`Retry-After`), when the refusal says.
    pub retry_after: Option<u64>,
}

impl TaxiiError {
    pub fn new(status: StatusCode, title: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            title,
            description: description.into(),
            retry_after: None,
        }
    }
    pub fn bad_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "Bad request", description)
    }
    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "Not found",
            "nothing here that you may see; check the address and your access",
        )
    }
}

impl From<Error> for TaxiiError {
    fn from(e: Error) -> Self {
        match e {
            Error::NotFound(what) => Self::new(
                StatusCode::NOT_FOUND,
                "Not found",
                format!("{what} not found, or not visible to you"),
            ),
            Error::Unauthenticated(m) => Self::new(StatusCode::UNAUTHORIZED, "Unauthorized", m),
            Error::Forbidden(m) => Self::new(StatusCode::FORBIDDEN, "Forbidden", m),
            Error::Invalid(m) => Self::new(StatusCode::BAD_REQUEST, "Bad request", m.message),
            e @ Error::Fields(_) => {
                Self::new(StatusCode::BAD_REQUEST, "Bad request", e.to_string())
            }
            Error::Conflict(m) => Self::new(StatusCode::CONFLICT, "Conflict", m),
            Error::TooMany {
                message,
                retry_after,
            } => Self {
                retry_after: Some(retry_after),
                ..Self::new(StatusCode::TOO_MANY_REQUESTS, "Too many requests", message)
            },
            Error::Required(r) => Self::new(StatusCode::FORBIDDEN, "Forbidden", r.message()),
            Error::Busy(m) => Self::new(StatusCode::SERVICE_UNAVAILABLE, "Busy", m),
            e @ Error::Store { .. } => {
                tracing::error!(error = %domain::error::chain(&e), "storage failure");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Internal error",
                    "the server could not complete the request; nothing was half-written, try again",
                )
            }
        }
    }
}

/// The body of a TAXII error message.
#[derive(serde::Serialize)]
struct TaxiiErrorBody<'a> {
    title: &'a str,
    description: &'a str,
    http_status: String,
}

impl IntoResponse for TaxiiError {
    fn into_response(self) -> Response {
        let body = TaxiiErrorBody {
            title: self.title,
            description: &self.description,
            http_status: self.status.as_u16().to_string(),
        };
        let mut r = (
            self.status,
            serde_json::to_string(&body).unwrap_or_default(),
        )
            .into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(TAXII_MEDIA_TYPE),
        );
        refusal_headers(self.status, self.retry_after, r.headers_mut());
        r
    }
}

/// An RFC 9457 problem detail, with a stable `code` a script can match on.
#[derive(Debug)]
pub struct Problem {
    pub status: StatusCode,
    pub code: &'static str,
    pub title: &'static str,
    pub detail: String,
    /// The input at fault, for a refusal of one field.
    pub field: Option<&'static str>,
    /// Every field refused, when several were.
    pub errors: Vec<FieldProblem>,
    /// Seconds to wait before trying again (`Retry-After`).
    pub retry_after: Option<u64>,
}

/// One refused field of a request that had several.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: Option<&'static str>,
    pub code: &'static str,
    pub detail: String,
}

/// An RFC 9457 problem detail as the API sends it.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ProblemBody {
    /// Always `about:blank`: the `code` says which problem it is.
    #[serde(rename = "type")]
    pub problem_type: &'static str,
    pub title: &'static str,
    pub status: u16,
    /// What was wrong and what to do.
    pub detail: String,
    /// Stable, kebab-case, for scripts: `not-found`, `invalid`, `bad-body`, `busy`, …
    pub code: &'static str,
    /// The request field at fault, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// Every field refused, when several were (`field` and `code` are the first's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

impl Problem {
    pub fn new(
        status: StatusCode,
        code: &'static str,
        title: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            status,
            code,
            title,
            detail: detail.into(),
            field: None,
            errors: vec![],
            retry_after: None,
        }
    }

    pub fn bad_request(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, "Bad request", detail)
    }
}

impl From<Error> for Problem {
    fn from(e: Error) -> Self {
        let e = match e {
            Error::Invalid(i) => {
                return Self {
                    status: StatusCode::BAD_REQUEST,
                    code: i.code,
                    title: "Bad request",
                    detail: i.message,
                    field: i.field,
                    errors: vec![],
                    retry_after: None,
                };
            }
            Error::Fields(all) => {
                let detail = Error::Fields(all.clone()).to_string();
                let first = all.first();
                return Self {
                    status: StatusCode::BAD_REQUEST,
                    code: first.map_or("invalid", |i| i.code),
                    title: "Bad request",
                    detail,
                    field: first.and_then(|i| i.field),
                    errors: all
                        .into_iter()
                        .map(|i| FieldProblem {
                            field: i.field,
                            code: i.code,
                            detail: i.message,
                        })
                        .collect(),
                    retry_after: None,
                };
            }
            Error::Required(r) => {
                return Self::new(StatusCode::FORBIDDEN, r.code(), "Forbidden", r.message());
            }
            e => e,
        };
        let t = TaxiiError::from(e);
        let code = match t.status {
            StatusCode::NOT_FOUND => "not-found",
            StatusCode::UNAUTHORIZED => "unauthenticated",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::BAD_REQUEST => "invalid",
            StatusCode::CONFLICT => "conflict",
            StatusCode::TOO_MANY_REQUESTS => "rate-limited",
            StatusCode::SERVICE_UNAVAILABLE => "busy",
            _ => "internal",
        };
        Self {
            status: t.status,
            code,
            title: t.title,
            detail: t.description,
            field: None,
            errors: vec![],
            retry_after: t.retry_after,
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = ProblemBody {
            problem_type: "about:blank",
            title: self.title,
            status: self.status.as_u16(),
            detail: self.detail,
            code: self.code,
            field: self.field,
            errors: self.errors,
        };
        let mut r = (
            self.status,
            serde_json::to_string(&body).unwrap_or_default(),
        )
            .into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        refusal_headers(self.status, self.retry_after, r.headers_mut());
        r
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// A caller refused for capacity learns when to come back, on TAXII and on the API alike.
    #[test]
    fn busy_is_503_with_retry_after() {
        let busy = || Error::Busy("full".into());
        for r in [
            TaxiiError::from(busy()).into_response(),
            Problem::from(busy()).into_response(),
        ] {
            assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(
                r.headers().get(header::RETRY_AFTER).unwrap(),
                RETRY_AFTER_SECONDS
            );
        }
        assert_eq!(Problem::from(busy()).code, "busy");
    }
}
