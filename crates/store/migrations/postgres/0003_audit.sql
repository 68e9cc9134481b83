-- The PostgreSQL twin of migrations/sqlite/0003_audit.sql.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_user BIGINT,
    actor_member BIGINT,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL
);
CREATE INDEX audit_log_by_member ON audit_log (actor_member, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash BYTEA NOT NULL
);
CREATE TABLE audit_checkpoints (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    hash BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    public_key BYTEA NOT NULL
);
CREATE TABLE center_keys (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    signing_key BYTEA NOT NULL
);
