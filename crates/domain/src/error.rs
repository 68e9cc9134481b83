//! The domain's one error type. `server` maps it to HTTP in one place.

/// Every refusal says what was wrong and what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Missing, or not visible to the caller: the two are never told apart.
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("authentication required: {0}")]
    Unauthenticated(String),
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(String),
    /// A limit on how often something may be done was reached.
    #[error("{0}")]
    TooMany(String),
    /// The center is at capacity: the request was not started, and can be sent again.
    #[error("{0}")]
    Busy(String),
    #[error("storage failure: {0}")]
    Store(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
