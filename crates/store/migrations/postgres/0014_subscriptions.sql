-- The PostgreSQL twin of migrations/sqlite/0014_subscriptions.sql.
-- What a webhook wants to hear of: a subscription filter as JSON (see domain::subscriptions).
ALTER TABLE webhooks ADD COLUMN filter TEXT NOT NULL DEFAULT '{}';
