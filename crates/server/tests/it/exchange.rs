use domain::Role;
use domain::service::Authority;
use serde_json::{Value, json};

use crate::events::Events;
use crate::helpers::*;

const M1: &str = "2020-01-01T00:00:00.000Z";

fn ip_indicator(n: u32, ip: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"{}","created":"{M1}","modified":"{M1}","pattern":"[ipv4-addr:value = '{ip}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"{extra}}}"#,
        indicator_id(n)
    )
}

async fn sees(app: &App, who: &Cred, n: u32) -> bool {
    app.get(&format!("{}{}/", app.objects_url(), indicator_id(n)), who)
        .await
        .status
        == 200
}

async fn notices(app: &App, who: &Cred) -> Vec<Value> {
    let r = app
        .api(reqwest::Method::GET, "notifications", who, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json()["notifications"].as_array().unwrap().clone()
}

/// An originator hears once a day that a member asked about a value: asking again tells it
/// nothing new. A holder that was not told yet, another asker, or the next day are news.
#[tokio::test]
async fn a_repeated_question_tells_the_originator_once_a_day() {
    let clock = ManualClock::at("2026-03-02T09:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    app.add(&ann, &[ip_indicator(1, "198.51.100.7", AMBER)])
        .await;
    let ask = |who: Cred| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::POST,
                "hits",
                &who,
                Some(json!({"value": "198.51.100.7"})),
            )
            .await
        }
    };
    for _ in 0..3 {
        let r = ask(bob.clone()).await;
        assert_eq!(r.status, 200, "{}", r.text);
        assert_eq!(r.json()["hits"], json!([{"member": "alpha", "items": 1}]));
    }
    assert_eq!(
        notices(&app, &ann).await.len(),
        1,
        "three questions, one notice"
    );
    // charlie comes to hold something on it: told of bravo's next question, alpha not again.
    app.add(&cat, &[ip_indicator(4, "198.51.100.7", RED)]).await;
    ask(bob.clone()).await;
    assert_eq!(notices(&app, &cat).await.len(), 1);
    assert_eq!(notices(&app, &ann).await.len(), 1);
    // Another asker is news to alpha.
    ask(cat.clone()).await;
    let told = notices(&app, &ann).await;
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(told.iter().any(|n| n["payload"]["asked_by"] == "charlie"));
    // A question every 23 hours: told on the first, not the second (within a day of it),
    // told again on the third, a day after the last notice.
    let hours = |h: i64| {
        clock
            .0
            .fetch_add(h * 3_600 * 1_000_000, std::sync::atomic::Ordering::SeqCst);
    };
    hours(25);
    ask(bob.clone()).await;
    assert_eq!(notices(&app, &ann).await.len(), 3, "the next day is news");
    hours(23);
    ask(bob.clone()).await;
    assert_eq!(notices(&app, &ann).await.len(), 3);
    hours(23);
    ask(bob.clone()).await;
    assert_eq!(
        notices(&app, &ann).await.len(),
        4,
        "a day after the last notice"
    ); // A domain asked in another case is the same question.
    app.add(
        &ann,
        &[format!(
            r#"{{"type":"indicator","spec_version":"2.1","id":"{}","created":"{M1}","modified":"{M1}","pattern":"[domain-name:value = 'courier.example']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"{AMBER}}}"#,
            indicator_id(9)
        )],
    )
    .await;
    for typed in ["Courier.EXAMPLE", "courier.example"] {
        let r = app
            .api(
                reqwest::Method::POST,
                "hits",
                &bob,
                Some(json!({ "value": typed })),
            )
            .await;
        assert_eq!(
            r.json()["hits"],
            json!([{"member": "alpha", "items": 1}]),
            "{}",
            r.text
        );
    }
    assert_eq!(
        notices(&app, &ann).await.len(),
        5,
        "two typings, one question, one notice"
    );
}

#[tokio::test]
async fn hit_no_hit_reveals_holders_and_counts_only() {
    let app = spawn_app().await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    app.add(
        &ann,
        &[
            ip_indicator(1, "198.51.100.7", AMBER),
            ip_indicator(2, "198.51.100.7", AMBER),
            ip_indicator(3, "203.0.113.9", ""),
        ],
    )
    .await;
    app.add(&cat, &[ip_indicator(4, "198.51.100.7", RED)]).await;

    let r = app
        .api(
            reqwest::Method::POST,
            "hits",
            &bob,
            Some(json!({"value": " 198.51.100.7 "})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(v["visible"], 0);
    assert_eq!(
        v["hits"],
        json!([{"member": "alpha", "items": 2}, {"member": "charlie", "items": 1}])
    );
    // Nothing of the content: no ids, no patterns.
    assert!(
        !r.text.contains("indicator--") && !r.text.contains("pattern"),
        "{}",
        r.text
    );
    // What the asker can read is counted as visible, not as a hit.
    let v = app
        .api(
            reqwest::Method::POST,
            "hits",
            &bob,
            Some(json!({"value": "203.0.113.9"})),
        )
        .await
        .json();
    assert_eq!(v["visible"], 1);
    assert_eq!(v["hits"], json!([]));
    // The originators are told who asked.
    let told = notices(&app, &ann).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0]["kind"], "hit");
    assert_eq!(told[0]["payload"]["asked_by"], "bravo");
    assert_eq!(told[0]["payload"]["items"], 2);
    assert_eq!(notices(&app, &cat).await.len(), 1);
    assert!(notices(&app, &bob).await.is_empty());

    // Bad input and the hourly limit.
    let r = app
        .api(
            reqwest::Method::POST,
            "hits",
            &bob,
            Some(json!({"values": "x"})),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["code"], "bad-body");
    let r = app
        .api(
            reqwest::Method::POST,
            "hits",
            &bob,
            Some(json!({"value": "  "})),
        )
        .await;
    assert_eq!(r.status, 400);
    let limit = app.state.center.hits_per_hour();
    for _ in 2..limit {
        let r = app
            .api(
                reqwest::Method::POST,
                "hits",
                &bob,
                Some(json!({"value": "nothing.example"})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    let r = app
        .api(
            reqwest::Method::POST,
            "hits",
            &bob,
            Some(json!({"value": "one.more.example"})),
        )
        .await;
    assert_eq!(r.status, 429, "{}", r.text);
    let p = r.json();
    assert_eq!(p["code"], "rate-limited");
    assert!(p["detail"].as_str().unwrap().contains("try again later"));
    // Another member has its own allowance.
    let r = app
        .api(
            reqwest::Method::POST,
            "hits",
            &cat,
            Some(json!({"value": "198.51.100.7"})),
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["hits"], json!([{"member": "alpha", "items": 2}]));
}

#[tokio::test]
async fn release_requests_are_decided_by_the_originators_liaison_officer() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_user(
            Authority::Console,
            "alpha",
            "lena",
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let (ann, bob, cat, lena) = (user("ann"), user("bob"), user("cat"), user("lena"));
    app.add(
        &ann,
        &[
            ip_indicator(1, "198.51.100.7", AMBER),
            ip_indicator(2, "198.51.100.8", AMBER),
            ip_indicator(3, "198.51.100.8", AMBER),
            ip_indicator(4, "198.51.100.8", RED),
        ],
    )
    .await;
    assert!(!sees(&app, &bob, 1).await);
    let mut bobs_events = Events::new(Events::open(&app, &bob, None).await);

    // Bravo asks for one object.
    let r = app.api(reqwest::Method::POST,
        "release-requests",
        &bob,
        Some(
            json!({"originator": "alpha", "object_id": indicator_id(1), "reason": "case 2026/17"}),
        ),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let req = r.json();
    assert_eq!(req["status"], "pending");
    assert_eq!(req["target"], "bravo");
    let id = req["id"].as_i64().unwrap();
    let told = notices(&app, &ann).await;
    assert_eq!(told[0]["kind"], "release_request");
    assert_eq!(told[0]["payload"]["from"], "bravo");

    // Only a liaison officer of alpha decides; charlie does not even see the request.
    let path = format!("release-requests/{id}/approve");
    assert_eq!(
        app.api(reqwest::Method::POST, &path, &ann, None)
            .await
            .status,
        403
    );
    assert_eq!(
        app.api(reqwest::Method::POST, &path, &cat, None)
            .await
            .status,
        404
    );
    assert_eq!(
        app.api(reqwest::Method::POST, &path, &bob, None)
            .await
            .status,
        403
    );
    let r = app
        .api(
            reqwest::Method::POST,
            &path,
            &lena,
            Some(json!({"answer": "granted"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["status"], "approved");
    assert_eq!(r.json()["released"], 1);
    assert!(sees(&app, &bob, 1).await && !sees(&app, &cat, 1).await);
    assert_eq!(
        app.api(reqwest::Method::POST, &path, &lena, None)
            .await
            .status,
        409
    );
    // Bravo is told, on its stream too.
    let (_, e) = bobs_events.next().await.expect("a notification event");
    assert_eq!(e["kind"], "release_decision");
    assert_eq!(e["payload"]["status"], "approved");

    // After a hit, bravo asks for what alpha holds on a value, for charlie.
    let r = app.api(reqwest::Method::POST,
        "release-requests",
        &bob,
        Some(json!({"originator": "alpha", "target": "charlie", "value": "198.51.100.8", "reason": "joint case"})),
    )
    .await;
    let id = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("release-requests/{id}/approve"),
            &lena,
            None,
        )
        .await;
    // The two AMBER objects are released; the RED one is for named people only.
    assert_eq!(r.json()["released"], 2, "{}", r.text);
    assert!(sees(&app, &cat, 2).await && sees(&app, &cat, 3).await && !sees(&app, &cat, 4).await);
    assert!(!sees(&app, &bob, 2).await);
    assert_eq!(notices(&app, &cat).await[0]["kind"], "release_decision");

    // A refusal releases nothing.
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &cat,
            Some(json!({"originator": "alpha", "object_id": indicator_id(1), "reason": "please"})),
        )
        .await;
    let id = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("release-requests/{id}/refuse"),
            &lena,
            Some(json!({"answer": "not now"})),
        )
        .await;
    assert_eq!(r.json()["status"], "refused");
    assert!(!sees(&app, &cat, 1).await);

    // Each side lists what concerns it.
    let r = app
        .api(reqwest::Method::GET, "release-requests", &lena, None)
        .await;
    assert_eq!(r.json()["requests"].as_array().unwrap().len(), 3);
    let r = app
        .api(reqwest::Method::GET, "release-requests", &cat, None)
        .await;
    assert_eq!(r.json()["requests"].as_array().unwrap().len(), 1);
    // Bad requests say what is missing.
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &bob,
            Some(json!({"originator": "alpha", "reason": "x"})),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.json()["detail"]
            .as_str()
            .unwrap()
            .contains("either one object")
    );
}

#[tokio::test]
async fn correlations_follow_visibility_and_noisy_keys_link_nothing() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    app.add(
        &ann,
        &[
            ip_indicator(1, "198.51.100.7", ""),
            ip_indicator(2, "198.51.100.7", AMBER),
            ip_indicator(3, "198.51.100.7", ""),
            ip_indicator(4, "203.0.113.1", ""),
        ],
    )
    .await;
    let linked = |who: Cred, n: u32| {
        let app = &app;
        async move {
            let r = app
                .api(
                    reqwest::Method::GET,
                    &format!("objects/{}/correlations", indicator_id(n)),
                    &who,
                    None,
                )
                .await;
            (r.status, r.json())
        }
    };
    let ids = |v: &Value| -> Vec<String> {
        v["correlations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["stix_id"].as_str().unwrap().to_string())
            .collect()
    };
    let (status, v) = linked(ann.clone(), 1).await;
    assert_eq!(status, 200);
    assert_eq!(ids(&v), [indicator_id(2), indicator_id(3)]);
    assert_eq!(v["correlations"][0]["key"], "ipv4:198.51.100.7");
    // Bravo does not see the AMBER one, on either end.
    let (_, v) = linked(bob.clone(), 1).await;
    assert_eq!(ids(&v), [indicator_id(3)]);
    let (status, v) = linked(bob.clone(), 2).await;
    assert_eq!(status, 404, "{v}");
    // An excluded key links nothing; so does a key over the limit.
    let r = app
        .api(
            reqwest::Method::POST,
            "correlation/exclusions",
            &admin,
            Some(json!({"key": "ipv4:198.51.100.7"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    assert!(ids(&linked(ann.clone(), 1).await.1).is_empty());
    let keys = app
        .api(reqwest::Method::GET, "correlation/keys", &admin, None)
        .await
        .json();
    assert_eq!(keys["keys"][0]["key"], "ipv4:198.51.100.7");
    assert_eq!(keys["keys"][0]["excluded"], true);
    assert_eq!(
        app.api(reqwest::Method::GET, "correlation/keys", &bob, None)
            .await
            .status,
        403
    );
    app.api(
        reqwest::Method::POST,
        "correlation/exclusions",
        &admin,
        Some(json!({"key": "ipv4:198.51.100.7", "excluded": false})),
    )
    .await;
    assert_eq!(ids(&linked(ann.clone(), 1).await.1).len(), 2);
    app.state
        .center
        .set_noisy_limit(domain::service::Authority::Console, 2)
        .await
        .unwrap();
    assert!(
        ids(&linked(ann, 1).await.1).is_empty(),
        "three objects carry it"
    );
}

#[tokio::test]
async fn search_finds_only_what_the_reader_may_see_and_counts_facets() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    let named = |n: u32, name: &str, extra: &str| {
        format!(
            r#"{{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--{n:08x}-3333-4333-8333-333333333333","created":"{M1}","modified":"{M1}","name":"{name}","description":"Seen near the harbour"{extra}}}"#
        )
    };
    app.add(
        &ann,
        &[
            named(1, "Northern Cell", ""),
            named(2, "Northern Brigade", AMBER),
            named(3, "Southern Cell", ""),
        ],
    )
    .await;
    app.add(&bob, &[ip_indicator(9, "198.51.100.9", "")]).await;
    let search = |who: Cred, q: &str| {
        let app = &app;
        let q = q.to_string();
        async move {
            app.api(reqwest::Method::GET, &format!("search?q={q}"), &who, None)
                .await
                .json()
        }
    };
    let names = |v: &Value| -> Vec<String> {
        let mut n: Vec<String> = v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    let v = search(ann.clone(), "northern").await;
    assert_eq!(names(&v), ["Northern Brigade", "Northern Cell"]);
    assert_eq!(
        v["facets"]["type"][0],
        json!({"value": "threat-actor", "count": 2})
    );
    assert_eq!(
        (v["counted"].clone(), v["complete"].clone()),
        (json!(2), json!(true))
    );
    // Newest first, and `next` pages on to older hits.
    let r = app
        .api(reqwest::Method::GET, "search?q=harbour&limit=2", &ann, None)
        .await;
    let first = r.json();
    let hits: Vec<&str> = first["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(hits, ["Southern Cell", "Northern Brigade"], "{}", r.text);
    let next = first["next"].as_i64().unwrap();
    let rest = search(ann.clone(), &format!("harbour&limit=2&before={next}")).await;
    assert_eq!(names(&rest), ["Northern Cell"]);
    assert!(rest["next"].is_null());
    // Bravo finds and counts only what it may see.
    let v = search(bob.clone(), "northern").await;
    assert_eq!(names(&v), ["Northern Cell"]);
    assert_eq!(v["facets"]["tlp"], json!([{"value": "green", "count": 1}]));
    assert_eq!(
        v["facets"]["originator"],
        json!([{"value": "alpha", "count": 1}])
    );
    // Two words: both must occur; the description is searched too.
    assert_eq!(
        names(&search(ann.clone(), "cell%20harbour").await),
        ["Northern Cell", "Southern Cell"]
    );
    // Facet filters narrow the hits.
    let r = app
        .api(reqwest::Method::GET, "search?q=cell&tlp=amber", &ann, None)
        .await;
    assert_eq!(r.json()["hits"].as_array().unwrap().len(), 0, "{}", r.text);
    let r = app
        .api(reqwest::Method::GET, "search?q=cell&tlp=purple", &ann, None)
        .await;
    assert_eq!(r.status, 400);
    let r = app
        .api(reqwest::Method::GET, "search?q=%20", &ann, None)
        .await;
    assert_eq!(r.status, 400);
}

#[tokio::test]
async fn sightings_and_timelines_count_only_what_the_reader_may_see() {
    let app = spawn_app().await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    let group = "intrusion-set--00000000-4444-4444-8444-444444444444";
    app.add(
        &ann,
        &[
            format!(r#"{{"type":"intrusion-set","spec_version":"2.1","id":"{group}","created":"{M1}","modified":"{M1}","name":"Dock Street cell"}}"#),
            ip_indicator(1, "198.51.100.7", ""),
        ],
    )
    .await;
    let sighting = |n: u32, of: &str, extra: &str| {
        format!(
            r#"{{"type":"sighting","spec_version":"2.1","id":"sighting--{n:08x}-5555-4555-8555-555555555555","created":"{M1}","modified":"{M1}","sighting_of_ref":"{of}","count":1{extra}}}"#
        )
    };
    app.add(&bob, &[sighting(1, &indicator_id(1), "")]).await;
    app.add(&cat, &[sighting(2, &indicator_id(1), AMBER)]).await;
    app.add(&cat, &[sighting(3, &indicator_id(1), "")]).await;
    let seen = |who: Cred| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::GET,
                &format!("objects/{}/sightings", indicator_id(1)),
                &who,
                None,
            )
            .await
            .json()
        }
    };
    let v = seen(ann.clone()).await;
    assert_eq!(v["seen_by"], 2, "bravo and charlie: {v}");
    assert_eq!(
        v["sightings"].as_array().unwrap().len(),
        2,
        "not charlie's AMBER one"
    );
    let v = seen(cat.clone()).await;
    assert_eq!(
        v["sightings"].as_array().unwrap().len(),
        3,
        "charlie sees its own"
    );

    // A report about the group, AMBER for alpha alone, and a GREEN relationship.
    app.add(
        &ann,
        &[format!(r#"{{"type":"report","spec_version":"2.1","id":"report--00000000-6666-4666-8666-666666666666","created":"{M1}","modified":"{M1}","name":"Dock Street","published":"{M1}","object_refs":["{group}"]{AMBER}}}"#)],
    )
    .await;
    app.add(
        &bob,
        &[format!(r#"{{"type":"relationship","spec_version":"2.1","id":"relationship--00000000-6666-4666-8666-666666666666","created":"{M1}","modified":"{M1}","relationship_type":"attributed-to","source_ref":"campaign--00000000-6666-4666-8666-666666666666","target_ref":"{group}"}}"#)],
    )
    .await;
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("groups/{group}/status"),
            &bob,
            Some(json!({"state": "disrupted"})),
        )
        .await;
    assert_eq!(r.status, 403, "only the member that tracks it");
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("groups/{group}/status"),
            &ann,
            Some(json!({"state": "disrupted", "note": "two arrests"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let timeline = |who: Cred| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::GET,
                &format!("groups/{group}/timeline"),
                &who,
                None,
            )
            .await
            .json()
        }
    };
    let v = timeline(ann).await;
    assert_eq!(v["statuses"][0]["state"], "disrupted");
    assert_eq!(v["objects"].as_array().unwrap().len(), 2, "{v}");
    let v = timeline(bob).await;
    let types: Vec<&str> = v["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        ["relationship"],
        "bravo does not see alpha's AMBER report"
    );
    // Correlation does not link objects merely for referring to the same one.
    let v = app
        .api(
            reqwest::Method::GET,
            &format!("objects/{}/correlations", indicator_id(1)),
            &cat,
            None,
        )
        .await
        .json();
    assert!(v["correlations"].as_array().unwrap().is_empty(), "{v}");
}

#[tokio::test]
async fn outcomes_show_only_the_intelligence_the_reader_may_see() {
    let app = spawn_app().await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    app.add(&ann, &[ip_indicator(1, "198.51.100.7", "")]).await;
    app.add(&bob, &[ip_indicator(2, "198.51.100.8", AMBER)])
        .await;
    // Bravo records an arrest its own AMBER indicator and alpha's GREEN one led to.
    let body = json!({"kind": "arrest", "description": "Two arrests in the port", "occurred": "2026-03-01T00:00:00Z", "objects": [indicator_id(1), indicator_id(2)]});
    let r = app
        .api(reqwest::Method::POST, "outcomes", &bob, Some(body))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    // Charlie cannot link what it cannot see.
    let r = app
        .api(reqwest::Method::POST, "outcomes", &cat, Some(json!({"kind": "arrest", "occurred": "2026-03-01T00:00:00Z", "objects": [indicator_id(2)]})))
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "outcomes",
            &cat,
            Some(json!({"kind": "party", "occurred": "2026-03-01T00:00:00Z", "objects": []})),
        )
        .await;
    assert_eq!(r.json()["code"], "bad-kind");
    let seen = |who: Cred| {
        let app = &app;
        async move {
            app.api(reqwest::Method::GET, "outcomes", &who, None)
                .await
                .json()["outcomes"][0]
                .clone()
        }
    };
    let v = seen(bob).await;
    assert_eq!(v["contributors"], json!(["alpha", "bravo"]));
    let v = seen(cat).await;
    assert_eq!(v["objects"], json!([indicator_id(1)]), "{v}");
    assert_eq!(v["contributors"], json!(["alpha"]));
    assert_eq!(v["withheld"], 1);
    assert_eq!(v["kind"], "arrest");
    let _ = ann;
}

#[tokio::test]
async fn locations_meet_on_the_centers_grid() {
    let app = spawn_app().await;
    let ann = user("ann");
    let place = |n: u32, lat: f64, lon: f64| {
        format!(
            r#"{{"type":"location","spec_version":"2.1","id":"location--{n:08x}-7777-4777-8777-777777777777","created":"{M1}","modified":"{M1}","latitude":{lat},"longitude":{lon}}}"#
        )
    };
    let linked = |n: u32| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::GET,
                &format!("objects/location--{n:08x}-7777-4777-8777-777777777777/correlations"),
                &user("ann"),
                None,
            )
            .await
            .json()["correlations"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    // About 30 km apart: different cells of 0.1 degree.
    app.add(&ann, &[place(1, 51.92, 4.47), place(2, 51.70, 4.40)])
        .await;
    assert_eq!(linked(1).await, 0);
    app.state
        .center
        .set_grid_degrees(domain::service::Authority::Console, 1.0)
        .await
        .unwrap();
    app.add(&ann, &[place(3, 51.95, 4.45), place(4, 51.60, 4.90)])
        .await;
    assert_eq!(linked(3).await, 1, "one-degree cells bring them together");
}

/// The cases of the languages issue, through the REST API: what one member types in its
/// script and keyboard finds what another wrote.
#[tokio::test]
async fn search_finds_names_across_keyboards_diacritics_and_articles() {
    let app = spawn_app().await;
    let actor = |n: u32, name: &str| {
        format!(
            r#"{{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--{n:08x}-0000-4000-8000-00000000abcd","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"{name}"}}"#
        )
    };
    let names = [
        (1, "هسته خفته کرکوک"),
        (2, "خلية الموصل النائمة"),
        (3, "خَلِيَّة المَوْصِل"),
        (4, "Ёлкино"),
        (5, "Cellule de Sétif"),
    ];
    let objects: Vec<String> = names.iter().map(|(n, name)| actor(*n, name)).collect();
    assert_eq!(app.add(&user("ann"), &objects).await["success_count"], 5);
    for (q, want) in [
        ("كركوك", vec![1]),
        ("الموصل", vec![2, 3]),
        ("موصل", vec![2, 3]),
        ("Елкино", vec![4]),
        ("setif", vec![5]),
    ] {
        let path: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let r = app
            .api(
                reqwest::Method::GET,
                &format!("search?q={path}"),
                &user("bob"),
                None,
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        let mut got: Vec<u32> = r.json()["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                let id = h["id"].as_str().unwrap();
                u32::from_str_radix(&id["threat-actor--".len().."threat-actor--".len() + 8], 16)
                    .unwrap()
            })
            .collect();
        got.sort();
        assert_eq!(got, want, "{q}: {}", r.text);
    }
}

/// The originator's liaison officer releases its own AMBER object to another member from the
/// object's page, with nobody to ask: that member reads it and is told; nobody else does. Only
/// a liaison officer of the originator may, only its own AMBER objects, and the API says so.
#[tokio::test]
async fn an_originator_releases_its_own_intelligence_from_the_object_page() {
    use crate::web::{get, post_form, sign_in};
    const GREEN: &str =
        r#","object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]"#;
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lena"), ("bravo", "boris")]).await;
    let (ann, bob, cat, lena, boris) = (
        user("ann"),
        user("bob"),
        user("cat"),
        user("lena"),
        user("boris"),
    );
    app.add(
        &ann,
        &[
            ip_indicator(1, "198.51.100.7", AMBER),
            ip_indicator(5, "198.51.100.9", GREEN),
        ],
    )
    .await;
    assert!(!sees(&app, &bob, 1).await && !sees(&app, &cat, 1).await);
    let id = indicator_id(1);
    let path = format!("/objects/{id}");

    // The form is offered to alpha's liaison officer, not to its analyst.
    let officer = sign_in(&app, "lena").await;
    let (_, page) = get(&app, &officer, &path).await;
    assert!(
        page.contains(&format!("action=\"/objects/{id}/release\"")),
        "{page}"
    );
    assert!(page.contains("value=\"bravo\"") && !page.contains("value=\"alpha\""));
    let analyst = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &analyst, &path).await;
    assert!(!page.contains("/release\""), "{page}");

    // No member chosen: said at the field, nothing released.
    let release = format!("{path}/release");
    let (status, page) = post_form(
        &app,
        &officer,
        &release,
        &[("member", ""), ("note", "case 17")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("name the member to release to") && page.contains("case 17"));
    assert!(!sees(&app, &bob, 1).await);

    let (status, page) = post_form(
        &app,
        &officer,
        &release,
        &[("member", "bravo"), ("note", "case 17")],
    )
    .await;
    assert_eq!(status, 303, "{page}");
    assert!(sees(&app, &bob, 1).await && !sees(&app, &cat, 1).await);
    let told = notices(&app, &bob).await;
    assert_eq!(told[0]["kind"], "release", "{told:?}");
    assert_eq!(told[0]["payload"]["object_id"], id);
    assert_eq!(told[0]["payload"]["answer"], "case 17");
    assert!(notices(&app, &cat).await.is_empty());
    assert!(
        notices(&app, &ann)
            .await
            .iter()
            .all(|n| n["kind"] != "release")
    );
    // Bravo is listed as released to and no longer offered; the release requests page says
    // alpha released it.
    let (_, page) = get(&app, &officer, &format!("{path}?done=released")).await;
    assert!(
        page.contains("The object is released to the member you chose"),
        "{page}"
    );
    assert!(!page.contains("value=\"bravo\"") && page.contains("value=\"charlie\""));
    let (_, page) = get(&app, &officer, "/release-requests").await;
    assert!(page.contains("released by us"), "{page}");
    // Its own direction in the list's filter: not among the requests sent.
    let (_, page) = get(&app, &officer, "/release-requests?kind=released").await;
    assert!(page.contains("id=\"request-"), "{page}");
    let (_, page) = get(&app, &officer, "/release-requests?kind=ours").await;
    assert!(!page.contains("id=\"request-"), "{page}");
    let (_, page) = get(&app, &sign_in(&app, "bob").await, "/notifications").await;
    assert!(
        page.contains("released intelligence to your member"),
        "{page}"
    );

    // The API: the analyst may not; a GREEN object is every member's already; bravo may not
    // release alpha's object it now reads; a refusal releases nothing.
    let grant = |who: Cred, originator: &'static str, n: u32| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::POST,
                "release-requests",
                &who,
                Some(json!({"originator": originator, "target": "charlie", "object_id": indicator_id(n), "reason": ""})),
            )
            .await
        }
    };
    let r = grant(ann.clone(), "alpha", 1).await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = grant(lena.clone(), "alpha", 5).await;
    assert_eq!(r.status, 409, "{}", r.text);
    let r = grant(boris.clone(), "bravo", 1).await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(
        r.text.contains("only it may release it further"),
        "{}",
        r.text
    );
    assert!(!sees(&app, &cat, 1).await);
    let r = grant(lena.clone(), "alpha", 1).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["status"], "approved");
    assert_eq!(r.json()["released"], 1);
    assert!(sees(&app, &cat, 1).await);
    // An applicant is no member to release to, whatever the API is told.
    applicant(&app, "delta", "Delta Directorate").await;
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &lena,
            Some(json!({"originator": "alpha", "target": "delta", "object_id": indicator_id(1), "reason": ""})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(r.json()["code"], "not-in-good-standing", "{}", r.text);
    // An object nobody shared is not found, as one kept from the caller would be.
    let r = grant(lena.clone(), "alpha", 77).await;
    assert_eq!(r.status, 404, "{}", r.text);

    // A report goes with alpha's AMBER objects it refers to, not its RED one nor bravo's.
    app.add(
        &ann,
        &[
            ip_indicator(6, "198.51.100.61", AMBER),
            ip_indicator(7, "198.51.100.62", RED),
        ],
    )
    .await;
    app.add(&bob, &[ip_indicator(8, "198.51.100.63", AMBER)])
        .await;
    let report = "report--00000009-0000-4000-8000-000000000000";
    let refs = json!([indicator_id(6), indicator_id(7), indicator_id(8)]);
    app.add(
        &ann,
        &[format!(
            r#"{{"type":"report","spec_version":"2.1","id":"{report}","created":"{M1}","modified":"{M1}","name":"Port case","published":"{M1}","object_refs":{refs}{AMBER}}}"#
        )],
    )
    .await;
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &lena,
            Some(json!({"originator": "alpha", "target": "charlie", "object_id": report, "reason": "port case"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["released"], 2, "{}", r.text);
    assert!(sees(&app, &cat, 6).await);
    assert!(!sees(&app, &cat, 7).await && !sees(&app, &cat, 8).await);
}
