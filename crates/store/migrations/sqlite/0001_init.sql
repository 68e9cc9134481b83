-- The center, its members, users, tokens and collections.
CREATE TABLE center (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    founded_at INTEGER NOT NULL,
    secretariat INTEGER NOT NULL,
    default_collection TEXT NOT NULL,
    secret BLOB NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    identity_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    is_secretariat INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    password_hash TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    digest BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE TABLE collections (
    cid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    alias TEXT UNIQUE,
    title TEXT NOT NULL,
    description TEXT,
    default_tlp INTEGER NOT NULL,
    everyone_reads INTEGER NOT NULL,
    everyone_writes INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE collection_grants (
    cid INTEGER NOT NULL REFERENCES collections(cid),
    member_id INTEGER NOT NULL REFERENCES members(id),
    can_read INTEGER NOT NULL,
    can_write INTEGER NOT NULL,
    PRIMARY KEY (cid, member_id)
) WITHOUT ROWID;

-- Every stored version of every object: the original text plus index columns.
-- date_added is assigned by the single writer and strictly increasing.
CREATE TABLE objects (
    seq INTEGER PRIMARY KEY,
    cid INTEGER NOT NULL REFERENCES collections(cid),
    stix_id TEXT NOT NULL,
    object_type TEXT NOT NULL,
    version TEXT NOT NULL,
    version_key TEXT NOT NULL,
    spec_version TEXT NOT NULL,
    date_added INTEGER NOT NULL,
    originator INTEGER NOT NULL,
    tlp INTEGER NOT NULL,
    revoked INTEGER NOT NULL,
    versioned INTEGER NOT NULL,
    -- 1 while this row is the only version of its id in its collection: it is then first and
    -- last for every reader, so reads skip the version subquery. Cleared, never set back.
    only_version INTEGER NOT NULL,
    content_hash BLOB NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX objects_by_id ON objects (stix_id, cid, version_key);
CREATE INDEX objects_by_added ON objects (cid, date_added);

-- Release lists, kept beside the object (the object itself is never rewritten).
CREATE TABLE object_release_members (
    seq INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    PRIMARY KEY (seq, member_id)
) WITHOUT ROWID;
CREATE TABLE object_release_users (
    seq INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (seq, user_id)
) WITHOUT ROWID;

-- TAXII status resources.
CREATE TABLE statuses (
    id TEXT PRIMARY KEY,
    cid INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    request_timestamp INTEGER NOT NULL,
    total_count INTEGER NOT NULL,
    success_count INTEGER NOT NULL,
    failure_count INTEGER NOT NULL,
    pending_count INTEGER NOT NULL,
    successes TEXT NOT NULL,
    failures TEXT NOT NULL,
    pendings TEXT NOT NULL
);
