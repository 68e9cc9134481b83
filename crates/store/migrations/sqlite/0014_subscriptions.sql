-- What a webhook wants to hear of: a subscription filter as JSON (see domain::subscriptions).
-- The empty object is everything the member may see, which is what webhooks delivered before.
ALTER TABLE webhooks ADD COLUMN filter TEXT NOT NULL DEFAULT '{}';
