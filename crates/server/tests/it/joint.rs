//! Joint operations through the API: the lead invites, members answer, participants run
//! tasks, a timeline, the intelligence concerned (each seeing only what is released to it)
//! and outcomes; the presidency sees that it exists and how it stands; nobody else sees it.

use reqwest::Method;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn a_joint_operation_is_run_by_its_participants_and_seen_by_nobody_else() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app
        .api(
            Method::POST,
            "joint-operations",
            &user("ann"),
            Some(json!({"title": "Harbour cell", "objectives": "Locate and arrest the cell's couriers", "invite": ["bravo", "charlie", "nobody"]})),
        )
        .await;
    assert_eq!(r.status, 400, "an unknown member is named: {}", r.text);
    assert!(r.text.contains("nobody"), "{}", r.text);
    let r = app
        .api(
            Method::POST,
            "joint-operations",
            &user("ann"),
            Some(json!({"title": "Harbour cell", "objectives": "Locate and arrest the cell's couriers", "invite": ["bravo", "charlie"]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let path = |p: &str| format!("joint-operations/{id}{p}");

    // Invited members read it, to decide; charlie declines and reads it no more.
    let r = app
        .api(Method::GET, "joint-operations", &user("bob"), None)
        .await;
    assert_eq!(r.json()["joint_operations"][0]["title"], "Harbour cell");
    let r = app
        .api(
            Method::POST,
            &path("/answer"),
            &user("cat"),
            Some(json!({"accept": false})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let hidden = app.api(Method::GET, &path(""), &user("cat"), None).await;
    let missing = app
        .api(Method::GET, "joint-operations/999999", &user("cat"), None)
        .await;
    assert_eq!(hidden.status, 404);
    assert_eq!(hidden.text, missing.text);
    let r = app
        .api(
            Method::POST,
            &path("/timeline"),
            &user("cat"),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.text);
    // Bravo must accept before it acts.
    let r = app
        .api(
            Method::POST,
            &path("/timeline"),
            &user("bob"),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/answer"),
            &user("bob"),
            Some(json!({"accept": true})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);

    // Tasks: the lead gives one to bravo, bravo closes it; bravo cannot give alpha one.
    let r = app
        .api(Method::POST, &path("/tasks"), &user("ann"), Some(json!({"member": "bravo", "title": "Watch the quay", "due": "2099-01-01T00:00:00Z"})))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let task = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            Method::POST,
            &path("/tasks"),
            &user("bob"),
            Some(json!({"member": "alpha", "title": "x", "due": "2099-01-01T00:00:00Z"})),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/tasks"),
            &user("ann"),
            Some(json!({"member": "charlie", "title": "x", "due": "2099-01-01T00:00:00Z"})),
        )
        .await;
    assert_eq!(r.status, 400, "charlie takes no part: {}", r.text);
    let r = app
        .api(
            Method::POST,
            &format!("joint-operations/{id}/tasks/{task}"),
            &user("bob"),
            Some(json!({"status": "done"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/timeline"),
            &user("bob"),
            Some(json!({"text": "Courier seen at the quay, 06:10"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);

    // Intelligence: each participant sees only what is released to it.
    app.add(
        &user("ann"),
        &[indicator(1, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    let amber =
        r#","object_marking_refs":["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]"#;
    app.add(
        &user("ann"),
        &[indicator(2, "2020-01-01T00:00:00.000Z", amber)],
    )
    .await;
    for n in [1, 2] {
        let r = app
            .api(
                Method::POST,
                &path("/links"),
                &user("ann"),
                Some(json!({"object": indicator_id(n)})),
            )
            .await;
        assert_eq!(r.status, 204, "{}", r.text);
    }
    let r = app
        .api(
            Method::POST,
            &path("/links"),
            &user("bob"),
            Some(json!({"object": indicator_id(2)})),
        )
        .await;
    assert_eq!(
        r.status, 404,
        "bravo cannot link what it cannot see: {}",
        r.text
    );
    let r = app
        .api(
            Method::POST,
            &path("/outcomes"),
            &user("bob"),
            Some(json!({"kind": "arrest", "description": "Two couriers arrested", "occurred": "2026-01-01T00:00:00Z", "objects": [indicator_id(1)]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let bravo = app.api(Method::GET, &path(""), &user("bob"), None).await;
    assert_eq!(bravo.status, 200, "{}", bravo.text);
    let v = bravo.json();
    assert_eq!(v["links"], json!([indicator_id(1)]));
    assert_eq!(v["withheld_links"], 1);
    assert!(!bravo.text.contains(&indicator_id(2)), "{}", bravo.text);
    assert_eq!(v["tasks"][0]["status"], "done");
    assert_eq!(v["timeline"][0]["member"], "bravo");
    assert_eq!(v["outcomes"].as_array().unwrap().len(), 1, "{v}");
    let alpha = app
        .api(Method::GET, &path(""), &user("ann"), None)
        .await
        .json();
    assert_eq!(alpha["links"].as_array().unwrap().len(), 2);
    // The outcome is one of the center's: the statistics count it.
    let r = app.api(Method::GET, "outcomes", &user("cat"), None).await;
    assert!(r.text.contains("Two couriers arrested"), "{}", r.text);

    // The presidency sees that it exists and how it stands, nothing more.
    let r = app
        .api(Method::GET, "joint-operations/overview", &admin, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["joint_operations"][0]["participants"], 2);
    assert_eq!(r.json()["joint_operations"][0]["outcomes"], 1);
    assert!(
        !r.text.contains("Harbour") && !r.text.contains("alpha"),
        "{}",
        r.text
    );
    let r = app
        .api(Method::GET, "joint-operations/overview", &user("bob"), None)
        .await;
    assert_eq!(r.status, 403, "{}", r.text);

    // Only the lead concludes; then nothing more is added.
    let r = app
        .api(Method::POST, &path("/conclude"), &user("bob"), None)
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(Method::POST, &path("/conclude"), &user("ann"), None)
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/timeline"),
            &user("bob"),
            Some(json!({"text": "late"})),
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
    let r = app
        .api(Method::GET, "joint-operations/overview", &admin, None)
        .await;
    assert_eq!(r.json()["joint_operations"][0]["status"], "concluded");
}

/// The pages: the lead opens a joint operation with invitations, the invited member accepts
/// on its page, tasks and the timeline are kept there; the center's administrator sees the
/// overview (how each stands, not what it is); a member not asked finds nothing.
#[tokio::test]
async fn the_pages_run_a_joint_operation() {
    use crate::web::{get, post_form, sign_in};
    let app = spawn_app().await;
    let ann = sign_in(&app, "ann").await;
    let (status, page) = get(&app, &ann, "/joint-operations").await;
    assert_eq!(status, 200, "{page}");
    let (status, page) = post_form(
        &app,
        &ann,
        "/joint-operations",
        &[("title", ""), ("invite", "bravo")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("needs a title"), "{page}");
    let (status, _) = post_form(
        &app,
        &ann,
        "/joint-operations",
        &[
            ("title", "Harbour cell"),
            ("objectives", "Arrest the couriers"),
            ("invite", "bravo"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let id = app
        .api(Method::GET, "joint-operations", &user("ann"), None)
        .await
        .json()["joint_operations"][0]["id"]
        .as_i64()
        .unwrap();
    let bob = sign_in(&app, "bob").await;
    let (_, page) = get(&app, &bob, &format!("/joint-operations/{id}")).await;
    assert!(
        page.contains("action=\"/joint-operations/") && page.contains("value=\"accept\""),
        "{page}"
    );
    let (status, _) = post_form(
        &app,
        &bob,
        &format!("/joint-operations/{id}/answer"),
        &[("answer", "accept")],
    )
    .await;
    assert_eq!(status, 303);
    let (status, _) = post_form(
        &app,
        &ann,
        &format!("/joint-operations/{id}/tasks"),
        &[
            ("member", "bravo"),
            ("title", "Watch the quay"),
            ("due", "2099-01-01T08:00"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (status, _) = post_form(
        &app,
        &bob,
        &format!("/joint-operations/{id}/timeline"),
        &[("text", "Courier seen, 06:10")],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &bob, &format!("/joint-operations/{id}")).await;
    assert!(
        page.contains("Watch the quay") && page.contains("Courier seen, 06:10"),
        "{page}"
    );
    let (status, page) =
        post_form(&app, &ann, &format!("/joint-operations/{id}/conclude"), &[]).await;
    assert_eq!(status, 422, "the box must be ticked: {page}");

    let cat = sign_in(&app, "cat").await;
    let (status, _) = get(&app, &cat, &format!("/joint-operations/{id}")).await;
    assert_eq!(status, 404);
    let (_, page) = get(&app, &cat, "/joint-operations").await;
    assert!(!page.contains("Harbour"), "{page}");
    let admin = crate::web::sign_in_admin(&app).await;
    // The center's administrator runs no operation: the menu leads to the overview.
    let (_, home) = get(&app, &admin, "/").await;
    assert!(
        home.contains("<a href=\"/joint-operations\">Joint operations</a>"),
        "{home}"
    );
    let (status, page) = get(&app, &admin, "/joint-operations").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("Every joint operation of the center") && !page.contains("Harbour"),
        "{page}"
    );
}

/// Governance: the lead proposes its joint operation at a coming meeting; every member sees the
/// item and how the operation stands, only participants its title; the presidency may put it
/// on the agenda too; the plenary statistics report how the joint operations stood.
#[tokio::test]
async fn a_joint_operation_goes_to_the_plenary_and_into_its_statistics() {
    use crate::web::{get, post_form, sign_in};
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app
        .api(
            Method::POST,
            "joint-operations",
            &user("ann"),
            Some(json!({"title": "Harbour cell", "invite": ["bravo"]})),
        )
        .await;
    let id = r.json()["id"].as_i64().unwrap();
    let path = |p: &str| format!("joint-operations/{id}{p}");
    let r = app
        .api(
            Method::POST,
            &path("/answer"),
            &user("bob"),
            Some(json!({"accept": true})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    convene_plenary(&app).await;
    let meeting = app.api(Method::GET, "meetings", &admin, None).await.json()["meetings"][0]["id"]
        .as_i64()
        .unwrap();

    // Only the lead proposes it, with a title every member reads, at a meeting that exists.
    let propose = |title: &str, meeting: i64| json!({"meeting": meeting, "title": title});
    let r = app
        .api(
            Method::POST,
            &path("/proposals"),
            &user("bob"),
            Some(propose("x", meeting)),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/proposals"),
            &user("cat"),
            Some(propose("x", meeting)),
        )
        .await;
    assert_eq!(r.status, 404, "charlie is not asked: {}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/proposals"),
            &user("ann"),
            Some(propose(" ", meeting)),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(r.text.contains("every member reads"), "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/proposals"),
            &user("ann"),
            Some(propose("x", 999_999)),
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &path("/proposals"),
            &user("ann"),
            Some(propose("Proposal: act together at the port", meeting)),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);

    // Charlie sees the item and how the operation stands, not its title; bravo its title.
    let m = format!("meetings/{meeting}");
    let r = app.api(Method::GET, &m, &user("cat"), None).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let item = &r.json()["agenda"][0];
    assert_eq!(item["title"], "Proposal: act together at the port");
    assert_eq!(item["link"], json!({"kind": "joint", "ref": id}));
    assert_eq!(item["linked"], serde_json::Value::Null);
    assert_eq!(item["joint"]["status"], "active");
    assert_eq!(item["joint"]["participants"], 2);
    assert!(!r.text.contains("Harbour"), "{}", r.text);
    let r = app.api(Method::GET, &m, &user("bob"), None).await;
    assert_eq!(r.json()["agenda"][0]["linked"], "Harbour cell");
    let cat = sign_in(&app, "cat").await;
    let (_, page) = get(&app, &cat, &format!("/meetings/{meeting}")).await;
    assert!(
        page.contains("members taking part") && !page.contains("Harbour"),
        "{page}"
    );
    assert!(!page.contains(&format!("/joint-operations/{id}")), "{page}");
    let bob = sign_in(&app, "bob").await;
    let (_, page) = get(&app, &bob, &format!("/meetings/{meeting}")).await;
    assert!(
        page.contains(&format!("href=\"/joint-operations/{id}\"")) && page.contains("Harbour"),
        "{page}"
    );

    // The presidency puts it on the agenda too, by its number; an unknown one is not found.
    let r = app
        .api(
            Method::POST,
            &format!("{m}/agenda"),
            &admin,
            Some(json!({"title": "Joint operations: where they stand", "link": {"kind": "joint", "ref": id}})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = app
        .api(
            Method::POST,
            &format!("{m}/agenda"),
            &admin,
            Some(json!({"title": "x", "link": {"kind": "joint", "ref": 999_999}})),
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.text);

    // The lead proposes it from its page too.
    let ann = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann, &format!("/joint-operations/{id}")).await;
    assert!(
        page.contains(&format!("/joint-operations/{id}/proposals")),
        "{page}"
    );
    let (_, page) = get(&app, &bob, &format!("/joint-operations/{id}")).await;
    assert!(
        !page.contains("/proposals"),
        "only the lead proposes: {page}"
    );
    let (status, page) = post_form(
        &app,
        &ann,
        &format!("/joint-operations/{id}/proposals"),
        &[("meeting", &meeting.to_string()), ("title", "")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    let (status, _) = post_form(
        &app,
        &ann,
        &format!("/joint-operations/{id}/proposals"),
        &[("meeting", &meeting.to_string()), ("title", "Second look")],
    )
    .await;
    assert_eq!(status, 303);

    // An outcome of the joint operation; the plenary statistics report how it stands.
    app.add(
        &user("ann"),
        &[indicator(1, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    let r = app
        .api(
            Method::POST,
            &path("/links"),
            &user("ann"),
            Some(json!({"object": indicator_id(1)})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let now = stix::timestamp::taxii_timestamp(app.state.center.now());
    let r = app
        .api(
            Method::POST,
            &path("/outcomes"),
            &user("bob"),
            Some(json!({"kind": "arrest", "description": "Couriers arrested", "occurred": now, "objects": [indicator_id(1)]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = app.api(Method::GET, "statistics", &user("cat"), None).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let j = &r.json()["joint_operations"];
    assert_eq!(j["opened"], 1, "{j}");
    assert_eq!(j["active"], 1, "{j}");
    assert_eq!(j["concluded"], 0, "{j}");
    assert_eq!(j["outcomes"], 1, "{j}");
    assert_eq!(j["operations"][0]["id"], id, "{j}");
    assert_eq!(j["operations"][0]["participants"], 2, "{j}");
    assert_eq!(j["operations"][0]["outcomes"], 1, "{j}");
    assert!(!r.text.contains("Harbour"), "{}", r.text);
    let r = app
        .api(Method::POST, &path("/conclude"), &user("ann"), None)
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    // A report is kept for a while (refreshed every 30 s): another period is counted afresh.
    let r = app
        .api(
            Method::GET,
            "statistics?to=2099-01-01T00:00:00Z",
            &user("cat"),
            None,
        )
        .await;
    let j = &r.json()["joint_operations"];
    assert_eq!(
        (j["active"].clone(), j["concluded"].clone()),
        (json!(0), json!(1)),
        "{j}"
    );
    let (_, page) = get(&app, &cat, "/statistics").await;
    assert!(
        page.contains("Joint operations") && page.contains("Concluded in the period"),
        "{page}"
    );
    // The CSV export carries the same figures.
    let r = app
        .api(
            Method::GET,
            "statistics?to=2099-01-01T00:00:00Z&format=csv",
            &user("cat"),
            None,
        )
        .await;
    assert!(r.text.contains("center,,joint_concluded,,1"), "{}", r.text);
}
