//! What the operators watch: `/healthz`, `/readyz` and `/metrics`, without credentials and
//! saying nothing of the intelligence; the request id every answer carries.

use reqwest::Method;

use crate::helpers::*;

#[tokio::test]
async fn probes_answer_without_credentials_and_metrics_need_their_token() {
    let app = spawn_app().await;
    let health = app
        .send(
            Method::GET,
            &format!("{}/healthz", app.base),
            &Cred::None,
            None,
            None,
        )
        .await;
    assert_eq!((health.status, health.text.as_str()), (200, "ok"));
    let ready = app
        .send(
            Method::GET,
            &format!("{}/readyz", app.base),
            &Cred::None,
            None,
            None,
        )
        .await;
    assert_eq!((ready.status, ready.text.as_str()), (200, "ready"));

    // Every answer carries a request id: the caller's, or a new one.
    let id = ready.headers["x-request-id"].to_str().unwrap();
    let fresh = |id: &str| {
        id.split_once('-').is_some_and(|(node, n)| {
            node.len() == 12
                && node.bytes().all(|b| b.is_ascii_hexdigit())
                && n.parse::<u64>().is_ok()
        })
    };
    assert!(fresh(id), "{id}");
    let r = app
        .http
        .get(format!("{}/api/v1/objects/indicator--nothing", app.base))
        .header("x-request-id", "member-ticket-4711")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "member-ticket-4711");
    // An id that is not a plain one is replaced, not echoed (nor logged).
    let r = app
        .http
        .get(format!("{}/healthz", app.base))
        .header("x-request-id", "a b <script>".repeat(20))
        .send()
        .await
        .unwrap();
    let replaced = r.headers()["x-request-id"].to_str().unwrap();
    assert!(fresh(replaced) && replaced != id, "{replaced}");
    // Invented methods are counted as one.
    for m in ["FOO1", "FOO2"] {
        app.http
            .request(
                Method::from_bytes(m.as_bytes()).unwrap(),
                format!("{}/healthz", app.base),
            )
            .send()
            .await
            .unwrap();
    }

    // Some work to count: objects taken and refused.
    app.add(
        &user("ann"),
        &[
            indicator(1, "2020-01-01T00:00:00.000Z", ""),
            r#"{"type":"indicator","id":"indicator--bad"}"#.to_string(),
        ],
    )
    .await;

    let url = format!("{}/metrics", app.base);
    let refused = app.send(Method::GET, &url, &Cred::None, None, None).await;
    assert_eq!(refused.status, 401, "{}", refused.text);
    assert!(refused.text.contains("metrics token"), "{}", refused.text);
    let wrong = app
        .send(Method::GET, &url, &Cred::Bearer("guess".into()), None, None)
        .await;
    assert_eq!(wrong.status, 401);
    let m = app
        .send(
            Method::GET,
            &url,
            &Cred::Bearer(METRICS_TOKEN.into()),
            None,
            None,
        )
        .await;
    assert_eq!(m.status, 200, "{}", m.text);
    assert!(
        m.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
        "{:?}",
        m.headers
    );
    let text = &m.text;
    for line in [
        "liaison_http_requests_total{route=\"/readyz\",method=\"GET\",status=\"200\"} 1",
        "liaison_objects_total{outcome=\"accepted\"} 1",
        "liaison_objects_total{outcome=\"refused\"} 1",
        "liaison_ready 1",
        "liaison_audit_checkpoint_age_seconds -1",
        "liaison_webhooks{state=\"failing\"} 0",
        "liaison_feeds{state=\"overdue\"} 0",
        "liaison_requests_waiting 0",
        "method=\"other\",status=\"405\"} 2",
    ] {
        assert!(text.contains(line), "{line} is not in:\n{text}");
    }
    assert!(
        text.contains("liaison_http_request_duration_seconds_bucket{le=")
            && text.contains("route=\"/taxii2/exchange/collections/{cid}/objects/\""),
        "{text}"
    );
    assert!(
        text.contains("liaison_store_group_commit_size_count"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"), "{text}");
    // Routes by template only: nothing asked for, and nobody, is named.
    for secret in [
        "indicator--",
        "nothing",
        "ann",
        "alpha",
        "member-ticket",
        "FOO",
    ] {
        assert!(!text.contains(secret), "{secret} in:\n{text}");
    }
}
