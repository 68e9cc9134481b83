//! An object's page reads as intelligence: named properties, references as named links that
//! respect releasability, relationships and sightings as sentences on the objects they join,
//! correlations naming the other object and its member, and the raw STIX one click away.

use crate::helpers::*;
use crate::web::{get, sign_in};

const ACTOR: &str = "threat-actor--0a000000-0000-4000-8000-000000000001";
const PLACE: &str = "location--0a000000-0000-4000-8000-000000000002";
const LOCATED: &str = "relationship--0a000000-0000-4000-8000-000000000003";
const REPORT: &str = "report--0a000000-0000-4000-8000-000000000004";
const SIGHTING: &str = "sighting--0a000000-0000-4000-8000-000000000005";
const T: &str = "2026-03-01T00:00:00.000Z";

fn sdo(kind: &str, id: &str, rest: &str) -> String {
    format!(
        r#"{{"type":"{kind}","spec_version":"2.1","id":"{id}","created":"{T}","modified":"{T}"{rest}}}"#
    )
}

#[tokio::test]
async fn an_object_page_reads_as_intelligence_within_what_is_released() {
    let app = spawn_app().await;
    let (ann, bob) = (user("ann"), user("bob"));
    // Alpha keeps one indicator to itself (AMBER, no release list); its report names it.
    let hidden = indicator(7, T, AMBER);
    let hidden_id = indicator_id(7);
    let st = app
        .add(
            &ann,
            &[
                sdo(
                    "threat-actor",
                    ACTOR,
                    r#","name":"Crimson Harbour Cell","aliases":["خلية الميناء"],"threat_actor_types":["crime-syndicate"]"#,
                ),
                sdo(
                    "location",
                    PLACE,
                    r#","name":"Port of Kelvra safe house","latitude":54.7,"longitude":20.5"#,
                ),
                sdo(
                    "relationship",
                    LOCATED,
                    &format!(
                        r#","relationship_type":"located-at","source_ref":"{ACTOR}","target_ref":"{PLACE}","start_time":"2026-03-01T00:00:00Z""#
                    ),
                ),
                hidden,
                sdo(
                    "report",
                    REPORT,
                    &format!(
                        r#","name":"Harbour logistics","published":"{T}","object_refs":["{ACTOR}","{hidden_id}"]"#
                    ),
                ),
                // A value both members hold, so that the two correlate.
                indicator(8, T, ""),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let st = app
        .add(
            &bob,
            &[
                sdo(
                    "sighting",
                    SIGHTING,
                    &format!(
                        r#","sighting_of_ref":"{ACTOR}","count":3,"first_seen":"2026-04-01T00:00:00Z","last_seen":"2026-04-09T00:00:00Z","where_sighted_refs":["{PLACE}"]"#
                    ),
                ),
                indicator(258, T, ""),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");

    let bob_web = sign_in(&app, "bob").await;
    // The group: its properties under their names, the relationship as a sentence naming
    // both ends, the report that names it, bravo's sighting with its place, raw STIX folded.
    let (status, page) = get(&app, &bob_web, &format!("/objects/{ACTOR}")).await;
    assert_eq!(status, 200);
    for said in [
        "<dt>Also known as</dt>",
        "خلية الميناء",
        "<dt>Kinds of threat actor</dt>",
        "<strong dir=\"auto\">Crimson Harbour Cell</strong> — <a href=\"/objects/relationship--0a000000-0000-4000-8000-000000000003\" dir=\"auto\">located at</a> — <a href=\"/objects/location--0a000000-0000-4000-8000-000000000002\" dir=\"auto\">Port of Kelvra safe house</a>",
        "since <bdi>2026-03-01 00:00</bdi>",
        "named in the <bdi>report</bdi> <bdi><a href=\"/objects/report--0a000000-0000-4000-8000-000000000004\" dir=\"auto\">Harbour logistics</a></bdi>",
        "<bdi>bravo</bdi> saw it 3 times</a> at <bdi><a href=\"/objects/location--0a000000-0000-4000-8000-000000000002\"",
        "between <bdi>2026-04-01 00:00</bdi> and <bdi>2026-04-09 00:00</bdi>",
        "Seen by one member.",
        "<details><summary>The object as STIX (JSON)</summary>",
    ] {
        assert!(page.contains(said), "{said}\n{page}");
    }
    // Neither a relationship nor a sighting is a row of its own.
    assert!(!page.contains("<td><a href=\"/objects/relationship--"));

    // The report: what it covers, by name; alpha's own indicator is only an id bravo may
    // not follow, and nothing of it shows — as for an id the center does not hold.
    let (_, page) = get(&app, &bob_web, &format!("/objects/{REPORT}")).await;
    assert!(page.contains("<dt>Covers</dt>"), "{page}");
    assert!(page.contains(">Crimson Harbour Cell</a>"), "{page}");
    assert!(
        page.contains(&format!(
            "<code dir=\"ltr\">{hidden_id}</code> <span class=\"meta\">(not held here or not released to you)</span>"
        )),
        "{page}"
    );
    assert!(!page.contains("10.0.0.7"), "the hidden indicator's content");
    let ann_web = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann_web, &format!("/objects/{REPORT}")).await;
    assert!(
        page.contains(&format!("<a href=\"/objects/{hidden_id}\" dir=\"auto\">")),
        "alpha follows its own indicator: {page}"
    );

    // A correlation names the other object's member.
    let (_, page) = get(&app, &bob_web, &format!("/objects/{}", indicator_id(258))).await;
    assert!(
        page.contains("<code dir=\"ltr\">ipv4:10.0.0.8</code>"),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "<a href=\"/objects/{}\" dir=\"auto\">",
            indicator_id(8)
        )) && page.contains("<td><bdi>alpha</bdi></td>"),
        "{page}"
    );

    // The relationship's own page says what it joins; an earlier version can be asked for.
    let (_, page) = get(&app, &bob_web, &format!("/objects/{LOCATED}")).await;
    assert!(page.contains("<p class=\"sentence\">"), "{page}");
    let (status, _) = get(
        &app,
        &bob_web,
        &format!("/objects/{ACTOR}?version=2026-03-01T00%3A00%3A00.000Z"),
    )
    .await;
    assert_eq!(status, 200);

    // In Arabic, the same page in the catalog's words.
    let page = reqwest::Client::new()
        .get(format!("{}/objects/{ACTOR}", app.base))
        .header("cookie", &bob_web)
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(!page.contains("Also known as") && !page.contains("Linked intelligence"));
}

#[tokio::test]
async fn a_report_from_the_form_joins_the_groups_and_places_that_exist() {
    use crate::accounts::{cookie_of, page, post, sign_in_as};
    let app = spawn_app().await;
    let ann = user("ann");
    let st = app
        .add(
            &ann,
            &[
                sdo("threat-actor", ACTOR, r#","name":"Crimson Harbour Cell""#),
                sdo(
                    "location",
                    PLACE,
                    r#","name":"Port of Kelvra safe house","latitude":54.7,"longitude":20.5"#,
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let web = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    // The form offers the known names as the user types.
    let form = page(&app, &web, "/submit").await.text().await.unwrap();
    assert!(
        form.contains("<option value=\"Crimson Harbour Cell\"></option>"),
        "{form}"
    );
    assert!(
        form.contains("<option value=\"Port of Kelvra safe house\"></option>"),
        "{form}"
    );

    // Every mistake at once, what was typed kept: no title, a mistyped address, a bad date.
    let r = post(
        &app,
        &web,
        "/submit",
        "/submit",
        &[
            ("name", ""),
            ("actor", "crimson harbour cell"),
            ("indicators", "999.1.1.1\n198.51.100.7"),
            ("place", "Port of Kelvra safe house"),
            ("since", "March"),
            ("tlp", "green"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let refused = r.text().await.unwrap();
    for said in [
        "id=\"name-error\"",
        "&#39;999.1.1.1&#39; is not an IPv4 address: each of its four numbers is 0 to 255",
        "id=\"since-error\"",
        "Nothing was stored.",
        "value=\"crimson harbour cell\"",
    ] {
        assert!(refused.contains(said), "{said}\n{refused}");
    }

    // Corrected: the report names the existing group and place (in another case), says since
    // when the group is there, and ties the indicator to the group.
    let r = post(
        &app,
        &web,
        "/submit",
        "/submit",
        &[
            ("name", "Harbour logistics"),
            ("actor", "crimson harbour cell"),
            ("indicators", "198.51.100.7"),
            ("place", "Port of Kelvra safe house"),
            ("place_relation", "located-at"),
            ("since", "2026-03-01"),
            ("tlp", "green"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let actors = app
        .api(
            reqwest::Method::GET,
            "search?q=harbour&type=threat-actor",
            &ann,
            None,
        )
        .await;
    assert_eq!(
        actors.json()["hits"].as_array().map(Vec::len),
        Some(1),
        "no second group of that name: {}",
        actors.text
    );
    let (_, group) = crate::web::get(&app, &web, &format!("/objects/{ACTOR}")).await;
    assert!(
        group.contains("located at</a> — <a href=\"/objects/location--0a000000-0000-4000-8000-000000000002\" dir=\"auto\">Port of Kelvra safe house</a> <span class=\"meta\">since <bdi>2026-03-01 00:00</bdi></span>"),
        "{group}"
    );
    assert!(
        group.contains("— <a href=\"/objects/relationship--"),
        "{group}"
    );
    assert!(
        group.contains(">indicates</a> — <strong dir=\"auto\">Crimson Harbour Cell</strong>"),
        "{group}"
    );
    assert!(group.contains("named in the <bdi>report</bdi>"), "{group}");
}

#[tokio::test]
async fn a_release_asked_for_and_granted_in_the_pages_says_so_at_each_step() {
    use crate::accounts::{cookie_of, page, post, sign_in_as};
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lea")]).await;
    // Alpha holds an address, released to no one.
    let st = app.add(&user("ann"), &[indicator(9, T, AMBER)]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let lea = cookie_of(&sign_in_as(&app, "lea", PASSWORD).await, "liaison_session");

    // Bob asks whether anyone holds it, then asks alpha for it.
    let r = post(&app, &bob, "/hits", "/", &[("value", "10.0.0.9")]).await;
    let hits = r.text().await.unwrap();
    assert!(
        hits.contains("name=\"originator\" value=\"alpha\""),
        "{hits}"
    );
    let r = post(
        &app,
        &bob,
        "/release-requests",
        "/",
        &[
            ("originator", "alpha"),
            ("value", "10.0.0.9"),
            ("reason", "The courier case"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/?done=release-requested");
    let home = page(&app, &bob, "/?done=release-requested")
        .await
        .text()
        .await
        .unwrap();
    assert!(home.contains("Your release request is sent"), "{home}");
    assert!(
        home.contains(
            "<bdi>10.0.0.9</bdi> from <bdi>alpha</bdi> — <strong>waiting for a decision</strong>"
        ),
        "{home}"
    );

    // Alpha's liaison officer approves it from the home page, and is told.
    let home = page(&app, &lea, "/").await.text().await.unwrap();
    let at = home
        .find("action=\"/release-requests/")
        .expect("a request to decide");
    let id: String = home[at + "action=\"/release-requests/".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let r = post(
        &app,
        &lea,
        &format!("/release-requests/{id}"),
        "/",
        &[("decision", "approve")],
    )
    .await;
    assert_eq!(r.headers()["location"], "/?done=release-approved");

    // Bob's list says approved, and he now reads the indicator.
    let home = page(&app, &bob, "/").await.text().await.unwrap();
    assert!(home.contains("— <strong>approved</strong>"), "{home}");
    let object = page(&app, &bob, &format!("/objects/{}", indicator_id(9))).await;
    assert_eq!(object.status(), 200);
}

#[tokio::test]
async fn a_report_joins_no_group_narrower_than_every_member_and_the_map_takes_no_nan() {
    use crate::accounts::{cookie_of, page, post, sign_in_as};
    use domain::markings::RELEASE_EXTENSION_ID;
    let app = spawn_app().await;
    // Alpha's group is AMBER, released to bravo only.
    let bravo = app
        .state
        .center
        .member_by_name("bravo")
        .await
        .unwrap()
        .identity_id;
    let list = "marking-definition--0b000000-1111-4111-8111-111111111111";
    let st = app
        .add(
            &user("ann"),
            &[
                format!(
                    r#"{{"type":"marking-definition","spec_version":"2.1","id":"{list}","created":"{T}","name":"to bravo","object_marking_refs":["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"],"extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","release_to":["{bravo}"]}}}}}}"#
                ),
                sdo(
                    "threat-actor",
                    ACTOR,
                    &format!(
                        r#","name":"Crimson Harbour Cell","object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","{list}"]"#
                    ),
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    // Bravo's GREEN report may not name it to every member: refused, nothing stored, said why.
    let r = post(
        &app,
        &bob,
        "/submit",
        "/submit",
        &[
            ("name", "Harbour cell seen"),
            ("actor", "Crimson Harbour Cell"),
            ("indicators", "198.51.100.9"),
            ("tlp", "green"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("id=\"actor-error\"") && text.contains("narrower release"),
        "{text}"
    );
    let cat = cookie_of(&sign_in_as(&app, "cat", PASSWORD).await, "liaison_session");
    let (_, found) = crate::web::get(&app, &cat, "/search?q=harbour").await;
    assert!(!found.contains("Harbour cell seen"), "{found}");
    // The map ignores a zoom that is not a number.
    let map = page(&app, &bob, "/map?zoom=NaN&lat=0&lon=inf").await;
    assert_eq!(map.status(), 200);
}

#[tokio::test]
async fn search_results_come_in_pages_and_filters_combine() {
    use crate::accounts::{cookie_of, page, sign_in_as};
    let app = spawn_app().await;
    let many: Vec<String> = (1..=60)
        .map(|n| indicator(n, T, r#","name":"harbour beacon""#))
        .collect();
    let st = app.add(&user("ann"), &many).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let first = page(&app, &bob, "/search?q=beacon&type=indicator")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        first
            .matches("<tr><td><a href=\"/objects/indicator--")
            .count(),
        50,
        "{first}"
    );
    // The filter in force, removable; a facet keeps it.
    assert!(
        first.contains("<a class=\"chip\" href=\"/search?q=beacon\""),
        "{first}"
    );
    assert!(
        first.contains("href=\"/search?q=beacon&#38;type=indicator&#38;tlp=green\""),
        "{first}"
    );
    // The older page holds the other ten and leads back to the newest.
    let at = first.find("rel=\"next\"").expect("a next page");
    let href = &first[first[..at].rfind("href=\"").unwrap() + 6..at - 2];
    let older = page(&app, &bob, &href.replace("&#38;", "&"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        older
            .matches("<tr><td><a href=\"/objects/indicator--")
            .count(),
        10,
        "{older}"
    );
    assert!(
        older.contains(">Newest results</a>") && !older.contains("rel=\"next\""),
        "{older}"
    );
}

#[tokio::test]
async fn one_person_named_in_three_scripts_is_a_possible_match_within_what_is_released() {
    let app = spawn_app().await;
    let (ann, bob, cat) = (user("ann"), user("bob"), user("cat"));
    let person = |n: u32, name: &str, marking: &str| {
        sdo(
            "threat-actor",
            &format!("threat-actor--0b000000-0000-4000-8000-00000000000{n}"),
            &format!(r#","name":"{name}"{marking}"#),
        )
    };
    let id = |n: u32| format!("threat-actor--0b000000-0000-4000-8000-00000000000{n}");
    // Alpha writes him in Arabic, bravo in Latin, charlie in Cyrillic and keeps it AMBER.
    app.add(&ann, &[person(1, "عمر الحداد", "")]).await;
    app.add(&bob, &[person(2, "Omar al-Haddad", "")]).await;
    app.add(&cat, &[person(3, "Омар аль-Хаддад", AMBER)]).await;
    app.add(&bob, &[person(4, "Omar al-Masri", "")]).await;

    let r = app
        .api(
            reqwest::Method::GET,
            &format!("objects/{}/correlations", id(2)),
            &bob,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    let linked = v["correlations"].as_array().unwrap();
    // Bravo sees alpha's Arabic name as a possible match, once, and neither charlie's AMBER
    // one nor another man with the same first name.
    assert_eq!(linked.len(), 1, "{v}");
    assert_eq!(linked[0]["stix_id"], id(1));
    assert_eq!(linked[0]["possible"], true);
    assert!(linked[0]["key"].as_str().unwrap().starts_with("translit:"));
    // Charlie sees all three.
    let v = app
        .api(
            reqwest::Method::GET,
            &format!("objects/{}/correlations", id(3)),
            &cat,
            None,
        )
        .await
        .json();
    let mut ids: Vec<&str> = v["correlations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["stix_id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, [id(1), id(2)], "{v}");

    // The page says it is a possible match and why, naming the other and its member.
    let bob_web = sign_in(&app, "bob").await;
    let (_, page) = get(&app, &bob_web, &format!("/objects/{}", id(2))).await;
    assert!(page.contains("<strong>Possible match</strong>"), "{page}");
    assert!(
        page.contains("the names read alike in another script"),
        "{page}"
    );
    assert!(page.contains(">عمر الحداد</a>") && page.contains("<td><bdi>alpha</bdi></td>"));
    assert!(!page.contains("Омар"), "charlie's AMBER name: {page}");

    // A possible match is not counted as intelligence that correlated.
    let stats = app
        .api(reqwest::Method::GET, "statistics", &user("ann"), None)
        .await
        .json();
    assert_eq!(stats["totals"]["contributed"], 4, "{stats}");
    assert_eq!(stats["totals"]["correlated"], 0, "{stats}");
}

/// The page as a reader of `language` gets it.
async fn page_in(app: &App, cookie: &str, path: &str, language: &str) -> String {
    reqwest::Client::new()
        .get(format!("{}{path}", app.base))
        .header("cookie", cookie)
        .header("accept-language", language)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_member_translates_another_members_object_and_readers_of_that_language_read_it() {
    use crate::web::post_form;
    let app = spawn_app().await;
    let ann = user("ann");
    let cell = "threat-actor--0c000000-0000-4000-8000-000000000001";
    let kept = "threat-actor--0c000000-0000-4000-8000-000000000002";
    let st = app
        .add(
            &ann,
            &[
                sdo(
                    "threat-actor",
                    cell,
                    r#","name":"Crimson Harbour Cell","description":"Moves money through the port.""#,
                ),
                // Alpha keeps this one to itself.
                sdo("threat-actor", kept, &format!(r#","name":"Quiet Cell"{AMBER}"#)),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");

    // Bravo translates alpha's group into Arabic from its page.
    let bob = sign_in(&app, "bob").await;
    let (status, page) = post_form(
        &app,
        &bob,
        &format!("/objects/{cell}/translation"),
        &[("language", "fa"), ("name", ""), ("description", "")],
    )
    .await;
    assert_eq!(status, 422, "nothing to translate is refused: {page}");
    assert!(
        page.contains("translate the name, the description or both"),
        "{page}"
    );
    let (status, _) = post_form(
        &app,
        &bob,
        &format!("/objects/{cell}/translation"),
        &[
            ("language", "ar"),
            ("name", "خلية الميناء القرمزي"),
            ("description", "تنقل الأموال عبر الميناء."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    // What bravo may not read, it may not translate: as if it did not exist.
    let (status, _) = post_form(
        &app,
        &bob,
        &format!("/objects/{kept}/translation"),
        &[("language", "ar"), ("name", "خلية هادئة")],
    )
    .await;
    assert_eq!(status, 404);

    // Charlie's Arabic reader sees the group in Arabic, told whose translation it is, with
    // the original one click away; the raw STIX stays alpha's.
    let cat = sign_in(&app, "cat").await;
    let page = page_in(&app, &cat, &format!("/objects/{cell}"), "ar").await;
    assert!(page.contains("<title>خلية الميناء القرمزي"), "{page}");
    assert!(page.contains("تنقل الأموال عبر الميناء."), "{page}");
    assert!(page.contains("معروض بلغتك"), "{page}");
    assert!(
        page.contains(&format!("href=\"/objects/{cell}?original=1\"")),
        "{page}"
    );
    assert!(
        page.contains("&#34;name&#34;: &#34;Crimson Harbour Cell&#34;"),
        "{page}"
    );
    let original = page_in(&app, &cat, &format!("/objects/{cell}?original=1"), "ar").await;
    assert!(
        original.contains("<title>Crimson Harbour Cell"),
        "{original}"
    );
    assert!(original.contains("توجد ترجمة إلى لغتك"), "{original}");
    // An English reader reads it as written, and is told bravo translated it.
    let ann_web = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann_web, &format!("/objects/{cell}")).await;
    assert!(page.contains("<title>Crimson Harbour Cell"), "{page}");
    assert!(
        page.contains("translated it <bdi>into Arabic</bdi>"),
        "{page}"
    );
    // The translation is found by its words.
    let (_, found) = get(
        &app,
        &ann_web,
        "/search?q=%D8%A7%D9%84%D9%82%D8%B1%D9%85%D8%B2%D9%8A",
    )
    .await;
    assert!(found.contains("/objects/language-content--"), "{found}");

    // A translation sent through TAXII is shown the same way, its prose only: what it says of
    // a pattern or a reference is not put in the object's place.
    let st = app.add(&user("bob"), &[indicator(9, T, "")]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let lc = format!(
        r#"{{"type":"language-content","spec_version":"2.1","id":"language-content--0c000000-0000-4000-8000-000000000009","created":"{T}","modified":"{T}","object_ref":"{}","contents":{{"ar":{{"name":"مؤشر الميناء","pattern":"[ipv4-addr:value = '203.0.113.66']"}}}}}}"#,
        indicator_id(9)
    );
    let st = app.add(&user("bob"), &[lc]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let page = page_in(&app, &cat, &format!("/objects/{}", indicator_id(9)), "ar").await;
    assert!(page.contains("<title>مؤشر الميناء"), "{page}");
    assert!(!page.contains("203.0.113.66"), "{page}");
}

#[tokio::test]
async fn a_translation_reaches_no_further_than_the_object() {
    use crate::web::post_form;
    let app = spawn_app().await;
    let center = &app.state.center;
    let (bravo, charlie) = (
        center.member_by_name("bravo").await.unwrap().identity_id,
        center.member_by_name("charlie").await.unwrap().identity_id,
    );
    let list = "marking-definition--0c000000-1111-4111-8111-111111111111";
    let cell = "threat-actor--0c000000-0000-4000-8000-000000000003";
    let st = app
        .add(
            &user("ann"),
            &[
                format!(
                    r#"{{"type":"marking-definition","spec_version":"2.1","id":"{list}","created":"{T}","name":"to bravo and charlie","object_marking_refs":["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"],"extensions":{{"{}":{{"extension_type":"property-extension","release_to":["{bravo}","{charlie}"]}}}}}}"#,
                    domain::markings::RELEASE_EXTENSION_ID
                ),
                sdo(
                    "threat-actor",
                    cell,
                    &format!(
                        r#","name":"Amber Cell","object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","{list}"]"#
                    ),
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = sign_in(&app, "bob").await;
    let (status, page) = post_form(
        &app,
        &bob,
        &format!("/objects/{cell}/translation"),
        &[("language", "ru"), ("name", "Янтарная ячейка")],
    )
    .await;
    assert_eq!(status, 303, "{page}");
    // Bravo's translation of an AMBER object goes back to its originator, not to charlie,
    // whom alpha released it to but bravo did not.
    let cat = sign_in(&app, "cat").await;
    let page = page_in(&app, &cat, &format!("/objects/{cell}"), "ru").await;
    assert!(!page.contains("Янтарная"), "{page}");
    let ann = sign_in(&app, "ann").await;
    let page = page_in(&app, &ann, &format!("/objects/{cell}"), "ru").await;
    assert!(page.contains("<title>Янтарная ячейка"), "{page}");

    // TLP:RED is read by named people only: bob may read alpha's, not translate it for bravo.
    let to_bob = "marking-definition--0c000000-1111-4111-8111-222222222222";
    let red = "threat-actor--0c000000-0000-4000-8000-000000000004";
    let st = app
        .add(
            &user("ann"),
            &[
                format!(
                    r#"{{"type":"marking-definition","spec_version":"2.1","id":"{to_bob}","created":"{T}","name":"to bob","extensions":{{"{}":{{"extension_type":"property-extension","release_to_users":["bob"]}}}}}}"#,
                    domain::markings::RELEASE_EXTENSION_ID
                ),
                sdo(
                    "threat-actor",
                    red,
                    &format!(
                        r#","name":"Red Cell","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1","{to_bob}"]"#
                    ),
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let (status, page) = get(&app, &bob, &format!("/objects/{red}")).await;
    assert_eq!(status, 200, "bob reads it: {page}");
    let (status, page) = post_form(
        &app,
        &bob,
        &format!("/objects/{red}/translation"),
        &[("language", "ru"), ("name", "Красная ячейка")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("TLP:RED intelligence is read by named people only"),
        "{page}"
    );
}

#[tokio::test]
async fn the_groups_list_sorts_filters_and_pages_from_the_url() {
    let app = spawn_app().await;
    let group = |n: u32, name: &str| {
        sdo(
            "threat-actor",
            &format!("threat-actor--0d000000-0000-4000-8000-{n:012}"),
            &format!(r#","name":"{name}""#),
        )
    };
    let alpha: Vec<String> = (0..60).map(|n| group(n, &format!("Cell {n:02}"))).collect();
    let st = app.add(&user("ann"), &alpha).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    app.add(&user("bob"), &[group(99, "Ёлкино group")]).await;
    let bob = sign_in(&app, "bob").await;
    let rows = |page: &str| page.matches("<tr><td><a href=\"/groups/").count();

    let (status, page) = get(&app, &bob, "/groups").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&page), 50);
    assert!(page.contains("1–50 of 61"), "{page}");
    assert!(
        page.contains("href=\"/groups?page=2\" rel=\"next\""),
        "{page}"
    );
    assert!(
        page.contains(
            "<th aria-sort=\"descending\"><a href=\"/groups?sort=added&#38;dir=asc\">Added</a></th>"
        ),
        "{page}"
    );
    let (_, page) = get(&app, &bob, "/groups?page=2").await;
    assert_eq!(rows(&page), 11);
    assert!(
        page.contains("51–61 of 61") && page.contains("rel=\"prev\""),
        "{page}"
    );

    // By name, A to Z: Cell 00 first; the filter keeps bravo's alone, and says so.
    let (_, page) = get(&app, &bob, "/groups?sort=name&dir=asc").await;
    let first = page.find("Cell 00").unwrap();
    assert!(first < page.find("Cell 01").unwrap());
    assert!(
        page.contains(
            "<th aria-sort=\"ascending\"><a href=\"/groups?sort=name&#38;dir=desc\">Name</a></th>"
        ),
        "{page}"
    );
    let (_, page) = get(&app, &bob, "/groups?member=bravo").await;
    assert_eq!(rows(&page), 1);
    assert!(
        page.contains("Ёлкино group") && page.contains(">Clear the filters</a>"),
        "{page}"
    );
    assert!(
        page.contains("<option value=\"bravo\" selected>bravo</option>"),
        "{page}"
    );
    let (_, page) = get(&app, &bob, "/groups?member=charlie").await;
    assert!(
        page.contains("Nothing in the list matches these filters."),
        "{page}"
    );
    // A page past the end shows the last one; nonsense sorts by the default.
    let (status, page) = get(&app, &bob, "/groups?page=99&sort=nonsense").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&page), 11);
    // What is no page number is the first page, not an error.
    let (status, page) = get(&app, &bob, "/groups?page=abc").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&page), 50);
}

#[tokio::test]
async fn the_rfi_list_filters_by_status_and_priority_and_sorts_by_deadline() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lia")]).await;
    for (question, priority, deadline) in [
        (
            "Who rents the flat on Dock Street?",
            "high",
            "2099-03-04T09:00:00Z",
        ),
        (
            "Which boat left Kelvra on Monday?",
            "urgent",
            "2099-01-04T09:00:00Z",
        ),
        ("Whose is the grey van?", "low", "2099-02-04T09:00:00Z"),
    ] {
        let ask = serde_json::json!({"question": question, "priority": priority, "deadline": deadline, "to": ["bravo"]});
        let r = app
            .api(reqwest::Method::POST, "rfis", &user("lia"), Some(ask))
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let lia = sign_in(&app, "lia").await;
    // Soonest deadline first by default.
    let (_, page) = get(&app, &lia, "/rfis").await;
    let at = |q: &str| page.find(q).unwrap();
    assert!(at("Which boat") < at("grey van") && at("grey van") < at("Dock Street"));
    let (_, page) = get(&app, &lia, "/rfis?priority=urgent").await;
    assert!(
        page.contains("Which boat") && !page.contains("grey van"),
        "{page}"
    );
    let (_, page) = get(&app, &lia, "/rfis?sort=priority&dir=desc").await;
    let at = |q: &str| page.find(q).unwrap();
    assert!(at("Which boat") < at("Dock Street") && at("Dock Street") < at("grey van"));
    let (_, page) = get(&app, &lia, "/rfis?status=answered").await;
    assert!(
        page.contains("Nothing in the list matches these filters."),
        "{page}"
    );
}

#[tokio::test]
async fn the_meetings_list_filters_by_kind_and_sorts_by_title() {
    use domain::service::Authority;
    let app = spawn_app().await;
    convene_plenary(&app).await;
    app.state
        .center
        .convene(
            Authority::Console,
            "Extraordinary session on Kelvra",
            domain::meetings::MeetingKind::Extraordinary,
            4_100_000_000_000_000,
            4_100_000_100_000_000,
            "UTC",
            "Brussels",
        )
        .await
        .unwrap();
    let ann = sign_in(&app, "ann").await;
    // The latest start first by default.
    let (_, page) = get(&app, &ann, "/meetings").await;
    assert!(page.find("Extraordinary session").unwrap() < page.find(">Plenary<").unwrap());
    let (_, page) = get(&app, &ann, "/meetings?sort=title&dir=desc").await;
    assert!(page.find(">Plenary<").unwrap() < page.find("Extraordinary session").unwrap());
    let (_, page) = get(&app, &ann, "/meetings?kind=regular").await;
    assert!(
        page.contains(">Plenary<") && !page.contains("Extraordinary session"),
        "{page}"
    );
}

#[tokio::test]
async fn the_user_list_filters_by_role_and_state_and_sorts() {
    use domain::service::Authority;
    let app = spawn_app().await;
    app.state
        .center
        .add_user(
            Authority::Console,
            "alpha",
            "dee",
            vec![domain::Role::Delegate],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let r = crate::accounts::sign_in_as(&app, "admin", &app.admin_password).await;
    let admin = crate::accounts::cookie_of(&r, "liaison_session");
    let listed =
        |page: &str, who: &str| page.contains(&format!("<a href=\"/users/{who}\" dir=\"ltr\">"));
    let (_, page) = get(&app, &admin, "/users?member=alpha").await;
    assert!(listed(&page, "amy") && listed(&page, "ann") && listed(&page, "dee"));
    assert!(page.find("/users/amy").unwrap() < page.find("/users/dee").unwrap());
    let (_, page) = get(&app, &admin, "/users?member=alpha&role=delegate").await;
    assert!(listed(&page, "dee") && !listed(&page, "ann"), "{page}");
    assert!(
        page.contains("<input type=\"hidden\" name=\"member\" value=\"alpha\">"),
        "{page}"
    );
    let (_, page) = get(&app, &admin, "/users?member=alpha&sort=username&dir=desc").await;
    assert!(page.find("/users/dee").unwrap() < page.find("/users/amy").unwrap());
    let (_, page) = get(&app, &admin, "/users?member=alpha&status=disabled").await;
    assert!(
        page.contains("Nothing in the list matches these filters."),
        "{page}"
    );
    let (status, page) = get(&app, &admin, "/users?member=alpha&page=1").await;
    assert_eq!(status, 200, "{page}");
    assert!(listed(&page, "amy"));
}

#[tokio::test]
async fn intelligence_kept_in_a_collection_of_its_own_is_not_translated_into_the_shared_one() {
    use crate::web::post_form;
    use domain::service::Authority;
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .add_collection(
            Authority::Console,
            domain::service::CollectionSpec {
                title: "Alpha desk".into(),
                alias: Some("desk".into()),
                description: None,
                default_tlp: stix::markings::Tlp::Green,
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
    let cell = "threat-actor--0c000000-0000-4000-8000-000000000005";
    let body = format!(
        "{{\"objects\":[{}]}}",
        sdo("threat-actor", cell, r#","name":"Desk Cell""#)
    );
    let r = app
        .post(
            &format!("{}collections/desk/objects/", app.root()),
            &user("ann"),
            body,
        )
        .await;
    assert_eq!(r.status, 202, "{}", r.text);
    let bob = sign_in(&app, "bob").await;
    let (status, page) = post_form(
        &app,
        &bob,
        &format!("/objects/{cell}/translation"),
        &[("language", "ar"), ("name", "خلية المكتب")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("kept in a collection of its own"), "{page}");
}

/// The release requests of a member, both ways, on a page of their own: each side sees the
/// request as its own, named as far as it may read what is asked for; a third member sees
/// nothing of it; a liaison officer decides from the list and comes back to it.
#[tokio::test]
async fn release_requests_are_listed_both_ways_and_decided_from_the_list() {
    use crate::accounts::{cookie_of, page, post, sign_in_as};
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lea")]).await;
    let named = indicator(9, T, &format!(r#"{AMBER},"name":"Courier drop address""#));
    let st = app.add(&user("ann"), &[named]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let lea = cookie_of(&sign_in_as(&app, "lea", PASSWORD).await, "liaison_session");
    let cat = cookie_of(&sign_in_as(&app, "cat", PASSWORD).await, "liaison_session");
    let actor = app.state.center.console_actor("bob").await.unwrap();
    app.state
        .center
        .request_release(
            &actor,
            "alpha",
            None,
            Some(&indicator_id(9)),
            None,
            "The courier case",
        )
        .await
        .unwrap();

    // The same request again is refused while the first waits.
    let again = app
        .state
        .center
        .request_release(
            &actor,
            "alpha",
            None,
            Some(&indicator_id(9)),
            None,
            "The courier case, again",
        )
        .await;
    assert!(
        matches!(again, Err(domain::Error::Conflict(_))),
        "{again:?}"
    );

    // Bob may not read the indicator yet: his list gives its id, never its name.
    let list = page(&app, &bob, "/release-requests?kind=ours")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains(&indicator_id(9)), "{list}");
    assert!(!list.contains("Courier drop address"), "{list}");
    assert!(list.contains("sent by us"), "{list}");
    assert!(list.contains("waiting for a decision"), "{list}");
    assert!(!list.contains("action=\"/release-requests/"), "{list}");
    // Sent by bravo, so none is listed as sent to it.
    let list = page(&app, &bob, "/release-requests?kind=asked")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Nothing in the list matches"), "{list}");

    // Charlie has no part in it.
    let list = page(&app, &cat, "/release-requests")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("has sent no release request"), "{list}");
    assert!(!list.contains(&indicator_id(9)), "{list}");

    // Alpha's liaison officer reads it under the indicator's name, and approves it there.
    let list = page(&app, &lea, "/release-requests")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Courier drop address"), "{list}");
    assert!(list.contains("sent to us"), "{list}");
    let at = list
        .find("action=\"/release-requests/")
        .expect("a request to decide");
    let id: String = list[at + "action=\"/release-requests/".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let r = post(
        &app,
        &lea,
        &format!("/release-requests/{id}"),
        "/release-requests",
        &[("decision", "approve"), ("back", "list")],
    )
    .await;
    assert_eq!(
        r.headers()["location"],
        format!("/release-requests?done=release-approved#request-{id}").as_str()
    );
    let list = page(&app, &lea, "/release-requests?done=release-approved")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("The release is approved"), "{list}");
    let list = page(&app, &lea, "/release-requests?status=approved")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Courier drop address"), "{list}");
    let list = page(&app, &lea, "/release-requests?status=pending")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Nothing in the list matches"), "{list}");

    // Bob now reads what he asked for, named, and the home page names it too.
    let list = page(&app, &bob, "/release-requests")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Courier drop address"), "{list}");
    assert!(list.contains(">approved<"), "{list}");
    let home = page(&app, &bob, "/").await.text().await.unwrap();
    assert!(
        home.contains("<bdi>Courier drop address</bdi> from <bdi>alpha</bdi>"),
        "{home}"
    );
    assert!(
        home.contains("href=\"/release-requests?kind=ours\""),
        "{home}"
    );
}

/// A release list is told whole to its originator only: a member a release request brought
/// it to learns that it reaches it, never who else received it. And a report joins its
/// author's own group only when everyone the report reaches may read the group.
#[tokio::test]
async fn a_release_list_is_told_to_each_only_as_far_as_it_concerns_them() {
    use crate::accounts::{cookie_of, page, post, sign_in_as};
    use domain::markings::RELEASE_EXTENSION_ID;
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lea")]).await;
    let bravo = app
        .state
        .center
        .member_by_name("bravo")
        .await
        .unwrap()
        .identity_id;
    let to_bravo = "marking-definition--0c000000-2222-4111-8111-111111111111";
    let amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    let st = app
        .add(
            &user("ann"),
            &[
                format!(
                    r#"{{"type":"marking-definition","spec_version":"2.1","id":"{to_bravo}","created":"{T}","name":"to bravo","extensions":{{"{RELEASE_EXTENSION_ID}":{{"extension_type":"property-extension","release_to":["{bravo}"]}}}}}}"#
                ),
                indicator(
                    7,
                    T,
                    &format!(r#","name":"Shared address","object_marking_refs":["{amber}","{to_bravo}"]"#),
                ),
                sdo(
                    "threat-actor",
                    ACTOR,
                    &format!(r#","name":"Night Cell","object_marking_refs":["{amber}","{to_bravo}"]"#),
                ),
            ],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let c = &app.state.center;
    let id = indicator_id(7);
    let request = c
        .request_release(
            &c.console_actor("cat").await.unwrap(),
            "alpha",
            None,
            Some(&id),
            None,
            "The same courier",
        )
        .await
        .unwrap();
    c.decide_release(
        &c.console_actor("lea").await.unwrap(),
        request.id,
        true,
        None,
    )
    .await
    .unwrap();
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let cat = cookie_of(&sign_in_as(&app, "cat", PASSWORD).await, "liaison_session");
    let seen = page(&app, &cat, &format!("/objects/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(seen.contains("released to charlie"), "{seen}");
    assert!(!seen.contains("bravo"), "{seen}");
    let own = page(&app, &ann, &format!("/objects/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(own.contains("released to bravo, charlie"), "{own}");

    // Ann's group is released to bravo only: a GREEN report may not join it, an AMBER one
    // released to bravo may.
    let green = [
        ("name", "Night cell moves"),
        ("actor", "night cell"),
        ("indicators", "198.51.100.77"),
        ("tlp", "green"),
    ];
    let amber = [
        ("name", "Night cell moves"),
        ("actor", "night cell"),
        ("indicators", "198.51.100.77"),
        ("tlp", "amber"),
        ("release_to", "bravo"),
    ];
    let r = post(&app, &ann, "/submit", "/submit", &green).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("your group of that name is released to fewer readers than this report"),
        "{text}"
    );
    let r = post(&app, &ann, "/submit", "/submit", &amber).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
}

/// An object's page names the member that shared it as people read it, not by its short name.
#[tokio::test]
async fn an_object_names_its_member_as_people_read_it() {
    use crate::accounts::{cookie_of, page, sign_in_as};
    let app = spawn_app().await;
    let c = &app.state.center;
    c.add_member(
        domain::service::Authority::Console,
        "delta",
        "Delta Directorate",
        false,
    )
    .await
    .unwrap();
    c.add_user(
        domain::service::Authority::Console,
        "delta",
        "dee",
        vec![domain::Role::Analyst],
        Some(domain::users::InitialPassword::Kept(PASSWORD)),
    )
    .await
    .unwrap();
    let green =
        r#","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]"#;
    let st = app.add(&user("dee"), &[indicator(11, T, green)]).await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let text = page(&app, &bob, &format!("/objects/{}", indicator_id(11)))
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("<bdi>delta</bdi>"), "{text}");
    assert!(text.contains("<bdi>Delta Directorate</bdi>"), "{text}");
    // So does the list of release requests, its filter still taking the short name.
    c.request_release(
        &c.console_actor("dee").await.unwrap(),
        "bravo",
        None,
        None,
        Some("10.0.0.11"),
        "Our case",
    )
    .await
    .unwrap();
    let text = page(&app, &bob, "/release-requests?member=delta")
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("<bdi>Delta Directorate</bdi>"), "{text}");
    assert!(
        text.contains("<option value=\"delta\" selected>Delta Directorate</option>"),
        "{text}"
    );
}
