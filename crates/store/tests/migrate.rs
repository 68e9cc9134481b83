//! `sqlite_to_postgres` moves a generated center with nothing lost.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Arc;

use ::store::migrate::{MigrateError, sqlite_to_postgres};
use ::store::testdb::TestDatabase;
use ::store::{PgStore, SqliteStore};
use domain::service::{Authority, CollectionSpec};
use domain::store::{Submitted, WriteRequest};
use domain::*;

fn indicator(n: u32) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{n:08x}-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '10.0.0.{}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}}"#,
        n % 250
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_center_of_100000_objects_moves_to_postgres() {
    let db = match TestDatabase::create().await {
        Ok(db) => db,
        Err(e) if e.must_fail() => panic!("{e}"),
        Err(e) => return eprintln!("skipping: {e}"),
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir.path().join("liaison.db"), Arc::new(SystemClock)).unwrap());
    Center::initialize(
        sqlite.clone(),
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
        "Generated",
    )
    .await
    .unwrap();
    let center = Center::open(
        sqlite.clone(),
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
    )
    .await
    .unwrap();
    // The center's people and places.
    let mut members = Vec::new();
    for m in ["alpha", "bravo", "charlie", "delta"] {
        members.push(
            center
                .add_member(Authority::Console, m, m, false)
                .await
                .unwrap(),
        );
        center
            .add_user(
                Authority::Console,
                m,
                &format!("{m}-analyst"),
                vec![Role::Analyst],
                None,
            )
            .await
            .unwrap();
        center
            .create_token(
                Authority::Console,
                &format!("{m}-analyst"),
                domain::users::TokenDraft {
                    name: "feed".into(),
                    scope: domain::Scope::Read,
                    expires_at: Some(4_000_000_000_000_000),
                },
            )
            .await
            .unwrap();
    }
    // Accounts' own records travel too: a second factor with its recovery codes, and a
    // client certificate.
    let analyst = sqlite.user_by_name("alpha-analyst").await.unwrap().unwrap();
    sqlite
        .set_second_factor_pending(analyst.id, vec![7; 40])
        .await
        .unwrap();
    assert!(
        sqlite
            .enable_second_factor(analyst.id, 5, vec![[1; 32], [2; 32]], 9)
            .await
            .unwrap()
    );
    sqlite
        .insert_certificate(domain::store::NewCertificate {
            kind: domain::CertificateKind::Authority,
            fingerprint: [3; 32],
            der: vec![0x30, 0x03, 0x02, 0x01, 0x01],
            name: "alpha gateway".into(),
            user_id: analyst.id,
            created_at: 10,
        })
        .await
        .unwrap()
        .unwrap();
    center
        .set_member_status(Authority::Console, "delta", MemberStatus::Suspended)
        .await
        .unwrap();
    center
        .add_collection(
            Authority::Console,
            CollectionSpec {
                title: "Desk".into(),
                alias: Some("desk".into()),
                description: None,
                default_tlp: stix::markings::Tlp::Amber,
                everyone_reads: false,
                everyone_writes: false,
            },
        )
        .await
        .unwrap();
    center
        .grant(Authority::Console, "desk", "alpha", true, true)
        .await
        .unwrap();
    let group = center
        .add_sharing_group(Authority::Console, "benelux", None, false)
        .await
        .unwrap();
    center
        .set_group_member(Authority::Console, "benelux", &members[2].name, true)
        .await
        .unwrap();
    // Governance and exchange records, so that every table holds rows to move.
    for m in ["alpha", "bravo", "charlie"] {
        center.make_founding(Authority::Console, m).await.unwrap();
        center
            .add_user(
                Authority::Console,
                m,
                &format!("{m}-delegate"),
                vec![Role::Delegate, Role::LiaisonOfficer],
                None,
            )
            .await
            .unwrap();
    }
    let actor = |name: &str| {
        let center = &center;
        let name = name.to_string();
        async move { center.console_actor(&name).await.unwrap() }
    };
    center
        .set_presidency_policy(
            Authority::Console,
            domain::governance::PresidencyPolicy::Rotation {
                order: members.iter().take(3).map(|m| m.id).collect(),
                term_months: 6,
            },
        )
        .await
        .unwrap();
    center
        .appoint_president(Authority::Console, "alpha", "founding", "founding meeting")
        .await
        .unwrap();
    let (_, _, refused) = center
        .apply(
            Authority::Console,
            "echo",
            "Echo",
            "a service",
            "echo@example",
            Some("alpha"),
            None,
        )
        .await
        .unwrap();
    let (_, _, open) = center
        .apply(
            Authority::Console,
            "foxtrot",
            "Foxtrot",
            "a service",
            "fox@example",
            None,
            None,
        )
        .await
        .unwrap();
    center
        .vote(
            &actor("alpha-delegate").await,
            refused.id,
            domain::votes::Choice::Yes,
        )
        .await
        .unwrap();
    center
        .vote(
            &actor("bravo-delegate").await,
            refused.id,
            domain::votes::Choice::No,
        )
        .await
        .unwrap();
    center
        .vote(
            &actor("alpha-delegate").await,
            open.id,
            domain::votes::Choice::Abstain,
        )
        .await
        .unwrap();
    let meeting = center
        .convene(
            Authority::Console,
            "Regular meeting",
            domain::meetings::MeetingKind::Regular,
            1_800_000_000_000_000,
            1_800_000_003_600_000_000,
            "Europe/Brussels",
            "The Hague",
        )
        .await
        .unwrap();
    center
        .add_agenda_item(
            Authority::Console,
            meeting.id,
            "Statistics",
            "",
            Some(domain::meetings::AgendaLink::Statistics),
        )
        .await
        .unwrap();
    center
        .record_attendance(
            Authority::Console,
            meeting.id,
            "alpha",
            true,
            "head of delegation",
        )
        .await
        .unwrap();
    center
        .set_minutes(Authority::Console, meeting.id, "# Minutes")
        .await
        .unwrap();
    let decided = center
        .decide(
            Authority::Console,
            meeting.id,
            None,
            "Adopt the plan",
            None,
            7,
        )
        .await
        .unwrap();
    center
        .decide(
            Authority::Console,
            meeting.id,
            None,
            "Open a desk",
            Some(domain::meetings::DECISION_RULE),
            7,
        )
        .await
        .unwrap();
    center
        .add_action(
            Authority::Console,
            meeting.id,
            Some(decided.id),
            "Draft",
            "bravo",
            1,
        )
        .await
        .unwrap();
    // The receiver is on this machine: allowed first, and the setting travels too.
    center
        .allow_networks(Authority::Console, &["127.0.0.0/8".to_string()])
        .await
        .unwrap();
    center
        .add_webhook(
            Authority::Console,
            "bravo",
            "http://127.0.0.1:9/hook",
            domain::subscriptions::EventFilter {
                types: vec!["indicator".into()],
                kinds: vec!["rfi".into()],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    center
        .invite(Authority::Console, "bravo", "bravo-first")
        .await
        .unwrap();
    center.checkpoint(Authority::Console).await.unwrap();
    let shared = center.info().default_collection;
    // 100,000 objects with every kind of release.
    for batch in 0..100u32 {
        let m = &members[(batch % 3) as usize];
        let items = (0..1000u32)
            .map(|i| {
                let n = batch * 1000 + i;
                let obj = stix::StixObject::parse(&indicator(n)).unwrap();
                let release = match n % 4 {
                    0 => Release::Green,
                    1 => Release::Amber {
                        members: vec![members[3].id, members[1].id],
                        groups: vec![group.id],
                    },
                    2 => Release::Red {
                        users: vec![UserId(2), UserId(3)],
                    },
                    _ => Release::Clear,
                };
                let mut r = Releasability::new(m.id, release);
                r.orcon = n % 3 == 0;
                r.evaluation =
                    domain::release::Evaluation::parse(["B2", "X4", "A1"][(n % 3) as usize]);
                Submitted::Valid(domain::service::new_object(&obj, r))
            })
            .collect();
        sqlite
            .write_objects(WriteRequest {
                status_id: uuid::Uuid::new_v4(),
                collection: shared,
                member: m.id,
                user: UserId(1),
                request_timestamp: 1,
                items,
                audit: None,
                feed: None,
            })
            .await
            .unwrap();
    }
    // 100,000 generated, plus what the center publishes itself (identities, the extension).
    let total = sqlite.count_objects().await.unwrap();
    assert!(total > 100_000);

    let pg = PgStore::connect(&db.url).await.unwrap();
    let mut calls = 0u32;
    let mut progress = |_: &str, _: u64, _: u64| calls += 1;
    let reports = sqlite_to_postgres(dir.path(), &pg, &mut progress)
        .await
        .unwrap();
    assert!(calls > 50, "progress was reported");
    let objects = reports.iter().find(|r| r.table == "objects").unwrap();
    assert_eq!(objects.target_rows, total);
    assert!(reports.iter().all(|r| r.matches()));
    assert!(
        reports
            .iter()
            .find(|r| r.table == "object_release_members")
            .unwrap()
            .target_rows
            >= 50_000
    );

    // The same center, read through the PostgreSQL backend, answers the same.
    let pg: Arc<dyn Store> = Arc::new(pg);
    let on_pg = Center::open(
        pg.clone(),
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
    )
    .await
    .unwrap();
    assert_eq!(on_pg.info(), center.info());
    // Governance reads the same on both sides, and the audit chain still verifies.
    assert_eq!(pg.ballots().await.unwrap(), sqlite.ballots().await.unwrap());
    assert_eq!(
        pg.applications().await.unwrap(),
        sqlite.applications().await.unwrap()
    );
    assert_eq!(pg.terms().await.unwrap(), sqlite.terms().await.unwrap());
    assert_eq!(
        pg.meeting(meeting.id).await.unwrap(),
        sqlite.meeting(meeting.id).await.unwrap()
    );
    assert_eq!(
        pg.webhooks(None).await.unwrap(),
        sqlite.webhooks(None).await.unwrap()
    );
    assert_eq!(
        pg.transitions(members[0].id).await.unwrap(),
        sqlite.transitions(members[0].id).await.unwrap()
    );
    assert_eq!(
        pg.notifications(members[1].id, 0, 100, vec![])
            .await
            .unwrap(),
        sqlite
            .notifications(members[1].id, 0, 100, vec![])
            .await
            .unwrap()
    );
    let verified = on_pg
        .verify_audit(&center.checkpoints().await.unwrap())
        .await
        .unwrap();
    assert_eq!(verified.broken, None);
    assert!(verified.entries > 20);

    assert_eq!(pg.members().await.unwrap(), sqlite.members().await.unwrap());
    assert_eq!(
        pg.users(None).await.unwrap(),
        sqlite.users(None).await.unwrap()
    );
    for m in &members {
        let reader = Reader {
            member: m.id,
            user: Some(UserId(2)),
            groups: pg.member_groups(m.id).await.unwrap(),
            active: m.status.is_active(),
        };
        let q = ObjectQuery {
            collection: Some(shared),
            versions: VersionFilter::last(),
            limit: 5_000,
            with_body: true,
            ..ObjectQuery::default()
        };
        let a = sqlite
            .query_objects(q.clone(), visibility(&reader))
            .await
            .unwrap();
        let b = pg.query_objects(q, visibility(&reader)).await.unwrap();
        assert_eq!(a, b);
        let ids: Vec<String> = a
            .objects
            .iter()
            .take(50)
            .map(|o| o.stix_id.clone())
            .collect();
        assert_eq!(
            sqlite
                .releasabilities(ids.clone(), visibility(&reader))
                .await
                .unwrap(),
            pg.releasabilities(ids, visibility(&reader)).await.unwrap()
        );
    }
    // A new write on PostgreSQL continues after the copied dates and keys.
    let st = pg
        .write_objects(WriteRequest {
            status_id: uuid::Uuid::new_v4(),
            collection: shared,
            member: members[0].id,
            user: UserId(1),
            request_timestamp: 1,
            items: vec![Submitted::Valid(domain::service::new_object(
                &stix::StixObject::parse(&indicator(999_999)).unwrap(),
                Releasability::new(members[0].id, Release::Green),
            ))],
            audit: None,
            feed: None,
        })
        .await
        .unwrap();
    assert_eq!(st.success_count, 1);
    let added = on_pg
        .add_member(Authority::Console, "golf", "golf", false)
        .await
        .unwrap();
    assert!(added.id.0 > members[3].id.0);

    // A second migration into a database that holds a center is refused.
    let again = PgStore::connect(&db.url).await.unwrap();
    let err = sqlite_to_postgres(dir.path(), &again, &mut |_, _, _| {})
        .await
        .unwrap_err();
    assert!(matches!(err, MigrateError::TargetNotEmpty));
}
