//! The HTTP interfaces of a center. Handlers only translate between HTTP and the domain's
//! services; authorization and visibility are decided in `domain`.

pub mod admission;
pub mod api;
pub mod auth;
pub mod dates;
pub mod error;
pub mod feeds;
pub mod i18n;
pub mod jobs;
pub mod metrics;
pub mod numbers;
pub mod outbound;
pub mod pack;
pub mod report;
pub mod shape;
pub mod taxii;
pub mod tls;
pub mod views;
pub mod web;
pub mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use domain::Center;

/// Settings of the HTTP server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest POST body accepted (TAXII `max_content_length`).
    pub max_content_length: usize,
    /// Largest page returned whatever `limit` asks for.
    pub max_page: usize,
    pub title: String,
    /// Web session cookies are marked `Secure` (the center is reached over HTTPS).
    pub secure_cookies: bool,
    /// The bearer token `/metrics` asks for on the public listener; without one it is not
    /// served there (`--metrics-bind` serves it on an address of the operators' own).
    pub metrics_token: Option<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            max_content_length: 64 * 1024 * 1024,
            max_page: 10_000,
            title: "Liaison".into(),
            secure_cookies: false,
            metrics_token: None,
        }
    }
}

/// Shared by every handler.
pub struct AppState {
    pub center: Center,
    pub config: ServerConfig,
    /// The node's figures for its operators (`/metrics`).
    pub metrics: Arc<metrics::Metrics>,
    /// The lanes requests wait in for a place (see `admission`).
    pub admission: Arc<admission::Admission>,
    /// The last readiness answer and when it was found: `/readyz` waits for no place, so it
    /// asks the store at most once a second however often it is called.
    pub readiness: std::sync::Mutex<Option<(std::time::Instant, bool)>>,
}

impl AppState {
    /// The state of a node serving `center`, its figures kept from now on.
    pub fn new(mut center: Center, config: ServerConfig) -> State {
        let metrics = Arc::new(metrics::Metrics::new());
        center.observe(metrics.clone());
        let admission = admission::Admission::for_this_machine(
            center.lookups_in_flight_per_core(),
            center.pages_in_flight_per_core(),
        );
        Arc::new(Self {
            center,
            config,
            metrics,
            admission,
            readiness: std::sync::Mutex::new(None),
        })
    }
}

pub type State = Arc<AppState>;

/// Controls a running HTTPS server.
pub type TlsHandle = axum_server::Handle<SocketAddr>;

/// Makes ring the TLS provider of the process (for HTTPS serving and outgoing webhooks); call
/// once at start. Calling it again does nothing.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Longest pause while a request body arrives.
pub const BODY_IDLE: std::time::Duration = std::time::Duration::from_secs(15);
/// Longest time a request body may take to arrive.
pub const BODY_DEADLINE: std::time::Duration = std::time::Duration::from_secs(120);

/// Whether reading a body failed because it did not arrive in time (rather than being too
/// large or malformed).
pub fn body_timed_out(e: &axum::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if c.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = c.source();
    }
    false
}

/// The whole application.
pub fn router(state: State) -> Router {
    let limits = shape::Limits {
        envelope: state.config.max_content_length,
        import: state.config.max_content_length,
    };
    let request_id = axum::http::HeaderName::from_static("x-request-id");
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::guarded))
        .merge(taxii::routes())
        .merge(api::routes())
        .merge(web::routes())
        // Every route's body is bounded (see `shape::Limits`), then the request waits for a
        // place in its lane, before any work.
        .layer(axum::middleware::from_fn_with_state(
            admission::Gate {
                lanes: state.admission.clone(),
                limits,
            },
            admission::admit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::count,
        ))
        // A request holds its place (see `admission`) while its body arrives: a body that stalls
        // for 15 s, or takes more than 2 minutes in all (a full 64 MiB envelope at 0.5 MiB/s),
        // is cut off, so that slow senders cannot hold every place.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(BODY_IDLE))
        .layer(tower_http::timeout::RequestBodyDeadlineLayer::new(
            BODY_DEADLINE,
        ))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                |req: &axum::http::Request<axum::body::Body>| {
                    let id = req
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("");
                    // The path template only: ids in paths say what was asked for.
                    let route = req
                        .extensions()
                        .get::<axum::extract::MatchedPath>()
                        .map_or("", |m| m.as_str());
                    tracing::info_span!("request", method = %req.method(), route, request_id = id)
                },
            ),
        )
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        // Around all the work: whatever refused, the refusal has its interface's shape, and a
        // page the browser's language until a session says otherwise (see `i18n`).
        .layer(axum::middleware::from_fn(shape::conform))
        // Every answer carries the request's id (the client's `X-Request-Id`, or a new one), as
        // do the log lines about it, so that a member's report and the log meet.
        .layer(tower_http::request_id::PropagateRequestIdLayer::new(
            request_id.clone(),
        ))
        .layer(tower_http::request_id::SetRequestIdLayer::new(
            request_id,
            NodeRequestIds::default(),
        ))
        // Outside the two above: a client's id that is not a plain one is dropped first.
        .layer(axum::middleware::from_fn(plain_request_id))
        .with_state(state)
}

/// New request ids: this node's random prefix and a count. Unique across nodes and restarts
/// as a UUID would be, without drawing random bytes for every request (a system call each,
/// on the path of every lookup).
#[derive(Clone)]
struct NodeRequestIds {
    prefix: Arc<str>,
    next: Arc<std::sync::atomic::AtomicU64>,
}

impl Default for NodeRequestIds {
    fn default() -> Self {
        let node = uuid::Uuid::new_v4().simple().to_string();
        Self {
            prefix: node.get(..12).unwrap_or(&node).into(),
            next: Arc::default(),
        }
    }
}

impl tower_http::request_id::MakeRequestId for NodeRequestIds {
    fn make_request_id<B>(
        &mut self,
        _: &axum::http::Request<B>,
    ) -> Option<tower_http::request_id::RequestId> {
        let n = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        axum::http::HeaderValue::from_str(&format!("{}-{n}", self.prefix))
            .ok()
            .map(tower_http::request_id::RequestId::new)
    }
}

/// Keeps a client's `X-Request-Id` only when it is a plain id (at most 64 letters, digits,
/// dots, dashes and underscores); any other is replaced by a new one, so what is echoed and
/// logged is short and harmless.
async fn plain_request_id(
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let plain = |v: &axum::http::HeaderValue| {
        let b = v.as_bytes();
        !b.is_empty()
            && b.len() <= 64
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
    };
    if req.headers().get("x-request-id").is_some_and(|v| !plain(v)) {
        req.headers_mut().remove("x-request-id");
    }
    next.run(req).await
}

/// Ready when the store answers and holds the center: a load balancer sends requests to this
/// node only then. Says nothing else, and asks for no credential.
async fn readyz(
    axum::extract::State(state): axum::extract::State<State>,
) -> Result<&'static str, error::Problem> {
    let kept = state
        .readiness
        .lock()
        .ok()
        .and_then(|k| *k)
        .filter(|(at, _)| at.elapsed() < std::time::Duration::from_secs(1))
        .map(|(_, ready)| ready);
    let ready = match kept {
        Some(ready) => ready,
        None => {
            let ready = match state.center.ready().await {
                Ok(()) => true,
                Err(e) => {
                    tracing::warn!(error = %domain::error::chain(&e), "not ready");
                    false
                }
            };
            if let Ok(mut k) = state.readiness.lock() {
                *k = Some((std::time::Instant::now(), ready));
            }
            ready
        }
    };
    if ready {
        Ok("ready")
    } else {
        Err(error::Problem::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "not-ready",
            "Not ready",
            "the store does not answer; see the node's log",
        ))
    }
}

/// Serves on an already bound listener until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: State,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Serves HTTPS with the given PEM certificate chain and key. Clients may present a
/// certificate (mutual TLS); the handshake proves they hold its key, and whether it stands for
/// a user is the domain's to say (`Credential::Certificate`). Every answer carries HSTS.
pub async fn serve_tls(
    addr: SocketAddr,
    cert: &std::path::Path,
    key: &std::path::Path,
    state: State,
    handle: axum_server::Handle<SocketAddr>,
) -> std::io::Result<()> {
    let config = tls::server_config(cert, key)?;
    let tls = axum_server::tls_rustls::RustlsConfig::from_config(std::sync::Arc::new(config));
    let app = router(state).layer(axum::middleware::map_response(tls::hsts));
    axum_server::bind_rustls(addr, tls)
        .handle(handle)
        .serve(app.into_make_service_with_connect_info::<SocketAddr>())
        .await
}
