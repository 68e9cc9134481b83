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
            Some(PASSWORD),
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
