//! The server tried as an attacker would: bodies too large or too slow, refusals of the
//! framework itself, forged uploads, and ids of every kind tried by a member that may not see
//! them. Every refusal has its interface's shape, and nothing tells hidden from missing.

use std::time::{Duration, Instant};

use domain::Role;
use domain::service::Authority;
use serde_json::{Value, json};

use crate::helpers::*;

fn raw() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A body that sends `first` and then stalls, without a `Content-Length`.
fn stalled(first: Vec<u8>) -> reqwest::Body {
    let chunks = futures_util::stream::once(async move { Ok::<_, std::io::Error>(first) }).chain(
        futures_util::stream::once(async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok::<_, std::io::Error>(Vec::new())
        }),
    );
    reqwest::Body::wrap_stream(chunks)
}

use futures_util::StreamExt;

#[tokio::test]
async fn bodies_are_bounded_before_any_work() {
    let app = spawn_app_with(256 * 1024).await;
    let huge = "x".repeat(2 * 1024 * 1024);
    // Anonymous routes take a few kilobytes: refused by the declared length at once.
    for (path, ct) in [
        ("/sign-in", "application/x-www-form-urlencoded"),
        ("/set-password", "application/x-www-form-urlencoded"),
        ("/api/v1/invitations", "application/json"),
    ] {
        let started = Instant::now();
        let r = raw()
            .post(format!("{}{path}", app.base))
            .header("content-type", ct)
            .body(huge[..64 * 1024].to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 413, "{path}");
        assert!(started.elapsed() < Duration::from_secs(2), "{path}");
        let ct = r.headers()["content-type"].to_str().unwrap().to_string();
        let text = r.text().await.unwrap();
        if path.starts_with("/api/") {
            assert_eq!(ct, "application/problem+json", "{path}");
            assert!(text.contains("\"code\":\"too-large\""), "{text}");
            assert!(text.contains("16384 bytes"), "{text}");
        } else {
            assert!(ct.starts_with("text/html"), "{path}: {ct}");
        }
    }
    // The API's other bodies take a megabyte, enforced while reading a body sent without a
    // length (chunked) too.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        vec![Ok(huge.clone().into_bytes()), Ok(b"more".to_vec())];
    let r = raw()
        .post(format!("{}/api/v1/rfis", app.base))
        .basic_auth("ann", Some(PASSWORD))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["code"], "too-large", "{p}");
    // TAXII: its max_content_length, as a TAXII error.
    let r = app
        .post(&app.objects_url(), &user("ann"), "x".repeat(300 * 1024))
        .await;
    assert_eq!(r.status, 413, "{}", r.text);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/taxii+json")
    );
    assert!(r.json()["description"].as_str().unwrap().contains("262144"));
    // A wrong password sent as a huge form costs no hash: it is refused by its length.
    let r = raw()
        .post(format!("{}/sign-in", app.base))
        .form(&[("username", "ann"), ("password", huge.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
}

#[tokio::test]
async fn a_forged_upload_is_refused_before_its_body_is_read() {
    let app = spawn_app().await;
    let ann = crate::web::sign_in(&app, "ann").await;
    let b = "liaison-boundary";
    let head = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"b.json\"\r\nContent-Type: application/json\r\n\r\n{{\"type\":\"bundle\","
    );
    let started = Instant::now();
    let r = tokio::time::timeout(
        Duration::from_secs(5),
        raw()
            .post(format!("{}/import", app.base))
            .header("cookie", &ann)
            .header("content-type", format!("multipart/form-data; boundary={b}"))
            .body(stalled(head.into_bytes()))
            .send(),
    )
    .await
    .expect("answered without waiting for the body")
    .unwrap();
    assert_eq!(r.status(), 403);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(r.text().await.unwrap().contains("reload the page"));
}

#[tokio::test]
async fn the_frameworks_own_refusals_have_each_interfaces_shape() {
    let app = spawn_app().await;
    let ann = user("ann");
    let problem = |r: &Resp| {
        assert_eq!(
            r.header("content-type").as_deref(),
            Some("application/problem+json"),
            "{} {}",
            r.status,
            r.text
        );
        r.json()
    };
    // An unknown endpoint, a wrong method, a malformed path or query parameter.
    let r = app
        .api(reqwest::Method::GET, "no-such-thing", &ann, None)
        .await;
    assert_eq!(r.status, 404);
    let p = problem(&r);
    assert_eq!(p["code"], "not-found");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("/api/v1/openapi.json"),
        "{p}"
    );
    let r = app
        .api(reqwest::Method::DELETE, "search?q=x", &ann, None)
        .await;
    assert_eq!(r.status, 405);
    assert_eq!(problem(&r)["code"], "method-not-allowed");
    assert!(r.header("allow").unwrap().contains("GET"));
    let r = app.api(reqwest::Method::GET, "rfis/abc", &ann, None).await;
    assert_eq!(r.status, 400, "{}", r.text);
    let p = problem(&r);
    assert_eq!(p["code"], "bad-request");
    assert!(
        p["detail"].as_str().unwrap().contains("openapi.json"),
        "{p}"
    );
    let r = app
        .api(reqwest::Method::GET, "search?limit=many", &ann, None)
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    problem(&r);
    let r = app
        .send(
            reqwest::Method::POST,
            &format!("{}/api/v1/rfis", app.base),
            &ann,
            None,
            Some(("application/json", "{not json".into())),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(problem(&r)["code"], "bad-body");
    // Unauthenticated: a problem too, with how to authenticate.
    let r = app
        .api(reqwest::Method::GET, "search?q=x", &Cred::None, None)
        .await;
    assert_eq!(r.status, 401);
    problem(&r);
    assert!(r.header("www-authenticate").is_some());
    // TAXII keeps TAXII error messages; the web shows a page.
    let r = app
        .get(&format!("{}/taxii2/nowhere/", app.base), &ann)
        .await;
    assert_eq!(r.status, 404);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/taxii+json")
    );
    assert!(r.json()["http_status"] == "404");
    let r = app
        .send(reqwest::Method::PATCH, &app.objects_url(), &ann, None, None)
        .await;
    assert_eq!(r.status, 405);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/taxii+json")
    );
    let cookie = crate::web::sign_in(&app, "ann").await;
    let r = raw()
        .get(format!("{}/no/such/page", app.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(r.text().await.unwrap().contains("no such page"));
}

/// Every kind of id a member may not see answers exactly as one that does not exist.
#[tokio::test]
async fn ids_of_every_kind_tell_a_stranger_nothing() {
    let app = spawn_app().await;
    let c = &app.state.center;
    for (member, name, roles) in [
        (
            "alpha",
            "lea",
            vec![Role::LiaisonOfficer, Role::MemberAdministrator],
        ),
        (
            "bravo",
            "bea",
            vec![Role::LiaisonOfficer, Role::MemberAdministrator],
        ),
    ] {
        c.add_user(
            Authority::Console,
            member,
            name,
            roles,
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    }
    // Alpha's things: an AMBER object kept to alpha, its TAXII status, an RFI to bravo, a
    // webhook, a token and a certificate of alpha's users.
    let status = app
        .add(
            &user("ann"),
            &[indicator(1, "2020-01-01T00:00:00.000Z", AMBER)],
        )
        .await;
    let status_id = status["id"].as_str().unwrap().to_string();
    let rfi = app
        .api(
            reqwest::Method::POST,
            "rfis",
            &user("lea"),
            Some(json!({"to": ["bravo"], "question": "Who owns 203.0.113.9?", "deadline": "2099-01-01T00:00:00Z"})),
        )
        .await;
    assert_eq!(rfi.status, 201, "{}", rfi.text);
    let rfi_id = rfi.json()["id"].as_i64().unwrap();
    let token = app
        .api(
            reqwest::Method::POST,
            "users/ann/tokens",
            &user("ann"),
            Some(json!({"name": "sensor"})),
        )
        .await
        .json()["token"]["id"]
        .as_i64()
        .unwrap();
    let cat = user("cat");
    let bea = user("bea");
    // (who asks, what for hidden, what for missing)
    let pairs: Vec<(Cred, reqwest::Method, String, String)> = vec![
        (
            cat.clone(),
            reqwest::Method::GET,
            format!("{}{}/", app.objects_url(), indicator_id(1)),
            format!("{}{}/", app.objects_url(), indicator_id(2)),
        ),
        (
            cat.clone(),
            reqwest::Method::GET,
            format!("{}{}/versions/", app.objects_url(), indicator_id(1)),
            format!("{}{}/versions/", app.objects_url(), indicator_id(2)),
        ),
        (
            cat.clone(),
            reqwest::Method::GET,
            format!("{}status/{status_id}/", app.root()),
            format!("{}status/{}/", app.root(), uuid_like(&status_id)),
        ),
        (
            cat.clone(),
            reqwest::Method::GET,
            format!(
                "{}/api/v1/objects/{}/correlations",
                app.base,
                indicator_id(1)
            ),
            format!(
                "{}/api/v1/objects/{}/correlations",
                app.base,
                indicator_id(2)
            ),
        ),
        (
            cat.clone(),
            reqwest::Method::GET,
            format!("{}/api/v1/objects/{}/sightings", app.base, indicator_id(1)),
            format!("{}/api/v1/objects/{}/sightings", app.base, indicator_id(2)),
        ),
        (
            cat.clone(),
            reqwest::Method::GET,
            format!("{}/api/v1/rfis/{rfi_id}", app.base),
            format!("{}/api/v1/rfis/{}", app.base, rfi_id + 1_000),
        ),
        (
            bea.clone(),
            reqwest::Method::DELETE,
            format!("{}/api/v1/tokens/{token}", app.base),
            format!("{}/api/v1/tokens/{}", app.base, token + 1_000),
        ),
        (
            bea.clone(),
            reqwest::Method::GET,
            format!("{}/api/v1/users/ann", app.base),
            format!("{}/api/v1/users/nobody", app.base),
        ),
        (
            bea.clone(),
            reqwest::Method::GET,
            format!("{}/api/v1/users/ann/tokens", app.base),
            format!("{}/api/v1/users/nobody/tokens", app.base),
        ),
        (
            bea.clone(),
            reqwest::Method::DELETE,
            format!("{}/api/v1/webhooks/1", app.base),
            format!("{}/api/v1/webhooks/1000", app.base),
        ),
        (
            bea.clone(),
            reqwest::Method::DELETE,
            format!("{}/api/v1/certificates/1", app.base),
            format!("{}/api/v1/certificates/1000", app.base),
        ),
        (
            bea.clone(),
            reqwest::Method::GET,
            format!("{}/api/v1/feeds/alpha-feed", app.base),
            format!("{}/api/v1/feeds/no-feed", app.base),
        ),
    ];
    // Alpha's webhook, certificate and feed, made now that the ids above are fixed.
    app.api(
        reqwest::Method::PUT,
        "center/networks",
        &Cred::Basic("admin".into(), app.admin_password.clone()),
        Some(json!({"networks": ["127.0.0.0/8"]})),
    )
    .await;
    let hook = app
        .api(
            reqwest::Method::POST,
            "webhooks",
            &user("lea"),
            Some(json!({"url": "http://127.0.0.1:9/hook"})),
        )
        .await;
    assert_eq!(hook.status, 201, "{}", hook.text);
    let pki = crate::accounts::Pki::new("alpha");
    let cert = app
        .api(
            reqwest::Method::POST,
            "users/ann/certificates",
            &user("lea"),
            Some(json!({"name": "gw", "pem": pki.issue("gw", true).0})),
        )
        .await;
    assert_eq!(cert.status, 201, "{}", cert.text);
    let feed = app
        .api(
            reqwest::Method::POST,
            "feeds",
            &user("lea"),
            Some(json!({"name": "alpha-feed", "api_root": "http://127.0.0.1:9/api1/", "collection": "c", "member": "alpha", "user": "ann"})),
        )
        .await;
    assert_eq!(feed.status, 201, "{}", feed.text);
    for (who, method, hidden, missing) in pairs {
        let h = app
            .send(method.clone(), &hidden, &who, Some(TAXII), None)
            .await;
        let m = app.send(method, &missing, &who, Some(TAXII), None).await;
        assert_eq!(h.status, 404, "{hidden}: {}", h.text);
        assert_eq!(
            (
                h.status,
                h.text.replace(&hidden, ""),
                h.header("content-type")
            ),
            (
                m.status,
                m.text.replace(&missing, ""),
                m.header("content-type")
            ),
            "{hidden} against {missing}"
        );
    }
    // Nothing of alpha's was lost or changed on the way.
    assert_eq!(
        app.get(
            &format!("{}{}/", app.objects_url(), indicator_id(1)),
            &user("ann")
        )
        .await
        .status,
        200
    );
    let tokens = app
        .api(reqwest::Method::GET, "users/ann/tokens", &user("ann"), None)
        .await
        .json();
    assert_eq!(tokens["tokens"][0]["live"], true);
}

/// Another UUID of the same shape.
fn uuid_like(id: &str) -> String {
    let mut s: Vec<char> = id.chars().collect();
    let last = s.len() - 1;
    s[last] = if s[last] == '0' { '1' } else { '0' };
    s.into_iter().collect()
}
