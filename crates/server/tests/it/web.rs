//! The web application over HTTP: sessions, CSRF and origin checks, field errors, and the
//! same 404 for an object one may not see as for one that does not exist.

use crate::helpers::*;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Signs in and returns the session cookie.
pub(crate) async fn sign_in(app: &App, user: &str) -> String {
    let r = client()
        .post(format!("{}/sign-in", app.base))
        .form(&[("username", user), ("password", PASSWORD), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    cookie.split(';').next().unwrap().to_string()
}

pub(crate) async fn get(app: &App, cookie: &str, path: &str) -> (u16, String) {
    let r = client()
        .get(format!("{}{path}", app.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Adds a person to a member at the console, with the tests' password.
async fn person(app: &App, member: &str, username: &str, roles: Vec<domain::Role>) {
    app.state
        .center
        .add_user(
            domain::service::Authority::Console,
            member,
            username,
            roles,
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
}

/// Signs the center's administrator in and returns the session cookie.
pub(crate) async fn sign_in_admin(app: &App) -> String {
    let r = client()
        .post(format!("{}/sign-in", app.base))
        .form(&[
            ("username", "admin"),
            ("password", app.admin_password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_string()
}

fn csrf(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    page[at..at + 32].to_string()
}

#[tokio::test]
async fn sessions_forms_and_what_pages_show() {
    let app = spawn_app().await;
    // Signed out: every page sends you to sign in; a wrong password says so.
    let r = client()
        .get(format!("{}/search", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/sign-in?next=%2Fsearch");
    let csp = r.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
    let r = client()
        .post(format!("{}/sign-in", app.base))
        .form(&[("username", "ann"), ("password", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("wrong user name or password")
    );

    let ann = sign_in(&app, "ann").await;
    let (status, home) = get(&app, &ann, "/").await;
    assert_eq!(status, 200);
    assert!(home.contains("alpha — home"), "{home}");
    let token = csrf(&home);

    // A form without the CSRF token, or from another site, is refused.
    let post = |path: &str, cookie: &str, form: Vec<(&str, &str)>, origin: Option<&str>| {
        let mut r = client()
            .post(format!("{}{path}", app.base))
            .header("cookie", cookie)
            .form(&form);
        if let Some(o) = origin {
            r = r.header("origin", o);
        }
        r.send()
    };
    let report = vec![
        ("name", "Cell in the harbour"),
        ("indicators", "198.51.100.23\nevil.example"),
        ("tlp", "amber"),
    ];
    let r = post("/submit", &ann, report.clone(), None).await.unwrap();
    assert_eq!(r.status(), 403);
    let mut with_token = report.clone();
    with_token.push(("csrf", &token));
    let r = post(
        "/submit",
        &ann,
        with_token.clone(),
        Some("http://evil.example"),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 403);

    // A wrong field is named next to the field, and nothing is stored.
    let mut bad = with_token.clone();
    bad.push(("latitude", "123"));
    bad.push(("longitude", "4"));
    let r = post("/submit", &ann, bad, None).await.unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("id=\"location-error\""), "{page}");
    assert!(
        page.contains("Cell in the harbour"),
        "the form keeps what was typed"
    );

    // Stored: the report page shows its marking banner.
    let r = post("/submit", &ann, with_token, None).await.unwrap();
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let id = location
        .trim_start_matches("/objects/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    assert!(id.starts_with("report--"), "{location}");
    let (status, page) = get(&app, &ann, &location).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("TLP:AMBER") && page.contains("Your report is stored"),
        "{page}"
    );

    // Bob may not see it: his 404 is the 404 of an object that does not exist.
    let bob = sign_in(&app, "bob").await;
    let hidden = get(&app, &bob, &format!("/objects/{id}")).await;
    let missing = get(
        &app,
        &bob,
        "/objects/report--00000000-0000-4000-8000-000000000000",
    )
    .await;
    assert_eq!(hidden.0, 404);
    assert_eq!(hidden, missing);
    let (_, found) = get(&app, &bob, "/search?q=harbour").await;
    assert!(found.contains("0 matches"), "{found}");
    let (_, found) = get(&app, &ann, "/search?q=harbour").await;
    assert!(found.contains("1 match<") && found.contains("Cell in the harbour"));

    // Every page renders for a signed-in analyst; administration is for administrators.
    for path in [
        "/",
        "/search",
        "/submit",
        "/rfis",
        "/groups",
        "/map",
        "/governance",
        "/meetings",
        "/statistics",
    ] {
        let (status, page) = get(&app, &bob, path).await;
        assert_eq!(status, 200, "{path}: {page}");
        assert!(page.contains("<main id=\"main\">"), "{path}");
    }
    assert_eq!(get(&app, &bob, "/admin").await.0, 403);
    assert_eq!(get(&app, &bob, "/audit").await.0, 403);

    // Signing out ends the session.
    let r = post("/sign-out", &ann, vec![("csrf", &token)], None)
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = client()
        .get(format!("{}/", app.base))
        .header("cookie", &ann)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "the old cookie no longer works");
}

/// The secretariat's meeting forms show what was wrong next to the field, keep what was
/// typed, and store nothing.
#[tokio::test]
async fn meeting_forms_name_the_field_at_fault() {
    let app = spawn_app().await;
    let admin = sign_in_admin(&app).await;
    let (status, page) = get(&app, &admin, "/meetings").await;
    assert_eq!(status, 200);
    let token = csrf(&page);
    let post = |path: String, form: Vec<(&'static str, &'static str)>| {
        let (admin, token) = (admin.clone(), token.clone());
        let url = format!("{}{path}", app.base);
        async move {
            let mut form: Vec<(&str, String)> =
                form.into_iter().map(|(k, v)| (k, v.to_string())).collect();
            form.push(("csrf", token));
            let r = client()
                .post(url)
                .header("cookie", admin)
                .form(&form)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let location = r
                .headers()
                .get("location")
                .map(|l| l.to_str().unwrap().to_string());
            (status, location, r.text().await.unwrap())
        }
    };
    let meeting = |starts: &'static str, zone: &'static str| {
        vec![
            ("title", "Winter plenary"),
            ("kind", "regular"),
            ("starts", starts),
            ("ends", "2027-01-20T17:00:00Z"),
            ("time_zone", zone),
            ("venue", "The Hague"),
        ]
    };
    for (form, field, says) in [
        (
            meeting("tomorrow", "UTC"),
            "starts",
            "&#39;starts&#39; must be a date and time such as 2026-12-01T09:00, or a date",
        ),
        (
            meeting("2027-01-21T09:00:00Z", "UTC"),
            "ends",
            "a meeting ends after it starts",
        ),
        (
            meeting("2027-01-20T09:00:00Z", "Europe Brussels"),
            "time_zone",
            "Europe Brussels&#39; is not a time zone name",
        ),
        (
            // The right shape, but no such zone in the time zone database.
            meeting("2027-01-20T09:00:00Z", "Mars/Olympus"),
            "time_zone",
            "Mars/Olympus&#39; is not a time zone name",
        ),
    ] {
        let (status, _loc, page) = post("/meetings".into(), form).await;
        assert_eq!(status, 422, "{page} {_loc:?}");
        let at = page
            .find(&format!("id=\"{field}-error\""))
            .unwrap_or_else(|| panic!("{field}: {page}"));
        assert!(page[at..].contains(says), "{field}: {page}");
        assert!(
            page.contains("value=\"Winter plenary\""),
            "the form keeps what was typed"
        );
    }
    assert!(
        app.state.center.meetings().await.unwrap().is_empty(),
        "nothing stored"
    );
    let (status, location, _) = post(
        "/meetings".into(),
        // Typed on the meeting's clock, as a browser's picker sends it: 10:00 in Brussels.
        meeting("2027-01-20T10:00", "Europe/Brussels"),
    )
    .await;
    assert_eq!(status, 303);
    let at = location.unwrap();
    // Times are UTC, with the start as the participants read it in the meeting's zone.
    let (_, page) = get(&app, &admin, &at).await;
    assert!(
        page.contains("<bdi>2027-01-20 09:00</bdi> to <bdi>2027-01-20 17:00</bdi> UTC (starts <bdi>2027-01-20 10:00 CET</bdi>, <bdi>Europe/Brussels</bdi>)"),
        "{page}"
    );
    for (path, form, field, says) in [
        (
            "actions",
            vec![
                ("title", "Share the list"),
                ("assignee", "bravo"),
                ("due", "soon"),
            ],
            "due",
            "&#39;due&#39; must be a date and time such as 2026-12-01T09:00",
        ),
        (
            "agenda",
            vec![("title", "Harbour cell"), ("object", "not-an-id")],
            "object",
            "not-an-id",
        ),
        (
            "decisions",
            vec![("text", "  ")],
            "decision",
            "Write the decision",
        ),
    ] {
        let (status, _, page) = post(format!("{at}/{path}"), form).await;
        assert_eq!(status, 422, "{path}: {page}");
        let error = page
            .find(&format!("id=\"{field}-error\""))
            .unwrap_or_else(|| panic!("{path}: {page}"));
        assert!(page[error..].contains(says), "{path}: {page}");
    }
    let (_, page) = get(&app, &admin, &at).await;
    assert!(
        !page.contains("Share the list") && !page.contains("Harbour cell"),
        "nothing stored"
    );
}

/// The RFI answer form names what is wrong next to the field, keeps what was typed, and stores
/// nothing.
#[tokio::test]
async fn the_rfi_answer_form_names_the_field_at_fault() {
    use domain::Role;
    use domain::service::Authority;
    let app = spawn_app().await;
    let c = &app.state.center;
    for (member, user) in [("alpha", "lea"), ("bravo", "lou")] {
        c.add_user(
            Authority::Console,
            member,
            user,
            vec![Role::LiaisonOfficer],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    }
    let lea = c.console_actor("lea").await.unwrap();
    let rfi = c
        .ask(
            &lea,
            "Who runs the harbour cell?",
            domain::rfis::Priority::High,
            c.now() + 86_400_000_000,
            &["bravo".to_string()],
            &[],
        )
        .await
        .unwrap();
    let lou = sign_in(&app, "lou").await;
    let path = format!("/rfis/{}", rfi.id);
    let (status, page) = get(&app, &lou, &path).await;
    assert_eq!(status, 200, "{page}");
    let token = csrf(&page);
    for (text, objects, field, says) in [
        ("We know him", "not-an-id", "objects", "not-an-id"),
        ("  ", "", "text", "Write the answer"),
    ] {
        let r = client()
            .post(format!("{}{path}/answer", app.base))
            .header("cookie", &lou)
            .form(&[
                ("csrf", token.as_str()),
                ("text", text),
                ("objects", objects),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let page = r.text().await.unwrap();
        let at = page
            .find(&format!("id=\"{field}-error\""))
            .unwrap_or_else(|| panic!("{field}: {page}"));
        assert!(page[at..].contains(says), "{field}: {page}");
        assert!(page.contains(text.trim()), "the form keeps what was typed");
    }
    let seen = c.rfi(&lea, rfi.id).await.unwrap();
    assert!(seen.answers.is_empty(), "nothing stored");
}

/// Posts a form with the page's CSRF token; returns the status and the page.
pub(crate) async fn post_form(
    app: &App,
    cookie: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, String) {
    let (_, page) = get(app, cookie, "/").await;
    let mut form = form.to_vec();
    let token = csrf(&page);
    form.push(("csrf", &token));
    let r = client()
        .post(format!("{}{path}", app.base))
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The message under the field whose error element has `id`.
fn error_under(page: &str, id: &str) -> String {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}: {page}"));
    let end = page[at..].find("</p>").map_or(page.len(), |e| at + e);
    page[at..end].to_string()
}

#[tokio::test]
async fn the_other_forms_name_the_field_at_fault_and_store_nothing() {
    use domain::Role;
    use domain::service::Authority;
    let app = spawn_app().await;
    let c = &app.state.center;
    c.add_user(
        Authority::Console,
        "bravo",
        "bea",
        vec![Role::Analyst, Role::LiaisonOfficer, Role::Delegate],
        Some(domain::users::InitialPassword::Kept(PASSWORD)),
    )
    .await
    .unwrap();
    app.add(
        &user("ann"),
        &[indicator(1, "2026-01-01T00:00:00.000Z", "")],
    )
    .await;
    let group = "intrusion-set--6b3f0d1e-7f63-4c55-9d0b-6a8f1c2e3d4a";
    app.add(
        &user("ann"),
        &[format!(
            r#"{{"type":"intrusion-set","spec_version":"2.1","id":"{group}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Harbour cell"}}"#
        )],
    )
    .await;
    let id = indicator_id(1);
    c.add_user(
        Authority::Console,
        "alpha",
        "lea",
        vec![Role::LiaisonOfficer],
        Some(domain::users::InitialPassword::Kept(PASSWORD)),
    )
    .await
    .unwrap();
    let lea = c.console_actor("lea").await.unwrap();
    let deadline = c.now() + 86_400_000_000;
    let bravo = ["bravo".to_string()];
    c.ask(
        &lea,
        "Whose server?",
        domain::rfis::Priority::High,
        deadline,
        &bravo,
        &[],
    )
    .await
    .unwrap();
    let bea = sign_in(&app, "bea").await;

    // The object page: outcome and answer forms.
    let path = format!("/objects/{id}/outcome");
    let form = [
        ("kind", "bribery"),
        ("description", "Two arrests in Rotterdam"),
    ];
    let (status, page) = post_form(&app, &bea, &path, &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(error_under(&page, "outcome-kind-error").contains("&#39;kind&#39; is group_disrupted"));
    assert!(
        page.contains("value=\"Two arrests in Rotterdam\""),
        "typed kept"
    );
    let path = format!("/objects/{id}/answer");
    let form = [
        ("rfi", "first"),
        ("text", "It is the harbour cell's server"),
    ];
    let (status, page) = post_form(&app, &bea, &path, &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(error_under(&page, "answer-rfi-error").contains("Choose the RFI"));
    assert!(
        page.contains("It is the harbour cell&#39;s server"),
        "{page}"
    );
    let form = [("rfi", "4242"), ("text", "x")];
    let (status, page) = post_form(&app, &bea, &path, &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(error_under(&page, "answer-rfi-error").contains("not addressed to your member"));
    let bob = c.console_actor("bea").await.unwrap();
    assert!(c.outcomes(&bob).await.unwrap().is_empty(), "nothing stored");

    // A release request needs a reason and a member.
    for (originator, reason, says) in [
        ("alpha", "  ", "say why the release is needed"),
        ("zulu", "we need it", "zulu is not a member of the center"),
    ] {
        let form = [
            ("originator", originator),
            ("value", "10.0.0.1"),
            ("reason", reason),
        ];
        let (status, page) = post_form(&app, &bea, "/release-requests", &form).await;
        assert_eq!(status, 422, "{page}");
        assert!(page.contains(says), "{page}");
    }
    assert!(
        c.release_requests(&bob).await.unwrap().is_empty(),
        "nothing stored"
    );
    let form = [("decision", "maybe")];
    let (status, page) = post_form(&app, &bea, "/release-requests/1", &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Approve or refuse the request."), "{page}");

    // A tracked group's status, kept by the member that shared it (bravo is not offered the
    // form).
    let path = format!("/groups/{group}/status");
    let (_, page) = get(&app, &bea, &format!("/groups/{group}")).await;
    assert!(!page.contains("/status\""), "{page}");
    let ann_web = sign_in(&app, "ann").await;
    let (status, page) = post_form(
        &app,
        &ann_web,
        &path,
        &[("state", "gone"), ("note", "quiet")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(error_under(&page, "state-error").contains("&#39;state&#39; is active, dormant"));
    assert!(page.contains("value=\"quiet\""), "{page}");
    assert!(c.timeline(&bob, group).await.unwrap().statuses.is_empty());

    // A vote: the refusal is shown on the ballot's row.
    let (_, _, ballot) = applicant(&app, "delta", "Delta").await;
    let path = format!("/votes/{}", ballot.id);
    let (status, page) = post_form(&app, &bea, &path, &[("choice", "maybe")]).await;
    assert_eq!(status, 422, "{page}");
    let row = &page[page.find(&format!("id=\"vote-{}\"", ballot.id)).unwrap()..];
    assert!(
        row.contains("&#39;choice&#39; is yes, no or abstain"),
        "{page}"
    );
    assert!(c.ballot(ballot.id).await.unwrap().votes.is_empty());

    // The secretariat's forms: publish the statistics, and a token.
    let admin = sign_in_admin(&app).await;
    for (from, meeting, id, says) in [
        (
            "",
            "the next one",
            "report-meeting-error",
            "Choose a meeting",
        ),
        (
            "",
            "4242",
            "report-meeting-error",
            "That meeting does not exist.",
        ),
        (
            "last spring",
            "",
            "",
            "&#39;from&#39; must be a date and time such as 2026-12-01T09:00, or a date such as 2026-12-01",
        ),
    ] {
        let form = [
            ("from", from),
            ("to", ""),
            ("title", "Our year"),
            ("meeting", meeting),
            ("confirm", "yes"),
        ];
        let (status, page) = post_form(&app, &admin, "/statistics/publish", &form).await;
        assert_eq!(status, 422, "{page}");
        if id.is_empty() {
            assert!(page.contains(says), "{page}");
        } else {
            assert!(error_under(&page, id).contains(says), "{page}");
        }
        assert!(page.contains("value=\"Our year\""), "{page}");
    }
    assert!(
        c.published_reports().await.unwrap().is_empty(),
        "nothing published"
    );
    let tokens = c.tokens(Authority::Console, "admin").await.unwrap().len();
    let (status, page) = post_form(
        &app,
        &admin,
        "/account/tokens",
        &[("name", "  "), ("once", "a-form-sent-once")],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(error_under(&page, "token-name-error").contains("give the token a name"));
    assert_eq!(
        c.tokens(Authority::Console, "admin").await.unwrap().len(),
        tokens,
        "no token made"
    );
}

/// A bundle file imported in the browser is stored as each object's own text, byte for byte,
/// as over TAXII: not re-serialised (key order, spacing and escapes stay as the member wrote
/// them).
#[tokio::test]
async fn a_bundle_imported_in_the_browser_is_kept_byte_for_byte() {
    let app = spawn_app().await;
    let ann = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann, "/submit").await;
    let token = csrf(&page);
    let object = r#"{ "type" : "indicator","id":"indicator--7e6d1a9c-0000-4000-8000-00000000b1b1", "spec_version":"2.1","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Caf\u00e9 du port","pattern":"[ipv4-addr:value = '203.0.113.77']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z" }"#;
    let bundle = format!(
        r#"{{"type":"bundle","id":"bundle--7e6d1a9c-0000-4000-8000-00000000b1b2","objects":[{object}]}}"#
    );
    let b = "liaison-test-boundary";
    let body = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"bundle.json\"\r\nContent-Type: application/json\r\n\r\n{bundle}\r\n--{b}--\r\n"
    );
    let r = client()
        .post(format!("{}/import?csrf={token}", app.base))
        .header("cookie", &ann)
        .header("content-type", format!("multipart/form-data; boundary={b}"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(location, "/submit?imported=1");
    let stored = app
        .get(
            &format!(
                "{}indicator--7e6d1a9c-0000-4000-8000-00000000b1b1/",
                app.objects_url()
            ),
            &user("ann"),
        )
        .await;
    assert_eq!(stored.status, 200, "{}", stored.text);
    assert!(stored.text.contains(object), "{}", stored.text);
}

/// TLP:RED is released to people by name, chosen from the form's list: only they (and the
/// originator's member) see it; a name that is no reader's, or names with another level, are
/// refused next to the list and store nothing.
#[tokio::test]
async fn a_red_report_names_its_recipients_from_the_list() {
    use domain::Role;
    let app = spawn_app().await;
    person(&app, "bravo", "bea", vec![Role::Analyst]).await;
    let ann = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann, "/submit").await;
    for person in ["value=\"bob\"", "value=\"bea\"", "value=\"cat\""] {
        assert!(page.contains(person), "the list offers {person}");
    }
    let base = [("name", "Courier meeting"), ("indicators", "198.51.100.99")];
    let refused = |extra: Vec<(&'static str, &'static str)>| {
        let app = &app;
        let ann = ann.clone();
        async move {
            let mut form = base.to_vec();
            form.extend(extra);
            let (status, page) = post_form(app, &ann, "/submit", &form).await;
            assert_eq!(status, 422, "{page}");
            error_under(&page, "recipients-error")
        }
    };
    let e = refused(vec![("tlp", "amber"), ("release_to_users", "bob")]).await;
    assert!(e.contains("named recipients apply to TLP:RED only"), "{e}");
    let e = refused(vec![("tlp", "red"), ("release_to_users", "nobody")]).await;
    assert!(
        e.contains("no user who may read is named &#39;nobody&#39;"),
        "{e}"
    );
    let (status, _) = post_form(
        &app,
        &ann,
        "/submit",
        &[
            base.as_slice(),
            &[("tlp", "red"), ("release_to_users", "bob")],
        ]
        .concat(),
    )
    .await;
    assert_eq!(status, 303);
    // Bob sees it by name; bea, of the same member, and cat do not.
    let find = |who: &'static str| {
        let app = &app;
        async move {
            app.api(reqwest::Method::GET, "search?q=courier", &user(who), None)
                .await
                .json()["hits"]
                .as_array()
                .map_or(0, Vec::len)
        }
    };
    assert!(find("bob").await > 0, "bob is named");
    assert_eq!(find("bea").await, 0, "bea is not");
    assert_eq!(find("cat").await, 0, "cat is not");
    assert!(
        find("ann").await > 0,
        "the originator's member sees its own"
    );
}

/// The audit log's page reaches every entry, a hundred at a time, narrowed by member, action
/// and dates, all in its address; a date it cannot read is said next to its field.
#[tokio::test]
async fn the_audit_log_pages_back_through_every_entry() {
    let app = spawn_app().await;
    // Bravo's submissions are recorded: 130 of them, beside everything the set-up recorded.
    for n in 0..130 {
        app.add(
            &user("bob"),
            &[indicator(n, "2026-01-01T00:00:00.000Z", "")],
        )
        .await;
    }
    let admin = sign_in_admin(&app).await;
    let rows = |page: &str| page.matches("<td class=\"num\" data-label=\"#\">").count();
    let older = |page: &str| {
        let at = page.find("rel=\"next\"")?;
        let start = page[..at].rfind("href=\"")? + 6;
        let end = start + page[start..].find('"')?;
        Some(page[start..end].replace("&#38;", "&").replace("&amp;", "&"))
    };
    let (status, first) = get(&app, &admin, "/audit?member=bravo").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&first), 100, "a full page");
    assert!(!first.contains("<bdi>alpha</bdi>"), "only bravo's entries");
    let next = older(&first).expect("older entries follow");
    assert!(next.starts_with("/audit?member=bravo&before="), "{next}");
    let (_, second) = get(&app, &admin, &next).await;
    let n = rows(&second);
    assert!((30..100).contains(&n), "the rest of bravo's entries: {n}");
    assert!(older(&second).is_none(), "nothing older");
    assert!(
        second.contains("href=\"/audit?member=bravo\""),
        "back to the newest"
    );
    // An action narrows it; a day before the founding holds nothing; a bad date is said.
    let (_, page) = get(&app, &admin, "/audit?action=no.such.action").await;
    assert_eq!(rows(&page), 0);
    let (_, page) = get(&app, &admin, "/audit?to=2000-01-01").await;
    assert_eq!(rows(&page), 0);
    let (status, page) = get(&app, &admin, "/audit?from=yesterday").await;
    assert_eq!(status, 422);
    assert!(
        error_under(&page, "from-error").contains("must be a date"),
        "{page}"
    );
    let (status, page) = get(&app, &admin, "/audit?member=nobody").await;
    assert_eq!(status, 422);
    assert!(error_under(&page, "member-error").contains("Choose a member"));
}

/// The votes on the governance page are sorted, narrowed and paged from the address; a
/// delegate finds the votes still awaiting its member's vote.
#[tokio::test]
async fn a_delegate_narrows_the_votes_to_those_awaiting_it() {
    use domain::Role;
    let app = spawn_app().await;
    person(&app, "alpha", "dan", vec![Role::Delegate]).await;
    for (name, shown) in [("delta", "Delta Directorate"), ("echo", "Echo Office")] {
        applicant(&app, name, shown).await;
    }
    let dan = sign_in(&app, "dan").await;
    let rows = |page: &str| page.matches("<tr id=\"vote-").count();
    let (_, page) = get(&app, &dan, "/governance?status=awaiting").await;
    assert_eq!(rows(&page), 2, "{page}");
    let (status, _) = post_form(&app, &dan, "/votes/1", &[("choice", "yes")]).await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &dan, "/governance?status=awaiting").await;
    assert_eq!(rows(&page), 1, "one left to vote on");
    let (_, page) = get(&app, &dan, "/governance?status=adopted").await;
    assert_eq!(rows(&page), 0);
    assert!(page.contains("Nothing in the list matches these filters."));
    assert!(
        page.contains("href=\"/governance\""),
        "a way back to every vote"
    );
    let (_, page) = get(&app, &dan, "/governance?sort=vote&dir=desc").await;
    let votes = &page[page.find("<tr id=\"vote-").unwrap()..];
    let (delta, echo) = (votes.find("Delta").unwrap(), votes.find("Echo").unwrap());
    assert!(echo < delta, "sorted by title, descending");
    assert!(page.contains("aria-sort=\"descending\""));
}

/// The pages follow the API: a suspended member's people reach their own account page only,
/// which says why, and may sign out; an applicant gets no accounts until it is admitted.
#[tokio::test]
async fn an_inactive_members_people_reach_only_their_account() {
    use domain::service::Authority;
    let app = spawn_app().await;
    let c = &app.state.center;
    let bob = sign_in(&app, "bob").await;
    c.change_member_status(
        Authority::Console,
        "bravo",
        domain::MemberStatus::Suspended,
        "dues unpaid",
    )
    .await
    .unwrap();
    for path in [
        "/",
        "/governance",
        "/meetings",
        "/statistics",
        "/search?q=x",
        "/submit",
    ] {
        let r = client()
            .get(format!("{}{path}", app.base))
            .header("cookie", &bob)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "{path}");
        assert_eq!(r.headers()["location"], "/account", "{path}");
    }
    let (status, page) = get(&app, &bob, "/account").await;
    assert_eq!(status, 200);
    assert!(page.contains("<bdi>suspended</bdi>: the center"), "{page}");
    assert!(
        !page.contains("href=\"/governance\""),
        "no way into what it may not open"
    );
    let r = client()
        .post(format!("{}/sign-out", app.base))
        .header("cookie", &bob)
        .form(&[("csrf", csrf(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "it signs out");
    assert_eq!(r.headers()["location"], "/sign-in");
    // An applicant gets no people until the members admit it.
    applicant(&app, "delta", "Delta").await;
    let e = c
        .add_user(
            Authority::Console,
            "delta",
            "dora",
            vec![domain::Role::Analyst],
            None,
        )
        .await
        .unwrap_err();
    assert!(e.to_string().contains("is an applicant"), "{e}");
}

/// Forms a user may not use are not offered: an analyst is told who sends RFIs instead of
/// being given a form that ends in a refusal; a vocabulary's codes are said in words.
#[tokio::test]
async fn an_analyst_is_told_who_sends_rfis() {
    let app = spawn_app().await;
    let ann = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann, "/rfis").await;
    assert!(
        !page.contains("method=\"post\" action=\"/rfis\""),
        "no ask form"
    );
    assert!(page.contains("liaison officers; ask yours"), "{page}");
    app.add(
        &user("ann"),
        &[r#"{"type":"threat-actor","spec_version":"2.1","id":"threat-actor--9b3f0d1e-7f63-4c55-9d0b-6a8f1c2e3d4a","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Night Cell","threat_actor_types":["crime-syndicate","made-up-code"]}"#.to_string()],
    )
    .await;
    let (_, page) = get(
        &app,
        &ann,
        "/objects/threat-actor--9b3f0d1e-7f63-4c55-9d0b-6a8f1c2e3d4a",
    )
    .await;
    assert!(page.contains("crime syndicate"), "{page}");
    assert!(
        page.contains("made-up-code"),
        "an unknown code is shown as it is"
    );
}

/// What the member is told shows in the pages: the home page lists what is new since the user
/// last looked at the notifications page, each a sentence in the reader's words leading to
/// where it is acted on.
#[tokio::test]
async fn the_home_page_lists_what_is_new_until_it_is_seen() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lia")]).await;
    let ask = serde_json::json!({"question": "Who rents the flat?", "priority": "high", "deadline": "2099-03-04T09:00:00Z", "to": ["bravo"]});
    let r = app
        .api(reqwest::Method::POST, "rfis", &user("lia"), Some(ask))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let bob = sign_in(&app, "bob").await;
    let (_, home) = get(&app, &bob, "/").await;
    assert!(home.contains("New for your member"), "{home}");
    assert!(
        home.contains(&format!(
            "<a href=\"/rfis/{id}\"><bdi>alpha</bdi> asks a question (<bdi>high</bdi>)"
        )),
        "{home}"
    );
    let r = client()
        .get(format!("{}/notifications", app.base))
        .header("cookie", &bob)
        .send()
        .await
        .unwrap();
    let seen = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        seen.starts_with("liaison_seen_") && seen.contains("HttpOnly"),
        "{seen}"
    );
    let page = r.text().await.unwrap();
    assert!(
        page.contains("class=\"new\""),
        "marked new on the first look"
    );
    let cookies = format!("{bob}; {}", seen.split(';').next().unwrap());
    let (_, home) = get(&app, &cookies, "/").await;
    assert!(!home.contains("New for your member"), "seen: no longer new");
    // Charlie was told nothing of the RFI; every member is told of a meeting.
    convene_plenary(&app).await;
    let cat = sign_in(&app, "cat").await;
    let (_, page) = get(&app, &cat, "/notifications").await;
    assert!(!page.contains("asks a question"));
    assert!(
        page.contains("Meeting convened: <bdi>Plenary</bdi>"),
        "{page}"
    );
}

/// A meeting form posted by someone it is not offered to is refused for who they are, before
/// what they typed is read: the same answer, typed well or badly.
#[tokio::test]
async fn meeting_forms_refuse_who_may_not_keep_meetings_before_reading_them() {
    let app = spawn_app().await;
    convene_plenary(&app).await;
    let ann = sign_in(&app, "ann").await;
    for (path, form) in [
        ("/meetings/1/decisions", vec![("text", "")]),
        ("/meetings/1/decisions", vec![("text", "Adopt the plan")]),
        ("/meetings/1/agenda", vec![("title", "")]),
        ("/meetings", vec![("title", ""), ("starts", "soon")]),
    ] {
        let (status, _) = post_form(&app, &ann, path, &form).await;
        assert_eq!(status, 403, "{path} {form:?}");
    }
}

/// An answer's objects are named on the RFI's page, not shown as ids.
#[tokio::test]
async fn an_answers_objects_are_named() {
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lia"), ("bravo", "lib")]).await;
    let ask = serde_json::json!({"question": "Who rents the flat?", "priority": "high", "deadline": "2099-03-04T09:00:00Z", "to": ["bravo"]});
    let id = app
        .api(reqwest::Method::POST, "rfis", &user("lia"), Some(ask))
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let actor = "threat-actor--5b3f0d1e-7f63-4c55-9d0b-6a8f1c2e3d4a";
    app.add(
        &user("bob"),
        &[
            format!(r#"{{"type":"threat-actor","spec_version":"2.1","id":"{actor}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Dock Street Cell"}}"#),
            indicator(7, "2026-01-01T00:00:00.000Z", ""),
        ],
    )
    .await;
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("rfis/{id}/answers"),
            &user("lib"),
            Some(serde_json::json!({"text": "This cell", "objects": [actor, indicator_id(7)]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let ann = sign_in(&app, "ann").await;
    let (_, page) = get(&app, &ann, &format!("/rfis/{id}")).await;
    assert!(
        page.contains(&format!(
            "<a href=\"/objects/{actor}\" dir=\"auto\">Dock Street Cell</a>"
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "<a href=\"/objects/{}\" dir=\"auto\">indicator</a>",
            indicator_id(7)
        )),
        "an unnamed object by its kind"
    );
    assert!(
        page.contains("<h1><bdi>Who rents the flat?</bdi></h1>"),
        "titled by its question"
    );
}

/// Every member the center has known is listed on its own page, sorted and narrowed by
/// status from the address, an applicant with the vote on its application.
#[tokio::test]
async fn the_members_are_listed_sorted_and_narrowed_by_status() {
    let app = spawn_app().await;
    let c = &app.state.center;
    let (_, _, ballot) = c
        .apply(
            domain::service::Authority::Console,
            "delta",
            "Delta Service",
            "A new service",
            "desk@delta.example",
            Some("alpha"),
            None,
        )
        .await
        .unwrap();
    let bob = crate::accounts::cookie_of(
        &crate::accounts::sign_in_as(&app, "bob", PASSWORD).await,
        "liaison_session",
    );
    let (status, page) = get(&app, &bob, "/members").await;
    assert_eq!(status, 200, "{page}");
    for m in ["alpha", "bravo", "charlie", "delta"] {
        assert!(
            page.contains(&format!("<bdi dir=\"ltr\">{m}</bdi>")),
            "{m}: {page}"
        );
    }
    assert!(
        page.contains(&format!("href=\"/governance#vote-{}\"", ballot.id)),
        "{page}"
    );
    assert!(page.contains("sponsored by <bdi>alpha</bdi>"), "{page}");
    let (_, page) = get(&app, &bob, "/members?status=applicant").await;
    assert!(page.contains("Delta Service"), "{page}");
    assert!(!page.contains("<bdi dir=\"ltr\">bravo</bdi>"), "{page}");
    let (_, page) = get(&app, &bob, "/members?sort=member&dir=desc").await;
    let at = |m: &str| page.find(&format!("<bdi dir=\"ltr\">{m}</bdi>")).unwrap();
    assert!(
        at("delta") < at("charlie") && at("charlie") < at("alpha"),
        "{page}"
    );
    let (_, page) = get(&app, &bob, "/governance").await;
    assert!(page.contains("href=\"/members\""), "{page}");
    assert!(
        page.contains("4 members are in good standing, of 5"),
        "{page}"
    );
}

/// An error page says what to do next and leads there.
#[tokio::test]
async fn an_error_page_says_what_to_do_next() {
    let app = spawn_app().await;
    let bob = crate::accounts::cookie_of(
        &crate::accounts::sign_in_as(&app, "bob", PASSWORD).await,
        "liaison_session",
    );
    let (status, page) = get(&app, &bob, "/rfis/4242").await;
    assert_eq!(status, 404, "{page}");
    assert!(
        page.contains("has not been released to your member"),
        "{page}"
    );
    assert!(page.contains("href=\"/search\""), "{page}");
}

/// Action items across meetings: listed, narrowed to a member's open ones (the overdue among
/// them), closed in the pages by the assignee's people and by the secretariat, and by no one
/// else.
#[tokio::test]
async fn action_items_are_listed_and_closed_by_those_who_may() {
    use crate::accounts::{post, sign_in_as};
    use domain::service::Authority;
    let app = spawn_app().await;
    convene_plenary(&app).await;
    let c = &app.state.center;
    let late = c
        .add_action(
            Authority::Console,
            1,
            None,
            "Draft the desk's terms",
            "bravo",
            1_000_000,
        )
        .await
        .unwrap();
    let later = c
        .add_action(
            Authority::Console,
            1,
            None,
            "Circulate the minutes",
            "alpha",
            4_000_000_000_000_000,
        )
        .await
        .unwrap();
    let bob =
        crate::accounts::cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let ann =
        crate::accounts::cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let admin = sign_in_admin(&app).await;

    let (_, page) = get(&app, &bob, "/actions?member=bravo&status=open").await;
    assert!(page.contains("Draft the desk&#39;s terms"), "{page}");
    assert!(!page.contains("Circulate the minutes"), "{page}");
    assert!(page.contains("<strong>overdue</strong>"), "{page}");
    assert!(
        page.contains(&format!("action=\"/actions/{}/close\"", late.id)),
        "{page}"
    );
    let (_, page) = get(&app, &bob, "/actions?status=overdue").await;
    assert!(!page.contains("Circulate the minutes"), "{page}");
    // Bob is offered no button for alpha's item, and a forged close is refused.
    let (_, page) = get(&app, &bob, "/actions").await;
    assert!(page.contains("Circulate the minutes"), "{page}");
    assert!(
        !page.contains(&format!("action=\"/actions/{}/close\"", later.id)),
        "{page}"
    );
    let r = post(
        &app,
        &bob,
        &format!("/actions/{}/close", later.id),
        "/actions",
        &[("status", "done")],
    )
    .await;
    assert_eq!(r.status(), 403);

    // Bob closes bravo's from the list; ann, whose member it is not, still sees it closed.
    let r = post(
        &app,
        &bob,
        &format!("/actions/{}/close", late.id),
        "/actions",
        &[("status", "done"), ("back", "list")],
    )
    .await;
    assert_eq!(r.headers()["location"], "/actions?done=action-done");
    // Closed once: closing it again (cancelled over done, say) is refused.
    let r = post(
        &app,
        &bob,
        &format!("/actions/{}/close", late.id),
        "/actions",
        &[("status", "cancel"), ("back", "list")],
    )
    .await;
    assert_eq!(r.status(), 409);
    let (_, page) = get(&app, &ann, "/actions?status=done").await;
    assert!(page.contains("Draft the desk&#39;s terms"), "{page}");
    assert!(!page.contains("Circulate the minutes"), "{page}");
    // The secretariat closes alpha's from the meeting's page, and goes back there.
    let (_, page) = get(&app, &admin, "/meetings/1").await;
    assert!(
        page.contains(&format!("action=\"/actions/{}/close\"", later.id)),
        "{page}"
    );
    assert!(
        !page.contains(&format!("action=\"/actions/{}/close\"", late.id)),
        "{page}"
    );
    let r = post(
        &app,
        &admin,
        &format!("/actions/{}/close", later.id),
        "/meetings/1",
        &[("status", "cancel")],
    )
    .await;
    assert_eq!(
        r.headers()["location"],
        format!("/meetings/1?done=action-cancelled#action-{}", later.id).as_str()
    );
    let (_, page) = get(&app, &admin, "/meetings/1?done=action-cancelled").await;
    assert!(page.contains("The action item is cancelled."), "{page}");
    let (_, page) = get(&app, &ann, "/actions?status=open").await;
    assert!(page.contains("Nothing in the list matches"), "{page}");
}

/// The center's administrators run its members in the pages: add one (founding or not),
/// change a member's status with the reason kept, appoint the next presidency. Others are
/// offered none of it and refused if they forge it.
#[tokio::test]
async fn administrators_run_the_members_in_the_pages() {
    use crate::accounts::{post, sign_in_as};
    let app = spawn_app().await;
    let admin = sign_in_admin(&app).await;
    let bob =
        crate::accounts::cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let (_, page) = get(&app, &bob, "/members").await;
    assert!(!page.contains("name=\"founding\""), "{page}");
    assert!(!page.contains("action=\"/members/alpha/status\""), "{page}");
    let r = post(
        &app,
        &bob,
        "/members",
        "/members",
        &[("name", "echo"), ("display_name", "Echo")],
    )
    .await;
    assert_eq!(r.status(), 403);

    let r = post(
        &app,
        &admin,
        "/members",
        "/members",
        &[("name", "Delta Bureau"), ("display_name", "Delta Bureau")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("is not a valid member name"), "{page}");
    assert!(page.contains("value=\"Delta Bureau\""), "{page}");
    let r = post(
        &app,
        &admin,
        "/members",
        "/members",
        &[
            ("name", "delta"),
            ("display_name", "Delta Bureau"),
            ("founding", "on"),
        ],
    )
    .await;
    assert_eq!(r.headers()["location"], "/members?done=member-added");
    let delta = app.state.center.member_by_name("delta").await.unwrap();
    assert!(delta.founding && delta.status == domain::MemberStatus::Member);
    // A second "Delta Bureau" could not be told apart in any list: said under the field.
    let r = post(
        &app,
        &admin,
        "/members",
        "/members",
        &[("name", "delta2"), ("display_name", "delta bureau")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    let at = page.find("id=\"member-display-error\"").expect(&page);
    assert!(
        page[at..].starts_with("id=\"member-display-error\" class=\"error\">the member &#39;delta&#39; is already called"),
        "{page}"
    );
    assert!(app.state.center.member_by_name("delta2").await.is_err());

    // A status change needs its reason, refused next to the member, then done.
    let r = post(
        &app,
        &admin,
        "/members/delta/status",
        "/members",
        &[("to", "suspended"), ("reason", "")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("give the reason for the change"), "{page}");
    let r = post(
        &app,
        &admin,
        "/members/delta/status",
        "/members",
        &[("to", "suspended"), ("reason", "Unpaid contribution")],
    )
    .await;
    assert_eq!(
        r.headers()["location"],
        "/members?done=member-status#member-delta"
    );
    let history = app.state.center.member_history("delta").await.unwrap();
    assert_eq!(history.last().unwrap().reason, "Unpaid contribution");
    let (_, page) = get(&app, &admin, "/members?status=suspended").await;
    assert!(page.contains("Delta Bureau"), "{page}");
    // A suspended member may be reinstated or withdrawn, not suspended again.
    assert!(
        page.contains("<option value=\"member\">member</option>"),
        "{page}"
    );
    let r = post(
        &app,
        &bob,
        "/members/delta/status",
        "/members",
        &[("to", "member"), ("reason", "x")],
    )
    .await;
    assert_eq!(r.status(), 403);

    // The secretariat keeps its status: no form on its row, a forged one refused.
    assert!(
        !page.contains("action=\"/members/secretariat/status\""),
        "{page}"
    );
    let r = post(
        &app,
        &admin,
        "/members/secretariat/status",
        "/members",
        &[("to", "suspended"), ("reason", "a mistake")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("the secretariat keeps its status")
    );

    // The presidency: offered to administrators, appointed, said so.
    let (_, page) = get(&app, &bob, "/governance").await;
    assert!(!page.contains("action=\"/presidency\""), "{page}");
    let (_, page) = get(&app, &admin, "/governance").await;
    assert!(page.contains("action=\"/presidency\""), "{page}");
    assert!(
        !page.contains("<option value=\"delta\">"),
        "a suspended member is no candidate"
    );
    let r = post(
        &app,
        &admin,
        "/presidency",
        "/governance",
        &[("member", "bravo"), ("basis", "The plenary of 1 December")],
    )
    .await;
    assert_eq!(r.headers()["location"], "/governance?done=appointed");
    let (_, page) = get(&app, &bob, "/governance?done=appointed").await;
    assert!(page.contains("The presidency is appointed."), "{page}");
    assert!(
        page.contains("<bdi>bravo</bdi> holds the presidency"),
        "{page}"
    );
}

/// The asking member's liaison officer closes its RFI in the pages and is told; the members
/// asked are listed; a recipient is offered no close. A release refused with an answer tells
/// the requester why. An applicant's page offers no invitation, and only the secretariat's
/// people are offered the secretariat role.
#[tokio::test]
async fn an_rfi_is_closed_and_a_refusal_answered_in_the_pages() {
    use crate::accounts::{post, sign_in_as};
    let app = spawn_app().await;
    liaison_officers(&app, &[("alpha", "lea"), ("bravo", "bel")]).await;
    let c = &app.state.center;
    let rfi = c
        .ask(
            &c.console_actor("lea").await.unwrap(),
            "Who rents the harbour warehouse?",
            domain::rfis::Priority::High,
            4_000_000_000_000_000,
            &["bravo".to_string()],
            &[],
        )
        .await
        .unwrap();
    let lea =
        crate::accounts::cookie_of(&sign_in_as(&app, "lea", PASSWORD).await, "liaison_session");
    let bel =
        crate::accounts::cookie_of(&sign_in_as(&app, "bel", PASSWORD).await, "liaison_session");
    let path = format!("/rfis/{}", rfi.id);
    let (_, page) = get(&app, &bel, &path).await;
    assert!(page.contains("Asked of <bdi>bravo</bdi>"), "{page}");
    assert!(!page.contains("/close\""), "{page}");
    let r = post(&app, &bel, &format!("{path}/close"), &path, &[]).await;
    assert_eq!(r.status(), 403, "a recipient closes nothing");
    let r = post(&app, &lea, &format!("{path}/close"), &path, &[]).await;
    assert_eq!(
        r.headers()["location"],
        format!("{path}?done=closed").as_str()
    );
    let (_, page) = get(&app, &lea, &format!("{path}?done=closed")).await;
    assert!(page.contains("The RFI is closed."), "{page}");
    assert!(!page.contains("/close\""), "{page}");

    // A release request refused with an answer: the requester reads why.
    let st = app
        .add(
            &user("ann"),
            &[indicator(3, "2020-01-01T00:00:00.000Z", AMBER)],
        )
        .await;
    assert_eq!(st["failure_count"], 0, "{st}");
    let request = c
        .request_release(
            &c.console_actor("bob").await.unwrap(),
            "alpha",
            None,
            None,
            Some("10.0.0.3"),
            "Our case",
        )
        .await
        .unwrap();
    let r = post(
        &app,
        &lea,
        &format!("/release-requests/{}", request.id),
        "/release-requests",
        &[
            ("decision", "refuse"),
            ("answer", "Source protection"),
            ("back", "list"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = get(&app, &bel, "/release-requests").await;
    assert!(page.contains("Source protection"), "{page}");

    // An applicant's users page offers no invitation; alpha's offers no center role.
    applicant(&app, "delta", "Delta").await;
    let admin = sign_in_admin(&app).await;
    let (_, page) = get(&app, &admin, "/users?member=delta").await;
    assert!(page.contains("This member is still applying"), "{page}");
    assert!(!page.contains("name=\"username\""), "{page}");
    let (_, page) = get(&app, &admin, "/users?member=alpha").await;
    assert!(page.contains("name=\"username\""), "{page}");
    assert!(
        !page.contains("name=\"roles\" value=\"secretariat\""),
        "{page}"
    );
    let (_, page) = get(&app, &admin, "/users?member=secretariat").await;
    assert!(
        page.contains("name=\"roles\" value=\"secretariat\""),
        "{page}"
    );
}

/// Sharing intelligence and what follows from it is an analyst's work, in pages and API
/// alike: a delegate who is not an analyst is not offered the share page or the forms on an
/// object, and is refused (saying how to get the role) if it sends them anyway; a feed must
/// come in as an analyst.
#[tokio::test]
async fn only_analysts_share_sight_and_ask_for_releases() {
    use domain::Role;
    let app = spawn_app().await;
    person(&app, "alpha", "dan", vec![Role::Delegate]).await;
    app.add(
        &Cred::Basic("ann".into(), PASSWORD.into()),
        &[indicator(5, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    let report = indicator_id(5);

    let dan = sign_in(&app, "dan").await;
    let (status, home) = get(&app, &dan, "/").await;
    assert_eq!(status, 200);
    assert!(
        !home.contains("href=\"/submit\""),
        "no share link for a delegate"
    );
    let (status, page) = get(&app, &dan, "/submit").await;
    assert_eq!(status, 403, "{page}");
    assert!(
        page.contains("ask your member administrator for the analyst role"),
        "{page}"
    );
    let (status, object) = get(&app, &dan, &format!("/objects/{report}")).await;
    assert_eq!(status, 200, "a delegate reads what its member may read");
    for form in ["/sighting\"", "/outcome\"", "/translation\""] {
        assert!(!object.contains(form), "no {form} form for a delegate");
    }
    let (status, page) = post_form(&app, &dan, &format!("/objects/{report}/sighting"), &[]).await;
    assert_eq!(status, 403, "{page}");

    let dan_api = Cred::Basic("dan".into(), PASSWORD.into());
    let r = app
        .post(
            &app.objects_url(),
            &dan_api,
            format!(
                "{{\"objects\":[{}]}}",
                indicator(7, "2020-01-01T00:00:00.000Z", "")
            ),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    assert!(r.text.contains("the analyst role"), "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "release-requests",
            &dan_api,
            Some(serde_json::json!({"originator": "bravo", "value": "198.51.100.77", "reason": "case 7"})),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "feeds",
            &Cred::Basic("admin".into(), app.admin_password.clone()),
            Some(serde_json::json!({
                "name": "delegate-feed", "api_root": "https://feeds.example.org/taxii2/x",
                "collection": "shared", "auth": "none", "member": "alpha", "user": "dan",
            })),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(r.text.contains("give 'dan' the analyst role"), "{}", r.text);
}

/// Actions that reach far ask first: a user shut out, a token revoked, a second factor asked
/// of everyone (last here: the administrator would then need one too) answer with a step
/// that says what will happen and does nothing yet; publishing the statistics needs its box
/// ticked and keeps what was typed until it is.
#[tokio::test]
async fn far_reaching_actions_ask_first() {
    let app = spawn_app().await;
    let c = &app.state.center;
    let admin = sign_in_admin(&app).await;

    // Disabling ann: first the step, then the act.
    let disabled = || async {
        c.users(domain::service::Authority::Console, Some("alpha"))
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.username == "ann")
            .unwrap()
            .disabled
    };
    let (status, page) = post_form(&app, &admin, "/users/ann/disable", &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("</bdi> will no longer be able to sign in"),
        "{page}"
    );
    assert!(page.contains(r#"action="/users/ann/disable""#), "{page}");
    assert!(page.contains(r#"name="confirm" value="yes""#), "{page}");
    assert!(
        page.contains(r#"href="/users/ann""#),
        "cancel leads back: {page}"
    );
    assert!(!disabled().await, "nothing done yet");
    // Whoever may not disable ann is refused at once, not after a confirmation.
    let bob = sign_in(&app, "bob").await;
    let (status, page) = post_form(&app, &bob, "/users/ann/disable", &[]).await;
    assert!(matches!(status, 403 | 404), "{status}: {page}");
    assert!(!page.contains(r#"name="confirm" value="yes""#), "{page}");
    let (status, _) = post_form(&app, &admin, "/users/ann/disable", &[("confirm", "yes")]).await;
    assert_eq!(status, 303);
    assert!(disabled().await);

    // Revoking bob's token.
    let (token, _) = c
        .create_token(
            domain::service::Authority::Console,
            "bob",
            domain::users::TokenDraft {
                name: "poller".into(),
                scope: domain::Scope::Read,
                expires_at: None,
            },
        )
        .await
        .unwrap();
    let path = format!("/users/bob/tokens/{}/revoke", token.id);
    let live = || async {
        c.tokens(domain::service::Authority::Console, "bob")
            .await
            .unwrap()
            .iter()
            .any(|t| t.id == token.id && t.revoked_at.is_none())
    };
    let (status, page) = post_form(&app, &admin, &path, &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("The token <bdi>poller</bdi> stops working at once"),
        "{page}"
    );
    assert!(live().await, "nothing done yet");
    let (status, _) = post_form(&app, &admin, &path, &[("confirm", "yes")]).await;
    assert_eq!(status, 303);
    assert!(!live().await);

    // Publishing: the box is ticked, or nothing goes out and the title stays.
    let form = [
        ("from", ""),
        ("to", ""),
        ("title", "Our year"),
        ("meeting", ""),
    ];
    let (status, page) = post_form(&app, &admin, "/statistics/publish", &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        error_under(&page, "publish-confirm-error").contains("Tick the box to publish"),
        "{page}"
    );
    assert!(page.contains("value=\"Our year\""), "{page}");
    assert!(c.published_reports().await.unwrap().is_empty());
    let mut ticked = form.to_vec();
    ticked.push(("confirm", "yes"));
    let (status, _) = post_form(&app, &admin, "/statistics/publish", &ticked).await;
    assert_eq!(status, 303);
    assert_eq!(c.published_reports().await.unwrap().len(), 1);

    // A second factor asked of everyone: the step carries the choice to the act.
    let (status, page) =
        post_form(&app, &admin, "/admin/second-factor", &[("required", "yes")]).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("will need a second factor"), "{page}");
    assert!(page.contains(r#"name="required" value="yes""#), "{page}");
    assert!(!c.second_factor_required().await.unwrap());
    let (status, _) = post_form(
        &app,
        &admin,
        "/admin/second-factor",
        &[("required", "yes"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(status, 200);
    assert!(c.second_factor_required().await.unwrap());
}
