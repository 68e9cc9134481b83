//! Accounts people run themselves, through the real server: passwords chosen by others,
//! sessions, scoped and expiring tokens, member administrators, second factors, throttled
//! guessing, and client certificates over mutual TLS.

use std::sync::Arc;
use std::time::Duration;

use domain::Role;
use domain::service::Authority;
use domain::users::InitialPassword;
use serde_json::{Value, json};

use crate::helpers::*;

pub(crate) fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub(crate) async fn add(
    app: &App,
    member: &str,
    name: &str,
    roles: Vec<Role>,
    password: InitialPassword<'_>,
) {
    app.state
        .center
        .add_user(Authority::Console, member, name, roles, Some(password))
        .await
        .unwrap();
}

/// Signs in through the form; the response as it came (a redirect with the cookie, or a page).
pub(crate) async fn sign_in_as(app: &App, user: &str, password: &str) -> reqwest::Response {
    client()
        .post(format!("{}/sign-in", app.base))
        .form(&[("username", user), ("password", password), ("next", "/")])
        .send()
        .await
        .unwrap()
}

pub(crate) fn cookie_of(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no {name} cookie"))
        .split(';')
        .next()
        .unwrap()
        .to_string()
}

pub(crate) async fn page(app: &App, cookie: &str, path: &str) -> reqwest::Response {
    client()
        .get(format!("{}{path}", app.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

fn csrf(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    page[at..at + 32].to_string()
}

pub(crate) async fn post(
    app: &App,
    cookie: &str,
    path: &str,
    from: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf(&page(app, cookie, from).await.text().await.unwrap());
    let mut form = form.to_vec();
    form.push(("csrf", &token));
    client()
        .post(format!("{}{path}", app.base))
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_password_chosen_by_someone_else_opens_only_its_own_change() {
    let app = spawn_app().await;
    add(
        &app,
        "alpha",
        "tim",
        vec![Role::Analyst],
        InitialPassword::Temporary("handed over at the desk"),
    )
    .await;
    let tim = Cred::Basic("tim".into(), "handed over at the desk".into());
    // TAXII and the API say what to do first; the account itself may be read.
    let r = app.get(&format!("{}/taxii2/", app.base), &tim).await;
    assert_eq!(r.status, 403, "{}", r.text);
    assert!(r.text.contains("choose your own first"), "{}", r.text);
    let r = app
        .api(reqwest::Method::GET, "search?q=x", &tim, None)
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["code"], "password-change-required");
    let me = app.api(reqwest::Method::GET, "me", &tim, None).await;
    assert_eq!(me.status, 200, "{}", me.text);
    assert_eq!(me.json()["user"]["must_change_password"], true);
    // Wrong current password, a common new one: both said, nothing changed.
    let r = app
        .api(
            reqwest::Method::POST,
            "me/password",
            &tim,
            Some(json!({"current_password": "not it at all", "password": "password1234"})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text);
    let fields: Vec<String> = r.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["current_password", "password"], "{}", r.text);
    let r = app
        .api(
            reqwest::Method::POST,
            "me/password",
            &tim,
            Some(json!({"current_password": "handed over at the desk", "password": "tim picks seven violet kites"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let mine = Cred::Basic("tim".into(), "tim picks seven violet kites".into());
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &mine)
            .await
            .status,
        200
    );
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &tim).await.status,
        401
    );

    // In the browser: every page leads to the account page until the password is changed.
    add(
        &app,
        "alpha",
        "una",
        vec![Role::Analyst],
        InitialPassword::Temporary("handed over at the desk"),
    )
    .await;
    let r = sign_in_as(&app, "una", "handed over at the desk").await;
    assert_eq!(r.status(), 303);
    let una = cookie_of(&r, "liaison_session");
    for path in ["/", "/search?q=x", "/rfis"] {
        let r = page(&app, &una, path).await;
        assert_eq!(r.status(), 303, "{path}");
        assert_eq!(r.headers()["location"], "/account", "{path}");
    }
    let body = page(&app, &una, "/account").await.text().await.unwrap();
    assert!(
        body.contains("Choose your own before anything else"),
        "{body}"
    );
    // Nothing else is offered until then: no menu, no token or language form.
    for offered in [
        "href=\"/search\"",
        "action=\"/account/tokens\"",
        "action=\"/account/language\"",
    ] {
        assert!(!body.contains(offered), "{offered}: {body}");
    }
    let r = post(
        &app,
        &una,
        "/account/password",
        "/account",
        &[
            ("current_password", "handed over at the desk"),
            ("password", "una likes quiet mountain trains"),
            ("confirm", "una likes quiet mountain trains"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/account?done=password");
    assert_eq!(
        page(&app, &una, "/").await.status(),
        200,
        "the session it was changed from goes on"
    );
}

#[tokio::test]
async fn sessions_are_listed_ended_and_follow_links_into_the_api() {
    let app = spawn_app().await;
    let first = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let second = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    // A signed-in browser follows links to the API (GET): the account, exports.
    let me: Value = page(&app, &first, "/api/v1/me").await.json().await.unwrap();
    let sessions = me["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2, "{me}");
    let r = page(&app, &first, "/api/v1/statistics?format=csv").await;
    assert_eq!(r.status(), 200, "a statistics download works signed in");
    // ...but a cookie changes nothing through the API.
    let r = client()
        .post(format!("{}/api/v1/rfis", app.base))
        .header("cookie", &first)
        .json(&json!({"to": ["bravo"], "question": "q", "deadline": "2099-01-01T00:00:00Z"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    // The account page names this session and ends the other.
    let body = page(&app, &first, "/account").await.text().await.unwrap();
    assert!(body.contains("this session"), "{body}");
    let r = post(
        &app,
        &first,
        "/account/sessions/end-others",
        "/account",
        &[],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        page(&app, &second, "/").await.status(),
        303,
        "the other session ended"
    );
    assert_eq!(page(&app, &first, "/").await.status(), 200);
    // Another user's session id is not found.
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let bobs: Value = page(&app, &bob, "/api/v1/me").await.json().await.unwrap();
    let id = bobs["sessions"][0]["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::DELETE,
            &format!("me/sessions/{id}"),
            &user("ann"),
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(page(&app, &bob, "/").await.status(), 200);
}

#[tokio::test]
async fn tokens_have_a_scope_and_an_expiry() {
    let clock = ManualClock::at("2026-06-01T00:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let made = app
        .api(
            reqwest::Method::POST,
            "users/ann/tokens",
            &user("ann"),
            Some(json!({"name": "reader", "scope": "read", "expires": "2026-06-03T00:00:00Z"})),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.text);
    let read = Cred::Bearer(made.json()["secret"].as_str().unwrap().to_string());
    assert_eq!(made.json()["token"]["scope"], "read");
    assert_eq!(app.get(&app.objects_url(), &read).await.status, 200);
    let r = app
        .post(
            &app.objects_url(),
            &read,
            format!(
                "{{\"objects\":[{}]}}",
                indicator(1, "2020-01-01T00:00:00.000Z", "")
            ),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    assert!(r.text.contains("may only read"), "{}", r.text);
    clock.advance_days(2);
    let r = app.get(&app.objects_url(), &read).await;
    assert_eq!(r.status, 401, "expired: {}", r.text);
    // A token that expires in the past is refused, and nothing is made.
    let r = app
        .api(
            reqwest::Method::POST,
            "users/ann/tokens",
            &user("ann"),
            Some(json!({"name": "late", "expires": "2020-01-01T00:00:00Z"})),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["field"], "expires");
    // Tokens are listed, never with their secret, and revoked by their owner.
    let list = app
        .api(reqwest::Method::GET, "users/ann/tokens", &user("ann"), None)
        .await
        .json();
    assert_eq!(list["tokens"].as_array().unwrap().len(), 1);
    assert!(!list.to_string().contains("liaison_"));
    // Another member's user's tokens are not found, by id or by name.
    let id = list["tokens"][0]["id"].as_i64().unwrap();
    let r = app
        .api(
            reqwest::Method::DELETE,
            &format!("tokens/{id}"),
            &user("bob"),
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    let none = app
        .api(reqwest::Method::DELETE, "tokens/999999", &user("bob"), None)
        .await;
    assert_eq!(r.text, none.text, "hidden and missing look the same");
    let r = app
        .api(reqwest::Method::GET, "users/ann/tokens", &user("bob"), None)
        .await;
    assert_eq!(r.status, 403, "bob runs no accounts");
}

#[tokio::test]
async fn member_administrators_run_their_own_member_and_nothing_else() {
    let app = spawn_app().await;
    add(
        &app,
        "alpha",
        "mia",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let mia = user("mia");
    let users = app.api(reqwest::Method::GET, "users", &mia, None).await;
    assert_eq!(users.status, 200, "{}", users.text);
    let names: Vec<String> = users.json()["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["ann", "amy", "mia"]);
    // Another member: refused as a whole, and its users are "not found" like no user.
    let r = app
        .api(reqwest::Method::GET, "users?member=bravo", &mia, None)
        .await;
    assert_eq!(r.status, 403);
    let bob = app.api(reqwest::Method::GET, "users/bob", &mia, None).await;
    let nobody = app
        .api(reqwest::Method::GET, "users/nobody", &mia, None)
        .await;
    assert_eq!((bob.status, nobody.status), (404, 404));
    assert_eq!(bob.text, nobody.text);
    for (method, path, body) in [
        (
            reqwest::Method::PATCH,
            "users/bob",
            Some(json!({"disabled": true})),
        ),
        (reqwest::Method::POST, "users/bob/reset", None),
        (
            reqwest::Method::POST,
            "users/bob/tokens",
            Some(json!({"name": "x"})),
        ),
        (reqwest::Method::DELETE, "users/bob/second-factor", None),
    ] {
        let r = app.api(method, path, &mia, body).await;
        assert_eq!(r.status, 404, "{path}: {}", r.text);
    }
    let r = app
        .api(
            reqwest::Method::POST,
            "users",
            &mia,
            Some(json!({"member": "bravo", "username": "spy", "roles": ["analyst"]})),
        )
        .await;
    assert_eq!(r.status, 403);
    // No center-wide role.
    let r = app
        .api(
            reqwest::Method::POST,
            "users",
            &mia,
            Some(json!({"member": "alpha", "username": "boss", "roles": ["administrator"]})),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("center-role"))
    );
    // An invitation: the link sets a password once.
    let r = app
        .api(
            reqwest::Method::POST,
            "users",
            &mia,
            Some(json!({"member": "alpha", "username": "noa", "display_name": "نوا", "roles": ["analyst", "liaison_officer"]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let invited = r.json();
    assert_eq!(invited["user"]["display_name"], "نوا");
    assert_eq!(invited["user"]["has_password"], false);
    let path = invited["link"]["path"].as_str().unwrap();
    let token = path.split("token=").nth(1).unwrap();
    let token: String = form_urlencoded::parse(format!("t={token}").as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned();
    let redeem = |password: &str| {
        app.api(
            reqwest::Method::POST,
            "invitations",
            &Cred::None,
            Some(json!({"token": token, "password": password})),
        )
    };
    let r = redeem("password1234").await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("too-common"))
    );
    assert_eq!(redeem("noa writes seven quiet letters").await.status, 200);
    assert_eq!(
        redeem("noa writes eight quiet letters").await.status,
        401,
        "once"
    );
    let noa = Cred::Basic("noa".into(), "noa writes seven quiet letters".into());
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &noa).await.status,
        200
    );
    // Disabled: nothing works; enabled again: it does.
    let r = app
        .api(
            reqwest::Method::PATCH,
            "users/noa",
            &mia,
            Some(json!({"disabled": true})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &noa).await.status,
        401
    );
    app.api(
        reqwest::Method::PATCH,
        "users/noa",
        &mia,
        Some(json!({"disabled": false})),
    )
    .await;
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &noa).await.status,
        200
    );
    // Nobody disables themselves.
    let r = app
        .api(
            reqwest::Method::PATCH,
            "users/mia",
            &mia,
            Some(json!({"disabled": true})),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (400, Some("disabled"))
    );
    // A reset link: the old password works until it is used.
    let r = app
        .api(reqwest::Method::POST, "users/noa/reset", &mia, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &noa).await.status,
        200
    );
    // Every action is audited.
    let log = app
        .state
        .center
        .audit_log(
            Authority::Console,
            domain::audit::AuditQuery {
                limit: 100,
                ..domain::audit::AuditQuery::default()
            },
        )
        .await
        .unwrap();
    for action in ["user.add", "user.update", "user.reset"] {
        assert!(
            log.iter()
                .any(|e| e.action == action && e.actor.name == "mia"),
            "{action}"
        );
    }
    // The web pages show the same: mia's users page lists alpha's users only.
    let mia_web = cookie_of(&sign_in_as(&app, "mia", PASSWORD).await, "liaison_session");
    let body = page(&app, &mia_web, "/users?member=bravo")
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains("Users of <bdi>alpha</bdi>"), "{body}");
    assert!(!body.contains(">bob<"), "{body}");
    assert_eq!(page(&app, &mia_web, "/users/bob").await.status(), 404);
    assert_eq!(page(&app, &mia_web, "/users/noa").await.status(), 200);
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    assert_eq!(
        page(&app, &ann, "/users").await.status(),
        403,
        "analysts run no accounts"
    );
}

/// The code an authenticator app shows now for the base-32 secret.
fn code(secret: &str, now: i64) -> String {
    domain::auth::code_at(
        totp_rs::Secret::try_from_base32(secret).unwrap().as_ref(),
        now,
    )
    .unwrap()
}

#[tokio::test]
async fn a_second_factor_is_asked_at_sign_in_and_taken_once() {
    let clock = ManualClock::at("2026-06-01T00:00:00Z");
    let app = spawn_app_on(10 * 1024 * 1024, clock.clone()).await;
    let now = || domain::Clock::now_micros(clock.as_ref());
    let ann = user("ann");
    let e = app
        .api(
            reqwest::Method::POST,
            "me/second-factor",
            &ann,
            Some(json!({})),
        )
        .await
        .json();
    let secret = e["secret"].as_str().unwrap().to_string();
    assert!(e["url"].as_str().unwrap().starts_with("otpauth://totp/"));
    let r = app
        .api(
            reqwest::Method::POST,
            "me/second-factor/confirm",
            &ann,
            Some(json!({"code": "000000"})),
        )
        .await;
    assert_eq!((r.status, r.json()["field"].as_str()), (400, Some("code")));
    let r = app
        .api(
            reqwest::Method::POST,
            "me/second-factor/confirm",
            &ann,
            Some(json!({"code": code(&secret, now())})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let recovery: Vec<String> = r.json()["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(recovery.len(), 10);
    // The password alone opens nothing any more; a token does.
    assert_eq!(app.get(&app.objects_url(), &ann).await.status, 401);
    let t = Cred::Bearer(token(&app, "ann").await);
    assert_eq!(app.get(&app.objects_url(), &t).await.status, 200);
    // In the browser: the password, then the code.
    let r = sign_in_as(&app, "ann", PASSWORD).await;
    assert_eq!(r.status(), 200);
    let pending = cookie_of(&r, "liaison_pending");
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Code from your authenticator app")
    );
    let send = |code: String| {
        let pending = pending.clone();
        let base = app.base.clone();
        async move {
            client()
                .post(format!("{base}/sign-in/code"))
                .header("cookie", pending)
                .form(&[("code", code.as_str()), ("next", "/")])
                .send()
                .await
                .unwrap()
        }
    };
    let r = send("123456".into()).await;
    assert_eq!(r.status(), 401);
    // The code of the step that confirmed the enrolment was taken already.
    let r = send(code(&secret, now())).await;
    assert_eq!(r.status(), 401);
    assert!(r.text().await.unwrap().contains("used already"));
    clock
        .0
        .fetch_add(30_000_000, std::sync::atomic::Ordering::SeqCst);
    let r = send(code(&secret, now())).await;
    assert_eq!(r.status(), 303);
    let session = cookie_of(&r, "liaison_session");
    assert_eq!(page(&app, &session, "/").await.status(), 200);
    // A recovery code signs in once, however it is typed.
    let r = sign_in_as(&app, "ann", PASSWORD).await;
    let pending = cookie_of(&r, "liaison_pending");
    let with = |code: String| {
        let pending = pending.clone();
        let base = app.base.clone();
        async move {
            client()
                .post(format!("{base}/sign-in/code"))
                .header("cookie", pending)
                .form(&[("code", code.as_str()), ("next", "/")])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(with(recovery[0].to_uppercase()).await, 303);
    let r = sign_in_as(&app, "ann", PASSWORD).await;
    let again = cookie_of(&r, "liaison_pending");
    let r = client()
        .post(format!("{}/sign-in/code", app.base))
        .header("cookie", again)
        .form(&[("code", recovery[0].as_str()), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "a recovery code is used once");
    // A pending sign-in is good for nothing else, and not for long.
    let token_text = pending.split('=').nth(1).unwrap();
    let r = app
        .get(&app.objects_url(), &Cred::Bearer(token_text.into()))
        .await;
    assert_eq!(r.status, 401);
    // An administrator removes a lost second factor; the password works again.
    app.api(
        reqwest::Method::DELETE,
        "users/ann/second-factor",
        &Cred::Basic("admin".into(), app.admin_password.clone()),
        None,
    )
    .await;
    assert_eq!(app.get(&app.objects_url(), &ann).await.status, 200);
}

#[tokio::test]
async fn a_center_may_require_a_second_factor_of_everyone() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let t = Cred::Bearer(token(&app, "bob").await);
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/second-factor",
            &user("ann"),
            Some(json!({"required": true})),
        )
        .await;
    assert_eq!(r.status, 403, "for the center's administrators");
    let r = app
        .api(
            reqwest::Method::PUT,
            "center/second-factor",
            &admin,
            Some(json!({"required": true})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    // People without one are sent to enrol; systems with tokens go on.
    let r = app
        .api(reqwest::Method::GET, "search?q=x", &user("bob"), None)
        .await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (403, Some("second-factor-required"))
    );
    assert_eq!(app.get(&app.objects_url(), &t).await.status, 200);
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let r = page(&app, &bob, "/search").await;
    assert_eq!(r.headers()["location"], "/account");
    let body = page(&app, &bob, "/account").await.text().await.unwrap();
    assert!(
        body.contains("This center requires a second factor"),
        "{body}"
    );
}

#[tokio::test]
async fn guessing_is_throttled_per_account_and_address_without_shutting_out_for_long() {
    let limits = domain::throttle::Limits {
        address_burst: 6,
        address_every: Duration::from_secs(60),
        account_burst: 3,
        account_every: Duration::from_millis(1_500),
    };
    let app = spawn_app_configured(10 * 1024 * 1024, Arc::new(domain::SystemClock), |c| {
        c.set_throttle(limits)
    })
    .await;
    let url = format!("{}/taxii2/", app.base);
    // Ann's client verified its credential before the guessing began: it is remembered, and
    // never made to wait.
    assert_eq!(app.get(&url, &user("ann")).await.status, 200);
    let wrong = Cred::Basic("ann".into(), "not her password at all".into());
    // Three failures are the burst; the fourth is checked and starts the wait.
    for _ in 0..4 {
        assert_eq!(app.get(&url, &wrong).await.status, 401);
    }
    let r = app.get(&url, &wrong).await;
    assert_eq!(r.status, 429, "{}", r.text);
    let wait: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    // While it waits, even the right password of a new client is not checked...
    let fresh = reqwest::Client::new();
    let r = fresh
        .get(&url)
        .basic_auth("amy", Some(PASSWORD))
        .header("accept", TAXII)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "another account is not held up");
    assert_eq!(
        app.get(&url, &user("ann")).await.status,
        200,
        "the remembered credential goes on"
    );
    // ...and the web sign-in says so, keeping the name typed.
    let r = sign_in_as(&app, "ann", PASSWORD).await;
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert!(r.text().await.unwrap().contains("value=\"ann\""));
    // Not for long: after one replenishment the right password works again.
    tokio::time::sleep(Duration::from_millis(1_600)).await;
    assert_eq!(sign_in_as(&app, "ann", PASSWORD).await.status(), 303);
    // The address counts across accounts.
    for name in ["bob", "cat", "nobody"] {
        app.get(&url, &Cred::Basic(name.into(), "wrong wrong wrong".into()))
            .await;
    }
    let r = app
        .get(&url, &Cred::Basic("zed".into(), "wrong wrong wrong".into()))
        .await;
    assert_eq!(r.status, 429, "{}", r.text);
    let log = app
        .state
        .center
        .audit_log(
            Authority::Console,
            domain::audit::AuditQuery {
                limit: 200,
                ..domain::audit::AuditQuery::default()
            },
        )
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.action == "auth.throttled"));
    assert!(log.iter().filter(|e| e.action == "auth.failure").count() >= 6);
}

/// A certificate authority and certificates it issues, for the TLS tests.
pub struct Pki {
    pub ca_pem: String,
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl Pki {
    pub fn new(name: &str) -> Self {
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::DigitalSignature,
        ];
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        Self {
            ca_pem: cert.pem(),
            issuer: rcgen::Issuer::new(params, key),
        }
    }

    /// A certificate and its key (PEM) for a server at 127.0.0.1, or a client.
    pub fn issue(&self, name: &str, client: bool) -> (String, String) {
        let mut params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.extended_key_usages = vec![if client {
            rcgen::ExtendedKeyUsagePurpose::ClientAuth
        } else {
            rcgen::ExtendedKeyUsagePurpose::ServerAuth
        }];
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        (cert.pem(), key.serialize_pem())
    }
}

/// Serves the app's center over HTTPS too; returns its base URL.
pub async fn serve_tls(app: &App, pki: &Pki, dir: &std::path::Path) -> String {
    let (cert, key) = pki.issue("127.0.0.1", false);
    std::fs::write(dir.join("cert.pem"), cert).unwrap();
    std::fs::write(dir.join("key.pem"), key).unwrap();
    let handle = server::TlsHandle::new();
    let (state, h, d) = (app.state.clone(), handle.clone(), dir.to_path_buf());
    tokio::spawn(async move {
        server::serve_tls(
            "127.0.0.1:0".parse().unwrap(),
            &d.join("cert.pem"),
            &d.join("key.pem"),
            state,
            h,
        )
        .await
    });
    let addr = handle.listening().await.unwrap();
    format!("https://{addr}")
}

fn https_client(pki: &Pki, identity: Option<&(String, String)>) -> reqwest::Client {
    server::install_crypto();
    let mut b = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(pki.ca_pem.as_bytes()).unwrap()]);
    if let Some((cert, key)) = identity {
        b = b.identity(reqwest::Identity::from_pem(format!("{cert}{key}").as_bytes()).unwrap());
    }
    b.build().unwrap()
}

#[tokio::test]
async fn client_certificates_stand_for_a_user_until_revoked() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let server_pki = Pki::new("Test center TLS");
    let base = serve_tls(&app, &server_pki, dir.path()).await;
    let members_pki = Pki::new("Bravo's own authority");
    // The gateway's certificate comes from its vendor, not from bravo's authority.
    let pinned = Pki::new("Gateway vendor").issue("bravo gateway", true);
    let issued = members_pki.issue("bravo sensor", true);
    let stranger = Pki::new("Nobody").issue("stranger", true);
    let collections = format!("{base}/taxii2/exchange/collections/");
    let get = |c: reqwest::Client| {
        let url = collections.clone();
        async move { c.get(url).header("accept", TAXII).send().await.unwrap() }
    };
    // No credential, or a certificate registered to no one: refused.
    let r = get(https_client(&server_pki, None)).await;
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000");
    assert_eq!(
        get(https_client(&server_pki, Some(&pinned))).await.status(),
        401
    );
    // bravo's administrator registers one certificate pinned, and its authority.
    add(
        &app,
        "bravo",
        "bea",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let bea = user("bea");
    let r = app
        .api(
            reqwest::Method::POST,
            "users/bob/certificates",
            &bea,
            Some(json!({"name": "gateway", "pem": pinned.0})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let pinned_id = r.json()["id"].as_i64().unwrap();
    let r = get(https_client(&server_pki, Some(&pinned))).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Shared intelligence"));
    // Writes work too: the certificate is bob's.
    let posted = https_client(&server_pki, Some(&pinned))
        .post(format!(
            "{base}/taxii2/exchange/collections/shared/objects/"
        ))
        .header("accept", TAXII)
        .header("content-type", TAXII)
        .body(format!(
            "{{\"objects\":[{}]}}",
            indicator(7, "2020-01-01T00:00:00.000Z", "")
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), 202);
    assert!(get(https_client(&server_pki, Some(&issued))).await.status() == 401);
    let r = app
        .api(
            reqwest::Method::POST,
            "users/bob/certificates",
            &bea,
            Some(json!({"name": "sensors", "kind": "authority", "pem": members_pki.ca_pem})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(
        get(https_client(&server_pki, Some(&issued))).await.status(),
        200
    );
    assert_eq!(
        get(https_client(&server_pki, Some(&stranger)))
            .await
            .status(),
        401
    );
    // A certificate bravo's authority issued cannot be pinned to another member's user.
    add(
        &app,
        "alpha",
        "ama",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let r = app
        .api(
            reqwest::Method::POST,
            "users/ann/certificates",
            &user("ama"),
            Some(json!({"name": "bravo's sensor, claimed", "pem": issued.0})),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("another-members-certificate")),
        "{}",
        r.text
    );
    // Alpha's administrator cannot see or revoke it; bravo's revokes it, at once.
    add(
        &app,
        "alpha",
        "mia",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let r = app
        .api(
            reqwest::Method::DELETE,
            &format!("certificates/{pinned_id}"),
            &user("mia"),
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    let listed = app
        .api(reqwest::Method::GET, "certificates", &bea, None)
        .await
        .json();
    assert_eq!(listed["certificates"].as_array().unwrap().len(), 2);
    let r = app
        .api(
            reqwest::Method::DELETE,
            &format!("certificates/{pinned_id}"),
            &bea,
            None,
        )
        .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        get(https_client(&server_pki, Some(&pinned))).await.status(),
        401
    );
    let log = app
        .state
        .center
        .audit_log(
            Authority::Console,
            domain::audit::AuditQuery {
                limit: 200,
                ..domain::audit::AuditQuery::default()
            },
        )
        .await
        .unwrap();
    for action in ["certificate.register", "certificate.revoke"] {
        assert!(log.iter().any(|e| e.action == action), "{action}");
    }
}

/// A token form sent twice (a reload, a double click) makes one token, and says so.
#[tokio::test]
async fn a_token_form_sent_twice_makes_one_token() {
    let app = spawn_app().await;
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let body = page(&app, &ann, "/account").await.text().await.unwrap();
    let at = body.find("name=\"once\" value=\"").unwrap() + "name=\"once\" value=\"".len();
    let once = body[at..at + 32].to_string();
    let token = csrf(&body);
    let send = || {
        client()
            .post(format!("{}/account/tokens", app.base))
            .header("cookie", &ann)
            .form(&[
                ("csrf", token.as_str()),
                ("once", once.as_str()),
                ("name", "poller"),
            ])
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 200);
    assert!(
        first
            .text()
            .await
            .unwrap()
            .contains("shown only now: <span class=\"secret\" dir=\"ltr\">liaison_")
    );
    let again = send().await.unwrap();
    assert_eq!(again.status(), 422);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("this form was sent already")
    );
    let tokens = app
        .state
        .center
        .tokens(Authority::Console, "ann")
        .await
        .unwrap();
    assert_eq!(tokens.len(), 1);
}

/// What a security review found, each closed: a member administrator taking over an account
/// with a center role; a token, or a password-only session under a second-factor policy,
/// changing the account; a user minting its own reset link.
#[tokio::test]
async fn accounts_resist_takeover_by_the_credentials_they_hand_out() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    add(
        &app,
        "alpha",
        "mia",
        vec![Role::MemberAdministrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    add(
        &app,
        "alpha",
        "ada",
        vec![Role::Analyst, Role::Administrator],
        InitialPassword::Kept(PASSWORD),
    )
    .await;
    let mia = user("mia");
    // A member administrator does not run an account holding a center role.
    for (method, path, body) in [
        (
            reqwest::Method::POST,
            "users/ada/tokens",
            Some(json!({"name": "mine now"})),
        ),
        (reqwest::Method::POST, "users/ada/reset", None),
        (
            reqwest::Method::PATCH,
            "users/ada",
            Some(json!({"disabled": true})),
        ),
        (reqwest::Method::DELETE, "users/ada/second-factor", None),
    ] {
        let r = app.api(method, path, &mia, body).await;
        assert_eq!(r.status, 403, "{path}: {}", r.text);
    }
    // Nobody mints a reset link for themselves.
    let r = app
        .api(reqwest::Method::POST, "users/ann/reset", &user("ann"), None)
        .await;
    assert_eq!(r.status, 403, "{}", r.text);
    // A token (read or write) does not change the account it belongs to.
    let read = app
        .api(
            reqwest::Method::POST,
            "users/ann/tokens",
            &user("ann"),
            Some(json!({"name": "reader", "scope": "read"})),
        )
        .await
        .json()["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let write = Cred::Bearer(token(&app, "ann").await);
    for cred in [Cred::Bearer(read.clone()), write] {
        let r = app
            .api(reqwest::Method::POST, "me/second-factor", &cred, None)
            .await;
        assert_eq!(r.status, 403, "{}", r.text);
        let r = app
            .api(
                reqwest::Method::POST,
                "me/password",
                &cred,
                Some(json!({"current_password": PASSWORD, "password": "taken over by a token"})),
            )
            .await;
        assert_eq!(r.status, 403, "{}", r.text);
    }
    assert_eq!(
        app.api(reqwest::Method::GET, "me", &Cred::Bearer(read), None)
            .await
            .status,
        200
    );
    // Under a second-factor policy, a password-only session makes no token.
    app.api(
        reqwest::Method::PUT,
        "center/second-factor",
        &admin,
        Some(json!({"required": true})),
    )
    .await;
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");
    let body = page(&app, &bob, "/account").await.text().await.unwrap();
    let at = body.find("name=\"once\" value=\"").unwrap() + "name=\"once\" value=\"".len();
    let once = body[at..at + 32].to_string();
    let r = client()
        .post(format!("{}/account/tokens", app.base))
        .header("cookie", &bob)
        .form(&[
            ("csrf", csrf(&body).as_str()),
            ("once", once.as_str()),
            ("name", "escape"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/account");
    assert!(
        app.state
            .center
            .tokens(Authority::Console, "bob")
            .await
            .unwrap()
            .is_empty()
    );
}

/// An event stream opened with a token ends when the token is revoked.
#[tokio::test]
async fn an_event_stream_ends_with_its_credential() {
    let app = spawn_app().await;
    let (t, text) = app
        .state
        .center
        .create_token(
            Authority::Console,
            "bob",
            domain::users::TokenDraft {
                name: "stream".into(),
                scope: domain::Scope::Read,
                expires_at: None,
            },
        )
        .await
        .unwrap();
    let r = reqwest::Client::new()
        .get(format!("{}/api/v1/events", app.base))
        .bearer_auth(&text)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let mut stream = r.bytes_stream();
    use futures_util::StreamExt;
    app.add(
        &user("ann"),
        &[indicator(1, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    let first = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an event")
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&first).contains("event: object"));
    app.state
        .center
        .revoke_token(Authority::Console, t.id)
        .await
        .unwrap();
    app.add(
        &user("ann"),
        &[indicator(2, "2020-01-01T00:00:00.000Z", "")],
    )
    .await;
    // Nothing more arrives; the stream ends.
    let rest = tokio::time::timeout(Duration::from_secs(10), async {
        let mut more = String::new();
        while let Some(Ok(chunk)) = stream.next().await {
            more.push_str(&String::from_utf8_lossy(&chunk));
        }
        more
    })
    .await
    .expect("the stream ended");
    assert!(!rest.contains(&indicator_id(2)), "{rest}");
}

/// A link to set a password works once and only while nothing newer set one: a later link
/// used, the user's own change, or the account disabled voids every link still unused.
#[tokio::test]
async fn a_password_link_is_void_once_the_password_is_set_another_way() {
    let app = spawn_app().await;
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let token_of = |v: &serde_json::Value| -> String {
        let path = v["link"]["path"]
            .as_str()
            .or_else(|| v["path"].as_str())
            .unwrap()
            .to_string();
        let token = path.split("token=").nth(1).unwrap().to_string();
        form_urlencoded::parse(format!("t={token}").as_bytes())
            .next()
            .unwrap()
            .1
            .into_owned()
    };
    let redeem = |token: String, password: &'static str| {
        app.api(
            reqwest::Method::POST,
            "invitations",
            &Cred::None,
            Some(json!({"token": token, "password": password})),
        )
    };
    let r = app
        .api(
            reqwest::Method::POST,
            "users",
            &admin,
            Some(json!({"member": "alpha", "username": "dave", "roles": ["analyst"]})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let invitation = token_of(&r.json());
    let r = app
        .api(reqwest::Method::POST, "users/dave/reset", &admin, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let reset = token_of(&r.json());
    assert_eq!(
        redeem(reset, "dave keeps seven quiet harbours")
            .await
            .status,
        200
    );
    // The invitation, made before, no longer sets anything.
    assert_eq!(
        redeem(invitation, "mallory takes the account now")
            .await
            .status,
        401
    );
    let dave = Cred::Basic("dave".into(), "dave keeps seven quiet harbours".into());
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &dave)
            .await
            .status,
        200
    );

    // Of two reset links, the newer voids the older, used or not.
    let older = token_of(
        &app.api(reqwest::Method::POST, "users/dave/reset", &admin, None)
            .await
            .json(),
    );
    let _newer = app
        .api(reqwest::Method::POST, "users/dave/reset", &admin, None)
        .await;
    assert_eq!(
        redeem(older, "mallory takes the account now").await.status,
        401
    );

    // A reset link made, then the user changes the password himself: the link is void.
    let r = app
        .api(reqwest::Method::POST, "users/dave/reset", &admin, None)
        .await;
    let reset = token_of(&r.json());
    let r = app
        .api(
            reqwest::Method::POST,
            "me/password",
            &dave,
            Some(json!({"current_password": "dave keeps seven quiet harbours", "password": "dave now keeps eight lanterns lit"})),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    assert_eq!(
        redeem(reset, "mallory takes the account now").await.status,
        401
    );

    // A link made, then the account disabled and enabled again: the link is void.
    let r = app
        .api(reqwest::Method::POST, "users/dave/reset", &admin, None)
        .await;
    let reset = token_of(&r.json());
    for disabled in [true, false] {
        let r = app
            .api(
                reqwest::Method::PATCH,
                "users/dave",
                &admin,
                Some(json!({"disabled": disabled})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    assert_eq!(
        redeem(reset, "mallory takes the account now").await.status,
        401
    );
    // A link made, then the member suspended and reinstated: the link is void.
    let r = app
        .api(reqwest::Method::POST, "users/dave/reset", &admin, None)
        .await;
    let reset = token_of(&r.json());
    for to in [
        domain::MemberStatus::Suspended,
        domain::MemberStatus::Member,
    ] {
        app.state
            .center
            .change_member_status(domain::service::Authority::Console, "alpha", to, "a test")
            .await
            .unwrap();
    }
    assert_eq!(
        redeem(reset, "mallory takes the account now").await.status,
        401
    );
    let dave = Cred::Basic("dave".into(), "dave now keeps eight lanterns lit".into());
    assert_eq!(
        app.get(&format!("{}/taxii2/", app.base), &dave)
            .await
            .status,
        200
    );
}
