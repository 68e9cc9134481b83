use reqwest::Method;
use serde_json::json;

use crate::helpers::*;

const M1: &str = "2020-01-01T00:00:00.000Z";
const M2: &str = "2020-02-01T00:00:00.000Z";
const M3: &str = "2020-03-01T00:00:00.000Z";

#[tokio::test]
async fn discovery_api_root_and_collections() {
    let app = spawn_app().await;
    let ann = user("ann");
    let r = app.get(&format!("{}/taxii2/", app.base), &ann).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type").unwrap(), TAXII);
    let d = r.json();
    assert_eq!(d["default"], "/taxii2/exchange/");
    assert_eq!(d["api_roots"], json!(["/taxii2/exchange/"]));
    let r = app.get(&app.root(), &ann).await.json();
    assert_eq!(r["versions"], json!([TAXII]));
    assert!(r["max_content_length"].as_u64().unwrap() > 0);
    let r = app
        .get(&format!("{}collections/", app.root()), &ann)
        .await
        .json();
    let c = &r["collections"][0];
    assert_eq!(c["alias"], "shared");
    assert_eq!(c["can_read"], true);
    let id = c["id"].as_str().unwrap();
    // By id and by alias.
    for key in [id, "shared"] {
        let r = app
            .get(&format!("{}collections/{key}/", app.root()), &ann)
            .await;
        assert_eq!(r.status, 200);
        assert_eq!(r.json()["id"], id);
    }
    let r = app
        .get(&format!("{}collections/nope/", app.root()), &ann)
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["http_status"], "404");
}

#[tokio::test]
async fn authentication() {
    let app = spawn_app().await;
    let url = format!("{}/taxii2/", app.base);
    let r = app.get(&url, &Cred::None).await;
    assert_eq!(r.status, 401);
    assert!(r.header("www-authenticate").unwrap().contains("Basic"));
    assert_eq!(r.json()["title"], "Unauthorized");
    let r = app
        .get(&url, &Cred::Basic("ann".into(), "wrong password!".into()))
        .await;
    assert_eq!(r.status, 401);
    let r = app
        .get(&url, &Cred::Basic("nobody".into(), PASSWORD.into()))
        .await;
    assert_eq!(r.status, 401);
    let r = app
        .get(
            &url,
            &Cred::Basic("admin".into(), app.admin_password.clone()),
        )
        .await;
    assert_eq!(r.status, 200);
    let r = app.get(&url, &Cred::Bearer("liaison_made_up".into())).await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn content_negotiation_and_malformed_requests() {
    let app = spawn_app_with(4096).await;
    let ann = user("ann");
    let url = app.objects_url();
    for (accept, code) in [
        ("application/taxii+json;version=2.1", 200),
        ("application/taxii+json", 200),
        ("application/taxii+json; version=2.1", 200),
        ("*/*", 200),
        ("application/json", 406),
        ("application/taxii+json;version=2.0", 406),
        ("application/vnd.oasis.taxii+json;version=2.0", 406),
    ] {
        let r = app.send(Method::GET, &url, &ann, Some(accept), None).await;
        assert_eq!(r.status, code, "{accept}");
        assert_eq!(r.header("content-type").unwrap(), TAXII);
    }
    let body = format!("{{\"objects\":[{}]}}", indicator(1, M1, ""));
    for (ct, code) in [
        ("application/json", 415),
        ("application/taxii+json;version=2.0", 415),
        ("text/plain", 415),
        ("application/taxii+json", 202),
    ] {
        let r = app
            .send(
                Method::POST,
                &url,
                &ann,
                Some(TAXII),
                Some((ct, body.clone())),
            )
            .await;
        assert_eq!(r.status, code, "{ct}: {}", r.text);
    }
    let r = app.post(&url, &ann, "{not json".into()).await;
    assert_eq!(r.status, 400);
    assert!(r.json()["description"].as_str().unwrap().contains("JSON"));
    let r = app.post(&url, &ann, "{\"more\": false}".into()).await;
    assert_eq!(r.status, 422);
    let r = app.post(&url, &ann, "{\"objects\": []}".into()).await;
    assert_eq!(r.status, 422);
    let big = format!(
        "{{\"objects\":[{}]}}",
        vec![indicator(1, M1, ""); 30].join(",")
    );
    let r = app.post(&url, &ann, big).await;
    assert_eq!(r.status, 413);
    assert!(
        r.json()["description"]
            .as_str()
            .unwrap()
            .contains("max_content_length")
    );
    for q in [
        "limit=0",
        "limit=abc",
        "added_after=yesterday",
        "match[version]=newest",
        "match[spec_version]=3.0",
        "limit=5&limit=6",
    ] {
        let r = app.get(&format!("{url}?{q}"), &ann).await;
        assert_eq!(r.status, 400, "{q}");
        assert_eq!(r.json()["http_status"], "400");
    }
    // A STIX 2.1 type never causes an error, even when nothing matches.
    let r = app
        .get(&format!("{url}?match[type]=x-never-seen"), &ann)
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.text, "{}");
}

#[tokio::test]
async fn partial_success_and_status() {
    let app = spawn_app().await;
    let ann = user("ann");
    let bad = indicator(2, M1, "").replace(r#","valid_from":"2020-01-01T00:00:00Z""#, "");
    let st = app
        .add(
            &ann,
            &[indicator(1, M1, ""), bad, "42".into(), indicator(1, M1, "")],
        )
        .await;
    assert_eq!(st["status"], "complete");
    assert_eq!(st["total_count"], 4);
    assert_eq!(st["success_count"], 2);
    assert_eq!(st["failure_count"], 2);
    assert_eq!(st["pending_count"], 0);
    // The exact duplicate is a success that says so; "42" is refused as not an object.
    assert!(
        st["successes"][1]["message"]
            .as_str()
            .unwrap()
            .contains("already stored")
    );
    let failures = st["failures"].as_array().unwrap();
    assert!(
        failures[0]["message"]
            .as_str()
            .unwrap()
            .contains("valid_from")
    );
    assert!(
        failures[1]["message"]
            .as_str()
            .unwrap()
            .contains("JSON object")
    );
    let all = app
        .add(
            &ann,
            &[indicator(2, M1, "").replace(r#","valid_from":"2020-01-01T00:00:00Z""#, "")],
        )
        .await;
    assert_eq!(
        all["failures"][0]["message"],
        "indicator--00000002-0000-4000-8000-000000000000: property 'valid_from' is required"
    );
    assert_eq!(all["failures"][0]["id"], indicator_id(2));
    let id = st["id"].as_str().unwrap();
    let r = app.get(&format!("{}status/{id}/", app.root()), &ann).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), st);
    // The same member's other user may read it; another member may not.
    assert_eq!(
        app.get(&format!("{}status/{id}/", app.root()), &user("amy"))
            .await
            .status,
        200
    );
    let r = app
        .get(&format!("{}status/{id}/", app.root()), &user("bob"))
        .await;
    assert_eq!(r.status, 404);
    let r = app
        .get(&format!("{}status/not-a-uuid/", app.root()), &ann)
        .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn pagination_headers_and_bound_cursors() {
    let app = spawn_app().await;
    let ann = user("ann");
    let objs: Vec<String> = (1..=25).map(|n| indicator(n, M1, "")).collect();
    app.add(&ann, &objs).await;
    let url = format!("{}?match[type]=indicator&limit=10", app.objects_url());
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    let mut pages = 0;
    loop {
        let u = match &next {
            Some(n) => format!("{url}&next={n}"),
            None => url.clone(),
        };
        let r = app.get(&u, &ann).await;
        assert_eq!(r.status, 200);
        let first = r.header("x-taxii-date-added-first").unwrap();
        let last = r.header("x-taxii-date-added-last").unwrap();
        assert!(first <= last);
        let j = r.json();
        let objects = j["objects"].as_array().unwrap();
        assert!(objects.len() <= 10);
        seen.extend(
            objects
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string()),
        );
        pages += 1;
        if j["more"] == true {
            let n = j["next"].as_str().unwrap().to_string();
            // Bound to the query and the caller.
            let other_query = app
                .get(
                    &format!("{}?match[type]=malware&next={n}", app.objects_url()),
                    &ann,
                )
                .await;
            assert_eq!(other_query.status, 400);
            let other_user = app.get(&format!("{url}&next={n}"), &user("bob")).await;
            assert_eq!(other_user.status, 400);
            let forged = app
                .get(
                    &format!("{url}&next=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                    &ann,
                )
                .await;
            assert_eq!(forged.status, 400);
            next = Some(n);
        } else {
            break;
        }
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (1..=25).map(indicator_id).collect();
    assert_eq!(seen, expected);
    // added_after with the last header continues the same way.
    let r = app.get(&url, &ann).await;
    let last = r.header("x-taxii-date-added-last").unwrap();
    let r = app
        .get(
            &format!(
                "{}?match[type]=indicator&added_after={last}",
                app.objects_url()
            ),
            &ann,
        )
        .await;
    assert_eq!(r.json()["objects"].as_array().unwrap().len(), 15);
}

#[tokio::test]
async fn filters_versions_manifest_and_delete() {
    let app = spawn_app().await;
    let ann = user("ann");
    app.add(
        &ann,
        &[
            indicator(1, M1, ""),
            indicator(1, M2, ""),
            indicator(1, M3, ""),
            indicator(2, M1, ""),
        ],
    )
    .await;
    let obj_url = format!("{}{}/", app.objects_url(), indicator_id(1));
    let versions_of = |r: &Resp| -> Vec<String> {
        r.json()["objects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["modified"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(versions_of(&app.get(&obj_url, &ann).await), vec![M3]);
    assert_eq!(
        versions_of(
            &app.get(&format!("{obj_url}?match[version]=first"), &ann)
                .await
        ),
        vec![M1]
    );
    assert_eq!(
        versions_of(
            &app.get(&format!("{obj_url}?match[version]=all"), &ann)
                .await
        ),
        vec![M1, M2, M3]
    );
    assert_eq!(
        versions_of(
            &app.get(&format!("{obj_url}?match[version]=first,last"), &ann)
                .await
        ),
        vec![M1, M3]
    );
    assert_eq!(
        versions_of(
            &app.get(
                &format!("{obj_url}?match[version]=2020-02-01T00:00:00Z"),
                &ann
            )
            .await
        ),
        vec![M2]
    );
    let r = app
        .get(&format!("{obj_url}?match[spec_version]=2.0"), &ann)
        .await;
    assert_eq!(r.status, 404);
    let r = app
        .get(
            &format!(
                "{}?match[id]={},{}",
                app.objects_url(),
                indicator_id(1),
                indicator_id(2)
            ),
            &ann,
        )
        .await;
    assert_eq!(r.json()["objects"].as_array().unwrap().len(), 2);
    let r = app
        .get(
            &format!(
                "{}?match[type]=indicator,malware&match[version]=all",
                app.objects_url()
            ),
            &ann,
        )
        .await;
    assert_eq!(r.json()["objects"].as_array().unwrap().len(), 4);

    let r = app.get(&format!("{obj_url}versions/"), &ann).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["versions"], json!([M1, M2, M3]));
    assert!(r.header("x-taxii-date-added-first").is_some());

    let r = app
        .get(
            &format!(
                "{}collections/shared/manifest/?match[type]=indicator",
                app.root()
            ),
            &ann,
        )
        .await;
    let m = r.json();
    let recs = m["objects"].as_array().unwrap();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], indicator_id(1));
    assert_eq!(recs[0]["version"], M3);
    assert_eq!(recs[0]["media_type"], "application/stix+json;version=2.1");
    assert!(recs[0]["date_added"].as_str().unwrap().ends_with('Z'));

    // Another member may read but not delete; deleting one version leaves the others.
    let r = app.delete(&obj_url, &user("bob")).await;
    assert_eq!(r.status, 403);
    let r = app
        .delete(&format!("{obj_url}?match[version]={M3}"), &ann)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("content-type").unwrap(), TAXII);
    assert_eq!(versions_of(&app.get(&obj_url, &ann).await), vec![M2]);
    assert_eq!(app.delete(&obj_url, &ann).await.status, 200);
    assert_eq!(app.get(&obj_url, &ann).await.status, 404);
    assert_eq!(
        app.get(&format!("{obj_url}versions/"), &ann).await.status,
        404
    );
    assert_eq!(app.delete(&obj_url, &ann).await.status, 404);
}

#[tokio::test]
async fn releasability_on_every_taxii_path() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    app.add(
        &ann,
        &[
            indicator(1, M1, AMBER),
            indicator(2, M1, RED),
            indicator(3, M1, ""),
        ],
    )
    .await;
    // The originator sees all three; another member sees only the GREEN (collection default) one.
    let ids = |r: &Resp| -> Vec<String> {
        r.json()["objects"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|o| o["id"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let q = format!("{}?match[type]=indicator", app.objects_url());
    assert_eq!(ids(&app.get(&q, &ann).await).len(), 3);
    assert_eq!(ids(&app.get(&q, &bob).await), vec![indicator_id(3)]);
    let mq = format!(
        "{}collections/shared/manifest/?match[type]=indicator",
        app.root()
    );
    assert_eq!(ids(&app.get(&mq, &bob).await), vec![indicator_id(3)]);
    // An object you may not see answers exactly like one that does not exist.
    let hidden = app
        .get(&format!("{}{}/", app.objects_url(), indicator_id(1)), &bob)
        .await;
    let missing = app
        .get(&format!("{}{}/", app.objects_url(), indicator_id(99)), &bob)
        .await;
    assert_eq!(
        (hidden.status, &hidden.text),
        (missing.status, &missing.text)
    );
    let hidden = app
        .get(
            &format!("{}{}/versions/", app.objects_url(), indicator_id(2)),
            &bob,
        )
        .await;
    let missing = app
        .get(
            &format!("{}{}/versions/", app.objects_url(), indicator_id(99)),
            &bob,
        )
        .await;
    assert_eq!(
        (hidden.status, &hidden.text),
        (missing.status, &missing.text)
    );
    let hidden = app
        .delete(&format!("{}{}/", app.objects_url(), indicator_id(1)), &bob)
        .await;
    let missing = app
        .delete(&format!("{}{}/", app.objects_url(), indicator_id(99)), &bob)
        .await;
    assert_eq!(
        (hidden.status, &hidden.text),
        (missing.status, &missing.text)
    );
    // Paging headers and `more` count only what the reader sees.
    let r = app.get(&format!("{q}&limit=1"), &bob).await;
    assert_eq!(r.json()["more"], false);
    // Not the originator: another member cannot version the object, even one it can see.
    let st = app.add(&bob, &[indicator(3, M2, "")]).await;
    assert_eq!(st["failure_count"], 1);
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("originator")
    );
}

#[tokio::test]
async fn stored_objects_come_back_byte_for_byte() {
    let app = spawn_app().await;
    let ann = user("ann");
    let odd = r#"{"type":"indicator","spec_version":"2.1","id":"indicator--00000009-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.1234567Z","modified":"2020-01-01T00:00:00.1234567Z","pattern":"[ipv4-addr:value = '10.0.0.9']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z","x_float":1.50,"x_unicode":"caf\u00e9","extensions":{"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":{"extension_type":"property-extension","rank":5}}}"#;
    let st = app.add(&ann, &[odd.to_string()]).await;
    assert_eq!(
        st["successes"][0]["version"],
        "2020-01-01T00:00:00.1234567Z"
    );
    let r = app
        .get(
            &format!(
                "{}{}/",
                app.objects_url(),
                "indicator--00000009-0000-4000-8000-000000000000"
            ),
            &ann,
        )
        .await;
    assert!(r.text.contains(odd), "{}", r.text);
}
