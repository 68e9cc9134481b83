//! How many requests are worked on at once, and how many may wait for their turn.
//!
//! Past what the machine can serve, more requests in flight only make each slower: with 256
//! TAXII clients on PostgreSQL, 240 of them waited inside the connection pool and lookups fell
//! from 6,300 to 3,600 a second. A request first takes one of a fixed number of places; when
//! none is free it waits in a queue of bounded length, and when that is full, or its wait runs
//! out, it is refused at once with 503 and `Retry-After`, before any work was done for it.
//! Event streams, which stay open for hours, and the health probe take no place.
//!
//! Searches have places of their own. One takes tens of milliseconds where a lookup takes a
//! fraction of one; sharing the places, 64 clients searching held all of them, and the lookups
//! of 64 others fell to a third while they waited behind.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

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

/// The lanes: searches, and everything else.
pub struct Admission {
    quick: Lane,
    searches: Lane,
}

impl Admission {
    /// `in_flight` requests worked on at once, and `searches` searches beside them; at most
    /// `queue` more of each waiting.
    pub fn new(in_flight: usize, searches: usize, queue: usize) -> Arc<Self> {
        Arc::new(Self {
            quick: Lane::new(in_flight, queue),
            searches: Lane::new(searches, queue),
        })
    }

    /// Sized for this machine: enough requests in flight to keep every core and the store
    /// busy (a request spends much of its time waiting on the store), few enough that they do
    /// not crowd each other out. Searches run on the store's scanner threads, one per core; a
    /// few more in flight than those keep them busy.
    pub fn for_this_machine() -> Arc<Self> {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Self::new(32 * cores, 4 * cores, 4096)
    }

    fn lane(&self, path: &str) -> &Lane {
        if path == "/api/v1/search" || path == "/search" {
            &self.searches
        } else {
            &self.quick
        }
    }
}

/// Lets a request in when there is a place for it.
pub async fn admit(State(admission): State<Arc<Admission>>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if path == "/healthz" || path == "/api/v1/events" {
        return next.run(req).await;
    }
    let lane = admission.lane(path);
    let place = match lane.places.try_acquire() {
        Ok(p) => p,
        Err(_) => {
            let Some(_waiting) = Waiting::join(lane) else {
                return busy(path);
            };
            match tokio::time::timeout(WAIT, lane.places.acquire()).await {
                Ok(Ok(p)) => p,
                _ => return busy(path),
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
fn busy(path: &str) -> Response {
    let e = domain::Error::Busy(
        "the center is serving as many requests as it can; try again in a moment".into(),
    );
    if path.starts_with("/taxii2") {
        crate::error::TaxiiError::from(e).into_response()
    } else if path.starts_with("/api/") {
        crate::error::Problem::from(e).into_response()
    } else {
        crate::web::WebError(e).into_response()
    }
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
                admission.clone(),
                admit,
            ));
        let call = |app: Router| async move {
            app.oneshot(Request::get("/taxii2/slow").body(Body::empty()).unwrap())
                .await
                .unwrap()
        };
        let first = tokio::spawn(call(app.clone()));
        while admission.quick.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = tokio::spawn(call(app.clone()));
        while admission.quick.waiting.load(Ordering::Relaxed) == 0 {
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
        assert_eq!(admission.quick.waiting.load(Ordering::Relaxed), 0);
        // A client that hangs up while waiting gives its place in the queue back.
        let holding = tokio::spawn(call(app.clone()));
        while admission.quick.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let gone = tokio::spawn(call(app.clone()));
        while admission.quick.waiting.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        gone.abort();
        let _ = gone.await;
        assert_eq!(admission.quick.waiting.load(Ordering::Relaxed), 0);
        gate.notify_one();
        assert_eq!(holding.await.unwrap().status(), StatusCode::OK);
    }

    /// Searches wait for places of their own: while they hold every one and more wait, other
    /// requests are answered at once.
    #[tokio::test]
    async fn searches_do_not_take_the_others_places() {
        let gate = Arc::new(tokio::sync::Notify::new());
        let admission = Admission::new(1, 1, 4);
        let g = gate.clone();
        let app = Router::new()
            .route(
                "/api/v1/search",
                get(move || {
                    let g = g.clone();
                    async move {
                        g.notified().await;
                        "found"
                    }
                }),
            )
            .route("/taxii2/quick", get(|| async { "quick" }))
            .layer(axum::middleware::from_fn_with_state(
                admission.clone(),
                admit,
            ));
        let call = |app: Router, path: &'static str| async move {
            app.oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap()
        };
        let first = tokio::spawn(call(app.clone(), "/api/v1/search"));
        while admission.searches.places.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = tokio::spawn(call(app.clone(), "/api/v1/search"));
        while admission.searches.waiting.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        for _ in 0..3 {
            assert_eq!(
                call(app.clone(), "/taxii2/quick").await.status(),
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
