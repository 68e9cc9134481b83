use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::HeaderMap;
use domain::Role;
use domain::service::Authority;
use serde_json::{Value, json};

use crate::helpers::*;

/// A receiver that keeps every POST: (signature header, body).
async fn receiver() -> (String, Arc<Mutex<Vec<(String, String)>>>) {
    let got: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let keep = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let keep = keep.clone();
            async move {
                let sig = headers
                    .get("x-liaison-signature")
                    .map(|v| v.to_str().unwrap().to_string())
                    .unwrap_or_default();
                keep.lock().unwrap().push((sig, body));
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, got)
}

/// The center's administrator lets webhooks reach this machine.
async fn allow_loopback(app: &App) {
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/networks",
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            Some(json!({"networks": ["127.0.0.0/8"]})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["networks"][0], "127.0.0.0/8");
}

/// Waits until the receiver holds at least `n` events.
async fn events(got: &Arc<Mutex<Vec<(String, String)>>>, n: usize) -> Vec<Value> {
    for _ in 0..100 {
        let all: Vec<Value> = got
            .lock()
            .unwrap()
            .iter()
            .flat_map(|(_, b)| {
                serde_json::from_str::<Value>(b).unwrap()["events"]
                    .as_array()
                    .unwrap()
                    .clone()
            })
            .collect();
        if all.len() >= n {
            return all;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the webhook did not receive {n} events");
}

/// A webhook registered by `who` through the API: its number and signing key.
async fn register(app: &App, who: &str, url: &str) -> (i64, Vec<u8>) {
    let r = app
        .send(
            reqwest::Method::POST,
            &format!("{}/api/v1/webhooks", app.base),
            &user(who),
            None,
            Some(("application/json", json!({"url": url}).to_string())),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let v = r.json();
    (
        v["webhook"]["id"].as_i64().unwrap(),
        unhex(v["secret"].as_str().unwrap()),
    )
}

/// The signing key the API shows once, as hex.
fn unhex(secret: &str) -> Vec<u8> {
    (0..secret.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&secret[i..i + 2], 16).unwrap())
        .collect()
}

#[tokio::test]
async fn webhooks_deliver_what_the_member_may_see_once_across_nodes() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_user(
            Authority::Console,
            "bravo",
            "lou",
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let (url, got) = receiver().await;
    // Bravo's liaison officer registers the webhook; an analyst may not.
    let post = |cred: Cred, body: Value| {
        let app = &app;
        async move {
            app.send(
                reqwest::Method::POST,
                &format!("{}/api/v1/webhooks", app.base),
                &cred,
                None,
                Some(("application/json", body.to_string())),
            )
            .await
        }
    };
    assert_eq!(post(user("bob"), json!({"url": url})).await.status, 403);
    let r = post(user("lou"), json!({"url": "ftp://nowhere"})).await;
    assert_eq!(r.status, 400, "{}", r.text);
    // The receivers here are on loopback, which webhooks reach only once an administrator
    // allows it.
    let r = post(user("lou"), json!({"url": url})).await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("private-address")),
        "{}",
        r.text
    );
    allow_loopback(&app).await;
    let r = post(user("lou"), json!({"url": url})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let secret = r.json()["secret"].as_str().unwrap().to_string();
    // A copy of the database does not hold it: the store keeps it sealed with the center secret.
    let stored: Vec<u8> = rusqlite::Connection::open(app._dir.path().join("liaison.db"))
        .unwrap()
        .query_row(
            "SELECT secret FROM webhooks ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let plain = unhex(&secret);
    assert_eq!(stored.len(), 24 + 32 + 16);
    assert!(!stored.windows(8).any(|w| plain.windows(8).any(|p| p == w)));
    // A second webhook that wants only alpha's indicators and meeting notices.
    let (narrow_url, narrow) = receiver().await;
    let r = post(
        user("lou"),
        json!({"url": narrow_url, "filter": {"types": ["Indicator"]}}),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(
        r.text.contains("'Indicator' is not a STIX type name"),
        "{}",
        r.text
    );
    let r = post(
        user("lou"),
        json!({"url": narrow_url, "filter": {"originators": ["nobody"]}}),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let r = post(
        user("lou"),
        json!({"url": narrow_url, "filter": {"types": ["indicator"], "originators": ["alpha"], "kinds": ["meeting"]}}),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["webhook"]["filter"]["originators"][0], "alpha");

    // Two nodes run their jobs, webhook delivery among them, from the same database.
    let _nodes: Vec<server::jobs::Jobs> = ["node-a", "node-b"]
        .into_iter()
        .map(|node| server::jobs::start(&app.state, node.into(), server::jobs::Schedule::default()))
        .collect();
    let ann = user("ann");
    app.add(
        &ann,
        &[
            indicator(1, "2020-01-01T00:00:00.000Z", ""),
            indicator(2, "2020-01-01T00:00:00.000Z", AMBER),
            indicator(3, "2020-01-01T00:00:00.000Z", ""),
        ],
    )
    .await;
    // A notification for bravo as well: charlie asks about bravo's own AMBER object.
    app.add(
        &user("bob"),
        &[indicator(9, "2020-01-01T00:00:00.000Z", AMBER)],
    )
    .await;
    app.send(
        reqwest::Method::POST,
        &format!("{}/api/v1/hits", app.base),
        &user("cat"),
        None,
        Some(("application/json", json!({"value": "10.0.0.9"}).to_string())),
    )
    .await;
    let all = events(&got, 4).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let all_again = events(&got, 4).await;
    assert_eq!(all.len(), all_again.len(), "nothing is delivered twice");
    let objects: Vec<&str> = all
        .iter()
        .filter(|e| e["event"] == "object")
        .map(|e| e["object_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        objects,
        [indicator_id(1), indicator_id(3), indicator_id(9)],
        "bravo's view: not alpha's AMBER object"
    );
    let notice = all.iter().find(|e| e["event"] == "notification").unwrap();
    assert_eq!(notice["kind"], "hit");
    assert_eq!(notice["payload"]["asked_by"], "charlie");
    // The narrow webhook: alpha's visible indicators, no hit notice, then the meeting.
    convene_plenary(&app).await;
    let narrowed = events(&narrow, 3).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let narrowed_again = events(&narrow, 3).await;
    assert_eq!(narrowed.len(), narrowed_again.len(), "{narrowed:?}");
    let objects: Vec<&str> = narrowed
        .iter()
        .filter(|e| e["event"] == "object")
        .map(|e| e["object_id"].as_str().unwrap())
        .collect();
    assert_eq!(objects, [indicator_id(1), indicator_id(3)]);
    let kinds: Vec<&str> = narrowed
        .iter()
        .filter(|e| e["event"] == "notification")
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["meeting"]);
    // Every POST is signed with the webhook's secret.
    let secret = unhex(&secret);
    for (sig, body) in got.lock().unwrap().iter() {
        assert_eq!(sig, &domain::webhooks::sign(&secret, body.as_bytes()));
    }
    // Another member's liaison officer cannot tell bravo's webhook from one that does not
    // exist: both answer the same 404.
    center
        .add_user(
            Authority::Console,
            "alpha",
            "lea",
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    // The liaison officer sees how delivery stands.
    let listed = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/webhooks", app.base),
            &user("lou"),
            None,
            None,
        )
        .await;
    let hook = &listed.json()["webhooks"][0];
    assert_eq!(hook["last_status"], "200", "{}", listed.text);
    let id = hook["id"].as_i64().unwrap();
    let delete = |id: i64| {
        let app = &app;
        async move {
            app.send(
                reqwest::Method::DELETE,
                &format!("{}/api/v1/webhooks/{id}", app.base),
                &user("lea"),
                None,
                None,
            )
            .await
        }
    };
    let (theirs, none) = (delete(id).await, delete(id + 10_000).await);
    assert_eq!(theirs.status, 404, "{}", theirs.text);
    assert_eq!((theirs.status, theirs.json()), (none.status, none.json()));
}

/// A name that resolves into the center's own network gets no connection (it is resolved once,
/// and only addresses webhooks may reach are connected to), redirects are not followed, and
/// only the center's administrators widen where webhooks go.
#[tokio::test]
async fn webhooks_reach_no_private_address_unless_allowed() {
    let app = spawn_app().await;
    let (url, got) = receiver().await;
    let port = url.split(':').nth(2).unwrap().split('/').next().unwrap();
    let by_name = format!("http://localhost:{port}/hook");
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/networks",
            &user("ann"),
            Some(json!({"networks": ["0.0.0.0/0"]})),
        )
        .await;
    assert_eq!(r.status, 403, "for the center's administrators only");
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/networks",
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            Some(json!({"networks": ["intranet"]})),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (400, Some("networks"))
    );
    app.state
        .center
        .add_user(
            Authority::Console,
            "bravo",
            "lou",
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            "webhooks",
            &user("lou"),
            Some(json!({"url": by_name})),
        )
        .await;
    assert_eq!(
        r.status, 201,
        "a name is resolved when delivering: {}",
        r.text
    );
    let _jobs = server::jobs::start(&app.state, "node".into(), server::jobs::Schedule::default());
    app.add(
        &user("bob"),
        &[indicator(1, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    let mut status = String::new();
    for _ in 0..100 {
        let listed = app
            .api(reqwest::Method::GET, "webhooks", &user("lou"), None)
            .await
            .json();
        status = listed["webhooks"][0]["last_status"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if !status.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(status.contains("does not reach"), "{status}");
    assert!(
        !status.contains("127.0.0.1"),
        "which address it named is not said: {status}"
    );
    assert!(
        got.lock().unwrap().is_empty(),
        "nothing reached the receiver"
    );
    // Allowed: the same name now delivers.
    allow_loopback(&app).await;
    events(&got, 1).await;
}

/// An operator sees how far delivery to a webhook is behind: while its receiver is down, the
/// oldest waiting event's time and the events waiting; once delivered, nothing waits.
#[tokio::test]
async fn metrics_say_how_far_a_webhook_is_behind() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("bravo", "lou")]).await;
    allow_loopback(&app).await;
    // An address nothing answers on.
    let down = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/hook", l.local_addr().unwrap())
    };
    let (url, got) = receiver().await;
    let mut ids = vec![];
    for u in [&down, &url] {
        ids.push(register(&app, "lou", u).await.0);
    }
    let before = app.state.center.now();
    let _node = server::jobs::start(
        &app.state,
        "node-a".into(),
        server::jobs::Schedule::default(),
    );
    app.add(
        &user("ann"),
        &[
            indicator(1, "2020-01-01T00:00:00.000Z", ""),
            indicator(2, "2020-01-01T00:00:00.000Z", ""),
        ],
    )
    .await;
    events(&got, 2).await;
    let metrics = || async {
        app.send(
            reqwest::Method::GET,
            &format!("{}/metrics", app.base),
            &Cred::Bearer(METRICS_TOKEN.into()),
            None,
            None,
        )
        .await
        .text
    };
    let figure = |text: &str, name: &str, id: i64| -> Option<f64> {
        let key = format!("{name}{{webhook=\"{id}\"}} ");
        text.lines()
            .find_map(|l| l.strip_prefix(&key))
            .and_then(|v| v.parse().ok())
    };
    let mut text = String::new();
    for _ in 0..100 {
        text = metrics().await;
        if figure(&text, "liaison_webhook_pending_events", ids[0]) == Some(2.0)
            && figure(&text, "liaison_webhook_pending_events", ids[1]) == Some(0.0)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        figure(&text, "liaison_webhook_pending_events", ids[0]),
        Some(2.0),
        "{text}"
    );
    let oldest = figure(
        &text,
        "liaison_webhook_oldest_pending_timestamp_seconds",
        ids[0],
    )
    .expect(&text);
    assert!(oldest >= before as f64 / 1e6 - 1.0, "{oldest} {text}");
    assert_eq!(
        figure(
            &text,
            "liaison_webhook_oldest_pending_timestamp_seconds",
            ids[1]
        ),
        Some(0.0),
        "{text}"
    );
    // A webhook removed, and one another node has taken over, lose their figures here: the
    // node that delivers them now reports them.
    let r = app
        .send(
            reqwest::Method::DELETE,
            &format!("{}/api/v1/webhooks/{}", app.base, ids[0]),
            &user("lou"),
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    rusqlite::Connection::open(app._dir.path().join("liaison.db"))
        .unwrap()
        .execute(
            "UPDATE webhooks SET lease_owner = 'node-z', lease_until = ?1 WHERE id = ?2",
            rusqlite::params![i64::MAX, ids[1]],
        )
        .unwrap();
    // (A round of delivery that began before the lease changed hands may report once more.)
    let names = [
        "liaison_webhook_pending_events",
        "liaison_webhook_oldest_pending_timestamp_seconds",
    ];
    let reported = |text: &str| {
        names
            .iter()
            .flat_map(|n| ids.iter().map(move |id| (*n, *id)))
            .filter(|(n, id)| figure(text, n, *id).is_some())
            .collect::<Vec<_>>()
    };
    let mut left = vec![];
    for _ in 0..50 {
        let text = metrics().await;
        left = reported(&text);
        if left.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(left.is_empty(), "still reported: {left:?}");
}

/// A webhook registered before secrets were sealed kept its signing key in the clear; at
/// start the key is sealed with the center secret, and the webhook signs with it as before.
#[tokio::test]
async fn a_webhook_secret_kept_in_the_clear_is_sealed_and_signs_as_before() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("bravo", "lou")]).await;
    allow_loopback(&app).await;
    let (url, got) = receiver().await;
    let (_, key) = register(&app, "lou", &url).await;
    // As a store written before sealing holds it.
    let db = || rusqlite::Connection::open(app._dir.path().join("liaison.db")).unwrap();
    db().execute("UPDATE webhooks SET secret = ?1", [&key])
        .unwrap();
    let center = &app.state.center;
    assert_eq!(center.seal_plain_webhook_secrets().await.unwrap(), 1);
    assert_eq!(
        center.seal_plain_webhook_secrets().await.unwrap(),
        0,
        "sealed once"
    );
    let stored: Vec<u8> = db()
        .query_row("SELECT secret FROM webhooks", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored.len(), 24 + 32 + 16);
    assert!(!stored.windows(8).any(|w| key.windows(8).any(|p| p == w)));
    let _node = server::jobs::start(
        &app.state,
        "node-a".into(),
        server::jobs::Schedule::default(),
    );
    app.add(
        &user("ann"),
        &[indicator(1, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    events(&got, 1).await;
    for (sig, body) in got.lock().unwrap().iter() {
        assert_eq!(sig, &domain::webhooks::sign(&key, body.as_bytes()));
    }
}
