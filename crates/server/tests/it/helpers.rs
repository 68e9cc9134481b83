use std::sync::Arc;

use domain::service::Authority;
use domain::{Center, Role, SystemClock};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde_json::Value;
use store::SqliteStore;

pub const TAXII: &str = "application/taxii+json;version=2.1";

pub struct App {
    pub base: String,
    pub state: server::State,
    pub http: reqwest::Client,
    pub admin_password: String,
    pub _dir: tempfile::TempDir,
}

pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("{e}: {}", self.text))
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    }
}

/// Credentials for a request.
#[derive(Clone)]
pub enum Cred {
    Basic(String, String),
    Bearer(String),
    None,
}

/// Users made by `spawn_app`: (member, username), all with this password.
pub const PASSWORD: &str = "a long test password";

/// A clock the test moves by hand.
pub struct ManualClock(pub std::sync::atomic::AtomicI64);

impl ManualClock {
    pub fn at(text: &str) -> Arc<Self> {
        Arc::new(Self(std::sync::atomic::AtomicI64::new(
            stix::timestamp::parse_micros(text).unwrap(),
        )))
    }
    pub fn advance_days(&self, days: i64) {
        self.0.fetch_add(
            days * 86_400 * 1_000_000,
            std::sync::atomic::Ordering::SeqCst,
        );
    }
}

impl domain::Clock for ManualClock {
    fn now_micros(&self) -> i64 {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

pub async fn spawn_app_with(max_content_length: usize) -> App {
    spawn_app_on(max_content_length, Arc::new(SystemClock)).await
}

pub async fn spawn_app_on(max_content_length: usize, clock: Arc<dyn domain::Clock>) -> App {
    spawn_app_configured(max_content_length, clock, |_| {}).await
}

/// An app whose center is set up by `configure` before it serves (throttling limits, say).
pub async fn spawn_app_configured(
    max_content_length: usize,
    clock: Arc<dyn domain::Clock>,
    configure: impl FnOnce(&mut Center),
) -> App {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("liaison.db"), clock.clone()).unwrap());
    let admin = Center::initialize(
        store.clone(),
        clock.clone(),
        Arc::new(domain::SystemRandomness),
        "Test center",
    )
    .await
    .unwrap()
    .unwrap();
    let mut center = Center::open(store, clock, Arc::new(domain::SystemRandomness))
        .await
        .unwrap();
    center.use_deconfliction_key([7; 32]).await.unwrap();
    configure(&mut center);
    // The first start's password must be changed before anything else (tested on its own,
    // in `accounts`); the other tests sign in with it as if it had been.
    center
        .set_password(
            Authority::Console,
            "admin",
            domain::users::InitialPassword::Kept(&admin.password),
        )
        .await
        .unwrap();
    for (member, user) in [("alpha", "ann"), ("bravo", "bob"), ("charlie", "cat")] {
        center
            .add_member(Authority::Console, member, member, false)
            .await
            .unwrap();
        center
            .add_user(
                Authority::Console,
                member,
                user,
                vec![Role::Analyst],
                Some(domain::users::InitialPassword::Kept(PASSWORD)),
            )
            .await
            .unwrap();
    }
    center
        .add_user(
            Authority::Console,
            "alpha",
            "amy",
            vec![Role::Analyst],
            Some(domain::users::InitialPassword::Kept(PASSWORD)),
        )
        .await
        .unwrap();
    let state = server::AppState::new(
        center,
        server::ServerConfig {
            max_content_length,
            metrics_token: Some(METRICS_TOKEN.into()),
            ..server::ServerConfig::default()
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(server::serve(
        listener,
        state.clone(),
        std::future::pending(),
    ));
    App {
        base: format!("http://{addr}"),
        state,
        http: {
            server::install_crypto();
            reqwest::Client::new()
        },
        admin_password: admin.password,
        _dir: dir,
    }
}

pub async fn spawn_app() -> App {
    spawn_app_with(10 * 1024 * 1024).await
}

/// A write token for a user, made at the console.
pub async fn token(app: &App, username: &str) -> String {
    app.state
        .center
        .create_token(
            Authority::Console,
            username,
            domain::users::TokenDraft {
                name: "test".into(),
                scope: domain::Scope::Write,
                expires_at: None,
            },
        )
        .await
        .unwrap()
        .1
}

pub fn user(name: &str) -> Cred {
    Cred::Basic(name.into(), PASSWORD.into())
}

impl App {
    pub fn root(&self) -> String {
        format!("{}/taxii2/exchange/", self.base)
    }
    pub fn objects_url(&self) -> String {
        format!("{}collections/shared/objects/", self.root())
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        url: &str,
        cred: &Cred,
        accept: Option<&str>,
        body: Option<(&str, String)>,
    ) -> Resp {
        let mut rb = self.http.request(method, url);
        if let Some(a) = accept {
            rb = rb.header(ACCEPT, a);
        }
        rb = match cred {
            Cred::Basic(u, p) => rb.basic_auth(u, Some(p)),
            Cred::Bearer(t) => rb.bearer_auth(t),
            Cred::None => rb,
        };
        if let Some((ct, b)) = body {
            rb = rb.header(CONTENT_TYPE, ct).body(b);
        }
        let r = rb.send().await.unwrap();
        Resp {
            status: r.status().as_u16(),
            headers: r.headers().clone(),
            text: r.text().await.unwrap(),
        }
    }

    pub async fn get(&self, url: &str, cred: &Cred) -> Resp {
        self.send(reqwest::Method::GET, url, cred, Some(TAXII), None)
            .await
    }

    pub async fn post(&self, url: &str, cred: &Cred, body: String) -> Resp {
        self.send(
            reqwest::Method::POST,
            url,
            cred,
            Some(TAXII),
            Some((TAXII, body)),
        )
        .await
    }

    pub async fn delete(&self, url: &str, cred: &Cred) -> Resp {
        self.send(reqwest::Method::DELETE, url, cred, Some(TAXII), None)
            .await
    }

    /// A REST API call under `/api/v1/`, with a JSON body if given.
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        cred: &Cred,
        body: Option<Value>,
    ) -> Resp {
        self.send(
            method,
            &format!("{}/api/v1/{path}", self.base),
            cred,
            Some("application/json"),
            body.map(|b| ("application/json", b.to_string())),
        )
        .await
    }

    /// Posts objects to the shared collection and returns the status.
    pub async fn add(&self, cred: &Cred, objects: &[String]) -> Value {
        let r = self
            .post(
                &self.objects_url(),
                cred,
                format!("{{\"objects\":[{}]}}", objects.join(",")),
            )
            .await;
        assert_eq!(r.status, 202, "{}", r.text);
        r.json()
    }
}

pub fn indicator(n: u32, modified: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{n:08x}-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.000Z","modified":"{modified}","pattern":"[ipv4-addr:value = '10.0.0.{}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"{extra}}}"#,
        n % 250
    )
}

pub fn indicator_id(n: u32) -> String {
    format!("indicator--{n:08x}-0000-4000-8000-000000000000")
}

pub const AMBER: &str =
    r#","object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]"#;
pub const RED: &str =
    r#","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]"#;

/// The token the test servers ask for at `/metrics`.
pub const METRICS_TOKEN: &str = "operators' metrics token";

/// The console convenes a plenary (every active member is told).
pub async fn convene_plenary(app: &App) {
    app.state
        .center
        .convene(
            Authority::Console,
            "Plenary",
            domain::meetings::MeetingKind::Regular,
            4_000_000_000_000_000,
            4_000_000_100_000_000,
            "UTC",
            "The Hague",
        )
        .await
        .unwrap();
}

/// `name` applies to join, read as `display_name`: the console files the application and the
/// admission vote opens.
pub async fn applicant(
    app: &App,
    name: &str,
    display_name: &str,
) -> (
    domain::Member,
    domain::governance::Application,
    domain::governance::Ballot,
) {
    app.state
        .center
        .apply(
            Authority::Console,
            name,
            display_name,
            "An agency",
            &format!("desk@{name}.example"),
            None,
            None,
        )
        .await
        .unwrap()
}

/// Liaison officers `(member, username)` with the test password.
pub async fn liaison_officers(app: &App, who: &[(&str, &str)]) {
    for (m, u) in who {
        app.state
            .center
            .add_user(
                Authority::Console,
                m,
                u,
                vec![Role::LiaisonOfficer],
                Some(domain::users::InitialPassword::Kept(PASSWORD)),
            )
            .await
            .unwrap();
    }
}
