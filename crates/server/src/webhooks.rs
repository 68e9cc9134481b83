//! The webhook delivery loop every node runs. What to send, to whom and when is the domain's
//! (`domain::webhooks`); this makes the POSTs, through the center's guarded connections out
//! (`crate::outbound`), signed.

use std::time::Duration;

use crate::State;
use crate::outbound::{self, Reach};

/// Delivers new events to the webhooks this node holds the lease of, until the process ends.
/// `node` must differ between nodes sharing a database.
pub async fn deliver(state: State, node: String) {
    let reach = Reach::default();
    let client = match outbound::builder(&reach, Duration::from_secs(10)).build() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "webhooks disabled: no HTTP client");
            return;
        }
    };
    state.metrics.delivering_as(&node);
    let mut changes = state.center.changes();
    loop {
        outbound::refresh(&state, &reach).await;
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
    reach: &Reach,
    node: &str,
    c: &mut domain::webhooks::Claimed,
) {
    let center = &state.center;
    // An address in the URL itself is not resolved: it is checked here.
    if let Some(status) = outbound::refused(reach, &c.webhook.url) {
        if let Err(e) = center.webhook_result(node, c, None, &status).await {
            tracing::warn!(webhook = c.webhook.id, error = %domain::error::chain(&e), "could not record a delivery");
        }
        return;
    }
    loop {
        let batch = match center.webhook_batch(c).await {
            Ok(Some(b)) => {
                state
                    .metrics
                    .webhook_backlog(c.webhook.id, b.oldest, b.events);
                b
            }
            Ok(None) => {
                state.metrics.webhook_backlog(c.webhook.id, 0, 0);
                return;
            }
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
