-- Webhooks: where a member's events are POSTed, how far delivery got, and which node holds it.
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    url TEXT NOT NULL,
    secret BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    cursor_objects INTEGER NOT NULL,
    cursor_notices INTEGER NOT NULL,
    lease_owner TEXT,
    lease_until INTEGER NOT NULL DEFAULT 0,
    last_status TEXT,
    last_attempt INTEGER,
    failures INTEGER NOT NULL DEFAULT 0
);
