//! Objects: versions, duplicates, observables and spec versions, paging, deletion and statuses.

use super::*;

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
        feed: None,
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
        feed: None,
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

/// An object's dossier is what its parts read one by one, in one round trip: for a reader who
/// sees the object, every version, its releasability, correlations through the center's limit,
/// sightings and outcomes; for one who does not, nothing at all.
pub async fn dossier_is_its_parts(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let id = "indicator--00000000-0000-4000-8000-000000000000".to_string();
    let sighting = format!(
        r#"{{"type":"sighting","spec_version":"2.1","id":"sighting--{}","created":"2020-03-01T00:00:00.000Z","modified":"2020-03-01T00:00:00.000Z","sighting_of_ref":"{id}"}}"#,
        Uuid::new_v4()
    );
    write(
        &f,
        f.a.id,
        vec![
            new_object(
                &indicator(0, "2020-01-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ),
            new_object(
                &indicator(0, "2020-02-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ),
        ],
    )
    .await;
    // Bravo's indicator carries the same address; charlie may see neither bravo's sighting,
    // released to alpha, nor alpha's AMBER object, released to bravo.
    let amber = Release::Amber {
        members: vec![f.b.id],
        groups: vec![],
    };
    write(
        &f,
        f.b.id,
        vec![
            new_object(
                &indicator(7, "2020-01-01T00:00:00.000Z"),
                f.b.id,
                Release::Green,
            ),
            // As the web app marks it: released to the object's originator.
            new_object(
                &sighting,
                f.b.id,
                Release::Amber {
                    members: vec![f.a.id],
                    groups: vec![],
                },
            ),
        ],
    )
    .await;
    write(
        &f,
        f.a.id,
        vec![new_object(
            &indicator(3, "2020-01-01T00:00:00.000Z"),
            f.a.id,
            amber,
        )],
    )
    .await;
    f.store
        .insert_outcome(domain::tracked::NewOutcome {
            kind: domain::tracked::OutcomeKind::Arrest,
            description: "two arrests".into(),
            occurred_at: 9,
            recorded_at: 9,
            member: f.a.id,
            user: UserId(0),
            objects: vec![id.clone()],
        })
        .await
        .unwrap();
    let collections = vec![f.collection];
    for (who, sightings) in [(f.a.id, 1), (f.b.id, 1), (f.c.id, 0)] {
        let vis = reader(who, None);
        let d = f
            .store
            .dossier(id.clone(), collections.clone(), vis.clone())
            .await
            .unwrap();
        let versions = f
            .store
            .query_objects(
                ObjectQuery {
                    collections: collections.clone(),
                    ids: vec![id.clone()],
                    versions: VersionFilter::all(),
                    spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
                    limit: 1_000,
                    with_body: true,
                    ..ObjectQuery::default()
                },
                vis.clone(),
            )
            .await
            .unwrap()
            .objects;
        assert_eq!(d.versions, versions);
        assert_eq!(d.versions.len(), 2);
        assert_eq!(
            d.releases,
            f.store
                .releasabilities(vec![id.clone()], vis.clone())
                .await
                .unwrap()
        );
        let correlations = f
            .store
            .correlations(
                id.clone(),
                collections.clone(),
                vis.clone(),
                correlation::DEFAULT_NOISY_LIMIT,
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(d.correlations, correlations);
        assert!(
            d.correlations
                .iter()
                .any(|c| c.stix_id == "indicator--00000007-0000-4000-8000-000000000000"),
            "{:?}",
            d.correlations
        );
        assert_eq!(d.sightings.len(), sightings, "member {who:?}");
        assert_eq!(d.outcomes.len(), 1);
    }
    // The center's own limit: a key on three versions links nothing under a limit of two.
    f.store
        .set_setting(correlation::NOISY_LIMIT_SETTING, "2")
        .await
        .unwrap();
    let d = f
        .store
        .dossier(id.clone(), collections.clone(), reader(f.a.id, None))
        .await
        .unwrap();
    assert!(d.correlations.is_empty(), "{:?}", d.correlations);
    let hidden = "indicator--00000003-0000-4000-8000-000000000000".to_string();
    let none = f
        .store
        .dossier(hidden.clone(), collections.clone(), reader(f.c.id, None))
        .await
        .unwrap();
    assert_eq!(none, Dossier::default());
    let seen = f
        .store
        .dossier(hidden, collections, reader(f.b.id, None))
        .await
        .unwrap();
    assert_eq!(seen.versions.len(), 1);
}

/// Search across scripts: names written in Arabic, Persian, Russian and French are found by
/// what people of another keyboard or habit type, once the domain's one normalisation
/// (`domain::text::fold`) made both the indexed text and the query. Every case must hold on
/// every backend's own index.
pub async fn search_across_scripts(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let actor = |n: u32, name: &str| {
        format!(
            r#"{{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--{n:08x}-0000-4000-8000-00000000abcd","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"{name}"}}"#
        )
    };
    let names = [
        (1, "هسته خفته کرکوک"),
        (2, "خَلِيَّة المَوْصِل"),
        (3, "خلية الموصل النائمة"),
        (4, "Ёлкинская ячейка"),
        (5, "Cellule dormante de Sétif"),
        (6, "ＨＡＲＢＯＵＲ ＣＥＬＬ"),
    ];
    let objects = names
        .iter()
        .map(|(n, name)| new_object(&actor(*n, name), f.a.id, Release::Green))
        .collect();
    let st = write(&f, f.a.id, objects).await;
    assert_eq!(st.failure_count, 0, "{:?}", st.failures);
    let vis = reader(f.b.id, None);
    for (query, want) in [
        ("كركوك", vec![1]),
        ("الموصل", vec![2, 3]),
        ("موصل", vec![2, 3]),
        ("خلية", vec![2, 3]),
        ("ЕЛКИНСКАЯ", vec![4]),
        ("елкинская ячейка", vec![4]),
        ("setif", vec![5]),
        ("sétif", vec![5]),
        ("harbour cell", vec![6]),
        ("كركوك موصل", vec![]),
    ] {
        let q = ObjectQuery {
            collections: vec![f.collection],
            text: Some(domain::text::fold(query)),
            versions: VersionFilter::last(),
            newest_first: true,
            limit: 100,
            ..ObjectQuery::default()
        };
        let found = f.store.search(q, vis.clone(), 10_000).await.unwrap();
        let mut got: Vec<u32> = found
            .page
            .objects
            .iter()
            .map(|o| {
                u32::from_str_radix(
                    &o.stix_id["threat-actor--".len().."threat-actor--".len() + 8],
                    16,
                )
                .unwrap()
            })
            .collect();
        got.sort();
        assert_eq!(got, want, "{query}");
    }
}

/// Text stored as it was written before search folded it is indexed again: the new text
/// replaces the old in the index, so a folded query finds it and the old spelling is gone.
pub async fn search_text_indexed_again(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let body = r#"{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--00000001-0000-4000-8000-00000000dcba","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"هسته خفته کرکوک"}"#;
    let mut raw = new_object(body, f.a.id, Release::Green);
    // As a center stored it before: the text as written.
    raw.text = "هسته خفته کرکوک".into();
    write(&f, f.a.id, vec![raw]).await;
    let vis = reader(f.a.id, None);
    let search = |words: &str| {
        let q = ObjectQuery {
            collections: vec![f.collection],
            text: Some(words.to_string()),
            versions: VersionFilter::last(),
            newest_first: true,
            limit: 10,
            ..ObjectQuery::default()
        };
        let (store, vis) = (f.store.clone(), vis.clone());
        async move {
            store
                .search(q, vis, 10_000)
                .await
                .unwrap()
                .page
                .objects
                .len()
        }
    };
    let folded = domain::text::fold("كركوك");
    assert_eq!(search(&folded).await, 0, "the old text is not folded");
    let all = f.store.bodies_after(0, 100).await.unwrap();
    let mine: Vec<(i64, String)> = all
        .iter()
        .filter(|(_, b)| b.contains("dcba"))
        .map(|(seq, b)| {
            let o = stix::StixObject::parse(b).unwrap();
            (*seq, domain::keys::search_text(&o))
        })
        .collect();
    assert_eq!(mine.len(), 1);
    let seq = mine[0].0;
    assert!(
        f.store
            .bodies_after(seq, 100)
            .await
            .unwrap()
            .iter()
            .all(|(s, _)| *s > seq)
    );
    assert_eq!(
        f.store.bodies_after(0, 1).await.unwrap().len(),
        1,
        "at most the limit"
    );
    f.store.set_search_texts(mine).await.unwrap();
    assert_eq!(search(&folded).await, 1);
    assert_eq!(search("کرکوک").await, 0, "the old spelling left the index");
    // Indexed again with the same text: still found once.
    let again = vec![(seq, domain::text::fold("هسته خفته کرکوک"))];
    f.store.set_search_texts(again).await.unwrap();
    assert_eq!(search(&folded).await, 1);
}
