//! Webhooks: a member's new objects and notifications, POSTed to a URL it registered.
//!
//! Every node runs a delivery loop; a node delivers to a webhook only while it holds that
//! webhook's lease in the store, so on several nodes each batch goes out from one node. Batches
//! are read through the member's visibility like everything else, signed with HMAC-SHA256 under
//! the webhook's secret, and the cursor moves only after the receiver answered 2xx: delivery is
//! at least once, and every event carries an id to drop repeats by.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::service::{Authority, Center};
use crate::subscriptions::EventFilter;
use crate::{Error, Result};
use serde_json::json;
impl Center {
    /// Registers a webhook for a member: by an administrator (or the console) for any member,
    /// or by a liaison officer for its own, delivering what `filter` wants. Returns the secret,
    /// shown once.
    pub async fn add_webhook(
        &self,
        by: Authority<'_>,
        member: &str,
        url: &str,
        filter: EventFilter,
    ) -> Result<(Webhook, String)> {
        let m = self.member_by_name(member).await?;
        may_manage(&by, m.id)?;
        let url = &check_url(url, &self.reachable_networks().await?)?;
        self.object_filter(&filter).await?;
        let secret = crate::random::bytes::<32>(self.random())?;
        // Sealed with the center secret, which a copy of the database does not hold.
        let sealed = crate::auth::seal(
            crate::auth::Sealing::WebhookSecret,
            &self.secret,
            crate::random::bytes(self.random())?,
            &secret,
        )?;
        let w = self
            .store()
            .insert_webhook(NewWebhook {
                member: m.id,
                url: url.to_string(),
                secret: sealed,
                created_at: self.now(),
                // From now on: what happened before is there to read.
                cursor_objects: self.event_cursor().await?,
                cursor_notices: self.notification_cursor().await?,
                filter: filter.clone(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "webhook.add",
            member,
            json!({"webhook": w.id, "url": url, "filter": filter}),
        )
        .await?;
        Ok((w, crate::audit::hex(&secret)))
    }

    /// A member's webhooks (an administrator's view: every member's when `member` is `None`).
    pub async fn webhooks(&self, by: Authority<'_>, member: Option<&str>) -> Result<Vec<Webhook>> {
        let m = match member {
            Some(name) => Some(self.member_by_name(name).await?),
            None => None,
        };
        match &m {
            Some(m) => may_manage(&by, m.id)?,
            None => by.check()?,
        }
        self.store().webhooks(m.map(|m| m.id)).await
    }

    pub async fn remove_webhook(&self, by: Authority<'_>, id: i64) -> Result<()> {
        let w = self
            .store()
            .webhooks(None)
            .await?
            .into_iter()
            .find(|w| w.id == id)
            // Another member's webhook answers as one that does not exist: its id tells a
            // caller nothing.
            .filter(|w| may_know_of(&by, w.member))
            .ok_or(Error::NotFound("webhook"))?;
        may_manage(&by, w.member)?;
        self.store().delete_webhook(id).await?;
        self.record(
            AuditActor::authority(&by),
            "webhook.remove",
            &id.to_string(),
            json!({"url": w.url}),
        )
        .await
    }

    /// Where the center's connections out (webhooks, feeds) may go: public addresses, and the
    /// networks allowed.
    pub async fn reachable_networks(&self) -> Result<Destinations> {
        let list = self
            .access
            .setting(self.store(), ALLOWED_NETWORKS, self.now())
            .await?
            .unwrap_or_default();
        // Set through `allow_networks`, which checks it; a damaged value allows
        // nothing more.
        Ok(Destinations::parse(&list).unwrap_or_default())
    }

    /// Lets the center's connections out (webhooks, feeds) reach these networks besides public
    /// addresses (the center's administrators only): a receiver or a TAXII server inside the
    /// center's own network, say.
    pub async fn allow_networks(
        &self,
        by: Authority<'_>,
        networks: &[String],
    ) -> Result<Destinations> {
        by.check()?;
        let list = networks.join(",");
        let d =
            Destinations::parse(&list).map_err(|e| Error::field("networks", "bad-network", e))?;
        let text = d
            .allowed()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        self.store().set_setting(ALLOWED_NETWORKS, &text).await?;
        self.record(
            AuditActor::authority(&by),
            "center.networks",
            &self.info.name,
            json!({"allowed": text}),
        )
        .await?;
        Ok(d)
    }

    /// The webhooks this node may deliver to now; `node` names the node.
    pub async fn claim_webhooks(&self, node: &str) -> Result<Vec<Claimed>> {
        let now = self.now();
        self.store()
            .claim_webhooks(node, now, now + LEASE_MICROS)
            .await
    }

    /// The webhooks whose delivery figures `node` reports: those it holds, or tried last and
    /// backs off from after a failure, and those nobody has held yet. A webhook removed, or
    /// taken over by another node, is not among them, so no two nodes report one.
    pub async fn webhooks_watched_by(&self, node: &str) -> Result<Vec<i64>> {
        self.store().webhooks_free_or_held_by(node).await
    }

    /// The next batch for a claimed webhook, read through its member's visibility; `None` when
    /// there is nothing new or the member may no longer see anything.
    pub async fn webhook_batch(&self, c: &Claimed) -> Result<Option<Batch>> {
        let w = &c.webhook;
        let Some(member) = self.store().member(w.member).await? else {
            return Ok(None);
        };
        if !member.status.is_active() {
            return Ok(None);
        }
        let reader = self.member_reader(&member).await?;
        // A filter that no longer resolves (a member gone since it was set) delivers nothing,
        // not everything.
        let wanted = match self.object_filter(&w.filter).await {
            Ok(wanted) => wanted,
            Err(Error::Invalid(_) | Error::Fields(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let objects = self
            .object_events(&reader, &member, w.cursor_objects, BATCH, &wanted)
            .await?;
        let notices = self
            .member_notifications(
                member.id,
                w.cursor_notices,
                BATCH,
                &w.filter,
                // Operations' notices leave the center only when the webhook asked for them.
                w.filter
                    .kinds
                    .iter()
                    .any(|k| crate::exchange::OPERATION_KINDS.contains(&k.as_str())),
            )
            .await?;
        if objects.is_empty() && notices.is_empty() {
            return Ok(None);
        }
        let cursor_objects = objects
            .last()
            .map_or(w.cursor_objects, |e| e.object.date_added);
        let cursor_notices = notices.last().map_or(w.cursor_notices, |n| n.id);
        let oldest = objects
            .first()
            .map(|e| e.object.date_added)
            .into_iter()
            .chain(notices.first().map(|n| n.at))
            .min()
            .unwrap_or_default();
        let mut events: Vec<serde_json::Value> = Vec::new();
        for e in &objects {
            let (collection, o) = (&e.collection, &e.object);
            events.push(json!({
                "event": "object",
                "id": format!("o{}", o.date_added),
                "collection": collection.0.to_string(),
                "object_id": o.stix_id,
                "type": o.object_type,
                "version": o.version,
                "date_added": stix::timestamp::taxii_timestamp(o.date_added),
            }));
        }
        for n in &notices {
            events.push(json!({
                "event": "notification",
                "id": format!("n{}", n.id),
                "kind": n.kind,
                "at": stix::timestamp::taxii_timestamp(n.at),
                "payload": n.payload,
            }));
        }
        let body = json!({"webhook": w.id, "member": member.name, "events": events}).to_string();
        Ok(Some(Batch {
            signature: sign(&self.webhook_key(&c.secret)?, body.as_bytes()),
            events: events.len(),
            body,
            cursor_objects,
            cursor_notices,
            oldest,
        }))
    }

    /// Seals, with the center secret, the webhook secrets registered before secrets were
    /// sealed, which the store still keeps as the signing key itself; each signs as before.
    /// Run at start, so that no copy of the database taken after it holds a webhook's key.
    /// Returns how many it sealed.
    pub async fn seal_plain_webhook_secrets(&self) -> Result<usize> {
        let mut sealed = 0;
        for (id, key) in self.store().plain_webhook_secrets().await? {
            let nonce = crate::random::bytes(self.random())?;
            let new = crate::auth::seal(
                crate::auth::Sealing::WebhookSecret,
                &self.secret,
                nonce,
                &key,
            )?;
            if self.store().replace_webhook_secret(id, key, new).await? {
                sealed += 1;
                self.record(
                    AuditActor::console(),
                    "webhook.seal",
                    &id.to_string(),
                    json!({"webhook": id}),
                )
                .await?;
            }
        }
        Ok(sealed)
    }

    /// The key a webhook's batches are signed with, from what the store holds: sealed with the
    /// center secret, or the key itself as webhooks registered before sealing kept it.
    fn webhook_key(&self, stored: &[u8]) -> Result<Vec<u8>> {
        if stored.len() == 32 {
            return Ok(stored.to_vec());
        }
        crate::auth::open(crate::auth::Sealing::WebhookSecret, &self.secret, stored)
    }

    /// Records the outcome of a POST: on success the cursor moves past the batch.
    pub async fn webhook_result(
        &self,
        node: &str,
        c: &Claimed,
        batch: Option<&Batch>,
        status: &str,
    ) -> Result<()> {
        let now = self.now();
        match batch {
            Some(b) => {
                self.store()
                    .webhook_delivered(
                        c.webhook.id,
                        node,
                        b.cursor_objects,
                        b.cursor_notices,
                        status,
                        now,
                    )
                    .await
            }
            None => {
                // Back off: 2, 4, 8 ... seconds, at most five minutes.
                let wait = 1_000_000i64 << (c.webhook.failures + 1).clamp(1, 8);
                self.store()
                    .webhook_failed(c.webhook.id, node, status, now, now + wait.min(300_000_000))
                    .await
            }
        }
    }
}
