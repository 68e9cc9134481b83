//! Requests for information: asking, answering with objects of various markings, reminders,
//! expiry and response times.

use domain::Role;
use domain::service::Authority;
use serde_json::{Value, json};

use crate::helpers::*;

const M1: &str = "2026-03-01T09:00:00.000Z";

#[tokio::test]
async fn an_rfi_from_question_to_expiry() {
    let clock = ManualClock::at("2026-03-01T09:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let center = &app.state.center;
    liaison_officers(
        &app,
        &[("alpha", "lia"), ("bravo", "lib"), ("charlie", "lic")],
    )
    .await;
    let (lia, lib, lic) = (user("lia"), user("lib"), user("lic"));

    // Alpha asks bravo and charlie about a report it holds.
    app.add(&user("ann"), &[indicator(1, M1, "")]).await;
    let ask = json!({"question": "Who rents the flat on Dock Street?", "priority": "high", "deadline": "2026-03-04T09:00:00Z", "to": ["bravo", "charlie"], "links": [indicator_id(1)]});
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            "rfis",
            &user("ann"),
            Some(ask.clone())
        )
        .await
        .status,
        403,
        "analysts do not send RFIs"
    );
    let r = app
        .api(reqwest::Method::POST, "rfis", &lia, Some(ask))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["to"], json!(["bravo", "charlie"]));
    // Recipients see it and are notified; others see nothing.
    let list = |who: Cred| {
        let app = &app;
        async move {
            app.api(reqwest::Method::GET, "rfis", &who, None)
                .await
                .json()["rfis"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(list(lib.clone()).await, 1);
    center
        .add_member(Authority::Console, "delta", "delta", false)
        .await
        .unwrap();
    center
        .add_user(
            Authority::Console,
            "delta",
            "lid",
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    assert_eq!(list(user("lid")).await, 0);
    assert_eq!(
        app.api(
            reqwest::Method::GET,
            &format!("rfis/{id}"),
            &user("lid"),
            None
        )
        .await
        .status,
        404
    );
    let told = app
        .api(reqwest::Method::GET, "notifications", &lib, None)
        .await
        .json();
    assert!(
        told["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "rfi"),
        "{told}"
    );

    // Bravo answers after two hours with a GREEN object and an AMBER one released to no one.
    clock.advance_days(0);
    clock
        .0
        .fetch_add(2 * 3_600 * 1_000_000, std::sync::atomic::Ordering::SeqCst);
    app.add(
        &user("bob"),
        &[indicator(2, M1, ""), indicator(3, M1, AMBER)],
    )
    .await;
    let answer = json!({"text": "Tenant identified; see the attached indicators.", "objects": [indicator_id(2), indicator_id(3)]});
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("rfis/{id}/answers"),
            &lib,
            Some(answer.clone()),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("rfis/{id}/answers"),
            &user("lid"),
            Some(answer)
        )
        .await
        .status,
        404
    );
    // Alpha sees the answer, the GREEN object, not the AMBER one it was not released to.
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{id}"), &lia, None)
        .await
        .json();
    assert_eq!(v["status"], "answered");
    assert_eq!(v["answers"][0]["objects"], json!([indicator_id(2)]));
    assert_eq!(v["withheld"], 1);
    assert_eq!(
        v["response_seconds"],
        json!([{"member": "bravo", "seconds": 7200}])
    );
    assert_eq!(v["unseen_by_asker"], json!([]));
    // Bravo is told that alpha cannot read the AMBER object it gave, and the page says so.
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{id}"), &lib, None)
        .await
        .json();
    assert_eq!(v["unseen_by_asker"], json!([indicator_id(3)]), "{v}");
    let bravo = crate::web::sign_in(&app, "lib").await;
    let (_, page) = crate::web::get(&app, &bravo, &format!("/rfis/{id}")).await;
    let notice = &page[page.find("cannot read these objects").expect(&page)..];
    assert!(notice.contains(&indicator_id(3)), "{page}");
    assert!(!notice[..notice.find("</div>").unwrap()].contains(&indicator_id(2)));
    // Objects released to a sharing group are never judged, whether alpha is in the group
    // (benelux, whose members are not shown) or not (nordic): bravo may not learn which.
    for (group, member) in [("benelux", "alpha"), ("nordic", "charlie")] {
        center
            .add_sharing_group(Authority::Console, group, None, false)
            .await
            .unwrap();
        center
            .set_group_member(Authority::Console, group, member, true)
            .await
            .unwrap();
    }
    let to_group = |n: u32, group: &str| {
        let id = format!("marking-definition--{n:08x}-1111-4111-8111-111111111111");
        let def = format!(
            r#"{{"type":"marking-definition","spec_version":"2.1","id":"{id}","created":"{M1}","name":"release {n}","extensions":{{"{}":{{"extension_type":"property-extension","release_to_groups":["{group}"]}}}}}}"#,
            domain::markings::RELEASE_EXTENSION_ID
        );
        let amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
        (
            def,
            indicator(
                n,
                M1,
                &format!(r#","object_marking_refs":["{amber}","{id}"]"#),
            ),
        )
    };
    let (benelux_def, in_benelux) = to_group(5, "benelux");
    let (nordic_def, in_nordic) = to_group(6, "nordic");
    app.add(
        &user("bob"),
        &[benelux_def, nordic_def, in_benelux, in_nordic],
    )
    .await;
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("rfis/{id}/answers"),
            &lib,
            Some(json!({"text": "And these.", "objects": [indicator_id(5), indicator_id(6)]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{id}"), &lib, None)
        .await
        .json();
    assert_eq!(v["unseen_by_asker"], json!([indicator_id(3)]), "{v}");
    // Charlie sees the question but not bravo's answer.
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{id}"), &lic, None)
        .await
        .json();
    assert!(v["answers"].as_array().unwrap().is_empty(), "{v}");

    // A day before the deadline, charlie (who has not answered) is reminded, once.
    clock.advance_days(2);
    assert_eq!(center.rfi_jobs().await.unwrap(), (1, 0));
    assert_eq!(center.rfi_jobs().await.unwrap(), (0, 0));
    let told = app
        .api(reqwest::Method::GET, "notifications", &lic, None)
        .await
        .json();
    assert!(
        told["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "rfi_reminder"),
        "{told}"
    );
    // Past the deadline charlie is overdue; an answered RFI does not expire.
    clock.advance_days(1);
    assert_eq!(center.rfi_jobs().await.unwrap(), (0, 0));
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{id}"), &lia, None)
        .await
        .json();
    assert_eq!(v["overdue"], json!(["charlie"]));
    // Only the asker closes it.
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("rfis/{id}/close"),
            &lib,
            None
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("rfis/{id}/close"),
            &lia,
            None
        )
        .await
        .status,
        204
    );
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("rfis/{id}/close"),
            &lia,
            None
        )
        .await
        .status,
        409
    );

    // An RFI nobody answers expires at its deadline, once.
    let r = app
        .api(
            reqwest::Method::POST,
            "rfis",
            &lib,
            Some(json!({"question": "Any trace of the van?", "deadline": "2026-03-06T09:00:00Z"})),
        )
        .await;
    let quiet = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        r.json()["to"],
        json!(["alpha", "charlie", "delta"]),
        "to every active member"
    );
    clock.advance_days(3);
    let (_, expired) = center.rfi_jobs().await.unwrap();
    assert_eq!(expired, 1);
    let v: Value = app
        .api(reqwest::Method::GET, &format!("rfis/{quiet}"), &lib, None)
        .await
        .json();
    assert_eq!(v["status"], "expired");
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("rfis/{quiet}/answers"),
            &lia,
            Some(json!({"text": "late"})),
        )
        .await;
    assert_eq!(r.status, 409);
    // A meeting's agenda may link the RFI: its parties see the question, others nothing.
    let mid = center
        .convene(
            Authority::Console,
            "Review",
            domain::meetings::MeetingKind::Regular,
            1_900_000_000_000_000,
            1_900_000_003_600_000_000,
            "UTC",
            "online",
        )
        .await
        .unwrap()
        .id;
    center
        .add_agenda_item(
            Authority::Console,
            mid,
            "Open RFIs",
            "",
            Some(domain::meetings::AgendaLink::Rfi(id)),
        )
        .await
        .unwrap();
    let m = app
        .api(reqwest::Method::GET, &format!("meetings/{mid}"), &lia, None)
        .await
        .json();
    assert_eq!(
        m["agenda"][0]["linked"],
        "Who rents the flat on Dock Street?"
    );
    let m = app
        .api(
            reqwest::Method::GET,
            &format!("meetings/{mid}"),
            &user("lid"),
            None,
        )
        .await
        .json();
    assert_eq!(m["agenda"][0]["withheld"], true);
    assert!(m["agenda"][0]["link"].is_null(), "{m}");
    // Bad input says what is wrong.
    let r = app
        .api(
            reqwest::Method::POST,
            "rfis",
            &lia,
            Some(json!({"question": "q", "deadline": "2020-01-01T00:00:00Z"})),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.json()["detail"].as_str().unwrap().contains("future"));
}

/// A link to intelligence a recipient may not see is withheld from it in the list of RFIs, as
/// in the RFI itself: the asker's AMBER report does not reach bravo by being linked.
#[tokio::test]
async fn the_rfi_list_withholds_links_the_reader_may_not_see() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lia"), ("bravo", "lib")]).await;
    app.add(
        &user("ann"),
        &[indicator(1, M1, ""), indicator(5, M1, AMBER)],
    )
    .await;
    let ask = json!({"question": "Seen these?", "deadline": "2099-03-04T09:00:00Z", "to": ["bravo"], "links": [indicator_id(1), indicator_id(5)]});
    let r = app
        .api(reqwest::Method::POST, "rfis", &user("lia"), Some(ask))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let listed = |who: &'static str| {
        let app = &app;
        async move {
            let v = app
                .api(reqwest::Method::GET, "rfis", &user(who), None)
                .await
                .json();
            v["rfis"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["id"] == id)
                .unwrap()["links"]
                .clone()
        }
    };
    assert_eq!(
        listed("lia").await,
        json!([indicator_id(1), indicator_id(5)])
    );
    assert_eq!(listed("lib").await, json!([indicator_id(1)]));
    let one = app
        .api(
            reqwest::Method::GET,
            &format!("rfis/{id}"),
            &user("lib"),
            None,
        )
        .await
        .json();
    assert_eq!(
        (one["links"].clone(), one["withheld"].clone()),
        (json!([indicator_id(1)]), json!(1))
    );
}

/// What a member links to an RFI or an answer must be what it can see: an object hidden from
/// it is refused in the same words as one that does not exist, so linking tells nothing of what
/// exists, and nothing is stored.
#[tokio::test]
async fn links_to_what_one_cannot_see_are_refused_like_links_to_nothing() {
    let app = spawn_app().await;
    liaison_officers(
        &app,
        &[("alpha", "lia"), ("bravo", "lib"), ("charlie", "lic")],
    )
    .await;
    // Bravo holds an AMBER indicator released to no one.
    app.add(&user("bob"), &[indicator(3, M1, AMBER)]).await;
    let ask = json!({"question": "Who rents the flat?", "priority": "high", "deadline": "2099-03-04T09:00:00Z", "to": ["charlie"]});
    let r = app
        .api(
            reqwest::Method::POST,
            "rfis",
            &user("lia"),
            Some(ask.clone()),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let made_up = "indicator--0badc0de-0000-4000-8000-000000000000";
    let said = |r: &Resp| {
        let v = r.json();
        let id = [indicator_id(3), made_up.to_string()]
            .into_iter()
            .find(|i| r.text.contains(i.as_str()))
            .unwrap_or_default();
        (
            r.status,
            v["field"].clone(),
            v["code"].clone(),
            v["detail"].as_str().unwrap_or_default().replace(&id, "ID"),
        )
    };
    let mut answers = Vec::new();
    let mut asks = Vec::new();
    for link in [indicator_id(3), made_up.to_string()] {
        let r = app
            .api(
                reqwest::Method::POST,
                &format!("rfis/{id}/answers"),
                &user("lic"),
                Some(json!({"text": "See this", "objects": [link]})),
            )
            .await;
        answers.push(said(&r));
        let mut with_link = ask.clone();
        with_link["links"] = json!([link]);
        let r = app
            .api(reqwest::Method::POST, "rfis", &user("lia"), Some(with_link))
            .await;
        asks.push(said(&r));
    }
    assert_eq!(answers[0], answers[1], "hidden and made-up look alike");
    assert_eq!(answers[0].0, 400);
    assert_eq!(answers[0].2, "not-visible");
    assert_eq!(asks[0], asks[1]);
    assert_eq!(asks[0].0, 400);
    let v = app
        .api(
            reqwest::Method::GET,
            &format!("rfis/{id}"),
            &user("lia"),
            None,
        )
        .await
        .json();
    assert!(
        v["answers"].as_array().unwrap().is_empty(),
        "nothing stored: {v}"
    );
}
