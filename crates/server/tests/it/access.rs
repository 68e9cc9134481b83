use domain::MemberStatus;
use domain::service::{Authority, CollectionSpec};
use stix::markings::Tlp;

use crate::helpers::*;

const M1: &str = "2020-01-01T00:00:00.000Z";

#[tokio::test]
async fn suspension_takes_effect_on_the_next_request() {
    let app = spawn_app().await;
    let center = &app.state.center;
    let bob = Cred::Bearer(token(&app, "bob").await);
    app.add(&user("ann"), &[indicator(1, M1, "")]).await;
    let q = format!("{}?match[type]=indicator", app.objects_url());
    assert_eq!(
        app.get(&q, &bob).await.json()["objects"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    center
        .set_member_status(Authority::Console, "bravo", MemberStatus::Suspended)
        .await
        .unwrap();
    // The suspended member's token still authenticates, but it sees nothing and writes nothing.
    let r = app.get(&format!("{}collections/", app.root()), &bob).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.text, "{}");
    assert_eq!(app.get(&q, &bob).await.status, 404);
    let r = app
        .post(
            &app.objects_url(),
            &bob,
            format!("{{\"objects\":[{}]}}", indicator(2, M1, "")),
        )
        .await;
    assert_eq!(r.status, 404);
    center
        .set_member_status(Authority::Console, "bravo", MemberStatus::Member)
        .await
        .unwrap();
    assert_eq!(app.get(&q, &bob).await.status, 200);
    center
        .set_member_status(Authority::Console, "bravo", MemberStatus::Withdrawn)
        .await
        .unwrap();
    assert_eq!(app.get(&q, &bob).await.status, 404);
}

#[tokio::test]
async fn tokens_work_until_revoked() {
    let app = spawn_app().await;
    let center = &app.state.center;
    let (t, token) = center
        .create_token(
            Authority::Console,
            "ann",
            domain::users::TokenDraft {
                name: "feed".into(),
                scope: domain::Scope::Write,
                expires_at: None,
            },
        )
        .await
        .unwrap();
    let url = format!("{}/taxii2/", app.base);
    assert_eq!(
        app.get(&url, &Cred::Bearer(token.clone())).await.status,
        200
    );
    // As the Basic password too, but only with its own user name.
    assert_eq!(
        app.get(&url, &Cred::Basic("ann".into(), token.clone()))
            .await
            .status,
        200
    );
    assert_eq!(
        app.get(&url, &Cred::Basic("bob".into(), token.clone()))
            .await
            .status,
        401
    );
    let listed = center.tokens(Authority::Console, "ann").await.unwrap();
    assert!(listed[0].last_used_at.is_some());
    center.revoke_token(Authority::Console, t.id).await.unwrap();
    assert_eq!(app.get(&url, &Cred::Bearer(token)).await.status, 401);
}

#[tokio::test]
async fn collection_rights_per_member() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_collection(
            Authority::Console,
            CollectionSpec {
                title: "Alpha desk".into(),
                alias: Some("desk".into()),
                description: None,
                default_tlp: Tlp::Amber,
                everyone_reads: false,
                everyone_writes: false,
            },
        )
        .await
        .unwrap();
    center
        .grant(Authority::Console, "desk", "alpha", true, true)
        .await
        .unwrap();
    center
        .grant(Authority::Console, "desk", "bravo", true, false)
        .await
        .unwrap();
    let desk = format!("{}collections/desk/", app.root());
    let objects = format!("{desk}objects/");
    let body = format!("{{\"objects\":[{}]}}", indicator(1, M1, ""));
    // Alpha reads and writes; bravo only reads; charlie does not see the collection at all.
    let r = app.get(&desk, &user("bob")).await.json();
    assert_eq!(
        (r["can_read"].as_bool(), r["can_write"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(
        app.post(&objects, &user("ann"), body.clone()).await.status,
        202
    );
    assert_eq!(
        app.post(&objects, &user("bob"), body.clone()).await.status,
        403
    );
    assert_eq!(app.get(&desk, &user("cat")).await.status, 404);
    assert_eq!(app.get(&objects, &user("cat")).await.status, 404);
    assert_eq!(app.post(&objects, &user("cat"), body).await.status, 404);
    let listed = app
        .get(&format!("{}collections/", app.root()), &user("cat"))
        .await
        .json();
    assert_eq!(listed["collections"].as_array().unwrap().len(), 1);
    // The collection's default marking is AMBER: without a release list only alpha sees it.
    let q = format!("{objects}?match[type]=indicator");
    assert_eq!(
        app.get(&q, &user("ann")).await.json()["objects"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(app.get(&q, &user("bob")).await.text, "{}");
    // DELETE needs both rights: read without write is 403.
    let r = app
        .delete(&format!("{objects}{}/", indicator_id(1)), &user("bob"))
        .await;
    assert_eq!(r.status, 403);
}
