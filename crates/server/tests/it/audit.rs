use serde_json::Value;

use crate::helpers::*;

async fn log(app: &App, query: &str) -> Value {
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/audit?{query}", app.base),
            &admin,
            Some("application/json"),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json()
}

fn actions(v: &Value) -> Vec<String> {
    v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn writes_sensitive_reads_and_failed_sign_ins_are_recorded() {
    let app = spawn_app().await;
    let ann = user("ann");
    app.add(&ann, &[indicator(1, "2020-01-01T00:00:00.000Z", AMBER)])
        .await;
    app.add(&ann, &[indicator(2, "2020-01-01T00:00:00.000Z", "")])
        .await;
    // ann reads her AMBER object (recorded) and the GREEN one (not).
    for n in [1, 2] {
        let r = app
            .get(&format!("{}{}/", app.objects_url(), indicator_id(n)), &ann)
            .await;
        assert_eq!(r.status, 200);
    }
    // bob cannot see the AMBER object: nothing was read, nothing is recorded for him.
    let r = app
        .get(
            &format!("{}{}/", app.objects_url(), indicator_id(1)),
            &user("bob"),
        )
        .await;
    assert_eq!(r.status, 404);
    // A wrong password.
    let r = app
        .get(
            &app.objects_url(),
            &Cred::Basic("bob".into(), "wrong password!".into()),
        )
        .await;
    assert_eq!(r.status, 401);

    let all = log(&app, "limit=1000").await;
    let acts = actions(&all);
    assert_eq!(acts.iter().filter(|a| *a == "objects.submit").count(), 2);
    let reads: Vec<&Value> = all["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "objects.read")
        .collect();
    assert_eq!(reads.len(), 1, "{all}");
    assert_eq!(reads[0]["actor"], "ann");
    assert_eq!(reads[0]["detail"]["objects"][0][0], indicator_id(1));
    let failure = all["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "auth.failure")
        .unwrap();
    assert_eq!(failure["actor"], "bob");
    assert!(!failure.to_string().contains("wrong password"), "{failure}");

    // Filters: by action prefix, by member, by actor.
    let subs = log(&app, "action=objects&actor=ann").await;
    assert!(actions(&subs).iter().all(|a| a.starts_with("objects.")));
    assert_eq!(actions(&subs).len(), 3);
    let bravo = log(&app, "member=bravo").await;
    assert!(actions(&bravo).is_empty(), "{bravo}");
    let paged = log(&app, "limit=2").await;
    assert_eq!(paged["entries"].as_array().unwrap().len(), 2);
    let next = paged["next"].as_i64().unwrap();
    let rest = log(&app, &format!("after={next}&limit=1000")).await;
    assert_eq!(rest["entries"][0]["seq"].as_i64().unwrap(), next + 1);
    // Each read of the log by an administrator is itself recorded.
    let again = log(&app, "action=audit").await;
    assert!(!actions(&again).is_empty());

    // Only administrators read the log; any member may take the checkpoints.
    let r = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/audit", app.base),
            &ann,
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    assert_eq!(r.json()["code"], "forbidden");
    let r = app
        .send(
            reqwest::Method::POST,
            &format!("{}/api/v1/audit/checkpoints", app.base),
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let seq = r.json()["checkpoint"]["seq"].as_i64().unwrap();
    let r = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/audit/checkpoints", app.base),
            &ann,
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["checkpoints"][0]["seq"].as_i64().unwrap(), seq);
    assert_eq!(v["checkpoints"][0]["public_key"], v["public_key"]);
    let r = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/audit?since=yesterday", app.base),
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["code"], "bad-timestamp");
}
