//! Feeds: a remote TAXII 2.1 collection pulled on a member's behalf. Against a second Liaison
//! (each object comes in once, as the pulling member's, with the feed's marking for those that
//! carry none) and against a scripted server (a cut-off walk resumes at `next` without taking a
//! page twice; 429 with `Retry-After`; time-outs).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;

use crate::helpers::*;

fn admin(app: &App) -> Cred {
    Cred::Basic("admin".into(), app.admin_password.clone())
}

async fn pull(app: &App) -> Vec<(String, server::feeds::Pulled)> {
    server::feeds::pull_due(&app.state, "node-test", Duration::from_secs(2))
        .await
        .unwrap()
}

/// The remote servers here run on this machine, which a center reaches once its administrator
/// allows it.
async fn allow_loopback(app: &App) {
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/networks",
            &admin(app),
            Some(json!({"networks": ["127.0.0.0/8"]})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
}

async fn feed(app: &App, name: &str) -> serde_json::Value {
    let r = app
        .api(
            reqwest::Method::GET,
            &format!("feeds/{name}"),
            &admin(app),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json()
}

#[tokio::test]
async fn a_feed_from_another_liaison_comes_in_once_as_the_pulling_member() {
    let (remote, local) = (spawn_app().await, spawn_app().await);
    allow_loopback(&local).await;
    let ann = user("ann");
    // 2,500 objects at the remote center: three pages of 1,000. One carries no marking.
    let objects: Vec<String> = (0..2_500u32)
        .map(|n| {
            indicator(
                n,
                "2020-01-01T00:00:00.000Z",
                if n == 0 { "" } else { AMBER },
            )
        })
        .collect();
    for chunk in objects.chunks(500) {
        assert_eq!(remote.add(&ann, chunk).await["success_count"], 500);
    }
    let body = json!({
        "name": "alpha-feed", "api_root": format!("{}/taxii2/exchange", remote.base),
        "collection": "shared", "auth": "basic", "username": "ann", "secret": PASSWORD,
        "member": "bravo", "user": "bob", "tlp": "amber", "release_to": ["charlie"],
        "interval_secs": 60,
    });
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds",
            &user("bob"),
            Some(body.clone()),
        )
        .await;
    assert_eq!(r.status, 403, "administrators register feeds: {}", r.text);
    let r = local
        .api(reqwest::Method::POST, "feeds", &admin(&local), Some(body))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert!(
        !r.text.contains(PASSWORD),
        "the credential is never shown: {}",
        r.text
    );
    assert_eq!(r.json()["auth"], "basic");

    let pulled = pull(&local).await;
    assert_eq!(pulled.len(), 1);
    let p = &pulled[0].1;
    let first = p.taken;
    // The remote center's own published objects (its members' identities) come too; its
    // standard marking definitions are the same content as ours, already stored.
    assert_eq!(
        (p.error.clone(), p.taken.min(2_500), p.refused),
        (None, 2_500, 0),
        "{p:?}"
    );
    assert!(p.pages >= 3, "{p:?}");
    let f = feed(&local, "alpha-feed").await;
    assert_eq!(
        (f["taken"].clone(), f["last_taken"].clone()),
        (json!(p.taken), json!(p.taken)),
        "{f}"
    );
    assert_eq!(f["last_error"], serde_json::Value::Null);
    assert!(
        f["last_pull"].is_string() && f["added_after"].is_string(),
        "{f}"
    );
    assert!(!f.to_string().contains(PASSWORD));
    // Not due again before its interval.
    assert!(pull(&local).await.is_empty());

    // Locally the objects are bravo's, as its liaison would have shared them.
    let bob = user("bob");
    let r = local
        .get(
            &format!("{}{}/", local.objects_url(), indicator_id(7)),
            &bob,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains(&objects[7]), "byte for byte: {}", r.text);
    // The unmarked object got the feed's TLP:AMBER released to charlie: cat sees it, ann (of
    // the local alpha) does not, exactly as if it did not exist.
    let unmarked = format!("{}{}/", local.objects_url(), indicator_id(0));
    assert_eq!(local.get(&unmarked, &user("cat")).await.status, 200);
    let hidden = local.get(&unmarked, &ann).await;
    let missing = local
        .get(
            &format!("{}{}/", local.objects_url(), indicator_id(9_999)),
            &ann,
        )
        .await;
    assert_eq!((hidden.status, hidden.text), (missing.status, missing.text));

    // One new object at the remote: the next pull takes it alone (added_after).
    remote
        .add(&ann, &[indicator(3_000, "2020-01-01T00:00:00.000Z", "")])
        .await;
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds/alpha-feed/pull",
            &admin(&local),
            None,
        )
        .await;
    assert_eq!(r.status, 202, "{}", r.text);
    let p = &pull(&local).await[0].1;
    assert_eq!((p.taken, p.refused), (1, 0), "{p:?}");
    // Reset: taken again from the start, all "already stored", nothing stored twice.
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds/alpha-feed/reset",
            &admin(&local),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let p = &pull(&local).await[0].1;
    assert_eq!((p.taken, p.refused), (first + 1, 0), "{p:?}");
    let r = local
        .get(
            &format!(
                "{}?match[id]={}&match[version]=all",
                local.objects_url(),
                indicator_id(7)
            ),
            &bob,
        )
        .await;
    assert_eq!(r.json()["objects"].as_array().unwrap().len(), 1);

    // The feeds page shows where it stands, to administrators only.
    let web = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = web
        .post(format!("{}/sign-in", local.base))
        .form(&[
            ("username", "admin"),
            ("password", local.admin_password.as_str()),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let (status, page) = crate::web::get(&local, &cookie, "/feeds").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("alpha-feed") && page.contains("taken"),
        "{page}"
    );
    assert!(!page.contains(PASSWORD));
    let bob_cookie = crate::web::sign_in(&local, "bob").await;
    let (status, _) = crate::web::get(&local, &bob_cookie, "/feeds").await;
    assert_eq!(status, 403);
}

/// A scripted TAXII server: page 1, then a failure at `next`, then page 2; or 429; or slow.
#[derive(Clone, Default)]
struct Script {
    seen: Arc<Mutex<Vec<String>>>,
    mode: Arc<Mutex<&'static str>>,
}

async fn scripted(script: Script) -> String {
    use axum::extract::{RawQuery, State};
    use axum::response::IntoResponse;
    async fn objects(State(s): State<Script>, RawQuery(q): RawQuery) -> axum::response::Response {
        let q = q.unwrap_or_default();
        s.seen.lock().unwrap().push(q.clone());
        let mode = *s.mode.lock().unwrap();
        let envelope = |objs: &[String], more: bool| {
            let next = if more { r#","next":"p2""# } else { "" };
            (
                [
                    ("content-type", "application/taxii+json;version=2.1"),
                    ("x-taxii-date-added-last", "2024-01-01T00:00:00.000000Z"),
                ],
                format!(r#"{{"more":{more}{next},"objects":[{}]}}"#, objs.join(",")),
            )
                .into_response()
        };
        match mode {
            "busy" => (
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "120")],
                "slow down",
            )
                .into_response(),
            "slow" => {
                tokio::time::sleep(Duration::from_secs(5)).await;
                envelope(&[], false)
            }
            _ if q.contains("next=p2") && mode == "fail-next" => {
                (axum::http::StatusCode::BAD_GATEWAY, "upstream down").into_response()
            }
            _ if q.contains("next=p2") => {
                envelope(&[indicator(2, "2020-01-01T00:00:00.000Z", "")], false)
            }
            _ => envelope(&[indicator(1, "2020-01-01T00:00:00.000Z", "")], true),
        }
    }
    let app = axum::Router::new()
        .route("/api1/collections/c1/objects/", axum::routing::get(objects))
        .with_state(script);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/api1/")
}

#[tokio::test]
async fn a_cut_off_pull_resumes_at_next_and_the_server_is_waited_for() {
    let local = spawn_app().await;
    allow_loopback(&local).await;
    let script = Script::default();
    *script.mode.lock().unwrap() = "fail-next";
    let root = scripted(script.clone()).await;
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds",
            &admin(&local),
            Some(json!({"name": "vendor", "api_root": root, "collection": "c1", "auth": "bearer",
                        "secret": "vendor-token", "member": "bravo", "user": "bob", "interval_secs": 60})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    // Page 1 is stored with its progress; page 2 fails.
    let p = &pull(&local).await[0].1;
    assert_eq!(p.taken, 1, "{p:?}");
    assert!(p.error.as_deref().unwrap().contains("502"), "{p:?}");
    let f = feed(&local, "vendor").await;
    assert_eq!(f["resumes_at_next"], true, "{f}");
    assert_eq!(f["failures"], 1);
    assert!(f["last_error"].as_str().unwrap().contains("502"), "{f}");
    // Pulled again (now, instead of after the back-off): it goes on at `next`.
    *script.mode.lock().unwrap() = "ok";
    local
        .api(
            reqwest::Method::POST,
            "feeds/vendor/pull",
            &admin(&local),
            None,
        )
        .await;
    let p = &pull(&local).await[0].1;
    assert_eq!((p.taken, p.error.clone()), (1, None), "{p:?}");
    let seen = script.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(
        seen[2].contains("next=p2"),
        "resumed at next, page 1 not asked again: {seen:?}"
    );
    let f = feed(&local, "vendor").await;
    assert_eq!(
        (f["taken"].clone(), f["failures"].clone()),
        (json!(2), json!(0)),
        "{f}"
    );

    // 429 with Retry-After: the next pull waits as asked.
    *script.mode.lock().unwrap() = "busy";
    local
        .api(
            reqwest::Method::POST,
            "feeds/vendor/pull",
            &admin(&local),
            None,
        )
        .await;
    let p = &pull(&local).await[0].1;
    assert!(p.error.as_deref().unwrap().contains("429"), "{p:?}");
    let f = feed(&local, "vendor").await;
    let next = stix::timestamp::parse_micros(f["next_pull"].as_str().unwrap()).unwrap();
    let wait = next - local.state.center.now();
    assert!(
        (100_000_000..=121_000_000).contains(&wait),
        "waits 120 s: {wait}"
    );
    assert!(pull(&local).await.is_empty());

    // A server that does not answer in time is an error, not a hang.
    *script.mode.lock().unwrap() = "slow";
    local
        .api(
            reqwest::Method::POST,
            "feeds/vendor/pull",
            &admin(&local),
            None,
        )
        .await;
    let p = &pull(&local).await[0].1;
    assert!(p.error.as_deref().unwrap().contains("in time"), "{p:?}");
}

#[tokio::test]
async fn a_feed_is_refused_with_every_field_at_fault() {
    let local = spawn_app().await;
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds",
            &admin(&local),
            Some(
                json!({"name": "Bad Name", "api_root": "ftp://x", "collection": "", "auth": "basic",
                        "member": "nobody", "user": "bob", "interval_secs": 1}),
            ),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let fields: Vec<String> = r.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap_or_default().to_string())
        .collect();
    for f in [
        "name",
        "api_root",
        "remote_collection",
        "secret",
        "member",
        "interval",
    ] {
        assert!(
            fields.iter().any(|x| x == f),
            "{f} in {fields:?}: {}",
            r.text
        );
    } // The center's own network, however the address is written, is not reached.
    for root in [
        "http://169.254.169.254/api1/",
        "http://2130706433/api1/",
        "http://[::1]:8080/api1/",
    ] {
        let r = local
            .api(
                reqwest::Method::POST,
                "feeds",
                &admin(&local),
                Some(
                    json!({"name": "inside", "api_root": root, "collection": "c",
                            "member": "alpha", "user": "ann"}),
                ),
            )
            .await;
        assert_eq!(
            (r.status, r.json()["code"].as_str()),
            (400, Some("private-address")),
            "{root}: {}",
            r.text
        );
    }
}

/// A feed that authenticates with a client certificate to a remote center on a private PKI:
/// the remote is trusted through the feed's own certificate authority only, and knows the
/// feed's certificate as one of its users'.
#[tokio::test]
async fn a_feed_with_a_client_certificate_on_a_private_pki() {
    use crate::accounts::{Pki, serve_tls};
    let (remote, local) = (spawn_app().await, spawn_app().await);
    allow_loopback(&local).await;
    let dir = tempfile::tempdir().unwrap();
    let private = Pki::new("Remote center's private authority");
    let base = serve_tls(&remote, &private, dir.path()).await;
    let objects: Vec<String> = (0..1_200u32)
        .map(|n| indicator(n, "2020-01-01T00:00:00.000Z", ""))
        .collect();
    assert_eq!(
        remote.add(&user("ann"), &objects[..600]).await["success_count"],
        600
    );
    assert_eq!(
        remote.add(&user("ann"), &objects[600..]).await["success_count"],
        600
    );
    // The remote center registers the local center's certificate for its user amy.
    let identity = Pki::new("Local center's authority").issue("local center", true);
    let remote_admin = Cred::Basic("admin".into(), remote.admin_password.clone());
    let r = remote
        .api(
            reqwest::Method::POST,
            "users/amy/certificates",
            &remote_admin,
            Some(json!({"name": "the local center's feed", "pem": identity.0})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let mut body = json!({
        "name": "private", "api_root": format!("{base}/taxii2/exchange/"),
        "collection": "shared", "auth": "certificate",
        "secret": format!("{}{}", identity.0, identity.1),
        "member": "bravo", "user": "bob", "interval_secs": 60,
    });
    // Without the private authority the remote's certificate is not trusted: the pull fails
    // and says why.
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds",
            &admin(&local),
            Some(body.clone()),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let p = &pull(&local).await[0].1;
    assert_eq!(p.taken, 0);
    let error = p.error.clone().unwrap_or_default();
    assert!(error.to_lowercase().contains("certificate"), "{error}");
    local
        .api(
            reqwest::Method::DELETE,
            "feeds/private",
            &admin(&local),
            None,
        )
        .await;
    // A CA for a plain http:// root, or not a certificate, is refused with the field.
    body["ca"] = json!("not a certificate");
    let r = local
        .api(
            reqwest::Method::POST,
            "feeds",
            &admin(&local),
            Some(body.clone()),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (400, Some("ca")),
        "{}",
        r.text
    );
    body["ca"] = json!(private.ca_pem);
    let r = local
        .api(reqwest::Method::POST, "feeds", &admin(&local), Some(body))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["private_ca"], true);
    let p = &pull(&local).await[0].1;
    assert_eq!((p.error.clone(), p.refused), (None, 0), "{p:?}");
    assert!(p.taken >= 1_200, "{p:?}");
    let r = local
        .get(
            &format!("{}{}/", local.objects_url(), indicator_id(1_100)),
            &user("bob"),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains(&objects[1_100]));
    // The remote saw amy, by her certificate: the certificate is revoked, and the next pull
    // is refused.
    let listed = remote
        .api(
            reqwest::Method::GET,
            "certificates?member=alpha",
            &remote_admin,
            None,
        )
        .await
        .json();
    let id = listed["certificates"][0]["id"].as_i64().unwrap();
    remote
        .api(
            reqwest::Method::DELETE,
            &format!("certificates/{id}"),
            &remote_admin,
            None,
        )
        .await;
    local
        .api(
            reqwest::Method::POST,
            "feeds/private/pull",
            &admin(&local),
            None,
        )
        .await;
    let p = &pull(&local).await[0].1;
    assert!(p.error.clone().unwrap_or_default().contains("401"), "{p:?}");
}
