use domain::Role;
use domain::markings::RELEASE_EXTENSION_ID;
use domain::service::Authority;

use crate::helpers::*;

const M1: &str = "2020-01-01T00:00:00.000Z";

fn release_marking(n: u32, key: &str, names: &[&str]) -> (String, String) {
    let id = format!("marking-definition--{n:08x}-1111-4111-8111-111111111111");
    let list = names
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(",");
    let body = format!(
        r#"{{"type":"marking-definition","spec_version":"2.1","id":"{id}","created":"{M1}","name":"release {n}","extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","{key}":[{list}]}}}}}}"#
    );
    (id, body)
}

fn marked(n: u32, tlp: &str, release: &str) -> String {
    indicator(
        n,
        M1,
        &format!(r#","object_marking_refs":["{tlp}","{release}"]"#),
    )
}

const AMBER_ID: &str = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
const RED_ID: &str = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

async fn sees(app: &App, who: &str, n: u32) -> bool {
    app.get(
        &format!("{}{}/", app.objects_url(), indicator_id(n)),
        &user(who),
    )
    .await
    .status
        == 200
}

#[tokio::test]
async fn release_lists_through_markings() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_user(
            Authority::Console,
            "bravo",
            "bea",
            vec![Role::Analyst],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let bravo = center.member_by_name("bravo").await.unwrap().identity_id;
    let ann = user("ann");

    // The extension-definition is served to everyone.
    let r = app
        .get(
            &format!("{}{RELEASE_EXTENSION_ID}/", app.objects_url()),
            &user("cat"),
        )
        .await;
    assert_eq!(r.status, 200);

    // AMBER released to bravo: bravo's users see it, charlie does not.
    let (to_bravo, def) = release_marking(1, "release_to", &[&bravo]);
    let st = app.add(&ann, &[def, marked(1, AMBER_ID, &to_bravo)]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    assert!(sees(&app, "bob", 1).await && sees(&app, "bea", 1).await);
    assert!(!sees(&app, "cat", 1).await);

    // A marking stored earlier can be used by later submissions.
    app.add(&ann, &[marked(2, AMBER_ID, &to_bravo)]).await;
    assert!(sees(&app, "bob", 2).await && !sees(&app, "cat", 2).await);

    // RED released to one named user: bob, not bea of the same member.
    let (to_bob, def) = release_marking(2, "release_to_users", &["bob"]);
    let st = app.add(&ann, &[def, marked(3, RED_ID, &to_bob)]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    assert!(sees(&app, "bob", 3).await);
    assert!(!sees(&app, "bea", 3).await && !sees(&app, "cat", 3).await);

    // The markings themselves are released to whom they name: a fourth member learns of no
    // bilateral list and no TLP:RED recipient, by id, in lists or in search.
    let marking = |id: &str| format!("{}{id}/", app.objects_url());
    assert_eq!(app.get(&marking(&to_bravo), &user("bob")).await.status, 200);
    assert_eq!(
        app.get(&marking(&to_bravo), &ann).await.status,
        200,
        "its author"
    );
    assert_eq!(app.get(&marking(&to_bravo), &user("cat")).await.status, 404);
    assert_eq!(app.get(&marking(&to_bob), &user("bob")).await.status, 200);
    assert_eq!(app.get(&marking(&to_bob), &user("bea")).await.status, 404);
    assert_eq!(app.get(&marking(&to_bob), &user("cat")).await.status, 404);
    let listed = app
        .get(
            &format!("{}?match[type]=marking-definition", app.objects_url()),
            &user("cat"),
        )
        .await;
    assert!(!listed.text.contains("1111-4111-8111"), "{}", listed.text);
    let found = app
        .api(reqwest::Method::GET, "search?q=release", &user("cat"), None)
        .await;
    assert!(!found.text.contains("1111-4111-8111"), "{}", found.text);
    assert!(!found.text.contains("\"bob\""), "{}", found.text);
}

#[tokio::test]
async fn release_lists_are_refused_with_the_wrong_level() {
    let app = spawn_app().await;
    let bravo = app
        .state
        .center
        .member_by_name("bravo")
        .await
        .unwrap()
        .identity_id;
    let ann = user("ann");
    let (to_bravo, def_m) = release_marking(1, "release_to", &[&bravo]);
    let (to_bob, def_u) = release_marking(2, "release_to_users", &["bob"]);
    let green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    let st = app
        .add(
            &ann,
            &[
                def_m,
                def_u,
                marked(1, RED_ID, &to_bravo),
                marked(2, AMBER_ID, &to_bob),
                marked(3, green, &to_bravo),
            ],
        )
        .await;
    assert_eq!(st["success_count"], 2, "{st}");
    let messages: Vec<&str> = st["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("TLP:RED is released to named users"),
        "{messages:?}"
    );
    assert!(messages[1].contains("not to named users"), "{messages:?}");
    assert!(
        messages[2].contains("every member sees already"),
        "{messages:?}"
    );

    // A marking naming someone who is not in the center is refused, and so is what uses it.
    let (bad, def) = release_marking(
        3,
        "release_to",
        &["identity--00000000-0000-4000-8000-000000000009"],
    );
    let st = app.add(&ann, &[def, marked(4, AMBER_ID, &bad)]).await;
    assert_eq!(st["failure_count"], 2, "{st}");
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not a member of this center")
    );
    assert!(
        st["failures"][1]["message"]
            .as_str()
            .unwrap()
            .contains("refused")
    );
    let (nobody, def) = release_marking(4, "release_to_users", &["nobody"]);
    let st = app.add(&ann, &[def, marked(5, RED_ID, &nobody)]).await;
    assert_eq!(st["failure_count"], 2, "{st}");
}

#[tokio::test]
async fn sharing_groups_apply_as_membership_changes() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_sharing_group(Authority::Console, "benelux", None, false)
        .await
        .unwrap();
    center
        .set_group_member(Authority::Console, "benelux", "bravo", true)
        .await
        .unwrap();
    let ann = user("ann");
    let (to_group, def) = release_marking(1, "release_to_groups", &["benelux"]);
    let st = app.add(&ann, &[def, marked(1, AMBER_ID, &to_group)]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    assert!(sees(&app, "bob", 1).await && !sees(&app, "cat", 1).await);

    // Charlie joins and sees it on its next request; bravo leaves and no longer does.
    center
        .set_group_member(Authority::Console, "benelux", "charlie", true)
        .await
        .unwrap();
    center
        .set_group_member(Authority::Console, "benelux", "bravo", false)
        .await
        .unwrap();
    assert!(sees(&app, "cat", 1).await && !sees(&app, "bob", 1).await);

    // Recipients of a group that hides its members learn only their own membership.
    let cat = center.console_actor("cat").await.unwrap();
    let mine = center.my_sharing_groups(&cat).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].members, vec![cat.member.id]);

    // A group that does not exist, or a group with TLP:RED, is refused.
    let (nowhere, def) = release_marking(2, "release_to_groups", &["nordic"]);
    let st = app.add(&ann, &[def, marked(2, AMBER_ID, &nowhere)]).await;
    assert_eq!(st["failure_count"], 2, "{st}");
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not a sharing group")
    );
    let st = app.add(&ann, &[marked(3, RED_ID, &to_group)]).await;
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("TLP:RED is released to named users")
    );
}

fn relationship(n: u32, target: &str, markings: &[&str]) -> String {
    let refs = markings
        .iter()
        .map(|m| format!("\"{m}\""))
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"{{"type":"relationship","spec_version":"2.1","id":"relationship--{n:08x}-2222-4222-8222-222222222222","created":"{M1}","modified":"{M1}","relationship_type":"indicates","source_ref":"{target}","target_ref":"malware--00000000-2222-4222-8222-222222222222","object_marking_refs":[{refs}]}}"#
    )
}

#[tokio::test]
async fn originator_control_and_the_third_party_rule() {
    let app = spawn_app().await;
    let center = &app.state.center;
    let id_of = |m: &str| {
        let m = m.to_string();
        async move { center.member_by_name(&m).await.unwrap().identity_id }
    };
    let (alpha, bravo, charlie) = (
        id_of("alpha").await,
        id_of("bravo").await,
        id_of("charlie").await,
    );
    let orcon = domain::markings::standard_id("orcon");
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));

    // Alpha releases an ORCON indicator to bravo.
    let (to_bravo, def) = release_marking(1, "release_to", &[&bravo]);
    let ind = indicator(
        1,
        M1,
        &format!(r#","object_marking_refs":["{AMBER_ID}","{to_bravo}","{orcon}"]"#),
    );
    let st = app.add(&ann, &[def, ind]).await;
    assert_eq!(st["failure_count"], 0, "{st}");

    // Bravo may not pass it on: not as a new version of alpha's object ...
    let st = app
        .add(&bob, &[indicator(1, "2021-01-01T00:00:00.000Z", AMBER)])
        .await;
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("only the originator"),
        "{st}"
    );
    // ... nor by referring to it more widely: to everyone, or to charlie.
    let green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    let (to_charlie, def_c) = release_marking(2, "release_to", &[&charlie]);
    let (to_alpha, def_a) = release_marking(3, "release_to", &[&alpha]);
    let target = indicator_id(1);
    let st = app
        .add(
            &bob,
            &[
                def_c,
                def_a,
                relationship(1, &target, &[green]),
                relationship(2, &target, &[AMBER_ID, &to_charlie]),
                relationship(3, &target, &[AMBER_ID, &to_alpha]),
                relationship(4, &target, &[AMBER_ID]),
            ],
        )
        .await;
    assert_eq!(st["success_count"], 4, "{st}");
    let failed: Vec<&str> = st["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            "relationship--00000001-2222-4222-8222-222222222222",
            "relationship--00000002-2222-4222-8222-222222222222"
        ]
    );
    let message = st["failures"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("originator control")
            && message.contains("'alpha'")
            && message.contains("release request"),
        "{message}"
    );

    // Charlie cannot see the indicator, so referring to it reveals nothing and is not refused.
    let st = app.add(&cat, &[relationship(5, &target, &[green])]).await;
    assert_eq!(st["failure_count"], 0, "{st}");

    // The originator itself may release what refers to its object as it likes.
    let st = app.add(&ann, &[relationship(6, &target, &[green])]).await;
    assert_eq!(st["failure_count"], 0, "{st}");

    // A list cannot be probed by what is refused: alpha's second ORCON indicator goes to bravo
    // and charlie, and bravo referring to it for charlie is refused just as for a member not on
    // the list, as bravo may not learn who else received it.
    let (to_both, def_b) = release_marking(4, "release_to", &[&bravo, &charlie]);
    let st = app
        .add(
            &ann,
            &[
                def_b,
                indicator(
                    7,
                    M1,
                    &format!(r#","object_marking_refs":["{AMBER_ID}","{to_both}","{orcon}"]"#),
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let (to_charlie_again, def_c2) = release_marking(5, "release_to", &[&charlie]);
    let st = app
        .add(
            &bob,
            &[
                def_c2,
                relationship(7, &indicator_id(7), &[AMBER_ID, &to_charlie_again]),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 1, "{st}");
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("originator control"),
        "{st}"
    );

    // Nor through a release: bravo's own AMBER relationship refers to alpha's ORCON
    // indicator, whose audience bravo knows as alpha and itself. Its liaison officer may not
    // release it to charlie, unasked or on charlie's request, and charlie still cannot read it;
    // to alpha, already in that audience, it may.
    liaison_officers(&app, &[("bravo", "boris")]).await;
    let boris = user("boris");
    let rel4 = "relationship--00000004-2222-4222-8222-222222222222";
    let release = |who: Cred, body: serde_json::Value| {
        let app = &app;
        async move {
            app.api(reqwest::Method::POST, "release-requests", &who, Some(body))
                .await
        }
    };
    let r = release(
        boris.clone(),
        serde_json::json!({"originator": "bravo", "target": "charlie", "object_id": rel4, "reason": ""}),
    )
    .await;
    assert_eq!(r.status, 409, "{}", r.text);
    assert!(r.text.contains("originator control"), "{}", r.text);
    let r = release(
        cat.clone(),
        serde_json::json!({"originator": "bravo", "object_id": rel4, "reason": "our case"}),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let asked = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("release-requests/{asked}/approve"),
            &boris,
            None,
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
    let seen = app
        .get(&format!("{}{rel4}/", app.objects_url()), &cat)
        .await;
    assert_eq!(seen.status, 404);
    let r = release(
        boris,
        serde_json::json!({"originator": "bravo", "target": "alpha", "object_id": rel4, "reason": ""}),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
}

#[tokio::test]
async fn evaluation_codes_and_the_collection_default() {
    let app = spawn_app().await;
    let ann = user("ann");
    let b2 = domain::markings::standard_id("B2");
    let x4 = domain::markings::standard_id("X4");
    // The standard markings are served like any object.
    let r = app
        .get(&format!("{}{b2}/", app.objects_url()), &user("cat"))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains(r#""source_reliability":"B""#), "{}", r.text);

    let one = indicator(
        1,
        M1,
        &format!(r#","object_marking_refs":["{AMBER_ID}","{b2}"]"#),
    );
    let two = indicator(2, M1, &format!(r#","object_marking_refs":["{b2}","{x4}"]"#));
    let st = app.add(&ann, &[one, two]).await;
    assert_eq!(st["success_count"], 1, "{st}");
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("two evaluations (B2 and X4)")
    );

    // A malformed evaluation is refused with what to write instead.
    let bad = format!(
        r#"{{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--00000009-1111-4111-8111-111111111111","created":"{M1}","extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","source_reliability":"B","information_accuracy":7}}}}}}"#
    );
    let st = app.add(&ann, &[bad]).await;
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("'information_accuracy' must be 1, 2, 3 or 4")
    );

    // The administrator sets the collection's default: an object sent without a marking is then
    // AMBER with no release list, which only its originator sees.
    let c = app
        .state
        .center
        .set_collection_default(Authority::Console, "shared", stix::markings::Tlp::Amber)
        .await
        .unwrap();
    assert_eq!(c.default_tlp, stix::markings::Tlp::Amber);
    app.add(&ann, &[indicator(3, M1, "")]).await;
    assert!(sees(&app, "amy", 3).await && !sees(&app, "bob", 3).await);
}
