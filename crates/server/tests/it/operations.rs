//! Operations and deconfliction through the API: two members registering the same target, or
//! events close in place and time, are both told at once with the other's member and contact
//! point and nothing else; a third member learns nothing; a closed operation matches nothing.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;

async fn operation(app: &App, who: &str, name: &str, contact: &str) -> i64 {
    let r = app
        .api(
            Method::POST,
            "operations",
            &user(who),
            Some(json!({"name": name, "contact": contact})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

async fn selectors(app: &App, who: &str, op: i64, lines: Value) -> Resp {
    app.api(
        Method::POST,
        &format!("operations/{op}/selectors"),
        &user(who),
        Some(json!({ "selectors": lines })),
    )
    .await
}

async fn notices(app: &App, who: &str) -> Vec<Value> {
    let r = app
        .api(
            Method::GET,
            "notifications?kinds=deconfliction",
            &user(who),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json()["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "deconfliction")
        .cloned()
        .collect()
}

#[tokio::test]
async fn two_members_on_one_target_are_told_at_once_and_nobody_else_learns_of_it() {
    let app = spawn_app().await;
    let harbour = operation(
        &app,
        "ann",
        "Harbour sweep",
        "Alpha duty desk, +32 2 555 0100",
    )
    .await;
    let r = selectors(
        &app,
        "ann",
        harbour,
        json!([
            {"kind": "phone", "value": "+44 20 7946 0958", "reference": "courier's phone"},
            {"kind": "email", "value": "Courier@Example.org"},
            {"kind": "iban", "value": "GB82 WEST 1234 5698 7654 32"},
        ]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["selectors"].as_array().unwrap().len(), 3);
    assert!(r.json()["deconflictions"].as_array().unwrap().is_empty());
    assert!(
        !["7946 0958", "7946-0958", "79460958"]
            .iter()
            .any(|v| r.text.contains(v)),
        "values are never given back: {}",
        r.text
    );

    // Bravo's phone is alpha's, written another way: both sides are told at once.
    let kelvra = operation(
        &app,
        "bob",
        "Kelvra watch",
        "Bravo night desk, +33 1 555 0199",
    )
    .await;
    let r = selectors(
        &app,
        "bob",
        kelvra,
        json!([{"kind": "phone", "value": "0044 (0)20 7946-0958", "reference": "target B"}]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let found = r.json()["deconflictions"].clone();
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["other_member"], "alpha");
    assert_eq!(found[0]["other_contact"], "Alpha duty desk, +32 2 555 0100");
    assert_eq!(found[0]["reference"], "target B");
    assert_eq!(found[0]["what"], "phone");
    assert!(
        !r.text.contains("Harbour") && !r.text.contains("courier"),
        "{}",
        r.text
    );

    let r = app
        .api(Method::GET, "deconflictions", &user("ann"), None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let d = r.json()["deconflictions"].clone();
    assert_eq!(d.as_array().unwrap().len(), 1, "{d}");
    assert_eq!(d[0]["other_member"], "bravo");
    assert_eq!(d[0]["other_contact"], "Bravo night desk, +33 1 555 0199");
    assert_eq!(d[0]["operation_name"], "Harbour sweep");
    assert_eq!(d[0]["reference"], "courier's phone");
    assert!(
        !r.text.contains("Kelvra") && !r.text.contains("target B"),
        "{}",
        r.text
    );

    for (who, other) in [("ann", "bravo"), ("bob", "alpha")] {
        let n = notices(&app, who).await;
        assert_eq!(n.len(), 1, "{who}: {n:?}");
        assert_eq!(n[0]["payload"]["other_member"], other);
        let text = n[0].to_string();
        let hidden = if who == "ann" { "Kelvra" } else { "Harbour" };
        assert!(
            !text.contains(hidden),
            "{who} is not told the other's operation: {text}"
        );
    }

    // Within alpha, only those who run operations read what they met.
    app.state
        .center
        .add_user(
            domain::service::Authority::Console,
            "alpha",
            "dan",
            vec![domain::Role::Delegate],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let r = app
        .api(Method::GET, "notifications", &user("dan"), None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        !r.text.contains("deconfliction") && !r.text.contains("Harbour"),
        "{}",
        r.text
    );

    // Charlie learns nothing: no list, no notice, and alpha's operation is not found exactly
    // as one that does not exist.
    assert!(notices(&app, "cat").await.is_empty());
    let r = app
        .api(Method::GET, "deconflictions", &user("cat"), None)
        .await;
    assert_eq!(r.json()["deconflictions"], json!([]));
    let r = app.api(Method::GET, "operations", &user("cat"), None).await;
    assert_eq!(r.json()["operations"], json!([]));
    let hidden = app
        .api(
            Method::GET,
            &format!("operations/{harbour}"),
            &user("cat"),
            None,
        )
        .await;
    let missing = app
        .api(Method::GET, "operations/999999", &user("cat"), None)
        .await;
    assert_eq!(hidden.status, 404);
    assert_eq!(hidden.text, missing.text);
    let r = selectors(
        &app,
        "cat",
        harbour,
        json!([{"kind": "email", "value": "x@example.org"}]),
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.text);

    // The owner reads its operation: kinds and references, never values.
    let r = app
        .api(
            Method::GET,
            &format!("operations/{harbour}"),
            &user("ann"),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["selectors"].as_array().unwrap().len(), 3);
    assert!(
        !["7946 0958", "7946-0958", "79460958"]
            .iter()
            .any(|v| r.text.contains(v))
            && !r.text.contains("WEST"),
        "{}",
        r.text
    );

    // A closed operation matches nothing more.
    let r = app
        .api(
            Method::POST,
            &format!("operations/{harbour}/close"),
            &user("ann"),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let r = selectors(
        &app,
        "bob",
        kelvra,
        json!([{"kind": "email", "value": "courier@example.org"}]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert!(
        r.json()["deconflictions"].as_array().unwrap().is_empty(),
        "{}",
        r.text
    );
    let r = selectors(
        &app,
        "ann",
        harbour,
        json!([{"kind": "email", "value": "y@example.org"}]),
    )
    .await;
    assert_eq!(r.status, 409, "{}", r.text);

    // The audit log says who registered and looked, and what matched, never a value.
    let r = app
        .api(
            Method::GET,
            "audit?limit=500",
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    for action in [
        "operation.register",
        "operation.selectors",
        "deconfliction.match",
        "deconfliction.list",
        "operation.read",
    ] {
        assert!(r.text.contains(action), "{action} is audited");
    }
    assert!(
        !["7946 0958", "7946-0958", "79460958"]
            .iter()
            .any(|v| r.text.contains(v))
            && !r.text.contains("Harbour"),
        "{}",
        r.text
    );
}

#[tokio::test]
async fn a_bad_line_names_itself_and_its_field_and_stores_nothing() {
    let app = spawn_app().await;
    let op = operation(&app, "ann", "Harbour sweep", "Alpha duty desk").await;
    let r = selectors(
        &app,
        "ann",
        op,
        json!([
            {"kind": "phone", "value": "020 7946 0958"},
            {"kind": "fax", "value": "1"},
            {"kind": "plate", "value": "AB-123-CD"},
            {"kind": "iban", "value": "GB82 WEST 1234 5698 7654 33"},
        ]),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let detail = r.json()["detail"].as_str().unwrap().to_string();
    assert!(
        detail.contains("line 1, value") && detail.contains("international form"),
        "{detail}"
    );
    assert!(
        detail.contains("line 2, kind") && detail.contains("'fax'"),
        "{detail}"
    );
    assert!(
        detail.contains("line 4, value") && detail.contains("IBAN"),
        "{detail}"
    );
    assert!(!detail.contains("line 3"), "{detail}");
    let r = app
        .api(Method::GET, &format!("operations/{op}"), &user("ann"), None)
        .await;
    assert_eq!(
        r.json()["selectors"],
        json!([]),
        "nothing of a refused list is stored"
    );

    // The same selector twice in one operation is stored once.
    let line = json!([{"kind": "plate", "value": "AB-123-CD"}]);
    assert_eq!(selectors(&app, "ann", op, line.clone()).await.status, 201);
    let r = selectors(&app, "ann", op, line).await;
    assert_eq!(r.json()["already_registered"], 1, "{}", r.text);

    // A delegate who is neither analyst nor liaison officer registers nothing.
    app.state
        .center
        .add_user(
            domain::service::Authority::Console,
            "alpha",
            "dan",
            vec![domain::Role::Delegate],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let r = app
        .api(
            Method::POST,
            "operations",
            &user("dan"),
            Some(json!({"name": "x", "contact": "desk"})),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
}

#[tokio::test]
async fn events_close_in_place_and_time_conflict() {
    let app = spawn_app().await;
    let a = operation(&app, "ann", "Harbour search", "Alpha tactical desk").await;
    let b = operation(&app, "bob", "Quay arrest", "Bravo tactical desk").await;
    let event = |lat: f64, lon: f64, starts: &str, ends: &str| {
        json!({"kind": "search", "latitude": lat, "longitude": lon, "radius_m": 300,
               "starts": starts, "ends": ends})
    };
    let add = |who: &'static str, op: i64, events: Value| {
        let app = &app;
        async move {
            app.api(
                Method::POST,
                &format!("operations/{op}/events"),
                &user(who),
                Some(json!({ "events": events })),
            )
            .await
        }
    };
    let r = add(
        "ann",
        a,
        json!([event(
            51.5007,
            -0.1246,
            "2027-03-01T06:00:00Z",
            "2027-03-01T10:00:00Z"
        )]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    // Four hundred metres away, an hour later: it conflicts.
    let r = add(
        "bob",
        b,
        json!([event(
            51.5007,
            -0.1189,
            "2027-03-01T09:00:00Z",
            "2027-03-01T12:00:00Z"
        )]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let d = r.json()["deconflictions"].clone();
    assert_eq!(d.as_array().unwrap().len(), 1, "{d}");
    assert_eq!(d[0]["kind"], "event");
    assert_eq!(d[0]["other_member"], "alpha");
    assert_eq!(d[0]["other_contact"], "Alpha tactical desk");
    // The same place the next day, or far away the same morning: no conflict.
    let r = add(
        "bob",
        b,
        json!([
            event(
                51.5007,
                -0.1246,
                "2027-03-02T06:00:00Z",
                "2027-03-02T10:00:00Z"
            ),
            event(
                48.8566,
                2.3522,
                "2027-03-01T06:00:00Z",
                "2027-03-01T10:00:00Z"
            ),
        ]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["deconflictions"], json!([]));
    let n = notices(&app, "ann").await;
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(n[0]["payload"]["match"], "event");
    assert!(!n[0].to_string().contains("Quay"));
    // A bad line: no place, and an end before the start.
    let r = add(
        "bob",
        b,
        json!([
            {"kind": "search", "starts": "2027-03-01T06:00:00Z", "ends": "2027-03-01T10:00:00Z"},
            event(51.5, -0.12, "2027-03-01T10:00:00Z", "2027-03-01T06:00:00Z"),
        ]),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let detail = r.json()["detail"].as_str().unwrap().to_string();
    assert!(
        detail.contains("line 1, latitude") && detail.contains("line 2, ends"),
        "{detail}"
    );
}

/// The pages: an analyst registers an operation and its selectors in the browser, a bad line
/// is named beside the box with the typed lines kept, and when another member's work meets
/// it both see whom to call; a member with no part in it finds no such operation.
#[tokio::test]
async fn the_pages_register_an_operation_and_show_whom_to_call() {
    use crate::web::{get, post_form, sign_in};
    let app = spawn_app().await;
    let ann = sign_in(&app, "ann").await;
    let (status, page) = get(&app, &ann, "/operations").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("href=\"/operations\""),
        "the menu offers operations"
    );
    let (status, page) =
        post_form(&app, &ann, "/operations", &[("name", ""), ("contact", "x")]).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("an operation needs a name"), "{page}");
    assert!(
        page.contains("name a contact point"),
        "both refusals at once: {page}"
    );
    let (status, _) = post_form(
        &app,
        &ann,
        "/operations",
        &[
            ("name", "Harbour sweep"),
            ("contact", "Alpha duty desk, +32 2 555 0100"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let r = app.api(Method::GET, "operations", &user("ann"), None).await;
    let op = r.json()["operations"][0]["id"].as_i64().unwrap();
    let lines = "phone, 020 7946 0123, courier\nemail, courier@example.org";
    let (status, page) = post_form(
        &app,
        &ann,
        &format!("/operations/{op}/selectors"),
        &[("lines", lines)],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("line 1, value"), "{page}");
    assert!(
        page.contains("courier@example.org"),
        "the typed lines are kept: {page}"
    );
    let lines = "phone, +44 20 7946 0123, courier\nemail, courier@example.org";
    let (status, _) = post_form(
        &app,
        &ann,
        &format!("/operations/{op}/selectors"),
        &[("lines", lines)],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &ann, &format!("/operations/{op}")).await;
    assert!(
        page.contains("courier") && !page.contains("7946 0123"),
        "references, never values: {page}"
    );
    // An event placed at a location object alpha may see: its coordinates are taken.
    app.add(
        &user("ann"),
        &[r#"{"type":"location","spec_version":"2.1","id":"location--a1a1a1a1-0000-4000-8000-000000000000","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Quay 4","latitude":51.5007,"longitude":-0.1246}"#.to_string()],
    )
    .await;
    let (status, page) = post_form(
        &app,
        &ann,
        &format!("/operations/{op}/events"),
        &[
            ("kind", "search"),
            ("location", "location--a1a1a1a1-0000-4000-8000-000000000000"),
            ("starts", "2099-03-01T06:00"),
            ("ends", "2099-03-01T08:00"),
        ],
    )
    .await;
    assert_eq!(status, 303, "{page}");
    let r = app
        .api(Method::GET, &format!("operations/{op}"), &user("ann"), None)
        .await;
    assert!(r.text.contains("51.5007"), "{}", r.text);

    let bob = sign_in(&app, "bob").await;
    let (status, _) = post_form(
        &app,
        &bob,
        "/operations",
        &[("name", "Kelvra watch"), ("contact", "Bravo night desk")],
    )
    .await;
    assert_eq!(status, 303);
    let r = app.api(Method::GET, "operations", &user("bob"), None).await;
    let theirs = r.json()["operations"][0]["id"].as_i64().unwrap();
    let (status, _) = post_form(
        &app,
        &bob,
        &format!("/operations/{theirs}/selectors"),
        &[("lines", "phone, +442079460123")],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(
        &app,
        &bob,
        &format!("/operations/{theirs}?done=selectors&stored=1&met=1"),
    )
    .await;
    assert!(page.contains("Deconflictions: 1"), "{page}");
    assert!(page.contains("Alpha duty desk, +32 2 555 0100"), "{page}");
    assert!(!page.contains("Harbour"), "{page}");
    let (_, page) = get(&app, &ann, "/operations").await;
    assert!(
        page.contains("Bravo night desk") && !page.contains("Kelvra"),
        "{page}"
    );
    let (_, page) = get(&app, &ann, "/notifications").await;
    assert!(page.contains("Bravo night desk"), "{page}");

    let cat = sign_in(&app, "cat").await;
    let (hidden, _) = get(&app, &cat, &format!("/operations/{op}")).await;
    assert_eq!(hidden, 404);
    let (_, page) = get(&app, &cat, "/operations").await;
    assert!(
        !page.contains("Harbour") && !page.contains("Bravo night desk"),
        "{page}"
    );

    // Closing needs the box ticked.
    let (status, page) = post_form(&app, &ann, &format!("/operations/{op}/close"), &[]).await;
    assert_eq!(status, 400, "{page}");
    let (status, _) = post_form(
        &app,
        &ann,
        &format!("/operations/{op}/close"),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &ann, &format!("/operations/{op}")).await;
    assert!(
        !page.contains("name=\"lines\""),
        "a closed operation takes no more selectors"
    );
}

/// Intelligence meets operations both ways: a selector registered after intelligence that
/// names it, and intelligence shared after the selector, each tell the operation's member
/// (which may read the object) and the member that shared it; intelligence not released to
/// the operation's member tells nobody.
#[tokio::test]
async fn intelligence_released_to_a_member_meets_its_operations() {
    let app = spawn_app().await;
    let pattern = |n: u32, pattern: &str, extra: &str| {
        format!(
            r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{n:08x}-0000-4000-8000-00000000000a","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","pattern":"{pattern}","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"{extra}}}"#
        )
    };
    // Alpha shares an indicator naming a courier's address, released to everyone.
    app.add(
        &user("ann"),
        &[pattern(1, "[email-addr:value = 'courier@example.org']", "")],
    )
    .await;
    let kelvra = operation(&app, "bob", "Kelvra watch", "Bravo night desk").await;
    let r = selectors(
        &app,
        "bob",
        kelvra,
        json!([{"kind": "email", "value": "Courier@Example.org", "reference": "target B"}]),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let found = r.json()["intelligence"].clone();
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["originator"], "alpha");
    assert_eq!(
        found[0]["object"],
        "indicator--00000001-0000-4000-8000-00000000000a"
    );
    let told = |who: &'static str| {
        let app = &app;
        async move {
            let r = app
                .api(
                    Method::GET,
                    "notifications?kinds=intelligence_match",
                    &user(who),
                    None,
                )
                .await;
            r.json()["notifications"].as_array().unwrap().clone()
        }
    };
    let alpha = told("ann").await;
    assert_eq!(alpha.len(), 1, "{alpha:?}");
    assert_eq!(alpha[0]["payload"]["other_member"], "bravo");
    assert_eq!(alpha[0]["payload"]["other_contact"], "Bravo night desk");
    assert!(!alpha[0].to_string().contains("Kelvra") && !alpha[0].to_string().contains("target B"));
    assert_eq!(told("bob").await.len(), 1);
    assert!(told("cat").await.is_empty());

    // Bravo's next selector, then alpha's intelligence naming it: both told at once.
    let r = selectors(&app, "bob", kelvra, json!([{"kind": "domain", "value": "harbour.example"}, {"kind": "ip", "value": "198.51.100.23"}])).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["intelligence"], json!([]));
    app.add(
        &user("ann"),
        &[pattern(2, "[domain-name:value = 'Harbour.Example.']", "")],
    )
    .await;
    let bravo = told("bob").await;
    assert_eq!(bravo.len(), 2, "{bravo:?}");
    assert!(bravo.iter().any(|n| n["payload"]["object"]
        == "indicator--00000002-0000-4000-8000-00000000000a"
        && n["payload"]["other_member"] == "alpha"
        && n["payload"]["operation_name"] == "Kelvra watch"));
    assert_eq!(told("ann").await.len(), 2);

    // Intelligence not released to bravo (AMBER, alpha's own) tells neither side.
    let amber =
        r#","object_marking_refs":["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]"#;
    app.add(
        &user("ann"),
        &[pattern(3, "[ipv4-addr:value = '198.51.100.23']", amber)],
    )
    .await;
    assert_eq!(told("bob").await.len(), 2);
    assert_eq!(told("ann").await.len(), 2);
    assert!(told("cat").await.is_empty());
}

/// The hourly budget: a member's operations take so many selectors and events an hour, then
/// a list is refused whole (429, saying how many and what to do); another member's budget is
/// its own.
#[tokio::test]
async fn a_member_registers_so_many_selectors_and_events_an_hour() {
    let app = spawn_app_configured(
        10 * 1024 * 1024,
        std::sync::Arc::new(domain::SystemClock),
        |c| c.set_registrations_per_hour(3),
    )
    .await;
    let op = operation(&app, "ann", "Harbour sweep", "Alpha duty desk").await;
    let phones = |from: u32, n: u32| {
        Value::Array(
            (from..from + n)
                .map(|i| json!({"kind": "phone", "value": format!("+44 20 7946 {i:04}")}))
                .collect(),
        )
    };
    let r = selectors(&app, "ann", op, phones(0, 2)).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = selectors(&app, "ann", op, phones(2, 2)).await;
    assert_eq!(r.status, 429, "{}", r.text);
    assert!(
        r.text
            .contains("took 2 selectors and events in the last hour")
            && r.text.contains("allows 3 an hour"),
        "{}",
        r.text
    );
    assert!(r.headers.contains_key("retry-after"), "{:?}", r.headers);
    let r = app
        .api(
            Method::POST,
            &format!("operations/{op}/events"),
            &user("ann"),
            Some(json!({"events": [
                {"kind": "search", "latitude": 51.5, "longitude": -0.12, "starts": "2099-03-01T06:00:00Z", "ends": "2099-03-01T08:00:00Z"},
                {"kind": "search", "latitude": 51.5, "longitude": -0.12, "starts": "2099-03-02T06:00:00Z", "ends": "2099-03-02T08:00:00Z"}
            ]})),
        )
        .await;
    assert_eq!(r.status, 429, "events count too: {}", r.text);
    let r = selectors(&app, "ann", op, phones(2, 1)).await;
    assert_eq!(r.status, 201, "the third fits: {}", r.text);
    let theirs = operation(&app, "bob", "Kelvra watch", "Bravo night desk").await;
    let r = selectors(&app, "bob", theirs, phones(0, 3)).await;
    assert_eq!(r.status, 201, "bravo's budget is its own: {}", r.text);
}

/// Long lists of operations and deconflictions come a page at a time, sorted and narrowed from
/// the address; the operations page shows the newest deconflictions and leads to all of them.
#[tokio::test]
async fn long_lists_of_operations_and_deconflictions_are_paged() {
    use crate::web::{get, sign_in};
    let app = spawn_app().await;
    let theirs = operation(&app, "bob", "Bravo's watch", "Bravo desk").await;
    for n in 0..55 {
        let op = operation(&app, "ann", &format!("Sweep {n:02}"), "Alpha desk").await;
        let phone = format!("+44 20 7946 {:04}", 1000 + n);
        let r = selectors(&app, "ann", op, json!([{"kind": "phone", "value": phone}])).await;
        assert_eq!(r.status, 201, "{}", r.text);
        let r = selectors(
            &app,
            "bob",
            theirs,
            json!([{"kind": "phone", "value": phone}]),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let ann = sign_in(&app, "ann").await;
    let (status, page) = get(&app, &ann, "/operations").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("1–50 of 55"), "{page}");
    assert!(page.contains("rel=\"next\""), "{page}");
    // The newest registered first, by default.
    assert!(page.find("Sweep 54").unwrap() < page.find("Sweep 53").unwrap());
    assert!(!page.contains(">Sweep 04<"), "on the next page");
    // Ten deconflictions here, and the way to all 55.
    assert_eq!(page.matches("<tr class=\"overdue\">").count(), 10, "{page}");
    assert!(
        page.contains("href=\"/deconflictions\">All 55 deconflictions"),
        "{page}"
    );
    let (_, page) = get(&app, &ann, "/operations?sort=name&dir=asc&page=2").await;
    assert!(page.contains("51–55 of 55"), "{page}");
    assert!(
        page.contains(">Sweep 54<") && !page.contains(">Sweep 00<"),
        "{page}"
    );
    let (_, page) = get(&app, &ann, "/operations?status=closed").await;
    assert!(
        page.contains("Nothing in the list matches these filters."),
        "{page}"
    );

    let (status, page) = get(&app, &ann, "/deconflictions").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("1–50 of 55"), "{page}");
    assert_eq!(page.matches("<tr class=\"overdue\">").count(), 50);
    assert!(page.contains("Bravo desk"), "whom to call: {page}");
    let (_, page) = get(&app, &ann, "/deconflictions?page=2").await;
    assert_eq!(page.matches("<tr class=\"overdue\">").count(), 5, "{page}");
    let (_, page) = get(&app, &ann, "/deconflictions?kind=event").await;
    assert!(
        page.contains("Nothing in the list matches these filters."),
        "{page}"
    );
    let (_, page) = get(&app, &ann, "/deconflictions?member=bravo&sort=operation").await;
    assert_eq!(page.matches("<tr class=\"overdue\">").count(), 50);
    // Bravo's one operation met all of alpha's: its own list says so, alpha's names stay out.
    let bob = sign_in(&app, "bob").await;
    let (_, page) = get(&app, &bob, "/deconflictions").await;
    assert!(
        page.contains("1–50 of 55") && !page.contains("Sweep"),
        "{page}"
    );
    // The joint operations' list sorts and narrows from the address too.
    let (status, page) = get(&app, &ann, "/joint-operations?sort=title&status=active").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("<option value=\"active\" selected>"),
        "{page}"
    );
    assert!(page.contains("name=\"sort\" value=\"title\""), "{page}");
}
