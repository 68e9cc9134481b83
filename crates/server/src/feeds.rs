//! The feed pulling loop every node runs, and one pull. What a feed is and what a page does
//! are the domain's (`domain::feeds`); this speaks TAXII 2.1 to the remote server: pages with
//! `added_after` and `next`, authentication, time-outs, and `429`/`503` with `Retry-After`.

use std::time::Duration;

use domain::feeds::model::{Claimed, FeedAuth, FeedProgress, PAGE_LIMIT};
use stix::timestamp::taxii_timestamp;

use crate::State;

const TAXII: &str = "application/taxii+json;version=2.1";
/// At most this many pages in one pull; the rest waits for the next.
const MAX_PAGES: usize = 10_000;
/// A remote page larger than this is refused (the server's own limit for an envelope).
const MAX_PAGE_BYTES: usize = 64 * 1024 * 1024;

/// How one pull ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pulled {
    pub pages: usize,
    pub taken: u64,
    pub refused: u64,
    pub error: Option<String>,
}

/// Pulls the feeds due on this node, until the process ends. `node` must differ between nodes
/// sharing a database. `timeout` bounds each request.
pub async fn run(state: State, node: String, timeout: Duration) {
    loop {
        if let Err(e) = pull_due(&state, &node, timeout).await {
            tracing::warn!(error = %domain::error::chain(&e), "could not claim feeds");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Pulls every feed due now (what `liaison feed pull` and the loop run).
pub async fn pull_due(
    state: &State,
    node: &str,
    timeout: Duration,
) -> domain::Result<Vec<(String, Pulled)>> {
    let mut out = Vec::new();
    // One feed at a time: a claimed feed never waits for another's pull while its lease runs.
    for _ in 0..1_000 {
        let Some(c) = state.center.claim_feeds(node).await?.into_iter().next() else {
            break;
        };
        let name = c.feed.name.clone();
        let p = pull(state, node, &c, timeout).await;
        if let Some(e) = &p.error {
            tracing::warn!(feed = %name, error = %e, "feed pull failed");
        } else {
            tracing::info!(feed = %name, pages = p.pages, taken = p.taken, refused = p.refused, "feed pulled");
        }
        out.push((name, p));
    }
    Ok(out)
}

/// Why a request failed, and how long the server asked us to wait.
struct Failure {
    message: String,
    retry_after: Option<i64>,
    status: Option<u16>,
}

impl Failure {
    /// A failure of ours, or of a request the server did not answer.
    fn new(message: String) -> Self {
        Self {
            message,
            retry_after: None,
            status: None,
        }
    }
}

/// A client for one feed's pull: the center's guarded connections out (`crate::outbound`: only
/// addresses the center reaches, no proxy, no redirect, so the credential goes to the server
/// registered and nowhere else), its private authority and client certificate.
async fn client(state: &State, c: &Claimed, timeout: Duration) -> Result<reqwest::Client, Failure> {
    let reach = crate::outbound::Reach::default();
    crate::outbound::refresh(state, &reach).await;
    let root = format!("{}collections/", c.feed.api_root);
    if let Some(why) = crate::outbound::refused(&reach, &root) {
        return Err(Failure::new(why));
    }
    let mut b = crate::outbound::builder(&reach, timeout);
    // A private authority: the remote server is checked against it alone.
    if let Some(pem) = &c.feed.ca {
        let ca = reqwest::Certificate::from_pem(pem.as_bytes()).map_err(|e| {
            Failure::new(format!(
                "the feed's certificate authority cannot be used: {e}"
            ))
        })?;
        b = b.tls_certs_only([ca]);
    }
    if c.feed.auth == FeedAuth::Certificate {
        let pem = c.secret.as_deref().unwrap_or_default();
        let id = reqwest::Identity::from_pem(pem.as_bytes())
            .map_err(|e| Failure::new(format!("the client certificate cannot be used: {e}")))?;
        b = b.identity(id);
    }
    b.build()
        .map_err(|e| Failure::new(format!("no HTTP client: {e}")))
}

/// The innermost cause of a failed request: what went wrong ("Connection refused", a
/// certificate refused, an address webhooks may not reach); reqwest's own message repeats
/// the URL.
pub(crate) fn innermost(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(c) = cause.source() {
        cause = c;
    }
    cause.to_string()
}

/// Seconds from a `Retry-After` header: a number of seconds, or an HTTP date.
fn retry_after(h: &reqwest::header::HeaderMap, now: i64) -> Option<i64> {
    let v = h.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(s) = v.parse::<i64>() {
        return Some(s.max(0));
    }
    let at = time::OffsetDateTime::parse(v, &time::format_description::well_known::Rfc2822).ok()?;
    let micros = at.unix_timestamp() * 1_000_000;
    Some(((micros - now) / 1_000_000).max(1))
}

/// The page of the remote collection after `added_after`, or at `next`.
async fn page(
    http: &reqwest::Client,
    c: &Claimed,
    added_after: Option<i64>,
    next: Option<&str>,
    now: i64,
) -> Result<(String, Option<i64>), Failure> {
    let url = format!(
        "{}collections/{}/objects/",
        c.feed.api_root, c.feed.remote_collection
    );
    let mut q: Vec<(&str, String)> = vec![("limit", PAGE_LIMIT.to_string())];
    if let Some(a) = added_after {
        q.push(("added_after", taxii_timestamp(a)));
    }
    if let Some(n) = next {
        q.push(("next", n.to_string()));
    }
    let mut rb = http.get(&url).query(&q).header("accept", TAXII);
    rb = match c.feed.auth {
        FeedAuth::Basic => rb.basic_auth(
            c.feed.username.clone().unwrap_or_default(),
            c.secret.clone(),
        ),
        FeedAuth::Bearer => rb.bearer_auth(c.secret.clone().unwrap_or_default()),
        FeedAuth::None | FeedAuth::Certificate => rb,
    };
    let failed = Failure::new;
    let r = rb.send().await.map_err(|e| {
        failed(if e.is_timeout() {
            format!("{url} did not answer in time")
        } else {
            format!("{url} could not be reached: {}", innermost(&e))
        })
    })?;
    let status = r.status();
    if status.as_u16() == 429 || status.as_u16() == 503 {
        let wait = retry_after(r.headers(), now);
        return Err(Failure {
            message: format!(
                "the server answered {status}{}",
                wait.map(|s| format!(" and asked to wait {s} s"))
                    .unwrap_or_default()
            ),
            retry_after: wait,
            status: Some(status.as_u16()),
        });
    }
    if !status.is_success() {
        let hint = match status.as_u16() {
            300..=399 => "; redirects are not followed: register the address it points to",
            401 | 403 => "; check the feed's credential and that it may read the collection",
            404 => "; check the API root and the collection id",
            _ => "",
        };
        return Err(Failure {
            message: format!("the server answered {status}{hint}"),
            retry_after: None,
            status: Some(status.as_u16()),
        });
    }
    let last = r
        .headers()
        .get("x-taxii-date-added-last")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| stix::timestamp::parse_micros(v).ok());
    let too_big = || failed(format!("a page of more than {MAX_PAGE_BYTES} bytes"));
    if r.content_length()
        .is_some_and(|n| n as usize > MAX_PAGE_BYTES)
    {
        return Err(too_big());
    }
    // Read with a bound whatever the length says (a chunked answer says none).
    let mut r = r;
    let mut bytes = Vec::new();
    while let Some(chunk) = r
        .chunk()
        .await
        .map_err(|e| failed(format!("the page could not be read: {e}")))?
    {
        if bytes.len() + chunk.len() > MAX_PAGE_BYTES {
            return Err(too_big());
        }
        bytes.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(bytes).map_err(|_| failed("the page is not UTF-8 text".into()))?;
    Ok((text, last))
}

/// One pull of a claimed feed: page after page until the remote collection has no more, each
/// page stored with its progress. Ends the pull (next due, last error) whatever happens.
pub async fn pull(state: &State, node: &str, c: &Claimed, timeout: Duration) -> Pulled {
    let center = &state.center;
    let mut done = Pulled {
        pages: 0,
        taken: 0,
        refused: 0,
        error: None,
    };
    let mut retry = None;
    let result = async {
        let http = client(state, c, timeout).await?;
        let start = (c.feed.start_at > 0).then_some(c.feed.start_at);
        // The walk's filter stays while `next` walks it; the newest date added seen becomes
        // the filter of the next walk.
        let mut added_after = c.feed.state.added_after.or(start);
        let mut next = c.feed.state.next_token.clone();
        let mut newest = added_after;
        let mut refusals = Vec::new();
        for _ in 0..MAX_PAGES {
            let (text, last) =
                match page(&http, c, added_after, next.as_deref(), center.now()).await {
                    // A `next` the server no longer knows (it expired while the feed waited): the
                    // walk starts again from its filter; what it took is "already stored".
                    Err(f) if next.is_some() && matches!(f.status, Some(400 | 404 | 410)) => {
                        page(&http, c, added_after, None, center.now()).await?
                    }
                    other => other?,
                };
            // One parse for the paging and the objects' exact texts.
            #[derive(serde::Deserialize)]
            struct Envelope<'a> {
                #[serde(default)]
                more: bool,
                next: Option<String>,
                #[serde(borrow, default)]
                objects: Vec<&'a serde_json::value::RawValue>,
            }
            let env: Envelope = serde_json::from_str(&text)
                .map_err(|e| Failure::new(format!("the page is not a TAXII envelope: {e}")))?;
            let objects: Vec<&str> = env.objects.iter().map(|o| o.get()).collect();
            newest = newest.max(last);
            let (after, token) = match &env.next {
                // Within a walk: keep its filter, go on at `next`.
                Some(n) if env.more => (added_after, Some(n.clone())),
                // The walk is done, or the server pages by date added alone.
                _ => (newest, None),
            };
            let progress = FeedProgress {
                feed: c.feed.id,
                node: node.to_string(),
                lease_until: center.now() + domain::feeds::model::LEASE_MICROS,
                added_after: after,
                next_token: token.clone(),
                taken: 0,
                refused: 0,
                refusals: refusals.clone(),
            };
            let st = center
                .take_feed_page(&c.feed, &objects, progress)
                .await
                .map_err(|e| {
                    Failure::new(format!(
                        "the page could not be stored: {}",
                        domain::error::chain(&e)
                    ))
                })?;
            done.pages += 1;
            done.taken += st.success_count;
            done.refused += st.failure_count;
            refusals.extend(
                st.failures
                    .iter()
                    .map(domain::feeds::model::FeedRefusal::from),
            );
            refusals.truncate(domain::feeds::model::REFUSALS_KEPT);
            if !env.more || (token.is_none() && after == added_after) {
                break;
            }
            added_after = after;
            next = token;
        }
        Ok::<(), Failure>(())
    }
    .await;
    if let Err(f) = result {
        retry = f.retry_after;
        done.error = Some(f.message);
    }
    if let Err(e) = center
        .feed_pulled(&c.feed, node, done.error.clone(), retry)
        .await
    {
        tracing::warn!(feed = %c.feed.name, error = %domain::error::chain(&e), "could not record a feed pull");
    }
    done
}
