//! The store conformance suite: every backend must pass every function here.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use domain::store::*;
use domain::*;
use stix::SpecVersion;
use stix::markings::Tlp;
use uuid::Uuid;

mod records;
pub use records::{fusion_and_reports, meeting_records, rfis_and_release_requests, webhook_leases};

pub struct Fixture {
    pub store: Arc<dyn Store>,
    pub collection: CollectionId,
    pub a: Member,
    pub b: Member,
    pub c: Member,
    pub admin: User,
}

pub async fn fixture(store: Arc<dyn Store>) -> Fixture {
    let collection = CollectionId(Uuid::new_v4());
    let member = |name: &str, sec| NewMember {
        name: name.into(),
        display_name: name.into(),
        identity_id: format!("identity--{}", Uuid::new_v4()),
        status: MemberStatus::Member,
        is_secretariat: sec,
        created_at: 1,
    };
    let (info, admin) = store
        .create_center(NewCenter {
            name: "test".into(),
            founded_at: 1,
            secretariat: member("secretariat", true),
            admin: NewUser {
                member_id: MemberId(0),
                username: "admin".into(),
                display_name: "Admin".into(),
                roles: vec![Role::Administrator],
                password_hash: None,
                created_at: 1,
            },
            default_collection: Collection {
                id: collection,
                alias: Some("shared".into()),
                title: "Shared".into(),
                description: None,
                default_tlp: Tlp::Green,
                everyone_reads: true,
                everyone_writes: true,
                created_at: 1,
            },
            secret: [9; 32],
        })
        .await
        .unwrap();
    assert_eq!(info.default_collection, collection);
    let a = store.insert_member(member("alpha", false)).await.unwrap();
    let b = store.insert_member(member("bravo", false)).await.unwrap();
    let c = store.insert_member(member("charlie", false)).await.unwrap();
    Fixture {
        store,
        collection,
        a,
        b,
        c,
        admin,
    }
}

/// The words the generated indicators are named with.
pub const WORDS: [&str; 5] = ["falcon", "harbor", "ember", "quartz", "willow"];

pub fn indicator(n: u32, modified: &str) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{:08x}-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.000Z","modified":"{modified}","name":"{} indicator","pattern":"[ipv4-addr:value = '10.0.0.{}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}}"#,
        n,
        // Five names and seven values, so that objects share words and keys.
        WORDS[(n % 5) as usize],
        n % 7
    )
}

pub fn new_object(body: &str, originator: MemberId, release: Release) -> NewObject {
    let obj = stix::StixObject::parse(body).unwrap();
    domain::service::new_object(&obj, Releasability::new(originator, release))
}

pub async fn write(f: &Fixture, member: MemberId, objects: Vec<NewObject>) -> Status {
    f.store
        .write_objects(WriteRequest {
            status_id: Uuid::new_v4(),
            collection: f.collection,
            member,
            user: UserId(0),
            request_timestamp: 5,
            items: objects.into_iter().map(Submitted::Valid).collect(),
            audit: None,
        })
        .await
        .unwrap()
}

fn reader(m: MemberId, u: Option<UserId>) -> Visibility {
    visibility(&Reader {
        member: m,
        user: u,
        groups: vec![],
        active: true,
    })
}

fn query(f: &Fixture) -> ObjectQuery {
    ObjectQuery {
        collection: Some(f.collection),
        versions: VersionFilter::last(),
        limit: 1000,
        with_body: true,
        ..ObjectQuery::default()
    }
}

pub async fn accounts(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    assert!(s.center().await.unwrap().is_some());
    assert_eq!(s.secret().await.unwrap(), [9; 32]);
    assert_eq!(s.members().await.unwrap().len(), 4);
    assert_eq!(s.member_by_name("bravo").await.unwrap().unwrap().id, f.b.id);
    let change = |from, to| domain::governance::NewTransition {
        from: Some(from),
        to,
        at: 7,
        reason: "test".into(),
        decision: Some("vote 1".into()),
        actor: "console".into(),
    };
    s.transition_member(
        f.b.id,
        change(MemberStatus::Member, MemberStatus::Suspended),
    )
    .await
    .unwrap();
    let b = s.member(f.b.id).await.unwrap().unwrap();
    assert_eq!(b.status, MemberStatus::Suspended);
    assert_eq!(b.accession_at, Some(1), "set when it was created a member");
    // A change from a status the member is no longer in is refused, and nothing is recorded.
    let stale = s
        .transition_member(
            f.b.id,
            change(MemberStatus::Member, MemberStatus::Withdrawn),
        )
        .await;
    assert!(
        matches!(stale, Err(domain::Error::Conflict(_))),
        "{stale:?}"
    );
    let history = s.transitions(f.b.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].from, Some(MemberStatus::Member));
    assert_eq!(history[0].to, MemberStatus::Suspended);
    assert_eq!(history[0].decision.as_deref(), Some("vote 1"));
    let u = s
        .insert_user(NewUser {
            member_id: f.a.id,
            username: "ann".into(),
            display_name: "Ann".into(),
            roles: vec![Role::Analyst, Role::Delegate],
            password_hash: Some("$argon2id$x".into()),
            created_at: 3,
        })
        .await
        .unwrap();
    let got = s.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!(got, u);
    assert_eq!(s.users(Some(f.a.id)).await.unwrap(), vec![u.clone()]);
    assert!(s.users(None).await.unwrap().contains(&f.admin));
    let t = s
        .insert_token(NewToken {
            user_id: u.id,
            name: "t".into(),
            digest: [1; 32],
            created_at: 4,
        })
        .await
        .unwrap();
    assert_eq!(s.token_by_digest(&[1; 32]).await.unwrap().unwrap().id, t.id);
    s.touch_token(t.id, 10).await.unwrap();
    assert_eq!(s.tokens(u.id).await.unwrap()[0].last_used_at, Some(10));
    assert!(s.revoke_token(t.id, 11).await.unwrap());
    assert!(!s.revoke_token(t.id, 12).await.unwrap());
    assert_eq!(
        s.token_by_digest(&[1; 32])
            .await
            .unwrap()
            .unwrap()
            .revoked_at,
        Some(11)
    );
    let c2 = Collection {
        id: CollectionId(Uuid::new_v4()),
        alias: None,
        title: "Closed".into(),
        description: Some("d".into()),
        default_tlp: Tlp::Amber,
        everyone_reads: false,
        everyone_writes: false,
        created_at: 2,
    };
    s.insert_collection(c2.clone()).await.unwrap();
    assert_eq!(s.collections().await.unwrap().len(), 2);
    let g = CollectionGrant {
        member_id: f.a.id,
        can_read: true,
        can_write: false,
    };
    s.grant(c2.id, g).await.unwrap();
    s.grant(
        c2.id,
        CollectionGrant {
            can_write: true,
            ..g
        },
    )
    .await
    .unwrap();
    assert_eq!(
        s.grants(c2.id).await.unwrap(),
        vec![CollectionGrant {
            can_write: true,
            ..g
        }]
    );
    assert_eq!(
        s.member_grants(f.a.id).await.unwrap(),
        vec![(
            c2.id,
            CollectionGrant {
                can_write: true,
                ..g
            }
        )]
    );
    assert!(s.member_grants(f.b.id).await.unwrap().is_empty());
}

pub async fn versions_and_duplicates(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let v1 = indicator(1, "2020-01-01T00:00:00.000Z");
    let v2 = indicator(1, "2020-02-01T00:00:00.000Z");
    let v3 = indicator(1, "2020-03-01T00:00:00.000Z");
    let st = write(
        &f,
        f.a.id,
        vec![
            new_object(&v2, f.a.id, Release::Green),
            new_object(&v1, f.a.id, Release::Green),
            new_object(&v3, f.a.id, Release::Green),
        ],
    )
    .await;
    assert_eq!(
        (st.total_count, st.success_count, st.failure_count),
        (3, 3, 0)
    );
    // Same id and version, same content: success, stored once.
    let st = write(&f, f.a.id, vec![new_object(&v1, f.a.id, Release::Green)]).await;
    assert_eq!(st.success_count, 1);
    assert!(st.successes[0].message.is_some());
    // Same id and version, different content: refused with a reason.
    let changed = v1.replace("10.0.0.1", "10.9.9.9");
    let st = write(
        &f,
        f.a.id,
        vec![new_object(&changed, f.a.id, Release::Green)],
    )
    .await;
    assert_eq!(st.failure_count, 1);
    assert!(
        st.failures[0]
            .message
            .as_ref()
            .unwrap()
            .contains("different object")
    );
    // Nor in another collection: one id and version is one content, center-wide. The same
    // content may go into another collection.
    let other = CollectionId(Uuid::new_v4());
    f.store
        .insert_collection(Collection {
            id: other,
            alias: None,
            title: "Other".into(),
            description: None,
            default_tlp: Tlp::Green,
            everyone_reads: true,
            everyone_writes: true,
            created_at: 1,
        })
        .await
        .unwrap();
    let into_other = |body: &str| WriteRequest {
        status_id: Uuid::new_v4(),
        collection: other,
        member: f.a.id,
        user: UserId(0),
        request_timestamp: 5,
        items: vec![Submitted::Valid(new_object(body, f.a.id, Release::Green))],
        audit: None,
    };
    let st = f.store.write_objects(into_other(&changed)).await.unwrap();
    assert_eq!(st.failure_count, 1, "{st:?}");
    let st = f.store.write_objects(into_other(&v1)).await.unwrap();
    assert_eq!(
        (st.success_count, st.successes[0].message.clone()),
        (1, None)
    );
    // Another member may not version it.
    let v4 = indicator(1, "2020-04-01T00:00:00.000Z");
    let st = write(&f, f.b.id, vec![new_object(&v4, f.b.id, Release::Green)]).await;
    assert_eq!(st.failure_count, 1);
    assert!(
        st.failures[0]
            .message
            .as_ref()
            .unwrap()
            .contains("originator")
    );

    let vis = reader(f.b.id, None);
    let get = |versions: VersionFilter| {
        let mut q = query(&f);
        q.versions = versions;
        q.with_body = false;
        let store = f.store.clone();
        let vis = vis.clone();
        async move {
            store
                .query_objects(q, vis)
                .await
                .unwrap()
                .objects
                .into_iter()
                .map(|o| o.version)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        get(VersionFilter::last()).await,
        vec!["2020-03-01T00:00:00.000Z"]
    );
    let first = VersionFilter {
        first: true,
        ..Default::default()
    };
    assert_eq!(get(first).await, vec!["2020-01-01T00:00:00.000Z"]);
    // All versions, in date_added order.
    assert_eq!(
        get(VersionFilter::all()).await,
        vec![
            "2020-02-01T00:00:00.000Z",
            "2020-01-01T00:00:00.000Z",
            "2020-03-01T00:00:00.000Z"
        ]
    );
    let exact = VersionFilter {
        exact: vec![
            stix::Timestamp::parse("2020-02-01T00:00:00Z")
                .unwrap()
                .sort_key(),
        ],
        first: true,
        ..Default::default()
    };
    let mut got = get(exact).await;
    got.sort();
    assert_eq!(
        got,
        vec!["2020-01-01T00:00:00.000Z", "2020-02-01T00:00:00.000Z"]
    );

    // Revoked objects take no later version.
    let revoked = indicator(2, "2020-01-01T00:00:00.000Z")
        .replace("\"pattern\"", "\"revoked\":true,\"pattern\"");
    let later = indicator(2, "2020-05-01T00:00:00.000Z");
    let st = write(
        &f,
        f.a.id,
        vec![
            new_object(&revoked, f.a.id, Release::Green),
            new_object(&later, f.a.id, Release::Green),
        ],
    )
    .await;
    assert_eq!(st.failure_count, 1);
    assert!(st.failures[0].message.as_ref().unwrap().contains("revoked"));
}

pub async fn observables_and_spec_versions(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let ip = r#"{"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}"#;
    let st = write(&f, f.a.id, vec![new_object(ip, f.a.id, Release::Green)]).await;
    let version = st.successes[0].version.clone();
    stix::Timestamp::parse(&version).unwrap();
    // The same observable again: a duplicate, reported with the version it was given.
    let st = write(&f, f.a.id, vec![new_object(ip, f.a.id, Release::Green)]).await;
    assert_eq!(st.successes[0].version, version);
    assert!(st.successes[0].message.is_some());
    // Another member may report the same observable; it is kept as its own version.
    let st = write(&f, f.b.id, vec![new_object(ip, f.b.id, Release::Green)]).await;
    assert_eq!(st.success_count, 1);
    assert!(st.successes[0].message.is_none());

    // A 2.0 and a 2.1 object under one id: the newest spec version is served by default.
    let v20 = r#"{"type":"malware","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","created":"2016-04-06T20:07:09.000Z","modified":"2016-04-06T20:07:09.000Z","name":"Poison Ivy","labels":["trojan"]}"#;
    let v21 = r#"{"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","created":"2016-04-06T20:07:09.000Z","modified":"2016-04-06T20:07:09.000Z","name":"Poison Ivy","is_family":true}"#;
    // Both go into a collection of their own: the 2.0 object first, then a later 2.1 version.
    let mut other = f.collection;
    other.0 = Uuid::new_v4();
    f.store
        .insert_collection(Collection {
            id: other,
            alias: None,
            title: "o".into(),
            description: None,
            default_tlp: Tlp::Green,
            everyone_reads: true,
            everyone_writes: true,
            created_at: 1,
        })
        .await
        .unwrap();
    let w = WriteRequest {
        status_id: Uuid::new_v4(),
        collection: other,
        member: f.a.id,
        user: UserId(0),
        request_timestamp: 1,
        items: vec![
            Submitted::Valid(new_object(v20, f.a.id, Release::Green)),
            Submitted::Valid(new_object(
                &v21.replace(
                    "2016-04-06T20:07:09.000Z\",\"name",
                    "2016-05-06T20:07:09.000Z\",\"name",
                )
                .replacen(
                    "\"modified\":\"2016-04-06T20:07:09.000Z\"",
                    "\"modified\":\"2016-05-06T20:07:09.000Z\"",
                    1,
                ),
                f.a.id,
                Release::Green,
            )),
        ],
        audit: None,
    };
    let st = f.store.write_objects(w).await.unwrap();
    assert_eq!(st.success_count, 2, "{st:?}");
    let q = |spec: Vec<SpecVersion>| ObjectQuery {
        collection: Some(other),
        versions: VersionFilter::all(),
        spec_versions: spec,
        limit: 10,
        ..ObjectQuery::default()
    };
    let vis = reader(f.c.id, None);
    let got = f.store.query_objects(q(vec![]), vis.clone()).await.unwrap();
    assert_eq!(got.objects.len(), 1);
    assert_eq!(got.objects[0].spec_version, SpecVersion::V21);
    let got = f
        .store
        .query_objects(q(vec![SpecVersion::V20]), vis.clone())
        .await
        .unwrap();
    assert_eq!(got.objects.len(), 1);
    assert_eq!(got.objects[0].spec_version, SpecVersion::V20);
    let got = f
        .store
        .query_objects(q(vec![SpecVersion::V20, SpecVersion::V21]), vis)
        .await
        .unwrap();
    assert_eq!(got.objects.len(), 2);
}

pub async fn pagination_never_skips_or_repeats(store: Arc<dyn Store>) {
    let f = Arc::new(fixture(store).await);
    // Writers run while a reader pages through.
    let mut writers = Vec::new();
    for w in 0..4u32 {
        let f = f.clone();
        writers.push(tokio::spawn(async move {
            for batch in 0..10u32 {
                let objs = (0..25u32)
                    .map(|i| {
                        let n = 10_000 + w * 1000 + batch * 25 + i;
                        new_object(
                            &indicator(n, "2020-01-01T00:00:00.000Z"),
                            f.a.id,
                            Release::Green,
                        )
                    })
                    .collect();
                write(&f, f.a.id, objs).await;
            }
        }));
    }
    for w in writers {
        w.await.unwrap();
    }
    let vis = reader(f.b.id, None);
    let mut seen = std::collections::HashSet::new();
    let mut after = None;
    let mut last_date = i64::MIN;
    loop {
        let mut q = query(&f);
        q.limit = 37;
        q.added_after = after;
        let page = f.store.query_objects(q, vis.clone()).await.unwrap();
        for o in &page.objects {
            assert!(o.date_added > last_date, "date_added strictly increasing");
            last_date = o.date_added;
            assert!(seen.insert(o.stix_id.clone()), "repeated {}", o.stix_id);
        }
        after = page.objects.last().map(|o| o.date_added);
        if !page.more {
            break;
        }
    }
    assert_eq!(seen.len(), 1000);
    assert_eq!(f.store.count_objects().await.unwrap(), 1000);
}

pub async fn deletes_and_statuses(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let st = write(
        &f,
        f.a.id,
        vec![
            new_object(
                &indicator(7, "2020-01-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ),
            new_object(
                &indicator(7, "2020-02-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ),
        ],
    )
    .await;
    assert_eq!(f.store.status(st.id, f.a.id).await.unwrap().unwrap(), st);
    assert!(f.store.status(st.id, f.b.id).await.unwrap().is_none());
    let id = "indicator--00000007-0000-4000-8000-000000000000".to_string();
    let q = ObjectQuery {
        collection: Some(f.collection),
        ids: vec![id.clone()],
        versions: VersionFilter::all(),
        spec_versions: vec![SpecVersion::V21],
        limit: 10,
        ..ObjectQuery::default()
    };
    // Not the originator: nothing deleted.
    let n = f
        .store
        .delete_objects(q.clone(), reader(f.b.id, None), f.b.id)
        .await
        .unwrap();
    assert_eq!(n.deleted, 0);
    assert_eq!(
        n.matched, 2,
        "bravo sees the two GREEN versions it may not delete"
    );
    let n = f
        .store
        .delete_objects(q.clone(), reader(f.a.id, None), f.a.id)
        .await
        .unwrap();
    assert_eq!(n.deleted, 2);
    assert!(
        f.store
            .query_objects(q, reader(f.a.id, None))
            .await
            .unwrap()
            .objects
            .is_empty()
    );
}

/// Tiny deterministic generator, so a failing case can be replayed from its seed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// The model a generated center is checked against: what was written and who stands where.
struct Model {
    members: Vec<MemberId>,
    users: Vec<UserId>,
    groups: Vec<(GroupId, Vec<MemberId>)>,
    active: Vec<bool>,
    /// (id, version, releasability), in write order.
    versions: Vec<(String, String, Releasability)>,
    /// (status id, submitting member).
    statuses: Vec<(Uuid, MemberId)>,
    /// Notifications sent: (member, kind, payload), in order.
    notices: Vec<(MemberId, String, String)>,
    /// The correlation keys of each object id (the same for every version here).
    keys: BTreeMap<String, Vec<String>>,
}

impl Model {
    fn reader(&self, i: usize, whole_member: bool) -> Reader {
        let m = self.members[i];
        Reader {
            member: m,
            user: (!whole_member).then_some(self.users[i]),
            groups: self
                .groups
                .iter()
                .filter(|(_, ms)| ms.contains(&m))
                .map(|(g, _)| *g)
                .collect(),
            active: self.active[i],
        }
    }
}

/// Every read path against the rule function, on a generated center: random members, sharing
/// groups, users and releases, new versions that change the release, and changes of group
/// membership and member status between writes. Returns the number of checks made.
pub async fn visibility_matches_the_rule(store: Arc<dyn Store>, seed: u64) -> u64 {
    let f = fixture(store).await;
    let mut rng = Lcg(seed);
    let mut model = Model {
        members: vec![f.a.id, f.b.id, f.c.id],
        users: vec![],
        groups: vec![],
        active: vec![true; 3],
        versions: vec![],
        statuses: vec![],
        notices: vec![],
        keys: BTreeMap::new(),
    };
    for i in 0..(1 + rng.next(3)) {
        let m = f
            .store
            .insert_member(NewMember {
                name: format!("extra{i}"),
                display_name: format!("extra{i}"),
                identity_id: format!("identity--{}", Uuid::new_v4()),
                status: MemberStatus::Member,
                is_secretariat: false,
                created_at: 1,
            })
            .await
            .unwrap();
        model.members.push(m.id);
        model.active.push(true);
    }
    for (i, m) in model.members.clone().into_iter().enumerate() {
        let u = f
            .store
            .insert_user(NewUser {
                member_id: m,
                username: format!("user{i}"),
                display_name: format!("user{i}"),
                roles: vec![Role::Analyst],
                password_hash: None,
                created_at: 1,
            })
            .await
            .unwrap();
        model.users.push(u.id);
    }
    for g in 0..2 {
        let group = f
            .store
            .insert_sharing_group(NewSharingGroup {
                name: format!("group{g}"),
                description: None,
                members_visible: g == 0,
                created_at: 1,
            })
            .await
            .unwrap();
        model.groups.push((group.id, vec![]));
    }
    let objects = 60 + rng.next(40) as u32;
    let mut checks = 0;
    for n in 0..objects {
        let originator = rng.next(model.members.len() as u64) as usize;
        let m = model.members[originator];
        let versions = 1 + rng.next(3);
        for v in 0..versions {
            let pick_members = |rng: &mut Lcg| {
                model
                    .members
                    .iter()
                    .copied()
                    .filter(|_| rng.next(3) == 0)
                    .collect::<Vec<_>>()
            };
            let pick_groups = |rng: &mut Lcg| {
                model
                    .groups
                    .iter()
                    .map(|(g, _)| *g)
                    .filter(|_| rng.next(2) == 0)
                    .collect::<Vec<_>>()
            };
            // Each version may change the release, as the originator may.
            let release = match rng.next(6) {
                0 => Release::Clear,
                1 => Release::Green,
                2 | 3 => Release::Amber {
                    members: pick_members(&mut rng),
                    groups: pick_groups(&mut rng),
                },
                4 => Release::AmberStrict {
                    members: pick_members(&mut rng),
                    groups: pick_groups(&mut rng),
                },
                _ => Release::Red {
                    users: model
                        .users
                        .iter()
                        .copied()
                        .filter(|_| rng.next(3) == 0)
                        .collect(),
                },
            };
            let modified = format!("2020-0{}-01T00:00:00.000Z", v + 1);
            let mut r = Releasability::new(m, release);
            r.orcon = rng.next(4) == 0;
            let obj = stix::StixObject::parse(&indicator(n, &modified)).unwrap();
            let new = domain::service::new_object(&obj, r.clone());
            let id = format!("indicator--{n:08x}-0000-4000-8000-000000000000");
            model.keys.insert(id.clone(), new.keys.clone());
            let st = write(&f, m, vec![new]).await;
            assert_eq!(st.success_count, 1, "seed {seed}");
            model.statuses.push((st.id, m));
            model.versions.push((id, modified, r));
        }
        // Now and then a member is told something (an RFI, a hit, a meeting ...).
        if rng.next(3) == 0 {
            let to = model.members[rng.next(model.members.len() as u64) as usize];
            let kinds = &domain::subscriptions::NOTIFICATION_KINDS;
            let kind = kinds[rng.next(kinds.len() as u64) as usize].to_string();
            let payload = format!("{{\"n\":{n}}}");
            f.store
                .notify(vec![domain::exchange::NewNotification {
                    member: to,
                    at: i64::from(n),
                    kind: kind.clone(),
                    payload: payload.clone(),
                }])
                .await
                .unwrap();
            model.notices.push((to, kind, payload));
        }
        // Between writes, the center changes: groups gain and lose members, members are
        // suspended and reinstated.
        match rng.next(8) {
            0 | 1 => {
                let gi = rng.next(2) as usize;
                let mi = rng.next(model.members.len() as u64) as usize;
                let (g, ms) = &mut model.groups[gi];
                let present = !ms.contains(&model.members[mi]);
                let changed = f
                    .store
                    .set_group_member(*g, model.members[mi], present)
                    .await
                    .unwrap();
                assert!(changed);
                if present {
                    ms.push(model.members[mi]);
                } else {
                    ms.retain(|x| *x != model.members[mi]);
                }
                assert_eq!(
                    f.store
                        .member_groups(model.members[mi])
                        .await
                        .unwrap()
                        .contains(g),
                    present
                );
            }
            2 => {
                let mi = rng.next(model.members.len() as u64) as usize;
                model.active[mi] = !model.active[mi];
                let status = if model.active[mi] {
                    MemberStatus::Member
                } else {
                    [MemberStatus::Suspended, MemberStatus::Withdrawn][rng.next(2) as usize]
                };
                let from = f
                    .store
                    .member(model.members[mi])
                    .await
                    .unwrap()
                    .unwrap()
                    .status;
                f.store
                    .transition_member(
                        model.members[mi],
                        domain::governance::NewTransition {
                            from: Some(from),
                            to: status,
                            at: 1,
                            reason: "model".into(),
                            decision: None,
                            actor: "model".into(),
                        },
                    )
                    .await
                    .unwrap();
            }
            3 => {
                // An approved release request adds a member to the release list of every
                // AMBER version of an object, beside it.
                let (id, _, rel) =
                    model.versions[rng.next(model.versions.len() as u64) as usize].clone();
                let target = model.members[rng.next(model.members.len() as u64) as usize];
                let r = f
                    .store
                    .insert_release_request(domain::exchange::NewReleaseRequest {
                        created_at: 1,
                        requester_member: target,
                        requester_user: UserId(0),
                        originator: rel.originator,
                        target,
                        object_id: Some(id.clone()),
                        value: None,
                        reason: "model".into(),
                    })
                    .await
                    .unwrap();
                let released = f
                    .store
                    .decide_release_request(domain::exchange::ReleaseDecision {
                        request: r.id,
                        status: domain::exchange::RequestStatus::Approved,
                        at: 2,
                        by: UserId(0),
                        answer: None,
                        release: vec![id.clone()],
                        originator: rel.originator,
                        target,
                    })
                    .await
                    .unwrap();
                let mut expected = 0;
                for (vid, _, vrel) in model.versions.iter_mut().filter(|(v, _, _)| *v == id) {
                    if let Release::Amber { members, .. } | Release::AmberStrict { members, .. } =
                        &mut vrel.release
                    {
                        if !members.contains(&target) {
                            members.push(target);
                        }
                        expected = 1;
                    }
                    let _ = vid;
                }
                assert_eq!(released, expected, "seed {seed}: released count");
            }
            _ => {}
        }
        if n % 25 == 24 || n + 1 == objects {
            checks += check_every_read(&f, &model, seed).await;
        }
    }
    checks
}

/// Checks every read path of every reader against [`can_see`]; returns the number of checks.
async fn check_every_read(f: &Fixture, model: &Model, seed: u64) -> u64 {
    let mut checks = 0;
    // The groups as the store holds them match the model.
    let stored = f.store.sharing_groups().await.unwrap();
    for (g, ms) in &model.groups {
        let mut want = ms.clone();
        want.sort();
        let got = &stored.iter().find(|s| s.id == *g).unwrap().members;
        assert_eq!(got, &want, "seed {seed}: members of group {g:?}");
    }
    let ids: Vec<String> = {
        let mut ids: Vec<String> = model.versions.iter().map(|(id, _, _)| id.clone()).collect();
        ids.dedup();
        ids
    };
    for i in 0..model.members.len() {
        for whole_member in [false, true] {
            let r = model.reader(i, whole_member);
            let vis = visibility(&r);
            let expected: Vec<(String, String)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .map(|(id, v, _)| (id.clone(), v.clone()))
                .collect();
            if !r.active {
                assert!(expected.is_empty());
            }
            // All versions, paged in small pages: the pages' contents, sizes and `more` flags.
            let mut got = Vec::new();
            let mut after = None;
            let mut pages = 0;
            loop {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    types: vec!["indicator".into()],
                    versions: VersionFilter::all(),
                    added_after: after,
                    limit: 17,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                pages += 1;
                got.extend(
                    page.objects
                        .iter()
                        .map(|o| (o.stix_id.clone(), o.version.clone())),
                );
                assert_eq!(
                    page.more,
                    got.len() < expected.len(),
                    "seed {seed}, reader {r:?}: 'more' on page {pages}"
                );
                after = page.objects.last().map(|o| o.date_added);
                checks += 1;
                if !page.more {
                    break;
                }
            }
            assert_eq!(got, expected, "seed {seed}, reader {r:?}");
            assert_eq!(
                pages,
                expected.len().max(1).div_ceil(17),
                "seed {seed}: page count"
            );
            // The statistics counts (each backend words its query differently): distinct
            // visible objects by originator and level, once alone and once within another
            // member's view too (what a report's viewer may count of what this one received).
            let other = model.reader((i + 1) % model.members.len(), true);
            for within in [vec![vis.clone()], vec![vis.clone(), visibility(&other)]] {
                let mut want: BTreeMap<(MemberId, Tlp), BTreeSet<String>> = BTreeMap::new();
                for (id, _, rel) in &model.versions {
                    if can_see(&r, rel) && (within.len() == 1 || can_see(&other, rel)) {
                        let key = (rel.originator, rel.release.tlp());
                        want.entry(key).or_default().insert(id.clone());
                    }
                }
                let want: BTreeMap<(MemberId, Tlp), u64> = want
                    .into_iter()
                    .map(|(k, ids)| (k, ids.len() as u64))
                    .collect();
                let got: BTreeMap<(MemberId, Tlp), u64> = f
                    .store
                    .object_counts(i64::MIN, i64::MAX, within)
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|c| c.object_type == "indicator")
                    .map(|c| ((c.originator, c.tlp), c.objects))
                    .collect();
                assert_eq!(got, want, "seed {seed}, reader {r:?}: statistics counts");
                checks += 1;
            }
            // Correlated objects (each backend words this query differently too): visible
            // objects sharing a key with a visible object of another originator, by originator.
            let seen: Vec<&(String, String, Releasability)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .collect();
            let keys = |id: &str| model.keys.get(id).cloned().unwrap_or_default();
            let mut holders: BTreeMap<String, BTreeSet<MemberId>> = BTreeMap::new();
            for (id, _, rel) in &seen {
                for k in keys(id).into_iter().filter(|k| !k.starts_with("ref:")) {
                    holders.entry(k).or_default().insert(rel.originator);
                }
            }
            let mut want: BTreeMap<MemberId, BTreeSet<String>> = BTreeMap::new();
            for (id, _, rel) in &seen {
                if keys(id)
                    .iter()
                    .any(|k| holders.get(k).is_some_and(|h| h.len() > 1))
                {
                    want.entry(rel.originator).or_default().insert(id.clone());
                }
            }
            let want: BTreeMap<MemberId, u64> = want
                .into_iter()
                .map(|(m, ids)| (m, ids.len() as u64))
                .collect();
            let got: BTreeMap<MemberId, u64> = f
                .store
                .correlated_counts(i64::MIN, i64::MAX, vec![vis.clone()], i64::MAX)
                .await
                .unwrap()
                .into_iter()
                .collect();
            assert_eq!(got, want, "seed {seed}, reader {r:?}: correlated counts");
            checks += 1;
            // Every member counted in one read (a backend may make it one pass) counts the same
            // as each member counted alone.
            if whole_member && i == 0 {
                let readers: Vec<Visibility> = (0..model.members.len())
                    .map(|k| visibility(&model.reader(k, true)))
                    .collect();
                for within in [vec![], vec![visibility(&other)]] {
                    let sorted = |mut v: Vec<domain::statistics::ObjectCount>| {
                        v.sort_by_key(|c| (c.originator, c.object_type.clone(), c.tlp.code()));
                        v
                    };
                    let each = f
                        .store
                        .object_counts_each(i64::MIN, i64::MAX, within.clone(), readers.clone())
                        .await
                        .unwrap();
                    assert_eq!(each.len(), readers.len());
                    for (k, got) in each.into_iter().enumerate() {
                        let mut alone = within.clone();
                        alone.push(readers[k].clone());
                        let want = f
                            .store
                            .object_counts(i64::MIN, i64::MAX, alone)
                            .await
                            .unwrap();
                        assert_eq!(sorted(got), sorted(want), "seed {seed}: reader {k} of all");
                        checks += 1;
                    }
                }
            }
            // The export path (every collection) and manifest reads (no bodies) agree too.
            for (collection, with_body) in [(None, true), (Some(f.collection), false)] {
                let q = ObjectQuery {
                    collection,
                    types: vec!["indicator".into()],
                    versions: VersionFilter::all(),
                    spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
                    limit: 10_000,
                    with_body,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                assert!(page.objects.iter().all(|o| o.body.is_some() == with_body));
                let got: Vec<(String, String)> = page
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(
                    got, expected,
                    "seed {seed}, reader {r:?}, collection {collection:?}"
                );
                checks += 1;
            }
            // Subscriptions: the read behind event streams and webhooks, from a cursor and with
            // a filter of originator, level and words, gives exactly the visible versions after
            // the cursor that the filter wants.
            let all = f
                .store
                .query_objects(
                    ObjectQuery {
                        collection: Some(f.collection),
                        versions: VersionFilter::all(),
                        limit: 10_000,
                        ..ObjectQuery::default()
                    },
                    vis.clone(),
                )
                .await
                .unwrap()
                .objects;
            let cursor = all.get(all.len() / 3).map_or(0, |o| o.date_added);
            let number = |id: &str| {
                u32::from_str_radix(&id["indicator--".len().."indicator--".len() + 8], 16).unwrap()
            };
            for k in 0..4usize {
                let originator = model.members[(seed as usize + k) % model.members.len()];
                let tlp = Tlp::ALL[(seed as usize + i + k) % Tlp::ALL.len()];
                let w = (i + k) % WORDS.len();
                let (originators, tlps, text) = match k {
                    0 => (vec![originator], vec![], None),
                    1 => (vec![], vec![tlp], None),
                    2 => (vec![], vec![], Some(WORDS[w].to_string())),
                    _ => (vec![originator], vec![tlp], Some(WORDS[w].to_string())),
                };
                let want: Vec<(String, String)> = all
                    .iter()
                    .filter(|o| o.date_added > cursor)
                    .filter(|o| {
                        let rel = &model
                            .versions
                            .iter()
                            .find(|(id, v, _)| *id == o.stix_id && *v == o.version)
                            .unwrap()
                            .2;
                        (originators.is_empty() || rel.originator == originator)
                            && (tlps.is_empty() || rel.release.tlp() == tlp)
                            && (text.is_none() || number(&o.stix_id) % 5 == w as u32)
                    })
                    .map(|o| (o.stix_id.clone(), o.version.clone()))
                    .collect();
                let got: Vec<(String, String)> = f
                    .store
                    .query_objects(
                        ObjectQuery {
                            collection: Some(f.collection),
                            versions: VersionFilter::all(),
                            spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
                            added_after: Some(cursor),
                            limit: 10_000,
                            originators,
                            tlps,
                            text,
                            ..ObjectQuery::default()
                        },
                        vis.clone(),
                    )
                    .await
                    .unwrap()
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(got, want, "seed {seed}, reader {r:?}: subscription {k}");
                checks += 1;
            }
            // Latest visible version of each object, and first.
            let mut latest: std::collections::BTreeMap<String, String> = Default::default();
            let mut first: std::collections::BTreeMap<String, String> = Default::default();
            for (id, v) in &expected {
                let e = latest.entry(id.clone()).or_default();
                if v > e {
                    *e = v.clone();
                }
                let e = first.entry(id.clone()).or_insert_with(|| v.clone());
                if v < e {
                    *e = v.clone();
                }
            }
            for (vf, want) in [
                (VersionFilter::last(), &latest),
                (
                    VersionFilter {
                        first: true,
                        ..VersionFilter::default()
                    },
                    &first,
                ),
            ] {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    types: vec!["indicator".into()],
                    versions: vf,
                    limit: 10_000,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                let got: std::collections::BTreeMap<String, String> = page
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(
                    &got, want,
                    "seed {seed}, reader {r:?} (first/last versions)"
                );
                checks += 1;
            }
            // Single-object reads: invisible objects look exactly like missing ones.
            for id in &ids {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    ids: vec![id.clone()],
                    versions: VersionFilter::all(),
                    limit: 100,
                    ..ObjectQuery::default()
                };
                let n_got = f
                    .store
                    .query_objects(q, vis.clone())
                    .await
                    .unwrap()
                    .objects
                    .len();
                let n_exp = expected.iter().filter(|(i, _)| i == id).count();
                assert_eq!(n_got, n_exp, "seed {seed}, {id}, reader {r:?}");
                checks += 1;
            }
            // Releasabilities (the third-party rule's read) return only visible versions, as
            // they were written.
            let got = f
                .store
                .releasabilities(ids.clone(), vis.clone())
                .await
                .unwrap();
            let mut got: Vec<(String, Releasability)> = got
                .into_iter()
                .map(|v| (v.stix_id, v.releasability))
                .collect();
            let mut want: Vec<(String, Releasability)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .map(|(id, _, rel)| (id.clone(), sorted(rel)))
                .collect();
            got.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            want.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            assert_eq!(got, want, "seed {seed}, reader {r:?} (releasabilities)");
            checks += 1;
        }
        // Hit/no-hit and correlation for the reader. Indicators share one of seven keys. A
        // matching object it sees in any version counts as visible, the others per
        // originator; an object it sees correlates with the others of its key that it sees,
        // unless the key is noisy (carried by more versions than the limit).
        let r = model.reader(i, false);
        let vis = visibility(&r);
        let number = |id: &str| {
            u32::from_str_radix(&id["indicator--".len().."indicator--".len() + 8], 16).unwrap()
        };
        let seen = |id: &str| {
            model
                .versions
                .iter()
                .any(|(v, _, rel)| v == id && can_see(&r, rel))
        };
        for g in 0..7u32 {
            let key = format!("ipv4:10.0.0.{g}");
            let members_of: Vec<&String> = ids.iter().filter(|id| number(id) % 7 == g).collect();
            let visible = members_of.iter().filter(|id| seen(id)).count() as u64;
            let mut hidden: std::collections::BTreeMap<MemberId, u64> = Default::default();
            for id in members_of.iter().filter(|id| !seen(id)) {
                let originator = model
                    .versions
                    .iter()
                    .find(|(v, _, _)| v == *id)
                    .unwrap()
                    .2
                    .originator;
                *hidden.entry(originator).or_default() += 1;
            }
            let got = f
                .store
                .hit_counts(vec![key.clone()], vis.clone())
                .await
                .unwrap();
            assert_eq!(
                got.visible, visible,
                "seed {seed}: visible hits on {key} for {r:?}"
            );
            assert_eq!(
                got.hidden,
                hidden.into_iter().collect::<Vec<_>>(),
                "seed {seed}: hidden hits on {key} for {r:?}"
            );
            checks += 1;
            let versions_with_key = model
                .versions
                .iter()
                .filter(|(v, _, _)| number(v) % 7 == g)
                .count() as i64;
            for limit in [1_000_000, 12] {
                for a in members_of.iter().step_by(3) {
                    let got = f
                        .store
                        .correlations((*a).clone(), vis.clone(), limit)
                        .await
                        .unwrap();
                    if !seen(a) {
                        assert_eq!(got, None, "seed {seed}: {a} is not visible to {r:?}");
                        continue;
                    }
                    let want: Vec<(String, String)> = if versions_with_key > limit {
                        vec![]
                    } else {
                        members_of
                            .iter()
                            .filter(|b| **b != *a && seen(b))
                            .map(|b| (key.clone(), (*b).clone()))
                            .collect()
                    };
                    let got: Vec<(String, String)> = got
                        .unwrap()
                        .into_iter()
                        .map(|c| (c.key, c.stix_id))
                        .collect();
                    assert_eq!(
                        got, want,
                        "seed {seed}: correlations of {a} for {r:?}, limit {limit}"
                    );
                    checks += 1;
                }
            }
        }
        // Statistics: distinct ids by originator and level, within the reader's visibility and
        // within both the reader's and each whole member's; objects correlated with another
        // member's visible object.
        for j in 0..model.members.len() {
            let other = model.reader(j, true);
            for within in [vec![vis.clone()], vec![vis.clone(), visibility(&other)]] {
                let both = within.len() == 2;
                let mut want: std::collections::BTreeSet<(MemberId, u8, String)> =
                    Default::default();
                for (id, _, rel) in &model.versions {
                    if can_see(&r, rel) && (!both || can_see(&other, rel)) {
                        want.insert((rel.originator, rel.release.tlp().code() as u8, id.clone()));
                    }
                }
                let mut want_counts: std::collections::BTreeMap<(MemberId, i64), u64> =
                    Default::default();
                for (m, t, _) in &want {
                    *want_counts.entry((*m, i64::from(*t))).or_default() += 1;
                }
                let got: std::collections::BTreeMap<(MemberId, i64), u64> = f
                    .store
                    .object_counts(0, i64::MAX, within.clone())
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|c| c.object_type == "indicator")
                    .map(|c| ((c.originator, c.tlp.code()), c.objects))
                    .collect();
                assert_eq!(
                    got, want_counts,
                    "seed {seed}: object counts for {r:?}, {both}"
                );
                let none = f.store.object_counts(0, 1, within).await.unwrap();
                assert!(none.is_empty(), "seed {seed}: nothing was added before 1");
                checks += 2;
            }
        }
        for limit in [1_000_000, 12] {
            let mut want: std::collections::BTreeMap<MemberId, u64> = Default::default();
            for a in ids.iter().filter(|id| seen(id)) {
                let g = number(a) % 7;
                let noisy = model
                    .versions
                    .iter()
                    .filter(|(v, _, _)| number(v) % 7 == g)
                    .count() as i64
                    > limit;
                let owner = |id: &str| {
                    model
                        .versions
                        .iter()
                        .find(|(v, _, _)| v == id)
                        .unwrap()
                        .2
                        .originator
                };
                let shared = ids
                    .iter()
                    .any(|b| number(b) % 7 == g && seen(b) && owner(b) != owner(a));
                if shared && !noisy {
                    *want.entry(owner(a)).or_default() += 1;
                }
            }
            let got: std::collections::BTreeMap<MemberId, u64> = f
                .store
                .correlated_counts(0, i64::MAX, vec![vis.clone()], limit)
                .await
                .unwrap()
                .into_iter()
                .collect();
            assert_eq!(
                got, want,
                "seed {seed}: correlated counts for {r:?}, limit {limit}"
            );
            checks += 1;
        }
        // Search: the latest visible version of each object named with the word, and facets
        // that count only those.
        for (w, word) in WORDS.iter().enumerate() {
            let want: Vec<String> = ids
                .iter()
                .filter(|id| number(id) % 5 == w as u32 && seen(id))
                .cloned()
                .collect();
            // However common the word (a facet limit of 1 makes every word common), the page
            // is exact, newest first, and paging by date finds every hit once; facets are exact
            // under the limit and say so when they are not.
            for facet_limit in [10_000, 1] {
                let q = ObjectQuery {
                    collections: vec![f.collection],
                    text: Some(format!("{word} INDICATOR")),
                    versions: VersionFilter::last(),
                    newest_first: true,
                    limit: 10_000,
                    ..ObjectQuery::default()
                };
                let found = f
                    .store
                    .search(q.clone(), vis.clone(), facet_limit)
                    .await
                    .unwrap();
                let dates: Vec<i64> = found.page.objects.iter().map(|o| o.date_added).collect();
                assert!(
                    dates.windows(2).all(|d| d[0] > d[1]),
                    "seed {seed}: newest first"
                );
                let mut got: Vec<String> =
                    found.page.objects.into_iter().map(|o| o.stix_id).collect();
                got.sort();
                assert_eq!(
                    got, want,
                    "seed {seed}: search {word} for {r:?}, limit {facet_limit}"
                );
                let facets = found.facets;
                let counted: u64 = facets.types.iter().map(|(_, n)| n).sum();
                if facet_limit == 10_000 {
                    assert!(facets.complete);
                    assert_eq!(counted, want.len() as u64, "seed {seed}: facets of {word}");
                    assert_eq!(facets.counted, want.len() as u64);
                    let by_originator: u64 = facets.originators.iter().map(|(_, n)| n).sum();
                    assert_eq!(by_originator, want.len() as u64);
                } else {
                    // Complete exactly when the reader sees no more than the limit: what it
                    // does not see never shows, not even as "more".
                    assert_eq!(
                        facets.complete,
                        want.len() <= 1,
                        "seed {seed}: {word}, {} seen",
                        want.len()
                    );
                    if facets.complete {
                        assert_eq!(counted, want.len() as u64, "seed {seed}: {word}, 1");
                    }
                    assert!(
                        counted <= 2,
                        "seed {seed}: counted {counted} over a limit of 1"
                    );
                }
                let mut paged = Vec::new();
                let mut before = None;
                loop {
                    let page = f
                        .store
                        .search(
                            ObjectQuery {
                                limit: 3,
                                added_before: before,
                                ..q.clone()
                            },
                            vis.clone(),
                            facet_limit,
                        )
                        .await
                        .unwrap()
                        .page;
                    before = page.objects.last().map(|o| o.date_added);
                    paged.extend(page.objects.into_iter().map(|o| o.stix_id));
                    if !page.more {
                        break;
                    }
                }
                paged.sort();
                assert_eq!(paged, want, "seed {seed}: paged search {word}");
                checks += 3;
            }
        }
        // Notifications: a member reads only what it was told, in order, narrowed by kind and
        // resumed after any one of them.
        let member = model.members[i];
        let mine: Vec<(String, String)> = model
            .notices
            .iter()
            .filter(|(m, _, _)| *m == member)
            .map(|(_, k, p)| (k.clone(), p.clone()))
            .collect();
        let read = |after: i64, kinds: Vec<String>| {
            let store = f.store.clone();
            async move {
                store
                    .notifications(member, after, 10_000, kinds)
                    .await
                    .unwrap()
            }
        };
        let all = read(0, vec![]).await;
        assert!(all.iter().all(|n| n.member == member));
        let got: Vec<(String, String)> = all
            .iter()
            .map(|n| (n.kind.clone(), n.payload.to_string()))
            .collect();
        assert_eq!(got, mine, "seed {seed}: notifications of {member:?}");
        let kinds = vec!["rfi".to_string(), "meeting".to_string()];
        let got: Vec<(String, String)> = read(0, kinds.clone())
            .await
            .iter()
            .map(|n| (n.kind.clone(), n.payload.to_string()))
            .collect();
        let want: Vec<(String, String)> = mine
            .iter()
            .filter(|(k, _)| kinds.contains(k))
            .cloned()
            .collect();
        assert_eq!(
            got, want,
            "seed {seed}: notifications of {member:?} by kind"
        );
        if let Some(middle) = all.get(all.len() / 2) {
            let after = read(middle.id, vec![]).await;
            assert_eq!(after.len(), all.len() - all.len() / 2 - 1);
            assert!(after.iter().all(|n| n.id > middle.id));
        }
        checks += 3;
        // Statuses: only the submitting member reads its own.
        for (id, by) in model.statuses.iter().step_by(7) {
            let got = f.store.status(*id, model.members[i]).await.unwrap();
            assert_eq!(
                got.is_some(),
                *by == model.members[i],
                "seed {seed}: status {id}"
            );
            checks += 1;
        }
    }
    checks
}

/// Release lists as the store returns them: sorted, without duplicates.
fn sorted(r: &Releasability) -> Releasability {
    let mut r = r.clone();
    match &mut r.release {
        Release::Amber { members, groups } | Release::AmberStrict { members, groups } => {
            members.sort();
            members.dedup();
            groups.sort();
            groups.dedup();
        }
        Release::Red { users } => {
            users.sort();
            users.dedup();
        }
        _ => {}
    }
    r
}

/// The audit chain: numbered without gaps, each entry linked to the one before, also when
/// many writers append at once (on PostgreSQL, from several nodes).
pub async fn audit_chain(store: Arc<dyn Store>) {
    use domain::audit::*;
    let f = fixture(store).await;
    let entry = |i: u32| NewAuditEntry {
        at: i64::from(i),
        actor: AuditActor {
            user: Some(f.admin.id),
            member: Some(f.a.id),
            name: "admin".into(),
        },
        action: if i.is_multiple_of(2) {
            "objects.read"
        } else {
            "member.add"
        }
        .into(),
        subject: format!("s{i}"),
        detail: format!("{{\"i\":{i}}}"),
    };
    assert_eq!(f.store.audit_head().await.unwrap(), None);
    let mut tasks = Vec::new();
    for t in 0..8u32 {
        let s = f.store.clone();
        let batch: Vec<NewAuditEntry> = (0..5).map(|i| entry(t * 5 + i)).collect();
        tasks.push(tokio::spawn(async move { s.append_audit(batch).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    // An object write carries its entry in the same transaction.
    let st = f
        .store
        .write_objects(WriteRequest {
            status_id: Uuid::new_v4(),
            collection: f.collection,
            member: f.a.id,
            user: UserId(0),
            request_timestamp: 5,
            items: vec![Submitted::Valid(new_object(
                &indicator(1, "2020-01-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ))],
            audit: Some(entry(99)),
        })
        .await
        .unwrap();
    assert_eq!(st.success_count, 1);
    let all = f
        .store
        .audit_entries(AuditQuery {
            limit: 1000,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(all.len(), 41);
    let mut prev = GENESIS;
    for (i, e) in all.iter().enumerate() {
        assert_eq!(e.seq, i as i64 + 1);
        assert_eq!(e.prev_hash, prev);
        let content = NewAuditEntry {
            at: e.at,
            actor: e.actor.clone(),
            action: e.action.clone(),
            subject: e.subject.clone(),
            detail: e.detail.clone(),
        };
        assert_eq!(entry_hash(&prev, e.seq, &content), e.hash);
        prev = e.hash;
    }
    assert_eq!(all.last().unwrap().subject, "s99");
    // Each writer's batch stays together, in order.
    for w in all.windows(2).filter(|w| w[0].at < 40 && w[0].at % 5 != 4) {
        assert_eq!(w[1].at, w[0].at + 1);
    }
    assert_eq!(f.store.audit_head().await.unwrap(), Some((41, prev)));
    // Filters and paging.
    let reads = f
        .store
        .audit_entries(AuditQuery {
            limit: 1000,
            action: Some("objects".into()),
            since: Some(10),
            until: Some(20),
            member: Some(f.a.id),
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    // Writers' batches land in any order; the filter finds exactly these.
    let mut ats: Vec<i64> = reads.iter().map(|e| e.at).collect();
    ats.sort();
    assert_eq!(ats, [10, 12, 14, 16, 18]);
    let page = f
        .store
        .audit_entries(AuditQuery {
            after_seq: 38,
            limit: 2,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.iter().map(|e| e.seq).collect::<Vec<_>>(), [39, 40]);
    // The newest first, for a listing, without details.
    let newest = f
        .store
        .audit_entries(AuditQuery {
            limit: 3,
            newest_first: true,
            without_detail: true,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        newest.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [41, 40, 39]
    );
    assert!(newest.iter().all(|e| e.detail.is_empty()));
    assert_eq!(newest[0].hash, prev);
    // The signing key is made once; checkpoints are kept once per entry.
    let key = f.store.signing_key([1; 32]).await.unwrap();
    assert_eq!(key, [1; 32]);
    assert_eq!(f.store.signing_key([2; 32]).await.unwrap(), [1; 32]);
    let cp = Checkpoint {
        seq: 41,
        at: 1,
        hash: prev,
        signature: vec![5; 64],
        public_key: [6; 32],
    };
    f.store.insert_checkpoint(cp.clone()).await.unwrap();
    f.store
        .insert_checkpoint(Checkpoint {
            at: 2,
            ..cp.clone()
        })
        .await
        .unwrap();
    assert_eq!(f.store.checkpoints().await.unwrap(), vec![cp]);
}

/// Every change of who is who moves `access_changes` before the call returns, so a node's
/// cache of credentials, collections and grants never outlives what it remembers.
pub async fn access_changes_are_announced(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let access = s.access_changes();
    let mut seen = *access.borrow();
    let mut moved = |what: &str| {
        let now = *access.borrow();
        assert_ne!(now, seen, "{what} did not announce an access change");
        seen = now;
    };
    let user = s
        .insert_user(NewUser {
            member_id: f.a.id,
            username: "ann".into(),
            display_name: "Ann".into(),
            roles: vec![Role::Analyst],
            password_hash: None,
            created_at: 3,
        })
        .await
        .unwrap();
    moved("insert_user");
    let token = s
        .insert_token(NewToken {
            user_id: user.id,
            name: "t".into(),
            digest: [3; 32],
            created_at: 4,
        })
        .await
        .unwrap();
    assert!(s.revoke_token(token.id, 5).await.unwrap());
    moved("revoke_token");
    s.insert_member(NewMember {
        name: "delta".into(),
        display_name: "Delta".into(),
        identity_id: format!("identity--{}", Uuid::new_v4()),
        status: MemberStatus::Applicant,
        is_secretariat: false,
        created_at: 5,
    })
    .await
    .unwrap();
    moved("insert_member");
    s.transition_member(
        f.b.id,
        domain::governance::NewTransition {
            from: Some(MemberStatus::Member),
            to: MemberStatus::Suspended,
            at: 6,
            reason: "test".into(),
            decision: None,
            actor: "console".into(),
        },
    )
    .await
    .unwrap();
    moved("transition_member");
    s.set_founding(f.a.id, 1).await.unwrap();
    moved("set_founding");
    let other = CollectionId(Uuid::new_v4());
    s.insert_collection(Collection {
        id: other,
        alias: Some("other".into()),
        title: "Other".into(),
        description: None,
        default_tlp: Tlp::Amber,
        everyone_reads: false,
        everyone_writes: false,
        created_at: 6,
    })
    .await
    .unwrap();
    moved("insert_collection");
    s.grant(
        other,
        CollectionGrant {
            member_id: f.c.id,
            can_read: true,
            can_write: false,
        },
    )
    .await
    .unwrap();
    moved("grant");
    s.set_collection_default(other, Tlp::Red).await.unwrap();
    moved("set_collection_default");
    let group = s
        .insert_sharing_group(NewSharingGroup {
            name: "benelux".into(),
            description: None,
            members_visible: true,
            created_at: 7,
        })
        .await
        .unwrap();
    assert!(s.set_group_member(group.id, f.c.id, true).await.unwrap());
    moved("set_group_member (join)");
    assert!(s.set_group_member(group.id, f.c.id, false).await.unwrap());
    moved("set_group_member (leave)");
}

/// Governance records: votes that close once, terms that never share a start, settings,
/// invitations used once.
pub async fn governance_records(store: Arc<dyn Store>) {
    use domain::governance::*;
    use domain::votes::{Choice, Outcome, VotingRule};
    let f = fixture(store).await;
    let s = &f.store;
    let b = s
        .insert_ballot(NewBallot {
            subject: "admission:9".into(),
            title: "Admission of X".into(),
            rule: VotingRule::default(),
            eligible: vec![f.a.id, f.b.id],
            opened_at: 1,
            deadline: 100,
        })
        .await
        .unwrap();
    assert_eq!(b.eligible, vec![f.a.id, f.b.id]);
    let vote = |m: MemberId, choice| Vote {
        member: m,
        choice,
        user: UserId(1),
        at: 2,
    };
    s.cast_vote(b.id, vote(f.a.id, Choice::No)).await.unwrap();
    // A member may change its vote while the vote is open.
    s.cast_vote(b.id, vote(f.a.id, Choice::Yes)).await.unwrap();
    s.cast_vote(b.id, vote(f.b.id, Choice::Abstain))
        .await
        .unwrap();
    let got = s.ballot(b.id).await.unwrap().unwrap();
    assert_eq!(
        got.votes
            .iter()
            .map(|v| (v.member, v.choice))
            .collect::<Vec<_>>(),
        [(f.a.id, Choice::Yes), (f.b.id, Choice::Abstain)]
    );
    assert!(s.close_ballot(b.id, 3, Outcome::Adopted).await.unwrap());
    assert!(
        !s.close_ballot(b.id, 4, Outcome::Rejected).await.unwrap(),
        "closed once"
    );
    let closed = s.ballot(b.id).await.unwrap().unwrap();
    assert_eq!(
        (closed.closed_at, closed.outcome),
        (Some(3), Some(Outcome::Adopted))
    );
    assert!(matches!(
        s.cast_vote(b.id, vote(f.a.id, Choice::No)).await,
        Err(domain::Error::Conflict(_))
    ));
    assert_eq!(s.ballots().await.unwrap().len(), 1);

    let term = |m: MemberId, start| NewTerm {
        member: m,
        starts_at: start,
        ends_at: start + 10,
        basis: "rotation".into(),
        note: String::new(),
    };
    assert!(s.insert_term(term(f.a.id, 0)).await.unwrap().is_some());
    assert!(s.insert_term(term(f.b.id, 10)).await.unwrap().is_some());
    assert!(
        s.insert_term(term(f.c.id, 10)).await.unwrap().is_none(),
        "a second handover at the same moment is ignored"
    );
    let terms = s.terms().await.unwrap();
    assert_eq!(
        terms.iter().map(|t| t.member).collect::<Vec<_>>(),
        [f.a.id, f.b.id]
    );

    assert_eq!(s.setting("x").await.unwrap(), None);
    s.set_setting("x", "1").await.unwrap();
    s.set_setting("x", "2").await.unwrap();
    assert_eq!(s.setting("x").await.unwrap().as_deref(), Some("2"));

    s.insert_invitation(f.admin.id, [4; 32], 1, 50)
        .await
        .unwrap();
    assert_eq!(
        s.redeem_invitation(&[4; 32], 60, "h").await.unwrap(),
        None,
        "expired"
    );
    s.insert_invitation(f.admin.id, [5; 32], 1, 50)
        .await
        .unwrap();
    assert_eq!(
        s.redeem_invitation(&[5; 32], 10, "$argon2id$h")
            .await
            .unwrap(),
        Some(f.admin.id)
    );
    assert_eq!(
        s.redeem_invitation(&[5; 32], 11, "h").await.unwrap(),
        None,
        "used once"
    );
    assert_eq!(
        s.user(f.admin.id)
            .await
            .unwrap()
            .unwrap()
            .password_hash
            .as_deref(),
        Some("$argon2id$h")
    );
    let a = s
        .insert_application(NewApplication {
            member: f.c.id,
            description: "d".into(),
            contact: "c".into(),
            sponsor: Some(f.a.id),
            applied_at: 1,
            ballot: b.id,
        })
        .await
        .unwrap();
    assert_eq!(s.applications().await.unwrap(), vec![a]);
}
