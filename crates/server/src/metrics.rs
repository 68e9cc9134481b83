//! The node's figures for the operators who watch it, at `/metrics` in the text format
//! Prometheus scrapes (OpenMetrics 1.0). They describe the node's work, never the
//! intelligence: routes are templates (`/api/v1/objects/{id}`), never the ids asked for, and
//! no member, user or object is named.
//!
//! `/metrics` is not on the public listener unless the operators give it a token
//! (`--metrics-token`); `--metrics-bind` serves it alone on an address of their own.

use std::sync::atomic::AtomicU64;

use axum::extract::{MatchedPath, Request, State as St};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::State;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    job: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabels {
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct WebhookLabels {
    webhook: i64,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_buckets() -> Histogram {
    // 0.25 ms to about 8 s.
    Histogram::new(exponential_buckets(0.000_25, 2.0, 16))
}

fn job_buckets() -> Histogram {
    // 1 ms to about 9 minutes.
    Histogram::new(exponential_buckets(0.001, 2.0, 20))
}

/// Every figure the node keeps, and the registry that writes them out.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Histograms<RouteLabels>,
    objects: Family<OutcomeLabels, Counter>,
    batches: Histogram,
    jobs: Histograms<JobLabels>,
    job_failures: Family<JobLabels, Counter>,
    waiting: Gauge,
    webhooks: Family<StateLabels, Gauge>,
    webhook_oldest: Family<WebhookLabels, Gauge<f64, AtomicU64>>,
    webhook_pending: Family<WebhookLabels, Gauge>,
    /// The webhooks given figures above, and the node delivering them (named once its
    /// delivery loop starts): at each scrape, those removed or delivered by another node
    /// since lose their figures here.
    webhooks_reported: std::sync::Mutex<std::collections::BTreeSet<i64>>,
    node: std::sync::OnceLock<String>,
    feeds: Family<StateLabels, Gauge>,
    feed_objects: Family<OutcomeLabels, Gauge>,
    checkpoint_age: Gauge<f64, AtomicU64>,
    ready: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("liaison");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route template, method and status",
            requests.clone(),
        );
        let latency: Histograms<RouteLabels> = Family::new_with_constructor(latency_buckets);
        registry.register(
            "http_request_duration_seconds",
            "Time from a request's arrival to its answer, by route template",
            latency.clone(),
        );
        let objects = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "objects",
            "STIX objects submitted (TAXII, REST, pages, imports, feeds): accepted or refused",
            objects.clone(),
        );
        let batches = Histogram::new([1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0]);
        registry.register(
            "store_group_commit_size",
            "Writes committed together in one transaction (SQLite's group commit)",
            batches.clone(),
        );
        let jobs: Histograms<JobLabels> = Family::new_with_constructor(job_buckets);
        registry.register(
            "job_duration_seconds",
            "How long each run of a background job took (statistics, governance, checkpoints)",
            jobs.clone(),
        );
        let job_failures = Family::<JobLabels, Counter>::default();
        registry.register(
            "job_failures",
            "Background job runs that failed (the log says why)",
            job_failures.clone(),
        );
        let waiting = Gauge::default();
        registry.register(
            "requests_waiting",
            "Requests queued for a place in their route's lane",
            waiting.clone(),
        );
        let webhooks = Family::<StateLabels, Gauge>::default();
        registry.register(
            "webhooks",
            "Webhooks registered, by delivery state (delivering, failing)",
            webhooks.clone(),
        );
        let webhook_oldest = Family::<WebhookLabels, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "webhook_oldest_pending_timestamp_seconds",
            "When the oldest event not yet delivered to the webhook was added (Unix seconds; 0: nothing waits), as the node delivering it last read; time() minus it is how far delivery is behind",
            webhook_oldest.clone(),
        );
        let webhook_pending = Family::<WebhookLabels, Gauge>::default();
        registry.register(
            "webhook_pending_events",
            "Events in the webhook's next batch (at most a batch), as the node delivering it last read",
            webhook_pending.clone(),
        );
        let feeds = Family::<StateLabels, Gauge>::default();
        registry.register(
            "feeds",
            "Feeds registered, by state (pulling, failing, overdue)",
            feeds.clone(),
        );
        let feed_objects = Family::<OutcomeLabels, Gauge>::default();
        registry.register(
            "feed_objects",
            "Objects every feed has taken and refused since it was registered or reset",
            feed_objects.clone(),
        );
        let checkpoint_age = Gauge::<f64, AtomicU64>::default();
        registry.register(
            "audit_checkpoint_age_seconds",
            "Seconds since the last signed audit checkpoint (-1: none yet)",
            checkpoint_age.clone(),
        );
        let ready = Gauge::default();
        registry.register(
            "ready",
            "1 when the store answers (as /readyz says), else 0",
            ready.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            objects,
            batches,
            jobs,
            job_failures,
            waiting,
            webhooks,
            webhook_oldest,
            webhook_pending,
            webhooks_reported: std::sync::Mutex::default(),
            node: std::sync::OnceLock::new(),
            feeds,
            feed_objects,
            checkpoint_age,
            ready,
        }
    }

    /// A background job's run: how long it took and whether it failed.
    pub fn job(&self, job: &'static str, seconds: f64, ok: bool) {
        let labels = JobLabels { job };
        self.jobs.get_or_create(&labels).observe(seconds);
        if !ok {
            self.job_failures.get_or_create(&labels).inc();
        }
    }

    /// What waits for a webhook as its delivery loop last read it: the oldest event's time
    /// (µs; 0 when nothing waits) and how many events its next batch holds.
    pub fn webhook_backlog(&self, webhook: i64, oldest: i64, events: usize) {
        let labels = WebhookLabels { webhook };
        // Under the lock that a scrape's forgetting takes too, so that a series is never made
        // again after it was forgotten without being listed to forget next time.
        let mut reported = self
            .webhooks_reported
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reported.insert(webhook);
        self.webhook_oldest
            .get_or_create(&labels)
            .set(oldest as f64 / 1e6);
        self.webhook_pending
            .get_or_create(&labels)
            .set(i64::try_from(events).unwrap_or(i64::MAX));
    }

    /// Names the node whose webhook deliveries these figures describe.
    pub fn delivering_as(&self, node: &str) {
        let _ = self.node.set(node.to_owned());
    }

    /// Drops the figures of webhooks this node no longer reports on (see `webhooks_reported`).
    async fn forget_webhooks_elsewhere(&self, state: &State) {
        let Some(node) = self.node.get() else {
            return;
        };
        if self
            .webhooks_reported
            .lock()
            .map_or(true, |reported| reported.is_empty())
        {
            return;
        }
        let watched: std::collections::BTreeSet<i64> = match state
            .center
            .webhooks_watched_by(node)
            .await
        {
            Ok(ids) => ids.into_iter().collect(),
            Err(e) => {
                tracing::warn!(error = %domain::error::chain(&e), "could not read the webhooks' leases");
                return;
            }
        };
        let mut reported = self
            .webhooks_reported
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reported.retain(|webhook| {
            let keep = watched.contains(webhook);
            if !keep {
                let labels = WebhookLabels { webhook: *webhook };
                self.webhook_oldest.remove(&labels);
                self.webhook_pending.remove(&labels);
            }
            keep
        });
    }

    /// The figures read when scraped (the store's state, the queues), then everything as text.
    pub async fn render(&self, state: &State) -> String {
        self.forget_webhooks_elsewhere(state).await;
        self.waiting
            .set(i64::try_from(state.admission.waiting()).unwrap_or(i64::MAX));
        match state.center.health().await {
            Ok(h) => {
                self.ready.set(1);
                let now = state.center.now();
                let set = |f: &Family<StateLabels, Gauge>, state: &'static str, n: u64| {
                    f.get_or_create(&StateLabels { state })
                        .set(i64::try_from(n).unwrap_or(i64::MAX));
                };
                set(
                    &self.webhooks,
                    "delivering",
                    h.webhooks - h.webhooks_failing,
                );
                set(&self.webhooks, "failing", h.webhooks_failing);
                set(&self.feeds, "pulling", h.feeds - h.feeds_failing);
                set(&self.feeds, "failing", h.feeds_failing);
                set(&self.feeds, "overdue", h.feeds_overdue);
                for (outcome, n) in [("accepted", h.feed_taken), ("refused", h.feed_refused)] {
                    self.feed_objects
                        .get_or_create(&OutcomeLabels { outcome })
                        .set(n);
                }
                self.checkpoint_age.set(
                    h.last_checkpoint_at
                        .map_or(-1.0, |at| (now - at).max(0) as f64 / 1e6),
                );
            }
            Err(e) => {
                tracing::warn!(error = %domain::error::chain(&e), "the store did not answer for /metrics");
                self.ready.set(0);
            }
        }
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

impl domain::observe::Observer for Metrics {
    fn objects(&self, accepted: u64, refused: u64) {
        for (outcome, n) in [("accepted", accepted), ("refused", refused)] {
            if n > 0 {
                self.objects
                    .get_or_create(&OutcomeLabels { outcome })
                    .inc_by(n);
            }
        }
    }

    fn write_batch(&self, jobs: usize) {
        self.batches.observe(jobs as f64);
    }
}

/// Counts every answer by its route template and status, and times it.
pub async fn count(St(state): St<State>, req: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(no route)".to_string(), |m| m.as_str().to_string());
    // The standard methods by name, any other as one: a client inventing methods makes no
    // new series.
    let method = match req.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS") => m,
        _ => "other",
    }
    .to_string();
    let response = next.run(req).await;
    let m = &state.metrics;
    m.requests
        .get_or_create(&RequestLabels {
            route: route.clone(),
            method,
            status: response.status().as_u16(),
        })
        .inc();
    m.latency
        .get_or_create(&RouteLabels { route })
        .observe(started.elapsed().as_secs_f64());
    response
}

const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// `/metrics` on the public listener: only with the operators' token; without one configured it
/// is not there at all.
pub async fn guarded(St(state): St<State>, headers: HeaderMap) -> Response {
    let Some(token) = state.config.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let matches = given.is_some_and(|g| {
        use sha2::Digest;
        // Compared as digests, so the comparison's time says nothing of the token.
        sha2::Sha256::digest(g.as_bytes()) == sha2::Sha256::digest(token.as_bytes())
    });
    if !matches {
        let mut r = crate::error::Problem::new(
            StatusCode::UNAUTHORIZED,
            "metrics-token",
            "Unauthorized",
            "/metrics needs the operators' metrics token: send Authorization: Bearer <token>",
        )
        .into_response();
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer realm=\"metrics\""),
        );
        return r;
    }
    open(St(state)).await
}

/// `/metrics` on the operators' own listener (`--metrics-bind`).
pub async fn open(St(state): St<State>) -> Response {
    let body = state.metrics.render(&state).await;
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], body).into_response()
}

/// The operators' listener: `/metrics` and nothing else.
pub fn router(state: State) -> axum::Router {
    axum::Router::new()
        .route("/metrics", axum::routing::get(open))
        .with_state(state)
}

/// Serves the operators' listener until the process ends.
pub async fn serve_alone(listener: tokio::net::TcpListener, state: State) -> std::io::Result<()> {
    axum::serve(listener, router(state)).await
}
