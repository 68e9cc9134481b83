//! The conformance suite on the embedded SQLite backend.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes
)]

mod conformance;

use std::sync::Arc;

use domain::{Store, SystemClock};
use store::SqliteStore;

fn open(dir: &tempfile::TempDir) -> Arc<dyn Store> {
    Arc::new(SqliteStore::open(&dir.path().join("liaison.db"), Arc::new(SystemClock)).unwrap())
}

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let dir = tempfile::tempdir().unwrap();
            conformance::$name(open(&dir)).await;
        }
    )*};
}

conformance!(
    accounts,
    versions_and_duplicates,
    observables_and_spec_versions,
    pagination_never_skips_or_repeats,
    deletes_and_statuses,
    audit_chain,
    governance_records,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visibility_matches_the_rule() {
    let mut checks = 0;
    for seed in 1..=12 {
        let dir = tempfile::tempdir().unwrap();
        checks += conformance::visibility_matches_the_rule(open(&dir), seed).await;
    }
    println!("{checks} reads checked against the rule");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let status = {
        let f = conformance::fixture(open(&dir)).await;
        let objs = (0..50)
            .map(|n| {
                conformance::new_object(
                    &conformance::indicator(n, "2020-01-01T00:00:00.000Z"),
                    f.a.id,
                    domain::Release::Green,
                )
            })
            .collect();
        conformance::write(&f, f.a.id, objs).await
    };
    assert_eq!(status.success_count, 50);
    let store = open(&dir);
    assert_eq!(store.count_objects().await.unwrap(), 50);
    // date_added keeps increasing after a restart even if the clock went backwards.
    let before = store
        .query_objects(
            domain::ObjectQuery {
                versions: domain::VersionFilter::all(),
                spec_versions: vec![stix::SpecVersion::V21],
                limit: 100,
                ..Default::default()
            },
            domain::visibility(&domain::Reader {
                member: status.member,
                user: None,
                groups: vec![],
                active: true,
            }),
        )
        .await
        .unwrap();
    assert_eq!(before.objects.len(), 50);
}
