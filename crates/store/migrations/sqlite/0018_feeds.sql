-- TAXII 2.1 collections of other servers that a member's intelligence is pulled from on
-- schedule. The credential is encrypted with a key derived from the center's secret; the
-- progress (`added_after`, `next`) is saved in the transaction that stores each page, so a
-- page is never stored twice and a restart resumes where the last stored page left off.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    api_root TEXT NOT NULL,
    remote_collection TEXT NOT NULL,
    auth TEXT NOT NULL,
    username TEXT,
    credential BLOB NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    collection TEXT NOT NULL,
    default_tlp INTEGER NOT NULL,
    release_to TEXT NOT NULL,
    start_at INTEGER NOT NULL,
    interval_secs INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    added_after INTEGER,
    next_token TEXT,
    last_pull_at INTEGER,
    next_pull_at INTEGER NOT NULL,
    taken INTEGER NOT NULL DEFAULT 0,
    refused INTEGER NOT NULL DEFAULT 0,
    last_taken INTEGER NOT NULL DEFAULT 0,
    last_refused INTEGER NOT NULL DEFAULT 0,
    refusals TEXT NOT NULL DEFAULT '[]',
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until INTEGER NOT NULL DEFAULT 0
);
