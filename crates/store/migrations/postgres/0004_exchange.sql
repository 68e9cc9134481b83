-- The PostgreSQL twin of migrations/sqlite/0004_exchange.sql.
-- Normalised values of each object version (hit/no-hit, correlation).
CREATE TABLE object_keys (
    key TEXT COLLATE "C" NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (key, seq)
);
CREATE INDEX object_keys_by_seq ON object_keys (seq);
-- Every hit/no-hit question and what it was told; also the rate limit's memory.
CREATE TABLE hit_queries (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    value TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX hit_queries_by_member ON hit_queries (member_id, at);
-- A member asks an originator to release intelligence to itself or another member.
CREATE TABLE release_requests (
    id BIGSERIAL PRIMARY KEY,
    created_at BIGINT NOT NULL,
    requester_member BIGINT NOT NULL,
    requester_user BIGINT NOT NULL,
    originator_member BIGINT NOT NULL,
    target_member BIGINT NOT NULL,
    object_id TEXT,
    value TEXT,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT,
    answer TEXT,
    released BIGINT
);
CREATE INDEX release_requests_by_requester ON release_requests (requester_member);
CREATE INDEX release_requests_by_originator ON release_requests (originator_member);
-- What a member is told: hits on its intelligence, release requests and their answers.
CREATE TABLE notifications (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX notifications_by_member ON notifications (member_id, id);
