//! A PostgreSQL database that exists for one test: created with a unique name, dropped when the
//! guard goes. Used by the conformance suite and the multi-node tests.

use sqlx::Connection;

/// The server tests use: `LIAISON_TEST_POSTGRES`, or the local one.
pub fn server_url() -> String {
    std::env::var("LIAISON_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// Why no test database could be had.
#[derive(Debug, thiserror::Error)]
pub enum Unavailable {
    /// Outside CI the tests skip; under `CI=true` they fail, so green means both backends ran.
    #[error("PostgreSQL unreachable at {0}: {1}")]
    Unreachable(String, String),
    #[error("could not create a test database: {0}")]
    Create(String),
}

impl Unavailable {
    /// Whether the caller must fail rather than skip.
    pub fn must_fail(&self) -> bool {
        matches!(self, Unavailable::Create(_)) || std::env::var("CI").as_deref() == Ok("true")
    }
}

pub struct TestDatabase {
    name: String,
    pub url: String,
}

impl TestDatabase {
    pub async fn create() -> Result<Self, Unavailable> {
        let admin = format!("{}/postgres", server_url());
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .map_err(|e| Unavailable::Unreachable(admin.clone(), e.to_string()))?;
        let name = format!("liaison_test_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .map_err(|e| Unavailable::Create(e.to_string()))?;
        let url = format!("{}/{name}", server_url());
        Ok(Self { name, url })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop may run inside or outside a runtime; a thread with its own runtime works in both.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                if let Ok(mut c) =
                    sqlx::PgConnection::connect(&format!("{}/postgres", server_url())).await
                {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut c)
                    .await;
                }
            });
        })
        .join();
    }
}
