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
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            max_content_length: 64 * 1024 * 1024,
            max_page: 10_000,
            title: "Liaison".into(),
            secure_cookies: false,
        }
    }
}

/// Shared by every handler.
pub struct AppState {
    pub center: Center,
    pub config: ServerConfig,
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
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(taxii::routes())
        .merge(api::routes())
        .merge(web::routes())
        // Every route's body is bounded (see `shape::Limits`), then the request waits for a
        // place in its lane, before any work.
        .layer(axum::middleware::from_fn_with_state(
            admission::Gate {
                lanes: admission::Admission::for_this_machine(),
                limits,
            },
            admission::admit,
        ))
        // A request holds its place (see `admission`) while its body arrives: a body that stalls
        // for 15 s, or takes more than 2 minutes in all (a full 64 MiB envelope at 0.5 MiB/s),
        // is cut off, so that slow senders cannot hold every place.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(BODY_IDLE))
        .layer(tower_http::timeout::RequestBodyDeadlineLayer::new(
            BODY_DEADLINE,
        ))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        // Outermost: whatever refused, the refusal has its interface's shape, and a page the
        // browser's language until a session says otherwise (see `i18n`).
        .layer(axum::middleware::from_fn(shape::conform))
        .with_state(state)
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
