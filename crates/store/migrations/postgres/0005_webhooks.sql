-- The PostgreSQL twin of migrations/sqlite/0005_webhooks.sql.
CREATE TABLE webhooks (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id),
    url TEXT NOT NULL,
    secret BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    cursor_objects BIGINT NOT NULL,
    cursor_notices BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0,
    last_status TEXT,
    last_attempt BIGINT,
    failures BIGINT NOT NULL DEFAULT 0
);
