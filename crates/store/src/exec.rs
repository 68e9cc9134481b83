//! The small executor every statement runs through. Each area's statements and decoders are
//! written once (`crate::areas`), against [`Conn`]; each driver implements `Conn` once: SQLite
//! on its reader threads and group-commit writer (`crate::sqlite::Lite`), PostgreSQL on a pooled
//! connection or transaction (`crate::postgres::Pg`).
//!
//! Statements of fixed text number their parameters `$1`, `$2`, … as PostgreSQL does; SQLite
//! reads them as `?1`, `?2`, …, which bind the same way.

use std::borrow::Cow;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use domain::{Error, Result};

use crate::rows::Row;
pub use crate::sql::{Dialect, Param};

/// Decodes one row; written once per record in [`crate::rows`] or beside its statement.
pub type Decode<T> = fn(&dyn Row) -> Result<T>;

/// One connection's worth of statements: a read, or a write transaction.
#[allow(async_fn_in_trait)] // Only implemented in this crate, by concrete types whose futures are Send where they must be.
pub trait Conn {
    fn dialect(&self) -> Dialect;

    /// The rows of a statement of fixed text, which the driver prepares once and keeps.
    async fn rows<T>(&mut self, sql: &str, params: Vec<Param>, decode: Decode<T>)
    -> Result<Vec<T>>;

    /// The rows of a statement the builder assembled. PostgreSQL plans it for its values on
    /// every run: a generic plan cannot see that a type, a key or a word is rare.
    async fn built_rows<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Vec<T>>;

    /// Runs a statement; returns how many rows it changed.
    async fn execute(&mut self, sql: &str, params: Vec<Param>) -> Result<u64>;

    /// At most one row.
    async fn row<T>(
        &mut self,
        sql: &str,
        params: Vec<Param>,
        decode: Decode<T>,
    ) -> Result<Option<T>> {
        Ok(self.rows(sql, params, decode).await?.into_iter().next())
    }

    /// Exactly one row: a statement that must answer (a count, a `RETURNING`).
    async fn one<T>(&mut self, sql: &str, params: Vec<Param>, decode: Decode<T>) -> Result<T> {
        self.row(sql, params, decode)
            .await?
            .ok_or_else(|| Error::store(format!("no row came back from: {sql}")))
    }

    /// A single integer: a count, a new id.
    async fn int(&mut self, sql: &str, params: Vec<Param>) -> Result<i64> {
        self.one(sql, params, |r| r.int(0)).await
    }
}

/// Parameters for a statement, in order: `params![a, b]`.
macro_rules! params {
    ($($p:expr),* $(,)?) => {
        vec![$($crate::exec::Param::from($p)),*]
    };
}
pub(crate) use params;

/// SQLite's reading of a statement written with `$n`: `?n`. Only a `$` before a digit is a
/// parameter; the statements here have no `$` inside quotes.
pub fn sqlite_text(sql: &str) -> Cow<'_, str> {
    if !sql.contains('$') {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(ch);
        }
    }
    Cow::Owned(out)
}

/// Runs to its end a future that never waits: the area code run on a SQLite thread, whose every
/// statement completes in the call. One that did wait would be a bug here; it is refused, not
/// blocked on.
pub fn at_once<T>(f: impl Future<Output = Result<T>>) -> Result<T> {
    let f = pin!(f);
    match f.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(r) => r,
        Poll::Pending => Err(Error::store(
            "a statement on a SQLite thread waited; nothing was run past it",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_become_sqlite_s() {
        assert_eq!(
            sqlite_text("SELECT a FROM t WHERE b = $1 AND c = $12 OR d = $1"),
            "SELECT a FROM t WHERE b = ?1 AND c = ?12 OR d = ?1"
        );
        assert!(matches!(
            sqlite_text("SELECT 1 WHERE x = ?"),
            Cow::Borrowed(_)
        ));
    }
}
