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
    /// Input that cannot be taken as it is.
    #[error("{0}")]
    Invalid(Invalid),
    /// Several fields of one input refused at once, so that a form shows every one together.
    #[error("{}", .0.iter().map(|i| i.message.as_str()).collect::<Vec<_>>().join("; "))]
    Fields(Vec<Invalid>),
    #[error("{0}")]
    Conflict(String),
    /// A limit on how often something may be done was reached; it may be tried again after
    /// `retry_after` seconds.
    #[error("{message}")]
    TooMany { message: String, retry_after: u64 },
    /// The caller must do something else first (choose a password, enrol a second factor).
    #[error("{}", .0.message())]
    Required(Required),
    /// The center is at capacity: the request was not started, and can be sent again.
    #[error("{0}")]
    Busy(String),
    /// Something inside failed (the database, an encoding, the system): the caller is told
    /// only that, and the operator's log gets the whole chain of causes ([`chain`]).
    #[error("storage failure: {what}")]
    Store {
        what: String,
        #[source]
        cause: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
}

/// Something a user must do before anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// The password was chosen by an administrator or the first start.
    PasswordChange,
    /// The center requires a second factor and the user has none yet.
    SecondFactor,
}

impl Required {
    /// A stable code for scripts.
    pub fn code(self) -> &'static str {
        match self {
            Required::PasswordChange => "password-change-required",
            Required::SecondFactor => "second-factor-required",
        }
    }
    pub fn message(self) -> &'static str {
        match self {
            Required::PasswordChange => {
                "your password was chosen for you: choose your own first (on your account page, or POST /api/v1/me/password)"
            }
            Required::SecondFactor => {
                "this center requires a second factor: set up an authenticator app on your account page first"
            }
        }
    }
}

/// What was wrong with the input: which field, a stable code, and what to do, so that a page
/// puts the message beside the field and a script matches on the code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Invalid {
    /// The input at fault, named as the API body and the form name it; none when the input
    /// as a whole is refused.
    pub field: Option<&'static str>,
    /// Stable, kebab-case: `invalid` when nothing more precise applies.
    pub code: &'static str,
    pub message: String,
}

/// Refusals gathered over the fields of one input, so that all are said at once.
#[derive(Debug, Default)]
pub struct Refusals(Vec<Invalid>);

impl Refusals {
    pub fn new() -> Self {
        Self::default()
    }

    /// Refuses `field` unless `ok`.
    pub fn check(&mut self, ok: bool, field: &'static str, code: &'static str, message: &str) {
        if !ok {
            self.0.push(Invalid {
                field: Some(field),
                code,
                message: message.to_string(),
            });
        }
    }

    /// The value, or nothing with its refusals kept; any other error (the store failing, say)
    /// is no refusal of the input and is returned.
    pub fn take<T>(&mut self, r: Result<T>) -> Result<Option<T>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(Error::Invalid(i)) => {
                self.0.push(i);
                Ok(None)
            }
            Err(Error::Fields(all)) => {
                self.0.extend(all);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Nothing refused, one refusal, or all of them.
    pub fn done(mut self) -> Result<()> {
        match self.0.len() {
            0 => Ok(()),
            1 => Err(Error::Invalid(self.0.remove(0))),
            _ => Err(Error::Fields(self.0)),
        }
    }
}

impl Error {
    /// Input refused as a whole.
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(Invalid {
            field: None,
            code: "invalid",
            message: message.into(),
        })
    }

    /// One field refused, with a code of its own.
    pub fn field(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid(Invalid {
            field: Some(field),
            code,
            message: message.into(),
        })
    }

    /// A failure with nothing underneath (a worker that stopped, a row that is not there).
    pub fn store(what: impl Into<String>) -> Self {
        Error::Store {
            what: what.into(),
            cause: None,
        }
    }

    /// A failure and the error that caused it, kept as the source.
    pub fn store_cause(
        what: impl Into<String>,
        cause: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Store {
            what: what.into(),
            cause: Some(Box::new(cause)),
        }
    }
}

/// An error and every cause under it, `: `-separated, for the operator's log.
pub fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(c) = next {
        out.push_str(": ");
        out.push_str(&c.to_string());
        next = c.source();
    }
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
