-- The PostgreSQL twin of migrations/sqlite/0001_init.sql: the same tables and columns.
CREATE TABLE center (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    founded_at BIGINT NOT NULL,
    secretariat BIGINT NOT NULL,
    default_collection TEXT NOT NULL,
    secret BYTEA NOT NULL,
    -- The last date_added given out. Writers lock this row, so dates are assigned in commit
    -- order across every node and do not depend on any node's clock.
    last_date_added BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE members (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    identity_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    is_secretariat BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    password_hash TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE TABLE tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    digest BYTEA NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE TABLE collections (
    cid BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    alias TEXT UNIQUE,
    title TEXT NOT NULL,
    description TEXT,
    default_tlp BIGINT NOT NULL,
    everyone_reads BOOLEAN NOT NULL,
    everyone_writes BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE collection_grants (
    cid BIGINT NOT NULL REFERENCES collections(cid),
    member_id BIGINT NOT NULL REFERENCES members(id),
    can_read BOOLEAN NOT NULL,
    can_write BOOLEAN NOT NULL,
    PRIMARY KEY (cid, member_id)
);

CREATE TABLE objects (
    seq BIGSERIAL PRIMARY KEY,
    cid BIGINT NOT NULL REFERENCES collections(cid),
    stix_id TEXT NOT NULL,
    object_type TEXT NOT NULL,
    version TEXT NOT NULL,
    -- Byte order, like SQLite: sort keys must not follow a locale's collation.
    version_key TEXT COLLATE "C" NOT NULL,
    spec_version TEXT COLLATE "C" NOT NULL,
    date_added BIGINT NOT NULL,
    originator BIGINT NOT NULL,
    tlp BIGINT NOT NULL,
    revoked BOOLEAN NOT NULL,
    versioned BOOLEAN NOT NULL,
    only_version BOOLEAN NOT NULL,
    content_hash BYTEA NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX objects_by_id ON objects (stix_id, cid, version_key);
CREATE INDEX objects_by_added ON objects (cid, date_added);

CREATE TABLE object_release_members (
    seq BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (seq, member_id)
);
CREATE TABLE object_release_users (
    seq BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (seq, user_id)
);

CREATE TABLE statuses (
    id TEXT PRIMARY KEY,
    cid BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    request_timestamp BIGINT NOT NULL,
    total_count BIGINT NOT NULL,
    success_count BIGINT NOT NULL,
    failure_count BIGINT NOT NULL,
    pending_count BIGINT NOT NULL,
    successes TEXT NOT NULL,
    failures TEXT NOT NULL,
    pendings TEXT NOT NULL
);
