//! Taking in the intelligence members already have: third-party authors, both STIX spec
//! versions of one object version, duplicates judged by content, what the standard accepts
//! (upper-case UUIDs, custom `_ref` properties), and envelopes only on TAXII.

use serde_json::json;

use crate::helpers::*;

const MITRE: &str = "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5";
const PATTERN: &str = "attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298";

fn mitre_identity() -> String {
    format!(
        r#"{{"type":"identity","spec_version":"2.1","id":"{MITRE}","created":"2017-06-01T00:00:00.000Z","modified":"2017-06-01T00:00:00.000Z","name":"The MITRE Corporation","identity_class":"organization"}}"#
    )
}

/// ATT&CK's technique in its 2.1 form, authored by MITRE.
fn technique_21() -> String {
    format!(
        r#"{{"type":"attack-pattern","spec_version":"2.1","id":"{PATTERN}","created":"2020-01-14T17:18:32.126Z","modified":"2020-06-20T22:18:53.000Z","name":"Rogue Domain Controller","created_by_ref":"{MITRE}","external_references":[{{"source_name":"mitre-attack","external_id":"T1207"}}]}}"#
    )
}

/// The same version in its STIX 2.0 form (no `spec_version`), as ATT&CK also publishes it.
fn technique_20() -> String {
    format!(
        r#"{{"type":"attack-pattern","id":"{PATTERN}","created":"2020-01-14T17:18:32.126Z","modified":"2020-06-20T22:18:53.000Z","name":"Rogue Domain Controller","created_by_ref":"{MITRE}","external_references":[{{"source_name":"mitre-attack","external_id":"T1207"}}]}}"#
    )
}

fn message(st: &serde_json::Value) -> String {
    st["failures"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_third_party_author_is_kept_apart_from_the_member_that_shares() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    // Real feeds name their author: MITRE, not the member that shares them.
    let st = app.add(&ann, &[mitre_identity(), technique_21()]).await;
    assert_eq!(st["success_count"], 2, "{st}");
    let r = app
        .api(reqwest::Method::GET, "search?q=Rogue", &bob, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let hit = &r.json()["hits"][0];
    assert_eq!(
        hit["authored_by"],
        json!({"id": MITRE, "name": "The MITRE Corporation"})
    );
    assert_eq!(hit["originator"], "alpha");
    // The member's own identity is what another member may not forge.
    let alpha = app.state.center.member_by_name("alpha").await.unwrap();
    let forged = indicator(
        1,
        "2020-01-01T00:00:00.000Z",
        &format!(r#","created_by_ref":"{}""#, alpha.identity_id),
    );
    let st = app.add(&bob, std::slice::from_ref(&forged)).await;
    assert_eq!(st["failure_count"], 1);
    assert!(message(&st).contains("another member"), "{st}");
    let st = app.add(&ann, &[forged]).await;
    assert_eq!(st["success_count"], 1, "{st}");

    // A member registers a sub-unit's identity; from then on only it may author as it.
    let unit = "identity--0f7e2f3b-8a61-4b43-9f5e-3c2d1a0b9c8d";
    let body = json!({"identity": unit, "name": "Альфа, киберотдел"});
    let r = app
        .api(
            reqwest::Method::POST,
            "members/alpha/identities",
            &bob,
            Some(body.clone()),
        )
        .await;
    assert_eq!(
        r.status, 403,
        "only administrators register identities: {}",
        r.text
    );
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let r = app
        .api(
            reqwest::Method::POST,
            "members/alpha/identities",
            &admin,
            Some(body.clone()),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["name"], "Альфа, киберотдел");
    let r = app
        .api(
            reqwest::Method::POST,
            "members/bravo/identities",
            &admin,
            Some(body),
        )
        .await;
    assert_eq!(
        r.status, 409,
        "one identity belongs to one member: {}",
        r.text
    );
    assert!(r.text.contains("alpha"), "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "members/bravo/identities",
            &admin,
            Some(
                json!({"identity": "indicator--0f7e2f3b-8a61-4b43-9f5e-3c2d1a0b9c8d", "name": "x"}),
            ),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(r.json()["field"], "identity");
    let authored = |n| {
        indicator(
            n,
            "2020-01-01T00:00:00.000Z",
            &format!(
                r#","created_by_ref":"{}""#,
                unit.to_uppercase().replace("IDENTITY", "identity")
            ),
        )
    };
    let st = app.add(&bob, &[authored(2)]).await;
    assert_eq!(
        st["failure_count"], 1,
        "upper-case hex names the same identity: {st}"
    );
    assert!(message(&st).contains("another member"), "{st}");
    let st = app.add(&ann, &[authored(3)]).await;
    assert_eq!(st["success_count"], 1, "{st}");
    let r = app
        .api(
            reqwest::Method::GET,
            "members/alpha/identities",
            &admin,
            None,
        )
        .await;
    assert_eq!(r.json()["own"], alpha.identity_id.as_str());
    assert_eq!(r.json()["registered"][0]["identity"], unit);
    // Unregistered, it is a third party's again.
    let r = app
        .api(
            reqwest::Method::DELETE,
            &format!("members/alpha/identities/{unit}"),
            &admin,
            None,
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let st = app.add(&bob, &[authored(4)]).await;
    assert_eq!(st["success_count"], 1, "{st}");

    // The object's page says both.
    let cookie = crate::web::sign_in(&app, "bob").await;
    let (status, page) = crate::web::get(&app, &cookie, &format!("/objects/{PATTERN}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("authored by <bdi>The MITRE Corporation</bdi> · shared by <bdi>alpha</bdi>"),
        "{page}"
    );
}

#[tokio::test]
async fn both_spec_versions_of_one_version_are_kept_and_counted_once() {
    let app = spawn_app().await;
    let ann = user("ann");
    let (v21, v20) = (technique_21(), technique_20());
    let st = app.add(&ann, &[mitre_identity(), v20.clone()]).await;
    assert_eq!(st["success_count"], 2, "{st}");
    let st = app.add(&ann, std::slice::from_ref(&v21)).await;
    assert_eq!(
        st["success_count"], 1,
        "the 2.1 form of a stored 2.0 version: {st}"
    );
    // Sent again, each form is already stored; neither conflicts with the other.
    let st = app.add(&ann, &[v20.clone(), v21.clone()]).await;
    assert_eq!(
        (st["success_count"].clone(), st["failure_count"].clone()),
        (json!(2), json!(0)),
        "{st}"
    );
    let url = format!("{}{PATTERN}/", app.objects_url());
    let objects = |r: Resp| -> Vec<String> {
        let v = r.json();
        v["objects"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|o| o.to_string())
            .collect()
    };
    let compact = |s: &str| {
        serde_json::from_str::<serde_json::Value>(s)
            .unwrap()
            .to_string()
    };
    // The newest spec version by default, as TAXII 2.1 says; either on request.
    assert_eq!(objects(app.get(&url, &ann).await), [compact(&v21)]);
    let r = app
        .get(&format!("{url}?match[spec_version]=2.0"), &ann)
        .await;
    assert!(r.text.contains(&v20), "byte for byte: {}", r.text);
    let r = app
        .get(&format!("{url}?match[spec_version]=2.0,2.1"), &ann)
        .await;
    assert_eq!(objects(r).len(), 2);
    // Search and the object list count it once.
    let r = app
        .api(reqwest::Method::GET, "search?q=Rogue", &ann, None)
        .await;
    assert_eq!(r.json()["hits"].as_array().unwrap().len(), 1, "{}", r.text);
    let r = app
        .get(
            &format!("{}?match[type]=attack-pattern", app.objects_url()),
            &ann,
        )
        .await;
    assert_eq!(objects(r).len(), 1);
}

#[tokio::test]
async fn a_resubmission_equal_in_content_is_already_stored() {
    let app = spawn_app().await;
    let ann = user("ann");
    let first = r#"{"type":"indicator","spec_version":"2.1","id":"indicator--5a1f0c7e-2d2b-4cbf-938f-98ee46b3cd3f","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","name":"café","pattern":"[ipv4-addr:value = '10.0.0.7']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}"#;
    // Other key order, whitespace and escaping: the same JSON.
    let again = r#"{ "valid_from" : "2020-01-01T00:00:00Z", "pattern_type":"stix",
        "pattern":"[ipv4-addr:value = '10.0.0.7']", "name":"caf\u00e9",
        "modified":"2020-01-01T00:00:00.000Z","created":"2020-01-01T00:00:00.000Z",
        "id":"indicator--5a1f0c7e-2d2b-4cbf-938f-98ee46b3cd3f","spec_version":"2.1","type":"indicator" }"#;
    assert_eq!(
        app.add(&ann, &[first.to_string()]).await["success_count"],
        1
    );
    let st = app.add(&ann, &[again.to_string()]).await;
    assert_eq!(st["success_count"], 1, "{st}");
    let r = app
        .get(
            &format!(
                "{}indicator--5a1f0c7e-2d2b-4cbf-938f-98ee46b3cd3f/",
                app.objects_url()
            ),
            &ann,
        )
        .await;
    assert!(r.text.contains(first), "the first bytes stay: {}", r.text);
    // Different content under the same id and version is the one conflict.
    let changed = first.replace("café", "cafe");
    let st = app.add(&ann, &[changed]).await;
    assert_eq!(st["failure_count"], 1);
    assert!(message(&st).contains("different object"), "{st}");
}

#[tokio::test]
async fn upper_case_uuids_and_custom_refs_are_accepted() {
    let app = spawn_app().await;
    let ann = user("ann");
    let upper = r#"{"type":"indicator","spec_version":"2.1","id":"indicator--6B1F0C7E-2D2B-4CBF-938F-98EE46B3CD3F","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '10.0.0.8']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z","x_misp_attachment_ref":"report.pdf"}"#;
    let st = app.add(&ann, &[upper.to_string()]).await;
    assert_eq!(st["success_count"], 1, "{st}");
    for id in [
        "indicator--6b1f0c7e-2d2b-4cbf-938f-98ee46b3cd3f",
        "indicator--6B1F0C7E-2D2B-4CBF-938F-98EE46B3CD3F",
    ] {
        let r = app.get(&format!("{}{id}/", app.objects_url()), &ann).await;
        assert_eq!(r.status, 200, "{id}: {}", r.text);
        assert!(r.text.contains(upper), "kept as sent: {}", r.text);
    }
    // The lower-case spelling of the same object is the same object, already stored.
    let lower = upper.replace(
        "6B1F0C7E-2D2B-4CBF-938F-98EE46B3CD3F",
        "6b1f0c7e-2d2b-4cbf-938f-98ee46b3cd3f",
    );
    let st = app.add(&ann, &[lower]).await;
    assert_eq!(st["success_count"], 1, "{st}");
    let r = app
        .get(
            &format!(
                "{}?match[id]=indicator--6B1F0C7E-2D2B-4CBF-938F-98EE46B3CD3F&match[version]=all",
                app.objects_url()
            ),
            &ann,
        )
        .await;
    assert_eq!(
        r.json()["objects"].as_array().unwrap().len(),
        1,
        "{}",
        r.text
    );
}

#[tokio::test]
async fn a_bare_object_is_not_an_envelope() {
    let app = spawn_app().await;
    let ann = user("ann");
    let bare = indicator(7, "2020-01-01T00:00:00.000Z", "");
    for body in [bare.clone(), format!("[{bare}]")] {
        let r = app.post(&app.objects_url(), &ann, body).await;
        assert_eq!(r.status, 422, "{}", r.text);
        assert!(r.text.contains("envelope"), "{}", r.text);
        assert_eq!(r.header("content-type").as_deref(), Some(TAXII));
    }
    let r = app
        .get(&format!("{}{}/", app.objects_url(), indicator_id(7)), &ann)
        .await;
    assert_eq!(r.status, 404, "nothing was stored: {}", r.text);
    // A bundle is taken.
    let bundle = format!(
        r#"{{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{bare}]}}"#
    );
    let r = app.post(&app.objects_url(), &ann, bundle).await;
    assert_eq!(r.status, 202, "{}", r.text);
}

#[tokio::test]
async fn an_object_may_refer_to_tens_of_thousands() {
    // ATT&CK's collection object lists every object of the release (about 20,000, each also in
    // relationships); once,
    // the ids it refers to overflowed SQLite's 32,766 statement parameters (a 500).
    let app = spawn_app().await;
    let ann = user("ann");
    let refs: Vec<String> = (0..40_000u32)
        .map(|n| format!("\"{}\"", indicator_id(n)))
        .collect();
    let stored: Vec<String> = (0..40_000u32)
        .step_by(4_000)
        .map(|n| indicator(n, "2020-01-01T00:00:00.000Z", ""))
        .collect();
    assert_eq!(app.add(&ann, &stored).await["success_count"], 10);
    let report = format!(
        r#"{{"type":"report","spec_version":"2.1","id":"report--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","name":"everything","published":"2020-01-01T00:00:00.000Z","object_refs":[{}]}}"#,
        refs.join(",")
    );
    let st = app.add(&ann, &[report]).await;
    assert_eq!(st["success_count"], 1, "{st}");
}
