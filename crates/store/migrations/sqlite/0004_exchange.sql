-- Normalised values of each object version (hit/no-hit, correlation).
CREATE TABLE object_keys (
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE INDEX object_keys_by_seq ON object_keys (seq);
-- Every hit/no-hit question and what it was told; also the rate limit's memory.
CREATE TABLE hit_queries (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    value TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX hit_queries_by_member ON hit_queries (member_id, at);
-- A member asks an originator to release intelligence to itself or another member.
CREATE TABLE release_requests (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    requester_member INTEGER NOT NULL,
    requester_user INTEGER NOT NULL,
    originator_member INTEGER NOT NULL,
    target_member INTEGER NOT NULL,
    object_id TEXT,
    value TEXT,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_at INTEGER,
    decided_by INTEGER,
    answer TEXT,
    released INTEGER
);
CREATE INDEX release_requests_by_requester ON release_requests (requester_member);
CREATE INDEX release_requests_by_originator ON release_requests (originator_member);
-- What a member is told: hits on its intelligence, release requests and their answers.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX notifications_by_member ON notifications (member_id, id);
