//! Every member in its own language: the browser's languages before sign-in, then the user's
//! choice, else the member's, through the real server, in the web pages and the API.

use domain::Role;
use domain::users::InitialPassword;
use serde_json::json;

use crate::accounts::{add, client, cookie_of, page, post, sign_in_as};
use crate::helpers::*;

/// The opening `<html>` tag of a page.
fn html_tag(body: &str) -> &str {
    let at = body.find("<html").unwrap();
    let end = at + body[at..].find('>').unwrap();
    &body[at..=end]
}

async fn sign_in_page(app: &App, accept_language: &str) -> String {
    client()
        .get(format!("{}/sign-in", app.base))
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn before_sign_in_the_browser_says_which_language() {
    let app = spawn_app().await;
    let fa = sign_in_page(&app, "fa-IR,fa;q=0.9,en;q=0.5").await;
    assert_eq!(html_tag(&fa), r#"<html lang="fa" dir="rtl">"#);
    assert!(fa.contains("ورود"), "{fa}");
    // The first language the center speaks, in the browser's order.
    let fr = sign_in_page(&app, "de-DE, fr-CA;q=0.8, ar;q=0.5").await;
    assert_eq!(html_tag(&fr), r#"<html lang="fr" dir="ltr">"#);
    assert!(fr.contains("Connexion"), "{fr}");
    // A shared cache keeps one page per language.
    let r = client()
        .get(format!("{}/sign-in", app.base))
        .header("accept-language", "ru")
        .send()
        .await
        .unwrap();
    let vary: Vec<_> = r.headers().get_all("vary").iter().collect();
    assert!(
        vary.iter()
            .any(|v| v.to_str().unwrap().contains("accept-language")),
        "{vary:?}"
    );
    // None the center speaks, or a header that is not one: English.
    for header in ["de, it", ";;;q=x", ""] {
        let en = sign_in_page(&app, header).await;
        assert_eq!(html_tag(&en), r#"<html lang="en" dir="ltr">"#, "{header}");
    }
    // A refusal before sign-in is in the browser's language too.
    let r = client()
        .post(format!("{}/sign-in", app.base))
        .header("accept-language", "ar")
        .form(&[
            ("username", "ann"),
            ("password", "not the password"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    let body = r.text().await.unwrap();
    assert_eq!(html_tag(&body), r#"<html lang="ar" dir="rtl">"#);
}

#[tokio::test]
async fn the_user_chooses_else_the_member_else_the_browser() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let home = page(&app, &ann, "/").await.text().await.unwrap();
    assert_eq!(html_tag(&home), r#"<html lang="en" dir="ltr">"#);

    // The member's language, set by the center's administrator: alpha's people read Russian,
    // bravo's do not.
    let r = app
        .api(
            reqwest::Method::PUT,
            "members/alpha/language",
            &admin,
            Some(json!({"language": "ru"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["language"], "ru");
    let home = page(&app, &ann, "/").await.text().await.unwrap();
    assert_eq!(html_tag(&home), r#"<html lang="ru" dir="ltr">"#);
    assert!(home.contains("Поиск"), "{home}");
    let home = page(&app, &bob, "/").await.text().await.unwrap();
    assert_eq!(html_tag(&home), r#"<html lang="en" dir="ltr">"#);

    // The user's own choice, in the account page, wins; the page says so in the new language.
    let r = post(
        &app,
        &ann,
        "/account/language",
        "/account",
        &[("language", "fa")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/account?done=language");
    let account = page(&app, &ann, "/account?done=language")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html_tag(&account), r#"<html lang="fa" dir="rtl">"#);
    assert!(account.contains("زبان ذخیره شد: فارسی"), "{account}");
    assert!(
        account.contains(r#"<option value="fa" lang="fa" selected>فارسی</option>"#),
        "{account}"
    );
    let ann_api = user("ann");
    let me = app.api(reqwest::Method::GET, "me", &ann_api, None).await;
    assert_eq!(me.json()["user"]["language"], "fa", "{}", me.text);
    // An error page speaks it too.
    let missing = page(
        &app,
        &ann,
        "/objects/indicator--00000000-0000-4000-8000-000000000000",
    )
    .await;
    assert_eq!(missing.status(), 404);
    let body = missing.text().await.unwrap();
    assert_eq!(html_tag(&body), r#"<html lang="fa" dir="rtl">"#);
    assert!(body.contains("یافت نشد"), "{body}");

    // A language the center does not speak is refused, saying which it speaks; nothing changes.
    let r = post(
        &app,
        &ann,
        "/account/language",
        "/account",
        &[("language", "tlh")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("en, fr, ar, fa"));
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/language",
            &ann_api,
            Some(json!({"language": "tlh"})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(r.json()["field"], "language", "{}", r.text);
    assert_eq!(r.json()["code"], "bad-choice", "{}", r.text);

    // No choice: back to the member's.
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/language",
            &ann_api,
            Some(json!({"language": null})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let home = page(&app, &ann, "/").await.text().await.unwrap();
    assert_eq!(html_tag(&home), r#"<html lang="ru" dir="ltr">"#);
}

#[tokio::test]
async fn only_the_members_administrators_set_its_language() {
    let app = spawn_app().await;
    add(
        &app,
        "bravo",
        "bea",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    add(
        &app,
        "alpha",
        "ada",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let body = Some(json!({"language": "ar"}));
    // An analyst, and another member's administrator, may not.
    for who in ["ann", "bea"] {
        let r = app
            .api(
                reqwest::Method::PUT,
                "members/alpha/language",
                &user(who),
                body.clone(),
            )
            .await;
        assert_eq!(r.status, 403, "{who}: {}", r.text);
    }
    // Its own administrator may, in the users page, which says what was done.
    let ada = cookie_of(&sign_in_as(&app, "ada", PASSWORD).await, "liaison_session");
    let r = post(
        &app,
        &ada,
        "/member-language",
        "/users",
        &[("member", "alpha"), ("language", "ar")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(to, "/users?member=alpha&done=language");
    let users = page(&app, &ada, &to).await.text().await.unwrap();
    assert_eq!(html_tag(&users), r#"<html lang="ar" dir="rtl">"#);
    assert!(users.contains("العربية"), "{users}");
    // Bea's page form names her own member only; alpha's setting is kept, and recorded.
    let bea = cookie_of(&sign_in_as(&app, "bea", PASSWORD).await, "liaison_session");
    let r = post(
        &app,
        &bea,
        "/member-language",
        "/users",
        &[("member", "alpha"), ("language", "fr")],
    )
    .await;
    assert_eq!(r.status(), 403);
    let members = app
        .api(reqwest::Method::GET, "members", &user("ann"), None)
        .await;
    let alpha = members.json()["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "alpha")
        .cloned()
        .unwrap();
    assert_eq!(alpha["language"], "ar", "{alpha}");
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let audit = app
        .api(
            reqwest::Method::GET,
            "audit?action=member.language",
            &admin,
            None,
        )
        .await;
    assert!(audit.text.contains("member.language"), "{}", audit.text);
}

#[tokio::test]
async fn each_reader_reads_dates_in_their_calendar_and_time_zone() {
    let app = spawn_app().await;
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    // Ann reads Persian, the Solar Hijri calendar, in Tehran's time.
    let r = post(
        &app,
        &ann,
        "/account/language",
        "/account",
        &[("language", "fa")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let r = post(
        &app,
        &ann,
        "/account/dates",
        "/account",
        &[("calendar", "persian"), ("time_zone", "Asia/Tehran")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/account?done=dates#dates");
    let account = page(&app, &ann, "/account").await.text().await.unwrap();
    // Persian digits, a Solar Hijri year (14xx), Tehran's offset; the UTC time on hover.
    let now = account.find("<time datetime=").expect("the time now");
    let shown = &account[now..now + 400];
    assert!(shown.contains("+0330") && shown.contains("۱۴"), "{shown}");
    assert!(shown.contains(" UTC\">"), "{shown}");
    // The API says what was chosen; a zone that is no zone is refused by name.
    let me = app
        .api(reqwest::Method::GET, "me", &user("ann"), None)
        .await;
    assert_eq!(me.json()["user"]["calendar"], "persian", "{}", me.text);
    assert_eq!(me.json()["user"]["time_zone"], "Asia/Tehran", "{}", me.text);
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/dates",
            &user("ann"),
            Some(json!({"calendar": "julian", "time_zone": "Mars/Olympus"})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(
        r.text.contains("calendar") && r.text.contains("Mars/Olympus"),
        "{}",
        r.text
    );
    // A zone typed in another case is kept as the database spells it.
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/dates",
            &user("ann"),
            Some(json!({"calendar": "persian", "time_zone": "asia/tehran"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let me = app
        .api(reqwest::Method::GET, "me", &user("ann"), None)
        .await;
    assert_eq!(me.json()["user"]["time_zone"], "Asia/Tehran", "{}", me.text);
    // Arabic, Hijri, by the API: the month is a Hijri one.
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/dates",
            &user("ann"),
            Some(json!({"calendar": "islamic", "time_zone": null})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = post(
        &app,
        &ann,
        "/account/language",
        "/account",
        &[("language", "ar")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let account = page(&app, &ann, "/account").await.text().await.unwrap();
    let now = account.find("<time datetime=").expect("the time now");
    assert!(
        account[now..now + 400].contains("هـ"),
        "{}",
        &account[now..now + 400]
    );
    // The printable meeting pack speaks it too, right to left, Hijri dates.
    convene_plenary(&app).await;
    let pack = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/meetings/1/pack.html", app.base),
            &user("ann"),
            None,
            None,
        )
        .await;
    assert_eq!(pack.status, 200, "{}", pack.text);
    assert!(
        pack.text.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        pack.text
    );
    assert!(
        pack.text.contains("جدول الأعمال") && pack.text.contains("هـ"),
        "{}",
        pack.text
    );
}

#[tokio::test]
async fn a_refused_form_says_why_in_the_readers_language() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lea")]).await;
    let ann = cookie_of(&sign_in_as(&app, "lea", PASSWORD).await, "liaison_session");
    let r = post(
        &app,
        &ann,
        "/account/language",
        "/account",
        &[("language", "ar")],
    )
    .await;
    assert_eq!(r.status(), 303);
    // A deadline already past, typed on lea's clock: refused, in Arabic, the question kept.
    let r = post(
        &app,
        &ann,
        "/rfis",
        "/rfis",
        &[
            ("question", "من يعرف مكان الخلية؟"),
            ("priority", "high"),
            ("deadline", "2000-01-01T09:00"),
            ("to", "bravo"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("يجب أن يكون الموعد النهائي في المستقبل"),
        "{body}"
    );
    assert!(
        !body.contains("the deadline must be in the future"),
        "{body}"
    );
    assert!(body.contains("من يعرف مكان الخلية؟"), "{body}");
}

/// The statistics period's dates are days on the reader's clock: a reader in Tehran asking
/// from 1 January counts from midnight in Tehran, and the page's links carry that moment.
#[tokio::test]
async fn statistics_dates_are_read_on_the_readers_clock() {
    let app = spawn_app().await;
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/dates",
            &user("ann"),
            Some(json!({"calendar": "gregorian", "time_zone": "Asia/Tehran"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let ann = crate::web::sign_in(&app, "ann").await;
    let (status, page) =
        crate::web::get(&app, &ann, "/statistics?from=2026-01-01&to=2026-02-01").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("from=2025-12-31T20:30:00") && page.contains("to=2026-01-31T20:30:00"),
        "{page}"
    );
    assert!(
        page.contains("id=\"from\" name=\"from\" type=\"date\" dir=\"ltr\" value=\"2026-01-01\"")
    );
    // Someone on UTC reads the same dates as UTC days.
    let bob = crate::web::sign_in(&app, "bob").await;
    let (_, page) = crate::web::get(&app, &bob, "/statistics?from=2026-01-01").await;
    assert!(page.contains("from=2026-01-01T00:00:00"), "{page}");
}

/// A vote on an admission is titled in the reader's language, the applicant's name set apart;
/// the API keeps the title as stored.
#[tokio::test]
async fn an_admission_vote_is_titled_in_the_readers_language() {
    let app = spawn_app().await;
    applicant(&app, "delta", "Delta Directorate").await;
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/language",
            &user("ann"),
            Some(json!({"language": "ar"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let ann = crate::web::sign_in(&app, "ann").await;
    let (_, page) = crate::web::get(&app, &ann, "/governance").await;
    assert!(page.contains("قبول <bdi>Delta Directorate</bdi>"), "{page}");
    let votes = app
        .api(reqwest::Method::GET, "votes", &user("ann"), None)
        .await
        .json();
    assert_eq!(votes["votes"][0]["title"], "Admission of Delta Directorate");
    assert_eq!(votes["votes"][0]["applicant"], "Delta Directorate");
}

/// A meeting's agenda item linked to the vote on an admission says it in the reader's words,
/// as the governance page does.
#[tokio::test]
async fn an_admission_on_the_agenda_is_said_in_the_readers_language() {
    use crate::accounts::{cookie_of, sign_in_as};
    let app = spawn_app().await;
    convene_plenary(&app).await;
    let c = &app.state.center;
    let (_, _, ballot) = applicant(&app, "delta", "Delta Directorate").await;
    c.add_agenda_item(
        domain::service::Authority::Console,
        1,
        "Admissions",
        "",
        Some(domain::meetings::AgendaLink::Vote(ballot.id)),
    )
    .await
    .unwrap();
    let r = app
        .api(
            reqwest::Method::PUT,
            "me/language",
            &user("bob"),
            Some(json!({"language": "fr"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let (_, page) = crate::web::get(&app, &bob, "/meetings/1").await;
    assert!(page.contains("Admission de Delta Directorate"), "{page}");
    assert!(!page.contains("Admission of"), "{page}");
    // A report published without a title gets one, which a French reader reads in French.
    let summary = c
        .publish_statistics(
            domain::service::Authority::Console,
            domain::statistics::Period {
                from: 1_767_225_600_000_000,
                to: 1_769_904_000_000_000,
            },
            "",
            None,
        )
        .await
        .unwrap();
    assert_eq!(summary.title, "Statistics 2026-01-01 to 2026-02-01");
    let (_, page) = crate::web::get(&app, &bob, "/statistics").await;
    assert!(page.contains("Statistiques du "), "{page}");
    assert!(!page.contains("Statistics 2026-01-01"), "{page}");
}
