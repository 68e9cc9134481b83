-- TAXII 2.1 collections of other servers that a member's intelligence is pulled from on
-- schedule. The credential is encrypted with a key derived from the center's secret; the
-- progress (`added_after`, `next`) is saved in the transaction that stores each page, so a
-- page is never stored twice and a restart resumes where the last stored page left off.
CREATE TABLE feeds (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    api_root TEXT NOT NULL,
    remote_collection TEXT NOT NULL,
    auth TEXT NOT NULL,
    username TEXT,
    credential BYTEA NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    collection TEXT NOT NULL,
    default_tlp BIGINT NOT NULL,
    release_to TEXT NOT NULL,
    start_at BIGINT NOT NULL,
    interval_secs BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    added_after BIGINT,
    next_token TEXT,
    last_pull_at BIGINT,
    next_pull_at BIGINT NOT NULL,
    taken BIGINT NOT NULL DEFAULT 0,
    refused BIGINT NOT NULL DEFAULT 0,
    last_taken BIGINT NOT NULL DEFAULT 0,
    last_refused BIGINT NOT NULL DEFAULT 0,
    refusals TEXT NOT NULL DEFAULT '[]',
    last_error TEXT,
    failures BIGINT NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0
);
