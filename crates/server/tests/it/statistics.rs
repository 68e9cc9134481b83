//! The statistics report against counts computed here, independently, from a generated center:
//! objects with random levels and release lists, sightings, shared values, RFIs and answers,
//! hit/no-hit questions, a granted release request, outcomes and a meeting.

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::Ordering;

use domain::markings::RELEASE_EXTENSION_ID;
use serde_json::{Value, json};

use crate::helpers::*;

const M1: &str = "2026-01-01T00:00:00.000Z";
const CLEAR: &str = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
const GREEN: &str = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
const AMBER_ID: &str = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
const RED_ID: &str = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
const HOUR: i64 = 3_600 * 1_000_000;

/// alpha, bravo, charlie, then the secretariat's own member.
const MEMBERS: [&str; 4] = ["alpha", "bravo", "charlie", "secretariat"];
const ANALYSTS: [&str; 3] = ["ann", "bob", "cat"];

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Clear,
    Green,
    AmberBare,
    AmberTo(usize),
    Red,
}

struct Obj {
    id: String,
    originator: usize,
    mark: Mark,
    /// Members a granted release request added.
    granted: Vec<usize>,
    /// The shared value, for indicators.
    key: Option<u32>,
}

impl Obj {
    /// The visibility rule, written out again for this test.
    fn seen_by(&self, m: usize) -> bool {
        m == self.originator
            || self.granted.contains(&m)
            || match self.mark {
                Mark::Clear | Mark::Green => true,
                Mark::AmberTo(t) => t == m,
                Mark::AmberBare | Mark::Red => false,
            }
    }
    fn tlp(&self) -> &'static str {
        match self.mark {
            Mark::Clear => "TLP:CLEAR",
            Mark::Green => "TLP:GREEN",
            Mark::AmberBare | Mark::AmberTo(_) => "TLP:AMBER",
            Mark::Red => "TLP:RED",
        }
    }
}

fn release_id(from: usize, to: usize) -> String {
    format!("marking-definition--{from:04x}{to:04x}-2222-4222-8222-222222222222")
}

/// A release list naming the member `to` by its identity.
fn release_def(from: usize, to: usize, identity: &str) -> String {
    format!(
        r#"{{"type":"marking-definition","spec_version":"2.1","id":"{}","created":"{M1}","name":"release {from} {to}","extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","release_to":["{identity}"]}}}}}}"#,
        release_id(from, to)
    )
}

fn refs(mark: Mark, originator: usize) -> String {
    let list = match mark {
        Mark::Clear => format!("\"{CLEAR}\""),
        Mark::Green => format!("\"{GREEN}\""),
        Mark::AmberBare => format!("\"{AMBER_ID}\""),
        Mark::AmberTo(t) => format!("\"{AMBER_ID}\",\"{}\"", release_id(originator, t)),
        Mark::Red => format!("\"{RED_ID}\""),
    };
    format!(r#","object_marking_refs":[{list}]"#)
}

/// What the report should say, from the objects alone: (contributed by member, received by
/// member, correlated by member, contributed by TLP) as `viewer` may see them (`None`: all).
#[allow(clippy::type_complexity)]
fn expected(
    objects: &[Obj],
    viewer: Option<usize>,
) -> (
    BTreeMap<usize, u64>,
    BTreeMap<usize, u64>,
    BTreeMap<usize, u64>,
    BTreeMap<&'static str, u64>,
) {
    let sees = |o: &Obj| viewer.is_none_or(|v| o.seen_by(v));
    let (mut contributed, mut received, mut correlated, mut by_tlp) = (
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
    );
    // Sightings are counted as sightings, not as intelligence contributed or received.
    for o in objects
        .iter()
        .filter(|o| sees(o) && !o.id.starts_with("sighting--"))
    {
        *contributed.entry(o.originator).or_default() += 1;
        *by_tlp.entry(o.tlp()).or_default() += 1;
        for m in 0..MEMBERS.len() {
            if m != o.originator && o.seen_by(m) {
                *received.entry(m).or_default() += 1;
            }
        }
        let shares = objects
            .iter()
            .any(|b| b.key.is_some() && b.key == o.key && b.originator != o.originator && sees(b));
        if shares {
            *correlated.entry(o.originator).or_default() += 1;
        }
    }
    (contributed, received, correlated, by_tlp)
}

fn member_figure(report: &Value, member: &str, figure: &str) -> u64 {
    report["by_member"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member"] == member)
        .unwrap_or_else(|| panic!("{member} in {report}"))["figures"][figure]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn statistics_match_counts_made_from_the_generated_center() {
    let clock = ManualClock::at("2026-01-01T08:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let center = &app.state.center;
    let hours = |n: i64| {
        clock.0.fetch_add(n * HOUR, Ordering::SeqCst);
    };
    liaison_officers(
        &app,
        &[("alpha", "lia"), ("bravo", "lib"), ("charlie", "lic")],
    )
    .await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());

    // Release lists first, before the period the report covers.
    let mut identities = Vec::new();
    for m in MEMBERS {
        identities.push(center.member_by_name(m).await.unwrap().identity_id);
    }
    for (from, who) in ANALYSTS.iter().enumerate() {
        let defs: Vec<String> = (0..MEMBERS.len())
            .filter(|t| *t != from)
            .map(|t| release_def(from, t, &identities[t]))
            .collect();
        let status = app.add(&user(who), &defs).await;
        assert_eq!(status["success_count"], defs.len(), "{status}");
    }
    hours(24);
    let period_from = stix::timestamp::taxii_timestamp(center.now());

    // Sixty indicators: twenty values each held three times, by changing members and levels.
    let mut rng = 0x5eed_u64;
    let mut next = |n: u64| {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (rng >> 33) % n
    };
    let mut objects = Vec::new();
    for k in 0..20u32 {
        for j in 0..3u32 {
            let n = k + 250 * j;
            let originator = next(3) as usize;
            let mark = match next(5) {
                0 => Mark::Clear,
                1 => Mark::Green,
                2 => Mark::AmberBare,
                3 => Mark::AmberTo((originator + 1 + next(3) as usize) % 4),
                _ => Mark::Red,
            };
            let mark = match mark {
                Mark::AmberTo(t) if t == originator => Mark::AmberBare,
                m => m,
            };
            let status = app
                .add(
                    &user(ANALYSTS[originator]),
                    &[indicator(n, M1, &refs(mark, originator))],
                )
                .await;
            assert_eq!(status["success_count"], 1, "{status}");
            objects.push(Obj {
                id: indicator_id(n),
                originator,
                mark,
                granted: vec![],
                key: Some(k),
            });
        }
    }
    // Sightings of some of them, GREEN.
    for s in 0..5u32 {
        let originator = (s % 3) as usize;
        let id = format!("sighting--{s:08x}-3333-4333-8333-333333333333");
        let body = format!(
            r#"{{"type":"sighting","spec_version":"2.1","id":"{id}","created":"{M1}","modified":"{M1}","sighting_of_ref":"{}"{}}}"#,
            indicator_id(s),
            refs(Mark::Green, originator)
        );
        app.add(&user(ANALYSTS[originator]), &[body]).await;
        objects.push(Obj {
            id,
            originator,
            mark: Mark::Green,
            granted: vec![],
            key: None,
        });
    }

    // Bravo asks for one of alpha's objects it cannot see; alpha grants it.
    let wanted = objects
        .iter()
        .position(|o| o.originator == 0 && o.mark == Mark::AmberBare)
        .expect("the generator makes an AMBER object of alpha's");
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &user("bob"),
            Some(
                json!({"originator": "alpha", "object_id": objects[wanted].id, "reason": "case 7"}),
            ),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let rid = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("release-requests/{rid}/approve"),
            &user("lia"),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    objects[wanted].granted.push(1);

    // RFIs: alpha's is answered by bravo after 2 hours and by charlie after 6; bravo's by
    // alpha after 4; charlie's is not answered.
    let ask = |who: &'static str, to: Vec<&'static str>| {
        let app = &app;
        async move {
            let r = app
                .api(
                    reqwest::Method::POST,
                    "rfis",
                    &user(who),
                    Some(json!({"question": "Who?", "priority": "normal", "deadline": "2026-02-01T00:00:00Z", "to": to})),
                )
                .await;
            assert_eq!(r.status, 201, "{}", r.text);
            r.json()["id"].as_i64().unwrap()
        }
    };
    let answer = |who: &'static str, id: i64| {
        let app = &app;
        async move {
            let r = app
                .api(
                    reqwest::Method::POST,
                    &format!("rfis/{id}/answers"),
                    &user(who),
                    Some(json!({"text": "Here.", "objects": []})),
                )
                .await;
            assert_eq!(r.status, 201, "{}", r.text);
        }
    };
    let first = ask("lia", vec!["bravo", "charlie"]).await;
    let second = ask("lib", vec!["alpha"]).await;
    ask("lic", vec!["alpha"]).await;
    hours(2);
    answer("lib", first).await;
    hours(2);
    answer("lia", second).await;
    hours(2);
    answer("lic", first).await;

    // Hit/no-hit: charlie asks about three values.
    let mut want_hits = (0u64, BTreeMap::<usize, u64>::new());
    for k in [1u32, 2, 3] {
        let r = app
            .api(
                reqwest::Method::POST,
                "hits",
                &user("cat"),
                Some(json!({"value": format!("10.0.0.{k}")})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        let holders: HashSet<usize> = objects
            .iter()
            .filter(|o| o.key == Some(k) && !o.seen_by(2))
            .map(|o| o.originator)
            .collect();
        if !holders.is_empty() {
            want_hits.0 += 1;
        }
        for h in holders {
            *want_hits.1.entry(h).or_default() += 1;
        }
    }

    // Outcomes.
    for (who, kind, o) in [("ann", "arrest", 0usize), ("bob", "group_disrupted", 1)] {
        let visible = objects.iter().find(|x| x.seen_by(o)).unwrap().id.clone();
        let r = app
            .api(
                reqwest::Method::POST,
                "outcomes",
                &user(who),
                Some(json!({"kind": kind, "occurred": stix::timestamp::taxii_timestamp(center.now()), "objects": [visible]})),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }

    // A meeting two hours from now, alpha and bravo present; then the meeting is over.
    let starts = stix::timestamp::taxii_timestamp(center.now() + 2 * HOUR);
    let ends = stix::timestamp::taxii_timestamp(center.now() + 4 * HOUR);
    let r = app
        .api(
            reqwest::Method::POST,
            "meetings",
            &admin,
            Some(json!({"title": "January meeting", "starts": starts, "ends": ends, "time_zone": "Europe/Brussels", "venue": "The Hague"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let mid = r.json()["id"].as_i64().unwrap();
    for (m, present) in [("alpha", true), ("bravo", true), ("charlie", false)] {
        let r = app
            .api(
                reqwest::Method::POST,
                &format!("meetings/{mid}/attendance"),
                &admin,
                Some(json!({"member": m, "present": present})),
            )
            .await;
        assert_eq!(r.status, 204, "{}", r.text);
    }
    hours(5);

    // Bob's view: totals for the whole center, members only as far as bob sees.
    let query = format!("statistics?from={period_from}");
    let r = app
        .api(reqwest::Method::GET, &query, &user("bob"), None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let seen = r.json();
    let (all_contributed, all_received, all_correlated, all_tlp) = expected(&objects, None);
    let t = &seen["totals"];
    assert_eq!(t["contributed"], objects.len() as u64 - 5, "{t}");
    assert_eq!(t["contributed_by_type"]["indicator"], 60);
    assert!(t["contributed_by_type"]["sighting"].is_null(), "{t}");
    assert_eq!(t["sightings"], 5);
    // The trend: this period's intelligence, month by month, adds up to what was contributed.
    let trend: u64 = seen["intelligence_over_time"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["objects"].as_u64().unwrap())
        .sum();
    assert_eq!(trend, objects.len() as u64 - 5, "{seen}");
    for (tlp, n) in &all_tlp {
        assert_eq!(t["contributed_by_tlp"][tlp], *n, "{tlp}: {t}");
    }
    assert_eq!(t["received"], all_received.values().sum::<u64>(), "{t}");
    assert_eq!(t["correlated"], all_correlated.values().sum::<u64>(), "{t}");
    assert_eq!(t["rfis_sent"], 3);
    assert_eq!(t["rfis_answered"], 2);
    assert_eq!(
        t["rfi_median_response_hours"], 3.0,
        "first answers after 2 and 4 hours"
    );
    assert_eq!(t["hit_questions"], 3);
    assert_eq!(t["hits"], want_hits.0);
    assert_eq!(t["release_requests_granted"], 1);
    assert_eq!(t["outcomes"], 2);
    assert_eq!(t["outcomes_by_kind"]["arrest"], 1);
    assert_eq!(t["meetings"], 1);
    let (contributed, received, correlated, _) = expected(&objects, Some(1));
    for (i, m) in MEMBERS.iter().enumerate() {
        let get = |map: &BTreeMap<usize, u64>| map.get(&i).copied().unwrap_or(0);
        assert_eq!(
            member_figure(&seen, m, "contributed"),
            get(&contributed),
            "{m} for bob"
        );
        assert_eq!(
            member_figure(&seen, m, "correlated"),
            get(&correlated),
            "{m} for bob"
        );
        // Received by m, of what bob sees too.
        let both = objects
            .iter()
            .filter(|o| !o.id.starts_with("sighting--"))
            .filter(|o| o.originator != i && o.seen_by(i) && o.seen_by(1))
            .count() as u64;
        assert_eq!(
            member_figure(&seen, m, "received"),
            both,
            "{m} received, for bob"
        );
        assert_eq!(
            member_figure(&seen, m, "hits"),
            want_hits.1.get(&i).copied().unwrap_or(0),
            "hits on {m}"
        );
        let _ = &received;
    }
    assert_eq!(member_figure(&seen, "alpha", "rfis_sent"), 1);
    assert_eq!(member_figure(&seen, "bravo", "rfis_answered"), 1);
    assert_eq!(member_figure(&seen, "charlie", "rfis_answered"), 1);
    assert_eq!(member_figure(&seen, "alpha", "release_requests_granted"), 1);
    assert_eq!(member_figure(&seen, "alpha", "meetings"), 1);
    assert_eq!(member_figure(&seen, "charlie", "meetings"), 0);
    assert!(
        contributed.values().sum::<u64>() < objects.len() as u64,
        "the generator hides some objects from bob"
    );
    let months = seen["members_over_time"].as_array().unwrap();
    assert_eq!(months.last().unwrap()["month"], "2026-01");
    assert_eq!(months.last().unwrap()["members"], 4);

    // Only the presidency or the secretariat publishes; the published report counts all.
    let publish = json!({"from": period_from, "title": "January figures", "meeting": mid});
    let r = app
        .api(
            reqwest::Method::POST,
            "statistics/reports",
            &user("lia"),
            Some(publish.clone()),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "statistics/reports",
            &admin,
            Some(publish),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let report_id = r.json()["id"].as_i64().unwrap();
    let published = app
        .api(
            reqwest::Method::GET,
            &format!("statistics/reports/{report_id}"),
            &user("cat"),
            None,
        )
        .await
        .json();
    assert_eq!(published["scope"]["kind"], "published");
    assert_eq!(published["totals"], seen["totals"]);
    for (i, m) in MEMBERS.iter().enumerate() {
        let get = |map: &BTreeMap<usize, u64>| map.get(&i).copied().unwrap_or(0);
        assert_eq!(
            member_figure(&published, m, "contributed"),
            get(&all_contributed),
            "{m}"
        );
        assert_eq!(
            member_figure(&published, m, "received"),
            get(&all_received),
            "{m}"
        );
        assert_eq!(
            member_figure(&published, m, "correlated"),
            get(&all_correlated),
            "{m}"
        );
    }
    // It stays as published while the center moves on.
    app.add(&user("ann"), &[indicator(900, M1, &refs(Mark::Green, 0))])
        .await;
    let again = app
        .api(
            reqwest::Method::GET,
            &format!("statistics/reports/{report_id}"),
            &user("cat"),
            None,
        )
        .await
        .json();
    assert_eq!(again["totals"], published["totals"]);
    // It is on the meeting's agenda, and listed.
    let meeting = app
        .api(
            reqwest::Method::GET,
            &format!("meetings/{mid}"),
            &user("cat"),
            None,
        )
        .await
        .json();
    assert!(
        meeting["agenda"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["link"] == json!({"kind": "report", "ref": report_id})
                && i["linked"] == "January figures"),
        "{meeting}"
    );
    let list = app
        .api(
            reqwest::Method::GET,
            "statistics/reports",
            &user("bob"),
            None,
        )
        .await
        .json();
    assert_eq!(list["reports"][0]["title"], "January figures");

    // Exports: printable HTML with SVG charts, CSV, and a clear refusal of other formats.
    let html = app
        .api(
            reqwest::Method::GET,
            &format!("statistics/reports/{report_id}?format=html"),
            &user("bob"),
            None,
        )
        .await;
    assert_eq!(html.status, 200);
    assert!(
        html.text.contains("<svg") && html.text.contains("Test center"),
        "{}",
        html.text
    );
    // The same view is served from the cache for five minutes, then compiled afresh.
    let csv_query = format!("{query}&format=csv");
    let bob = user("bob");
    let csv = || app.api(reqwest::Method::GET, &csv_query, &bob, None);
    let line = |n: usize| format!("center,,contributed,,{}\n", n - 5);
    let cached = csv().await;
    assert_eq!(cached.status, 200);
    assert!(
        cached.text.starts_with("scope,member,figure,key,value\n")
            && cached.text.contains(&line(objects.len())),
        "{}",
        cached.text
    );
    hours(1);
    let stale = csv().await;
    assert!(
        stale.text.contains(&line(objects.len())),
        "served while it is compiled afresh"
    );
    assert_eq!(center.refresh_statistics().await.unwrap(), 1);
    let fresh = csv().await;
    assert!(
        fresh.text.contains(&line(objects.len() + 1)),
        "{}",
        fresh.text
    );
    let bad = app
        .api(
            reqwest::Method::GET,
            &format!("{query}&format=pdf"),
            &user("bob"),
            None,
        )
        .await;
    assert_eq!(bad.status, 400);
    assert!(bad.text.contains("json, csv or html"), "{}", bad.text);
    let bad = app
        .api(
            reqwest::Method::GET,
            "statistics?from=yesterday",
            &user("bob"),
            None,
        )
        .await;
    assert_eq!(bad.status, 400);
}

/// A view's first count is started once however often its page reloads, and the report is
/// then kept for that view.
#[tokio::test]
async fn a_first_count_is_started_once_and_then_kept() {
    let app = spawn_app().await;
    let c = &app.state.center;
    let ann = c.console_actor("ann").await.unwrap();
    let period = c.statistics_period(None, None).unwrap();
    let (kept, start) = c.statistics_if_kept(&ann, period, true).await.unwrap();
    assert!(
        kept.is_none() && start,
        "nothing kept: the caller starts the count"
    );
    let (kept, start) = c.statistics_if_kept(&ann, period, true).await.unwrap();
    assert!(
        kept.is_none() && !start,
        "a reload while counting starts nothing"
    );
    let counted = c.statistics(&ann, period, true).await.unwrap();
    let (kept, start) = c.statistics_if_kept(&ann, period, true).await.unwrap();
    assert_eq!(kept.map(|r| r.generated_at), Some(counted.generated_at));
    assert!(!start);
    // Another member's view is its own.
    let bob = c.console_actor("bob").await.unwrap();
    let (kept, start) = c.statistics_if_kept(&bob, period, true).await.unwrap();
    assert!(kept.is_none() && start);
}

fn actor(n: u32, name: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--{n:08x}-1111-4111-8111-111111111111","created":"{M1}","modified":"{M1}","name":"{name}"{extra}}}"#
    )
}

fn actor_id(n: u32) -> String {
    format!("threat-actor--{n:08x}-1111-4111-8111-111111111111")
}

/// A sighting of `of`, numbered `n`.
fn sighting(n: u32, of: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"sighting","spec_version":"2.1","id":"sighting--{n:08x}-3333-4333-8333-333333333333","created":"{M1}","modified":"{M1}","sighting_of_ref":"{of}"{extra}}}"#
    )
}

/// The plenary's top groups and achievements name only what every member may see, whoever
/// reads the report, while counting what the reader's scope counts.
#[tokio::test]
async fn top_groups_and_achievements_name_only_what_every_member_may_see() {
    use domain::service::Authority;
    let app = spawn_app().await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    let green = format!(r#","object_marking_refs":["{GREEN}"]"#);
    let amber = format!(r#","object_marking_refs":["{AMBER_ID}"]"#);
    // Alpha shares a GREEN group that three sightings refer to, and an AMBER group, for itself
    // alone, that five refer to.
    app.add(&ann, &[actor(1, "Crimson Harbour Cell", &green)])
        .await;
    app.add(&ann, &[actor(2, "Quiet Cell", &amber)]).await;
    for n in 0..3 {
        app.add(&bob, &[sighting(n, &actor_id(1), &green)]).await;
    }
    for n in 10..15 {
        app.add(&ann, &[sighting(n, &actor_id(2), &amber)]).await;
    }
    // Bravo records an arrest that alpha's GREEN indicator and its own AMBER one led to.
    app.add(&ann, &[indicator(1, M1, &green)]).await;
    app.add(&bob, &[indicator(2, M1, &amber)]).await;
    let r = app
        .api(
            reqwest::Method::POST,
            "outcomes",
            &bob,
            Some(json!({"kind": "arrest", "description": "Two arrests in the port", "occurred": stix::timestamp::taxii_timestamp(app.state.center.now()), "objects": [indicator_id(1), indicator_id(2)]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);

    let report = |who: Cred| {
        let app = &app;
        async move {
            app.api(reqwest::Method::GET, "statistics?format=json", &who, None)
                .await
                .json()
        }
    };
    for (who, name) in [(ann.clone(), "ann"), (cat.clone(), "cat")] {
        let r = report(who).await;
        let groups = r["top_groups"].as_array().unwrap();
        assert_eq!(groups.len(), 1, "{name}: {groups:?}");
        assert_eq!(groups[0]["id"], actor_id(1));
        assert_eq!(groups[0]["name"], "Crimson Harbour Cell");
        assert_eq!(groups[0]["objects"], 3, "{name}");
        assert!(
            !r.to_string().contains("Quiet Cell") && !r.to_string().contains(&actor_id(2)),
            "{name}: a group not released to every member is never named"
        );
        let a = &r["achievements"][0];
        assert_eq!(a["kind"], "arrest");
        assert_eq!(a["member"], "bravo");
        assert_eq!(a["description"], "Two arrests in the port");
        assert_eq!(a["objects"][0]["id"], indicator_id(1), "{name}: {a}");
        assert_eq!(a["objects"].as_array().unwrap().len(), 1, "{name}: {a}");
        assert_eq!(a["contributors"], json!(["alpha"]), "{name}");
        assert_eq!(a["withheld"], 1, "{name}");
    }
    // The published report counts everything and names the same.
    let c = &app.state.center;
    let period = c.statistics_period(None, None).unwrap();
    let published = c
        .publish_statistics(Authority::Console, period, "Plenary", None)
        .await
        .unwrap();
    let (_, r) = c.published_report(published.id).await.unwrap();
    assert_eq!(r.top_groups.len(), 1);
    assert_eq!(r.top_groups[0].name, "Crimson Harbour Cell");
    assert_eq!(r.achievements[0].withheld, 1);
    let body = serde_json::to_string(&r).unwrap();
    assert!(!body.contains("Quiet Cell") && !body.contains(&indicator_id(2)));

    // The printable report and the CSV say the same.
    let html = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/statistics?format=html", app.base),
            &cat,
            None,
            None,
        )
        .await
        .text;
    assert!(html.contains("Crimson Harbour Cell") && html.contains("Two arrests in the port"));
    assert!(html.contains(&format!("/groups/{}", actor_id(1))), "{html}");
    assert!(!html.contains("Quiet Cell"));
    let csv = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/statistics?format=csv", app.base),
            &cat,
            None,
            None,
        )
        .await
        .text;
    assert!(
        csv.contains(&format!("center,,top_group,{},3", actor_id(1))),
        "{csv}"
    );
}

/// A group whose versions are released to different members is named by none of them: every
/// member sees a version, but no version was released to all. Nor does intelligence some may
/// not see count towards a named group.
#[tokio::test]
async fn a_report_names_no_version_that_was_not_released_to_all() {
    let app = spawn_app().await;
    let c = &app.state.center;
    let mut identity = BTreeMap::new();
    for m in MEMBERS {
        identity.insert(m, c.member_by_name(m).await.unwrap().identity_id);
    }
    let list = |id: &str, to: &[&str]| {
        let to: Vec<&String> = to.iter().map(|m| &identity[m]).collect();
        format!(
            r#"{{"type":"marking-definition","spec_version":"2.1","id":"{id}","created":"{M1}","name":"release","extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","release_to":{}}}}}}}"#,
            json!(to)
        )
    };
    let to_bravo = "marking-definition--00000001-2222-4222-8222-222222222222";
    let to_charlie = "marking-definition--00000002-2222-4222-8222-222222222222";
    let version = |modified: &str, name: &str, list: &str| {
        format!(
            r#"{{"type":"threat-actor","spec_version":"2.1","id":"{}","created":"{M1}","modified":"{modified}","name":"{name}","object_marking_refs":["{AMBER_ID}","{list}"]}}"#,
            actor_id(9)
        )
    };
    app.add(
        &user("ann"),
        &[
            list(to_bravo, &["bravo", "charlie", "secretariat"]),
            list(to_charlie, &["bravo", "charlie", "secretariat"]),
        ],
    )
    .await;
    // Version one to bravo, charlie and the secretariat; version two likewise. Every member
    // sees each: the group may be named, by its newest common version.
    app.add(
        &user("ann"),
        &[
            version("2026-02-01T00:00:00.000Z", "Old Name", to_bravo),
            version("2026-03-01T00:00:00.000Z", "New Name", to_charlie),
        ],
    )
    .await;
    let green = format!(r#","object_marking_refs":["{GREEN}"]"#);
    let amber = format!(r#","object_marking_refs":["{AMBER_ID}"]"#);
    app.add(&user("bob"), &[sighting(1, &actor_id(9), &green)])
        .await;
    let period = c.statistics_period(None, None).unwrap();
    let named = |r: &domain::statistics::Report| {
        r.top_groups
            .iter()
            .map(|g| (g.name.clone(), g.objects))
            .collect::<Vec<_>>()
    };
    let publish = || c.publish_statistics(domain::service::Authority::Console, period, "x", None);
    let (_, r) = c
        .published_report(publish().await.unwrap().id)
        .await
        .unwrap();
    assert_eq!(named(&r), [("New Name".to_string(), 1)]);
    // Bravo's own AMBER sighting, released to no one, is not counted for the group.
    app.add(&user("bob"), &[sighting(2, &actor_id(9), &amber)])
        .await;
    let (_, r) = c
        .published_report(publish().await.unwrap().id)
        .await
        .unwrap();
    assert_eq!(
        named(&r),
        [("New Name".to_string(), 1)],
        "hidden sightings are not counted"
    );
    // A third version for bravo alone: charlie's newest is version two, bravo's three; both
    // still see version two, which stays the one named.
    let to_bravo_alone = "marking-definition--00000003-2222-4222-8222-222222222222";
    app.add(&user("ann"), &[list(to_bravo_alone, &["bravo"])])
        .await;
    app.add(
        &user("ann"),
        &[version(
            "2026-04-01T00:00:00.000Z",
            "Secret Name",
            to_bravo_alone,
        )],
    )
    .await;
    let (_, r) = c
        .published_report(publish().await.unwrap().id)
        .await
        .unwrap();
    assert_eq!(named(&r), [("New Name".to_string(), 1)]);
    assert!(!serde_json::to_string(&r).unwrap().contains("Secret Name"));
    // Split: another group's first version to bravo and the secretariat, its second to
    // charlie and the secretariat. Every member sees a version; none was released to all.
    let (to_b, to_c) = (
        "marking-definition--00000004-2222-4222-8222-222222222222",
        "marking-definition--00000005-2222-4222-8222-222222222222",
    );
    app.add(
        &user("ann"),
        &[
            list(to_b, &["bravo", "secretariat"]),
            list(to_c, &["charlie", "secretariat"]),
        ],
    )
    .await;
    let split = |modified: &str, name: &str, list: &str| {
        format!(
            r#"{{"type":"threat-actor","spec_version":"2.1","id":"{}","created":"{M1}","modified":"{modified}","name":"{name}","object_marking_refs":["{AMBER_ID}","{list}"]}}"#,
            actor_id(10)
        )
    };
    app.add(
        &user("ann"),
        &[
            split("2026-02-01T00:00:00.000Z", "Bravo's Name", to_b),
            split("2026-03-01T00:00:00.000Z", "Charlie's Name", to_c),
        ],
    )
    .await;
    for n in 3..6 {
        app.add(&user("bob"), &[sighting(n, &actor_id(10), &green)])
            .await;
    }
    let (_, r) = c
        .published_report(publish().await.unwrap().id)
        .await
        .unwrap();
    let body = serde_json::to_string(&r).unwrap();
    assert!(
        !body.contains("Bravo's Name") && !body.contains("Charlie's Name"),
        "{body}"
    );
}
