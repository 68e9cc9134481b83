//! The webhook delivery loop every node runs. What to send, to whom and when is the domain's
//! (`domain::webhooks`); this makes the POSTs: to addresses the center lets webhooks reach (a
//! name is resolved once, by [`Guarded`], and the connection goes to an address that passed),
//! following no redirects, within a time-out, signed.

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use domain::webhooks::{Destinations, literal_address};

use crate::State;

/// Resolves a receiver's name and keeps only the addresses webhooks may reach, so that a name
/// pointing into the center's own network (or re-pointed there after it was registered) gets
/// no connection.
struct Guarded(Arc<RwLock<Destinations>>);

impl reqwest::dns::Resolve for Guarded {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let reach = self.0.read().map(|d| d.clone()).unwrap_or_default();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = found
                .iter()
                .copied()
                .filter(|a| reach.allows(a.ip()))
                .collect();
            if allowed.is_empty() {
                return Err(format!(
                    "{host} resolves only to addresses webhooks may not reach ({}); the center's administrator may allow the network",
                    found.iter().map(|a| a.ip().to_string()).collect::<Vec<_>>().join(", ")
                )
                .into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// Delivers new events to the webhooks this node holds the lease of, until the process ends.
/// `node` must differ between nodes sharing a database.
pub async fn deliver(state: State, node: String) {
    let reach = Arc::new(RwLock::new(Destinations::default()));
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .connect_timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Arc::new(Guarded(reach.clone())))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "webhooks disabled: no HTTP client");
            return;
        }
    };
    let mut changes = state.center.changes();
    loop {
        match state.center.webhook_destinations().await {
            Ok(d) => {
                if let Ok(mut r) = reach.write() {
                    *r = d;
                }
            }
            Err(e) => {
                tracing::warn!(error = %domain::error::chain(&e), "could not read where webhooks may deliver")
            }
        }
        match state.center.claim_webhooks(&node).await {
            Ok(claimed) => {
                for mut c in claimed {
                    deliver_one(&state, &client, &reach, &node, &mut c).await;
                }
            }
            Err(e) => tracing::warn!(error = %domain::error::chain(&e), "could not claim webhooks"),
        }
        // Wake on a write through any node, or look again soon (retries, new webhooks).
        let _ = tokio::time::timeout(Duration::from_secs(2), changes.changed()).await;
    }
}

async fn deliver_one(
    state: &State,
    client: &reqwest::Client,
    reach: &RwLock<Destinations>,
    node: &str,
    c: &mut domain::webhooks::Claimed,
) {
    let center = &state.center;
    // An address in the URL itself is not resolved: it is checked here.
    let literal = c
        .webhook
        .url
        .split_once("://")
        .and_then(|(_, rest)| rest.split(['/', '?', '#']).next())
        .and_then(literal_address);
    if let Some(ip) = literal
        && !reach.read().is_ok_and(|r| r.allows(ip))
    {
        let status = format!("refused: webhooks may not reach {ip}");
        if let Err(e) = center.webhook_result(node, c, None, &status).await {
            tracing::warn!(webhook = c.webhook.id, error = %domain::error::chain(&e), "could not record a delivery");
        }
        return;
    }
    loop {
        let batch = match center.webhook_batch(c).await {
            Ok(Some(b)) => b,
            Ok(None) => return,
            Err(e) => {
                tracing::warn!(webhook = c.webhook.id, error = %domain::error::chain(&e), "could not read a webhook batch");
                return;
            }
        };
        let sent = client
            .post(&c.webhook.url)
            .header("content-type", "application/json")
            .header("x-liaison-signature", &batch.signature)
            .header("x-liaison-webhook", c.webhook.id.to_string())
            .body(batch.body.clone())
            .send()
            .await;
        let (ok, status) = match sent {
            Ok(r) => (r.status().is_success(), r.status().as_u16().to_string()),
            Err(e) => (false, format!("error: {}", crate::feeds::innermost(&e))),
        };
        let recorded = if ok {
            center.webhook_result(node, c, Some(&batch), &status).await
        } else {
            center.webhook_result(node, c, None, &status).await
        };
        if let Err(e) = recorded {
            tracing::warn!(webhook = c.webhook.id, error = %domain::error::chain(&e), "could not record a delivery");
            return;
        }
        if !ok {
            tracing::info!(webhook = c.webhook.id, %status, "webhook delivery failed; will retry");
            return;
        }
        c.webhook.cursor_objects = batch.cursor_objects;
        c.webhook.cursor_notices = batch.cursor_notices;
    }
}
