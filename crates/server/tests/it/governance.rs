//! The life of a typical center, end to end through the API.

use domain::service::Authority;
use domain::{MemberStatus, Role};
use serde_json::{Value, json};

use crate::helpers::*;

async fn vote(app: &App, who: &str, ballot: i64, choice: &str) -> Resp {
    app.api(
        reqwest::Method::POST,
        &format!("votes/{ballot}"),
        &user(who),
        Some(json!({ "choice": choice })),
    )
    .await
}

#[tokio::test]
async fn the_life_of_a_center() {
    let clock = ManualClock::at("2026-01-05T09:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let center = &app.state.center;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());

    // Four founding members, each with a delegate.
    center
        .add_member(Authority::Console, "delta", "Delta Directorate", true)
        .await
        .unwrap();
    for (m, delegate) in [
        ("alpha", "da"),
        ("bravo", "db"),
        ("charlie", "dc"),
        ("delta", "dd"),
    ] {
        let f = if m == "delta" {
            center.member_by_name(m).await.unwrap()
        } else {
            center.make_founding(Authority::Console, m).await.unwrap()
        };
        assert!(f.founding);
        assert_eq!(f.accession_at, Some(center.info().founded_at));
        center
            .add_user(
                Authority::Console,
                m,
                delegate,
                vec![Role::Delegate],
                Some(domain::users::InitialPassword::Kept(PASSWORD)),
            )
            .await
            .unwrap();
    }

    // Alpha holds the first presidency; the presidency rotates every six months.
    let mut ids = Vec::new();
    for n in ["alpha", "bravo", "charlie", "delta"] {
        ids.push(center.member_by_name(n).await.unwrap().id);
    }
    center
        .set_presidency_policy(
            Authority::Console,
            domain::governance::PresidencyPolicy::Rotation {
                order: ids,
                term_months: 6,
            },
        )
        .await
        .unwrap();
    center
        .appoint_president(
            Authority::Console,
            "alpha",
            "founding",
            "the founding meeting",
        )
        .await
        .unwrap();
    let p = app
        .api(reqwest::Method::GET, "presidency", &user("ann"), None)
        .await
        .json();
    assert_eq!(p["current"]["member"], "alpha");

    // The presidency convenes a meeting; bravo's analyst may not.
    let meeting = json!({"title": "First regular meeting", "starts": "2026-02-10T09:00:00Z", "ends": "2026-02-10T17:00:00Z", "time_zone": "Europe/Brussels", "venue": "The Hague"});
    let r = app
        .api(
            reqwest::Method::POST,
            "meetings",
            &user("bob"),
            Some(meeting.clone()),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app.api(reqwest::Method::POST, "meetings", &user("da"), Some(json!({"title": "x", "starts": "2026-02-10T09:00:00Z", "ends": "2026-02-10T08:00:00Z", "time_zone": "Europe/Brussels", "venue": "v"}))).await;
    assert_eq!(r.status, 400, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "meetings",
            &user("da"),
            Some(meeting),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let mid = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        app.api(reqwest::Method::GET, "notifications", &user("cat"), None)
            .await
            .json()["notifications"][0]["kind"],
        "meeting",
        "every member is invited"
    );
    // Its agenda: the statistics since the founding date, and an AMBER report of alpha that
    // only alpha may see.
    app.add(&user("ann"), &[format!(r#"{{"type":"report","spec_version":"2.1","id":"report--00000000-1111-4111-8111-000000000001","created":"2026-01-05T09:00:00.000Z","modified":"2026-01-05T09:00:00.000Z","name":"Cell activity in the north","published":"2026-01-05T09:00:00Z","object_refs":["{}"]{AMBER}}}"#, indicator_id(7))]).await;
    let agenda = |title: &str, link: Value| json!({"title": title, "link": link});
    // The presidency publishes the statistics since the founding date onto the agenda.
    let r = app
        .api(
            reqwest::Method::POST,
            "statistics/reports",
            &user("da"),
            Some(json!({"title": "Statistics since the founding", "meeting": mid})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let report = r.json()["id"].as_i64().unwrap();
    assert!(
        r.json()["from"].as_str().unwrap().starts_with("2026-01-05"),
        "from the founding date: {}",
        r.text
    );
    for (t, l) in [
        (
            "Cell activity",
            json!({"kind": "object", "ref": "report--00000000-1111-4111-8111-000000000001"}),
        ),
        ("Admissions", Value::Null),
    ] {
        let r = app
            .api(
                reqwest::Method::POST,
                &format!("meetings/{mid}/agenda"),
                &user("da"),
                Some(agenda(t, l)),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let seen_by = |who: &str| {
        let app = &app;
        let who = who.to_string();
        async move {
            app.api(
                reqwest::Method::GET,
                &format!("meetings/{mid}"),
                &user(&who),
                None,
            )
            .await
            .json()
        }
    };
    let for_ann = seen_by("ann").await;
    assert_eq!(for_ann["agenda"][1]["linked"], "Cell activity in the north");
    let for_bob = seen_by("bob").await;
    assert_eq!(
        for_bob["agenda"][0]["link"],
        json!({"kind": "report", "ref": report}),
        "every member sees the published statistics"
    );
    assert_eq!(
        for_bob["agenda"][0]["linked"],
        "Statistics since the founding"
    );
    assert_eq!(for_bob["agenda"][1]["withheld"], true);
    assert!(
        for_bob["agenda"][1]["link"].is_null(),
        "not even the id: {for_bob}"
    );
    assert!(
        !for_bob.to_string().contains("report--00000000-1111"),
        "{for_bob}"
    );
    // Attendance, minutes, decisions with and without a vote, action items.
    for (m, present) in [
        ("alpha", true),
        ("bravo", true),
        ("charlie", false),
        ("delta", true),
    ] {
        let r = app
            .api(
                reqwest::Method::POST,
                &format!("meetings/{mid}/attendance"),
                &admin,
                Some(json!({"member": m, "present": present, "delegates": "head of delegation"})),
            )
            .await;
        assert_eq!(r.status, 204, "{}", r.text);
    }
    let r = app
        .send(
            reqwest::Method::PUT,
            &format!("{}/api/v1/meetings/{mid}/minutes", app.base),
            &admin,
            None,
            Some((
                "text/markdown",
                "# Minutes\n\nThe members *agreed*.\n\n<script>alert(1)</script>".into(),
            )),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("meetings/{mid}/decisions"),
            &admin,
            Some(json!({"text": "Adopt the exchange priorities for 2026"})),
        )
        .await;
    assert_eq!(r.json()["outcome"], "adopted");
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("meetings/{mid}/decisions"),
            &admin,
            Some(json!({"text": "Open a liaison desk in Vienna", "vote": true})),
        )
        .await;
    let decision_vote = r.json()["vote"].as_i64().unwrap();
    for d in ["da", "db", "dc"] {
        vote(&app, d, decision_vote, "yes").await;
    }
    let r = app.api(reqwest::Method::POST, &format!("meetings/{mid}/actions"), &admin, Some(json!({"title": "Draft the desk's terms", "assignee": "bravo", "due": "2026-03-01T00:00:00Z"}))).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let action = r.json()["id"].as_i64().unwrap();
    let r = app.api(reqwest::Method::POST, &format!("meetings/{mid}/actions"), &admin, Some(json!({"title": "Circulate the minutes", "assignee": "alpha", "due": "2026-01-10T00:00:00Z"}))).await;
    assert_eq!(r.status, 201);
    let m = seen_by("ann").await;
    assert_eq!(
        m["decisions"][1]["outcome"], "adopted",
        "the vote settled it: {m}"
    );
    let overdue: Vec<bool> = m["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["overdue"].as_bool().unwrap())
        .collect();
    assert_eq!(overdue, [false, false]);
    // The meeting pack, as HTML and as iCalendar.
    let pack = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/meetings/{mid}/pack.html", app.base),
            &user("bob"),
            None,
            None,
        )
        .await;
    assert_eq!(pack.status, 200);
    assert!(
        pack.text.contains("First regular meeting") && pack.text.contains("<em>agreed</em>"),
        "{}",
        pack.text
    );
    assert!(
        pack.text.contains("not released to you")
            && !pack.text.contains("Cell activity in the north")
    );
    assert!(!pack.text.contains("<script"), "minutes carry no markup");
    let ics = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/meetings/{mid}/meeting.ics", app.base),
            &user("bob"),
            None,
            None,
        )
        .await;
    assert_eq!(
        ics.header("content-type").unwrap(),
        "text/calendar; charset=utf-8"
    );
    assert!(
        ics.text.contains("BEGIN:VEVENT") && ics.text.contains("DTSTART:20260210T090000Z"),
        "{}",
        ics.text
    );
    // Bravo closes its own action; late ones are flagged.
    clock.advance_days(10);
    let a = app
        .api(reqwest::Method::GET, "actions", &user("ann"), None)
        .await
        .json();
    let late: Vec<(String, bool)> = a["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["title"].as_str().unwrap().to_string(),
                x["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        late.contains(&("Circulate the minutes".to_string(), true)),
        "{late:?}"
    );
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("actions/{action}/done"),
            &user("cat"),
            None
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.api(
            reqwest::Method::POST,
            &format!("actions/{action}/done"),
            &user("bob"),
            None
        )
        .await
        .status,
        204
    );

    // Two organisations apply; the secretariat records them.
    let apply = |name: &str| json!({"name": name, "display_name": format!("{name} service"), "description": "a national service", "contact": format!("liaison@{name}.example")});
    let r = app
        .api(
            reqwest::Method::POST,
            "applications",
            &user("ann"),
            Some(apply("echo")),
        )
        .await;
    assert_eq!(r.status, 403, "only the secretariat records applications");
    let r = app
        .api(
            reqwest::Method::POST,
            "applications",
            &admin,
            Some(apply("echo")),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let echo_vote = r.json()["vote"]["id"].as_i64().unwrap();
    assert_eq!(r.json()["member"]["status"], "applicant");
    assert_eq!(r.json()["vote"]["eligible"].as_array().unwrap().len(), 4);
    let r = app
        .api(
            reqwest::Method::POST,
            "applications",
            &admin,
            Some(apply("foxtrot")),
        )
        .await;
    let fox_vote = r.json()["vote"]["id"].as_i64().unwrap();
    // An applicant sees no intelligence and cannot vote.
    assert!(!MemberStatus::Applicant.is_active());

    // Echo: a delegate may change its vote until the vote closes; unanimity admits it.
    assert_eq!(
        vote(&app, "ann", echo_vote, "yes").await.status,
        403,
        "analysts do not vote"
    );
    assert_eq!(vote(&app, "da", echo_vote, "maybe").await.status, 400);
    for (d, c) in [
        ("da", "yes"),
        ("db", "abstain"),
        ("db", "yes"),
        ("dc", "yes"),
    ] {
        let r = vote(&app, d, echo_vote, c).await;
        assert_eq!(r.status, 200, "{}", r.text);
        assert!(r.json()["closed"].is_null());
    }
    let r = vote(&app, "dd", echo_vote, "yes").await;
    assert_eq!(r.json()["outcome"], "adopted", "{}", r.text);
    assert_eq!(r.json()["votes"].as_array().unwrap().len(), 4);
    let echo = center.member_by_name("echo").await.unwrap();
    assert_eq!(echo.status, MemberStatus::Member);
    assert!(echo.accession_at.is_some());
    let h = app
        .api(
            reqwest::Method::GET,
            "members/echo/history",
            &user("ann"),
            None,
        )
        .await
        .json();
    let last = h["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["from"].clone(), last["to"].clone()),
        (json!("applicant"), json!("member"))
    );
    assert_eq!(last["decision"], format!("vote {echo_vote}"));

    // Foxtrot: a suspended member cannot vote; one "no" refuses it under unanimity, at once.
    center
        .change_member_status(
            Authority::Console,
            "delta",
            MemberStatus::Suspended,
            "dues unpaid",
        )
        .await
        .unwrap();
    let r = vote(&app, "dd", fox_vote, "yes").await;
    assert_eq!(r.status, 403, "{}", r.text);
    assert!(r.json()["detail"].as_str().unwrap().contains("suspended"));
    vote(&app, "da", fox_vote, "yes").await;
    let r = vote(&app, "db", fox_vote, "no").await;
    assert_eq!(r.json()["outcome"], "rejected", "{}", r.text);
    assert_eq!(
        vote(&app, "dc", fox_vote, "yes").await.status,
        409,
        "closed"
    );
    assert_eq!(
        center.member_by_name("foxtrot").await.unwrap().status,
        MemberStatus::Withdrawn
    );
    center
        .change_member_status(
            Authority::Console,
            "delta",
            MemberStatus::Member,
            "dues paid",
        )
        .await
        .unwrap();
    // A change the lifecycle does not allow is refused with what is allowed.
    let e = center
        .change_member_status(Authority::Console, "foxtrot", MemberStatus::Member, "try")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("stays withdrawn"), "{e}");

    // Echo's first user is invited with a one-time token and then reads what members share.
    let token = center
        .invite(Authority::Console, "echo", "eve")
        .await
        .unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            "invitations",
            &Cred::None,
            Some(json!({"token": token, "password": "echo's long password"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "invitations",
            &Cred::None,
            Some(json!({"token": token, "password": "again, a long one"})),
        )
        .await;
    assert_eq!(r.status, 401, "an invitation is used once");
    let eve = Cred::Basic("eve".into(), "echo's long password".into());
    app.add(
        &user("ann"),
        &[indicator(1, "2026-01-05T09:00:00.000Z", "")],
    )
    .await;
    assert_eq!(
        app.get(&format!("{}{}/", app.objects_url(), indicator_id(1)), &eve)
            .await
            .status,
        200
    );

    // A withdrawn member loses access at once.
    center
        .change_member_status(
            Authority::Console,
            "charlie",
            MemberStatus::Withdrawn,
            "left the center",
        )
        .await
        .unwrap();
    assert_eq!(
        app.get(
            &format!("{}{}/", app.objects_url(), indicator_id(1)),
            &user("cat")
        )
        .await
        .status,
        404
    );

    // Six months on, the presidency passes to bravo, once, whatever the number of nodes.
    clock.advance_days(170);
    assert!(
        center.presidency_handover().await.unwrap().is_empty(),
        "not yet"
    );
    clock.advance_days(2);
    let handed = center.presidency_handover().await.unwrap();
    assert_eq!(handed.len(), 1);
    assert!(
        center.presidency_handover().await.unwrap().is_empty(),
        "once"
    );
    let p = app
        .api(reqwest::Method::GET, "presidency", &user("ann"), None)
        .await
        .json();
    assert_eq!(p["current"]["member"], "bravo", "{p}");
    let terms = center.presidency_terms().await.unwrap();
    assert_eq!(terms.len(), 2);
    assert_eq!(terms[0].ends_at, terms[1].starts_at, "no gap, no overlap");
    // Charlie withdrew, so after bravo the rotation goes to delta.
    clock.advance_days(185);
    center.presidency_handover().await.unwrap();
    let p = app
        .api(reqwest::Method::GET, "presidency", &user("ann"), None)
        .await
        .json();
    assert_eq!(p["current"]["member"], "delta", "{p}");

    // Votes past their deadline close with the votes cast.
    let r = app.api(reqwest::Method::POST, "applications", &admin, Some(json!({"name": "golf", "display_name": "Golf", "description": "d", "contact": "c", "days": 3}))).await;
    let golf_vote = r.json()["vote"]["id"].as_i64().unwrap();
    vote(&app, "da", golf_vote, "yes").await;
    clock.advance_days(4);
    assert_eq!(center.close_due_votes().await.unwrap(), 1);
    assert_eq!(center.close_due_votes().await.unwrap(), 0);
    let b = center.ballot(golf_vote).await.unwrap();
    assert_eq!(
        b.outcome,
        Some(domain::votes::Outcome::Rejected),
        "not everyone voted"
    );
}

/// A refusal names the field at fault and a stable code; several faults of one request are
/// said together, each under its field, so that a script or a form can place them.
#[tokio::test]
async fn refusals_name_their_fields_and_come_together() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app
        .api(
            reqwest::Method::POST,
            "meetings",
            &admin,
            Some(json!({"title": " ", "starts": "2027-01-21T09:00:00Z", "ends": "2027-01-20T09:00:00Z", "time_zone": "Mars/Olympus", "venue": "The Hague"})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let p = r.json();
    let fields: Vec<(&str, &str)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        fields,
        [
            ("title", "required"),
            ("ends", "before-start"),
            ("time_zone", "unknown-zone")
        ],
        "{p}"
    );
    assert_eq!(
        (p["field"].as_str(), p["code"].as_str()),
        (Some("title"), Some("required"))
    );
    // One bad field: its name and code, no list.
    let r = app
        .api(
            reqwest::Method::POST,
            "meetings",
            &admin,
            Some(json!({"title": "Plenary", "kind": "secret", "starts": "2027-01-20T09:00:00Z", "ends": "2027-01-20T17:00:00Z", "time_zone": "UTC", "venue": "The Hague"})),
        )
        .await;
    let p = r.json();
    assert_eq!(
        (r.status, p["field"].as_str(), p["code"].as_str()),
        (400, Some("kind"), Some("bad-kind")),
        "{p}"
    );
    assert_eq!(p["detail"], "'kind' is regular or extraordinary");
    assert!(p.get("errors").is_none(), "{p}");
}

/// The jobs `liaison serve` starts do the center's timed work by themselves: here a vote past
/// its deadline closes without anyone asking.
#[tokio::test]
async fn the_jobs_close_a_vote_past_its_deadline() {
    let clock = ManualClock::at("2026-06-01T00:00:00Z");
    let app = spawn_app_on(1 << 20, clock.clone()).await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app.api(reqwest::Method::POST, "applications", &admin, Some(json!({"name": "golf", "display_name": "Golf", "description": "d", "contact": "c", "days": 3}))).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let ballot = r.json()["vote"]["id"].as_i64().unwrap();
    clock.advance_days(4);
    let _jobs = server::jobs::start(
        &app.state,
        "node-a".into(),
        server::jobs::Schedule {
            governance: std::time::Duration::from_millis(50),
            ..server::jobs::Schedule::default()
        },
    );
    let center = &app.state.center;
    let mut closed = None;
    for _ in 0..100 {
        closed = center.ballot(ballot).await.unwrap().closed_at;
        if closed.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(closed.is_some(), "the vote is still open after 5 s of jobs");
}

/// Whether one may vote at all is asked before the vote is read: a caller who may not vote
/// gets the same refusal for a vote that exists as for one that does not.
#[tokio::test]
async fn who_may_not_vote_learns_nothing_of_which_votes_exist() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let r = app
        .api(
            reqwest::Method::POST,
            "applications",
            &admin,
            Some(
                json!({"name": "golf", "display_name": "Golf", "description": "d", "contact": "c"}),
            ),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let ballot = r.json()["vote"]["id"].as_i64().unwrap();
    let cast = |id: i64| {
        let app = &app;
        async move {
            app.api(
                reqwest::Method::POST,
                &format!("votes/{id}"),
                &user("ann"),
                Some(json!({"choice": "yes"})),
            )
            .await
        }
    };
    let (real, none) = (cast(ballot).await, cast(ballot + 1_000).await);
    assert_eq!(real.status, 403, "{}", real.text);
    assert_eq!((real.status, real.json()), (none.status, none.json()));
}

/// The center's administrator adds a founding member through the API in one step: it is a
/// member from the founding date, and a name already taken adds nothing.
#[tokio::test]
async fn the_api_adds_a_founding_member_in_one_step() {
    let clock = ManualClock::at("2026-06-01T09:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let founded = app.state.center.info().founded_at;
    clock.advance_days(30);
    let body = json!({"name": "delta", "display_name": "Delta Directorate", "founding": true});
    let r = app
        .api(reqwest::Method::POST, "members", &admin, Some(body.clone()))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let v = r.json();
    assert_eq!(v["founding"], true);
    assert_eq!(
        v["accession"],
        stix::timestamp::taxii_timestamp(founded),
        "{v}"
    );
    let r = app
        .api(reqwest::Method::POST, "members", &admin, Some(body))
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "members",
            &admin,
            Some(json!({"name": "echo", "display_name": "Echo"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["founding"], false);
    assert_ne!(
        r.json()["accession"],
        stix::timestamp::taxii_timestamp(founded)
    );
    // A name people read already (in another case and spacing) is refused, naming the member
    // that has it; none given reads as the short name.
    let r = app
        .api(
            reqwest::Method::POST,
            "members",
            &admin,
            Some(json!({"name": "delta2", "display_name": "  delta   DIRECTORATE "})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(r.json()["field"], "display_name");
    assert!(
        r.text
            .contains("the member 'delta' is already called 'Delta Directorate'"),
        "{}",
        r.text
    );
    // And one that only looks like it: Cyrillic А and Е and Greek Ο, and a zero for an O,
    // in a Latin name.
    // Capitals too, where only they look alike: Cyrillic Т and Greek Ε, Τ in capitals.
    for lookalike in [
        "D\u{0435}lta Dir\u{0435}ct\u{043E}rat\u{0435}",
        "Delta Direct0rate",
        "DELTA DIREC\u{0422}ORA\u{0422}E",
        "D\u{0395}L\u{03A4}A DIRECTORATE",
        "\u{0391}ELTA",
    ] {
        let r = app
            .api(
                reqwest::Method::POST,
                "members",
                &admin,
                Some(json!({"name": "delta3", "display_name": lookalike})),
            )
            .await;
        if lookalike == "\u{0391}ELTA" {
            // Greek capital alpha is not a D: a different name.
            assert_eq!(r.status, 201, "{lookalike}: {}", r.text);
            continue;
        }
        assert_eq!(r.status, 400, "{lookalike}: {}", r.text);
        assert!(
            r.text
                .contains("the member 'delta' is already called 'Delta Directorate'"),
            "{lookalike}: {}",
            r.text
        );
    }
    // Two administrators giving two new members one name at the same moment: one gets it.
    let center = &app.state.center;
    let (first, second) = tokio::join!(
        center.add_member(
            domain::service::Authority::Console,
            "hotel",
            "Hotel Bureau",
            false
        ),
        center.add_member(
            domain::service::Authority::Console,
            "hotel2",
            "hotel  BUREAU",
            false
        ),
    );
    assert!(
        first.is_ok() != second.is_ok(),
        "{:?} {:?}",
        first.map(|m| m.name),
        second.map(|m| m.name)
    );
    let r = app
        .api(
            reqwest::Method::POST,
            "members",
            &admin,
            Some(json!({"name": "foxtrot", "display_name": " "})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["display_name"], "foxtrot", "{}", r.text);
    // So is an application under a member's name.
    let refused = app
        .state
        .center
        .apply(
            domain::service::Authority::Console,
            "golf",
            "Echo",
            "An agency",
            "desk@golf.example",
            None,
            None,
        )
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("already called 'Echo'"),
        "{refused}"
    );
}
