-- The audit chain. Entries are numbered from 1 without gaps; each holds the previous hash.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_user INTEGER,
    actor_member INTEGER,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX audit_log_by_member ON audit_log (actor_member, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
-- The last entry, locked by every writer of the log (created by the first append).
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL,
    public_key BLOB NOT NULL
);
-- The Ed25519 key that signs checkpoints.
CREATE TABLE center_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key BLOB NOT NULL
);
