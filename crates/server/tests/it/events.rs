use std::time::Duration;

use domain::MemberStatus;
use domain::service::Authority;
use serde_json::Value;

use crate::helpers::*;

const M1: &str = "2020-01-01T00:00:00.000Z";

/// An open event stream.
pub struct Events {
    resp: reqwest::Response,
    buf: String,
}

impl Events {
    pub async fn open(app: &App, cred: &Cred, last_event_id: Option<&str>) -> reqwest::Response {
        let mut rb = app.http.get(format!("{}/api/v1/events", app.base));
        rb = match cred {
            Cred::Basic(u, p) => rb.basic_auth(u, Some(p)),
            Cred::Bearer(t) => rb.bearer_auth(t),
            Cred::None => rb,
        };
        if let Some(id) = last_event_id {
            rb = rb.header("Last-Event-ID", id);
        }
        rb.send().await.unwrap()
    }

    pub fn new(resp: reqwest::Response) -> Self {
        assert_eq!(resp.status(), 200);
        assert!(
            resp.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/event-stream")
        );
        Self {
            resp,
            buf: String::new(),
        }
    }

    /// The next event as (id, data), or None when the stream ends or stays quiet for 5 s.
    pub async fn next(&mut self) -> Option<(String, Value)> {
        loop {
            if let Some(pos) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..pos + 2).collect();
                let mut id = None;
                let mut data = None;
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("id:") {
                        id = Some(v.trim().to_string());
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data = Some(serde_json::from_str(v.trim()).unwrap());
                    }
                }
                if let (Some(id), Some(data)) = (id, data) {
                    return Some((id, data));
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(5), self.resp.chunk())
                .await
                .ok()?
                .ok()??;
            self.buf.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }
}

#[tokio::test]
async fn events_follow_releasability_and_resume() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    let mut events = Events::new(Events::open(&app, &bob, None).await);
    app.add(&ann, &[indicator(1, M1, "")]).await;
    let (first_id, e) = events.next().await.expect("an event for a GREEN object");
    assert_eq!(e["id"], indicator_id(1));
    assert_eq!(e["type"], "indicator");
    assert_eq!(e["version"], M1);
    // AMBER from another member: no event for bob. The next one he gets is the GREEN that follows.
    app.add(&ann, &[indicator(2, M1, AMBER)]).await;
    app.add(&ann, &[indicator(3, M1, "")]).await;
    let (_, e) = events.next().await.unwrap();
    assert_eq!(e["id"], indicator_id(3));
    // The originator sees its own AMBER object go by.
    let mut anns = Events::new(Events::open(&app, &ann, Some(&first_id)).await);
    assert_eq!(anns.next().await.unwrap().1["id"], indicator_id(2));
    assert_eq!(anns.next().await.unwrap().1["id"], indicator_id(3));
    // Resuming after the first event replays what came after, still filtered.
    let mut again = Events::new(Events::open(&app, &bob, Some(&first_id)).await);
    assert_eq!(again.next().await.unwrap().1["id"], indicator_id(3));
}

/// A subscription narrowed by type, originator, words and notification kind gets what it
/// asked for within what it may see, and a filter that could never match is refused.
#[tokio::test]
async fn a_subscription_hears_only_what_its_filter_wants() {
    let app = spawn_app().await;
    let bob = user("bob");
    let open = |query: &str| {
        let (app, bob) = (&app, &bob);
        let url = format!("{}/api/v1/events?{query}", app.base);
        async move {
            match bob {
                Cred::Basic(u, p) => app
                    .http
                    .get(url)
                    .basic_auth(u, Some(p))
                    .send()
                    .await
                    .unwrap(),
                _ => unreachable!(),
            }
        }
    };
    for (query, code, says) in [
        (
            "type=Indicator",
            "invalid",
            "'Indicator' is not a STIX type name",
        ),
        (
            "originator=nobody",
            "invalid",
            "no member is named 'nobody'",
        ),
        ("tlp=purple", "bad-tlp", "'purple' is not a TLP level"),
        (
            "kind=gossip",
            "invalid",
            "'gossip' is not a kind of notification",
        ),
        (
            "objects=false&notifications=false",
            "invalid",
            "would hear of nothing",
        ),
    ] {
        let r = open(query).await;
        assert_eq!(r.status(), 400, "{query}");
        let p: Value = r.json().await.unwrap();
        assert_eq!(p["code"], code, "{query}: {p}");
        assert!(p["detail"].as_str().unwrap().contains(says), "{query}: {p}");
    }
    let mut events =
        Events::new(open("type=indicator&originator=alpha&q=falcon&kind=meeting").await);
    let name = |n: &str| format!(r#","name":"{n}""#);
    app.add(&user("ann"), &[indicator(1, M1, &name("falcon one"))])
        .await;
    app.add(&user("ann"), &[indicator(2, M1, &name("raven two"))])
        .await;
    app.add(
        &user("ann"),
        &[indicator(
            3,
            M1,
            &format!("{}{AMBER}", name("falcon three")),
        )],
    )
    .await;
    app.add(&user("cat"), &[indicator(4, M1, &name("falcon four"))])
        .await;
    app.add(&user("ann"), &[indicator(5, M1, &name("Falcon five"))])
        .await;
    convene_plenary(&app).await;
    let mut got = Vec::new();
    while let Some((_, e)) = events.next().await {
        got.push(e);
        if got.len() == 3 {
            break;
        }
    }
    let ids: Vec<&str> = got.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids, [indicator_id(1), indicator_id(5)], "{got:?}");
    let kinds: Vec<&str> = got.iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds, ["meeting"], "{got:?}");
    assert!(events.next().await.is_none(), "nothing else: {got:?}");
}

#[tokio::test]
async fn events_refuse_strangers_and_stop_on_suspension() {
    let app = spawn_app().await;
    let r = Events::open(&app, &Cred::None, None).await;
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["code"], "unauthenticated");
    assert_eq!(p["status"], 401);
    let r = Events::open(&app, &user("bob"), Some("yesterday")).await;
    assert_eq!(r.status(), 400);
    assert_eq!(
        r.json::<Value>().await.unwrap()["code"],
        "bad-last-event-id"
    );

    let mut events = Events::new(Events::open(&app, &user("bob"), None).await);
    app.state
        .center
        .set_member_status(Authority::Console, "bravo", MemberStatus::Suspended)
        .await
        .unwrap();
    app.add(&user("ann"), &[indicator(1, M1, "")]).await;
    let started = std::time::Instant::now();
    assert!(
        events.next().await.is_none(),
        "a suspended member gets no events"
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "the stream ends, not just goes quiet"
    );
}
