//! How many requests are worked on at once, and how many may wait for their turn.
//!
//! Past what the machine can serve, more requests in flight only make each slower: with 256
//! TAXII clients on PostgreSQL, 240 of them waited inside the connection pool and lookups fell
//! from 6,300 to 3,600 a second. A request first takes one of a fixed number of places; when
//! none is free it waits in a queue of bounded length, and when that is full, or its wait runs
//! out, it is refused at once with 503 and `Retry-After`, before any work was done for it.
//! Event streams, which stay open for hours, and the health probe take no place. A body over
//! its route's limit is refused before that (`shape::Limits`): the one gate does both, as
//! each layer around every route costs every request.
//!
//! Searches have places of their own. One takes tens of milliseconds where a lookup takes a
//! fraction of one; sharing the places, 64 clients searching held all of them, and the lookups
//! of 64 others fell to a third while they waited behind. So do the web pages and the writes
//! (submissions, forms): in one queue, every kind of request is served at the pace of the
//! slowest, and in the mixed run at 256 clients TAXII lookups fell to the rate of the pages
//! beside them. Each kind waits in its own lane, with places enough to keep the store busy.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::Semaphore;

use crate::shape::Interface;

/// How long a request waits for a place before it is refused.
const WAIT: Duration = Duration::from_secs(10);

/// The places and the queue of one kind of request.
struct Lane {
    places: Semaphore,
    waiting: AtomicUsize,
    most_waiting: usize,
}

impl Lane {
    fn new(in_flight: usize, queue: usize) -> Self {
        Self {
            places: Semaphore::new(in_flight.max(1)),
            waiting: AtomicUsize::new(0),
            most_waiting: queue,
        }
    }
}

/// The standard methods a route's lanes are kept for; any other shares the last lane.
const METHODS: [axum::http::Method; 7] = [
    axum::http::Method::GET,
    axum::http::Method::HEAD,
    axum::http::Method::POST,
    axum::http::Method::PUT,
    axum::http::Method::DELETE,
    axum::http::Method::PATCH,
    axum::http::Method::OPTIONS,
];

/// The lanes of one route, by method (`METHODS`, then every other method).
type RouteLanes = [Option<Arc<Lane>>; METHODS.len() + 1];

/// The lanes: one per route (method and route template), created as routes are first asked
/// for, each with the places of its kind.
pub struct Admission {
    /// Places of a TAXII or REST read, and of every other kind (web pages, writes, searches).
    quick: usize,
    others: usize,
    queue: usize,
    lanes: std::sync::Mutex<std::collections::HashMap<String, RouteLanes>>,
}

impl Admission {
    /// `in_flight` places for each route of TAXII and REST reads, and `others` for each route of
    /// the other kinds (web pages, writes, searches); at most `queue` more waiting in each.
    pub fn new(in_flight: usize, others: usize, queue: usize) -> Arc<Self> {
        Arc::new(Self {
            quick: in_flight,
            others,
            queue,
            lanes: std::sync::Mutex::default(),
        })
    }

    /// Sized for this machine: enough requests in flight to keep every core and the store
    /// busy (a request spends much of its time waiting on the store), few enough that they do
    /// not crowd each other out. Each kind takes what the store asks per core: lookups
    /// (`Store::lookups_in_flight_per_core`: 32 on PostgreSQL, whose pool is dear to wait
    /// in; 128 on SQLite, whose reader queue is cheap and where a wait in the lane cost more
    /// than the lookup), and pages, writes and searches, which take milliseconds of the
    /// store's time each (`Store::pages_in_flight_per_core`: 4 on PostgreSQL, 16 on SQLite).
    pub fn for_this_machine(lookups_per_core: usize, pages_per_core: usize) -> Arc<Self> {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Self::new(lookups_per_core * cores, pages_per_core * cores, 4096)
    }

    /// Requests waiting for a place, over every lane.
    pub fn waiting(&self) -> usize {
        let lanes = self
            .lanes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        lanes
            .values()
            .flatten()
            .flatten()
            .map(|l| l.waiting.load(Ordering::Relaxed))
            .sum()
    }

    /// The lane of a route: its method and template (`GET /objects/{id}`). A request waits
    /// only behind requests for the same route, so a route that is slow to serve never makes a
    /// quick one wait. Found without allocating; a route's lanes are made once.
    fn lane(&self, method: &axum::http::Method, route: &str) -> Arc<Lane> {
        let m = METHODS
            .iter()
            .position(|k| k == method)
            .unwrap_or(METHODS.len());
        let mut lanes = self
            .lanes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(Some(lane)) = lanes.get(route).and_then(|r| r.get(m)) {
            return lane.clone();
        }
        let read = method == axum::http::Method::GET || method == axum::http::Method::HEAD;
        let quick = read
            && !route.contains("search")
            && (route.starts_with("/taxii2")
                || route.starts_with("/api/")
                || route.starts_with("/static/"));
        let lane = Arc::new(Lane::new(
            if quick { self.quick } else { self.others },
            self.queue,
        ));
        let slots = lanes.entry(route.to_string()).or_default();
        if let Some(slot) = slots.get_mut(m) {
            *slot = Some(lane.clone());
        }
        lane
    }
}

/// Lets a request in when there is a place for it.
/// What a request passes before any work: its body's limit, then a place in its lane.
#[derive(Clone)]
pub struct Gate {
    pub lanes: Arc<Admission>,
    pub limits: crate::shape::Limits,
}

pub async fn admit(State(gate): State<Gate>, req: Request, next: Next) -> Response {
    let req = match crate::shape::bounded(gate.limits, req) {
        Ok(req) => req,
        Err(too_large) => return *too_large,
    };
    let admission = gate.lanes;
    let path = req.uri().path();
    // Probes and scrapes are answered even when every place is taken: that is when they
    // matter.
    if matches!(path, "/healthz" | "/readyz" | "/metrics" | "/api/v1/events") {
        return next.run(req).await;
    }
    let interface = Interface::of(path);
    // Paths no route matched share one lane: lanes are made per route, never per path a
    // client makes up.
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or("(no route)", |m| m.as_str());
    let lane = admission.lane(req.method(), route);
    let lane = lane.as_ref();
    let place = match lane.places.try_acquire() {
        Ok(p) => p,
        Err(_) => {
            let Some(_waiting) = Waiting::join(lane) else {
                return busy(interface);
            };
            match tokio::time::timeout(WAIT, lane.places.acquire()).await {
                Ok(Ok(p)) => p,
                _ => return busy(interface),
            }
        }
    };
    let response = next.run(req).await;
    drop(place);
    response
}

/// A place in the queue, given back when the wait ends in any way, the client hanging up
/// included (the request's future is then dropped mid-wait).
struct Waiting<'a>(&'a Lane);

impl<'a> Waiting<'a> {
    fn join(lane: &'a Lane) -> Option<Self> {
        if lane.waiting.fetch_add(1, Ordering::Relaxed) >= lane.most_waiting {
            lane.waiting.fetch_sub(1, Ordering::Relaxed);
            return None;
        }
        Some(Self(lane))
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.waiting.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The refusal in the form of the interface asked.
fn busy(interface: Interface) -> Response {
    crate::shape::refuse(
        interface,
        domain::Error::Busy(
            "the center is serving as many requests as it can; try again in a moment".into(),
        ),
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::http::StatusCode;
    use axum::routing::get;
    use tower::ServiceExt;

    /// One place and a queue of one: the third request at once is refused with 503 and
    /// `Retry-After`, in the TAXII form on TAXII paths; the two others are answered.
    #[tokio::test]
    async fn past_the_queue_requests_are_refused_at_once() {
        let gate = Arc::new(tokio::sync::Notify::new());
        let admission = Admission::new(1, 1, 1);
        let g = gate.clone();
        let app = Router::new()
            .route(
                "/taxii2/slow",
                get(move || {
                    let g = g.clone();
                    async move {
                        g.notified().await;
                        "done"
                    }
                }),
            )
            .layer(axum::middleware::from_fn_with_state(
                Gate {
                    lanes: admission.clone(),
                    limits: crate::shape::Limits {
                        envelope: 1024,
                        import: 1024,
                    },
                },
                admit,
            ));
        let call = |app: Router| async move {
            app.oneshot(Request::get("/taxii2/slow").body(Body::empty()).unwrap())
                .await
                .unwrap()
        };
        let quick = admission.lane(&axum::http::Method::GET, "/taxii2/slow");
        let first = tokio::spawn(call(app.clone()));
        while quick.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = tokio::spawn(call(app.clone()));
        while quick.waiting.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        let third = call(app.clone()).await;
        assert_eq!(third.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(third.headers()["retry-after"], "1");
        assert!(
            third.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/taxii+json")
        );
        gate.notify_one();
        assert_eq!(first.await.unwrap().status(), StatusCode::OK);
        gate.notify_one();
        assert_eq!(second.await.unwrap().status(), StatusCode::OK);
        assert_eq!(quick.waiting.load(Ordering::Relaxed), 0);
        // A client that hangs up while waiting gives its place in the queue back.
        let holding = tokio::spawn(call(app.clone()));
        while quick.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let gone = tokio::spawn(call(app.clone()));
        while quick.waiting.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        gone.abort();
        let _ = gone.await;
        assert_eq!(quick.waiting.load(Ordering::Relaxed), 0);
        gate.notify_one();
        assert_eq!(holding.await.unwrap().status(), StatusCode::OK);
    }

    /// Each route has its lane: while searches, web pages or writes hold every place of theirs
    /// and more wait, requests for other routes are answered at once.
    #[tokio::test]
    async fn pages_writes_and_searches_do_not_take_the_lookups_places() {
        for (method, path) in [
            (axum::http::Method::GET, "/api/v1/search"),
            (axum::http::Method::GET, "/objects/x"),
            (axum::http::Method::POST, "/taxii2/quick"),
        ] {
            held_apart(method, path).await;
        }
    }

    /// Lanes are made per route and standard method, never per path or method a client makes
    /// up: those share one lane, so the map of lanes stays bounded.
    #[test]
    fn made_up_paths_and_methods_share_a_lane() {
        let admission = Admission::new(2, 1, 1);
        let odd = |m: &[u8]| axum::http::Method::from_bytes(m).unwrap();
        let a = admission.lane(&odd(b"FOO"), "(no route)");
        let b = admission.lane(&odd(b"BAR"), "(no route)");
        assert!(Arc::ptr_eq(&a, &b));
        let lookups = admission.lane(&axum::http::Method::GET, "/taxii2/{root}/x");
        assert!(!Arc::ptr_eq(&a, &lookups));
        assert_eq!(lookups.places.available_permits(), 2, "a read's places");
        assert_eq!(a.places.available_permits(), 1, "another kind's places");
        let kept = admission.lanes.lock().unwrap();
        let lanes: usize = kept.values().map(|r| r.iter().flatten().count()).sum();
        assert_eq!(lanes, 2);
    }

    async fn held_apart(method: axum::http::Method, path: &'static str) {
        let gate = Arc::new(tokio::sync::Notify::new());
        let admission = Admission::new(1, 1, 4);
        let g = gate.clone();
        let slow = move || {
            let g = g.clone();
            async move {
                g.notified().await;
                "slow"
            }
        };
        let app = Router::new()
            .route(
                path,
                axum::routing::on(
                    axum::routing::MethodFilter::try_from(method.clone()).unwrap(),
                    slow,
                ),
            )
            .route("/taxii2/other", get(|| async { "quick" }))
            .layer(axum::middleware::from_fn_with_state(
                Gate {
                    lanes: admission.clone(),
                    limits: crate::shape::Limits {
                        envelope: 1024,
                        import: 1024,
                    },
                },
                admit,
            ));
        let call = |app: Router, method: axum::http::Method, path: &'static str| async move {
            app.oneshot(
                Request::builder()
                    .method(method)
                    .uri(path)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap()
        };
        let lane = admission.lane(&method, path);
        let first = tokio::spawn(call(app.clone(), method.clone(), path));
        while lane.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = tokio::spawn(call(app.clone(), method.clone(), path));
        while lane.waiting.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        for _ in 0..3 {
            assert_eq!(
                call(app.clone(), axum::http::Method::GET, "/taxii2/other")
                    .await
                    .status(),
                StatusCode::OK
            );
        }
        gate.notify_one();
        assert_eq!(first.await.unwrap().status(), StatusCode::OK);
        gate.notify_one();
        assert_eq!(second.await.unwrap().status(), StatusCode::OK);
    }
}

#[cfg(test)]
mod body_tests {
    #![allow(clippy::unwrap_used)]
    use axum::Router;
    use axum::body::Body;
    use axum::http::Request;
    use axum::routing::post;
    use tower::ServiceExt;

    /// A body that stops arriving is cut off by the idle timeout, and told apart from one that
    /// is too large, so the sender hears what really went wrong.
    #[tokio::test]
    async fn a_stalled_body_is_cut_off_and_named() {
        let app = Router::new()
            .route(
                "/",
                post(|body: Body| async move {
                    match axum::body::to_bytes(body, 1024).await {
                        Ok(_) => "read",
                        Err(e) if crate::body_timed_out(&e) => "timed out",
                        Err(_) => "too large",
                    }
                }),
            )
            .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
                std::time::Duration::from_millis(50),
            ));
        let stalled = Body::from_stream(futures_util::stream::pending::<
            Result<Vec<u8>, std::io::Error>,
        >());
        let r = app
            .clone()
            .oneshot(Request::post("/").body(stalled).unwrap())
            .await
            .unwrap();
        let text = axum::body::to_bytes(r.into_body(), 64).await.unwrap();
        assert_eq!(text, "timed out");
        let big = Body::from(vec![b'x'; 2048]);
        let r = app
            .oneshot(Request::post("/").body(big).unwrap())
            .await
            .unwrap();
        let text = axum::body::to_bytes(r.into_body(), 64).await.unwrap();
        assert_eq!(text, "too large");
    }
}
