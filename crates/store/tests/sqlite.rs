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
    credentials,
    versions_and_duplicates,
    observables_and_spec_versions,
    pagination_never_skips_or_repeats,
    deletes_and_statuses,
    dossier_is_its_parts,
    search_across_scripts,
    search_text_indexed_again,
    audit_chain,
    governance_records,
    access_changes_are_announced,
    meeting_records,
    rfis_and_release_requests,
    fusion_and_reports,
    webhook_leases,
    feed_leases_and_progress,
    simultaneous_registrations_meet,
    joint_operation_records,
    joint_visibility_matches_the_model,
    intelligence_with_keys_as_seen,
    operation_records,
    registrations_are_counted_per_member,
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
async fn deconfliction_matches_the_model() {
    let mut checks = [0, 0];
    for seed in 1..=8 {
        let dir = tempfile::tempdir().unwrap();
        let [targets, events] =
            conformance::deconfliction_matches_the_model(open(&dir), seed).await;
        checks[0] += targets;
        checks[1] += events;
    }
    conformance::both_kinds_checked(checks);
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

/// The console (another process on the same file) changes who is who: the serving process's
/// caches hear of it within a second. Writing objects or using a token announces nothing, so
/// the caches are not emptied by ordinary traffic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_process_s_access_change_is_seen_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let f = conformance::fixture(open(&dir)).await;
    let mut access = f.store.access_changes();
    access.borrow_and_update();
    let objs = (0..5)
        .map(|n| {
            conformance::new_object(
                &conformance::indicator(n, "2020-01-01T00:00:00.000Z"),
                f.a.id,
                domain::Release::Green,
            )
        })
        .collect();
    conformance::write(&f, f.a.id, objs).await;
    f.store.touch_token(1, 9).await.unwrap();
    assert!(
        !access.has_changed().unwrap(),
        "object writes announce no access change"
    );
    let console = open(&dir);
    console
        .set_group_member(
            console
                .insert_sharing_group(domain::store::NewSharingGroup {
                    name: "nordic".into(),
                    description: None,
                    members_visible: true,
                    created_at: 1,
                })
                .await
                .unwrap()
                .id,
            f.a.id,
            true,
        )
        .await
        .unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(1), access.changed())
        .await
        .expect("the change made by the other process was not heard within a second")
        .unwrap();
}

/// A damaged row fails its read with a storage error naming what is wrong, instead of being
/// read as something it is not (a voting rule that does not decode is not unanimity, a member
/// status that does not decode is not "suspended").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn damaged_rows_fail_instead_of_being_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let f = conformance::fixture(open(&dir)).await;
    let b = f
        .store
        .insert_ballot(domain::governance::NewBallot {
            subject: "admission:9".into(),
            title: "Admission of X".into(),
            rule: domain::votes::VotingRule::default(),
            eligible: vec![f.a.id],
            opened_at: 1,
            deadline: 100,
        })
        .await
        .unwrap();
    assert_eq!(f.store.ballot(b.id).await.unwrap().unwrap().id, b.id);
    let raw = rusqlite::Connection::open(dir.path().join("liaison.db")).unwrap();
    raw.execute(
        "UPDATE ballots SET rule = '{\"unanimous\":' WHERE id = ?1",
        [b.id],
    )
    .unwrap();
    let e = f.store.ballot(b.id).await.unwrap_err();
    assert!(
        matches!(&e, domain::Error::Store { what, .. } if what.contains("damaged JSON")),
        "{e:?}"
    );
    raw.execute(
        "UPDATE members SET status = 'sleeping' WHERE id = ?1",
        [f.c.id.0],
    )
    .unwrap();
    let e = f.store.member(f.c.id).await.unwrap_err();
    assert!(
        matches!(&e, domain::Error::Store { what, .. } if what.contains("not a member status")),
        "{e:?}"
    );
}

/// Every method of the domain's store traits is called by the conformance suite, and every
/// suite function runs on both backends: a method that only one backend's tests reach, or none,
/// fails here by name.
#[test]
fn every_store_method_runs_on_both_backends() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap();
    let traits = read("../domain/src/store.rs");
    let traits = &traits[traits.find("pub trait ObjectStore").unwrap()..];
    let methods: Vec<&str> = traits
        .split("async fn ")
        .skip(1)
        .filter_map(|s| s.split('(').next())
        .collect();
    assert!(methods.len() > 100, "found {} store methods", methods.len());
    let suite: String = std::fs::read_dir(root.join("tests/conformance"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let unrun: Vec<&&str> = methods
        .iter()
        .filter(|m| !suite.contains(&format!(".{m}(")))
        .collect();
    assert!(
        unrun.is_empty(),
        "store methods no conformance test calls: {unrun:?}"
    );
    let functions: Vec<&str> = suite
        .split("pub async fn ")
        .skip(1)
        .filter(|s| s.contains("(store: Arc<dyn Store>"))
        .filter_map(|s| s.split('(').next())
        .collect();
    for backend in ["tests/sqlite.rs", "tests/postgres.rs"] {
        let text = read(backend);
        for f in &functions {
            assert!(
                text.contains(&format!("    {f},")) || text.contains(&format!("conformance::{f}(")),
                "{backend} does not run conformance::{f}"
            );
        }
    }
}
