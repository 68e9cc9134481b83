//! Storage backends for [`domain::Store`].
//!
//! Backends persist, index, and compile the visibility clauses the domain hands them into their
//! queries. They never decide who may see or do what.

mod areas;
pub mod backup;
mod exec;
pub mod migrate;
pub mod postgres;
pub mod rows;
pub mod schema;
pub mod sql;
pub mod sqlite;
pub mod testdb;
mod wiring;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;
