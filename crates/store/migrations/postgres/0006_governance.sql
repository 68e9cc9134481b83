-- The PostgreSQL twin of migrations/sqlite/0006_governance.sql.
-- Governance: the member lifecycle with its history, admission votes, the presidency.
ALTER TABLE members ADD COLUMN founding BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE members ADD COLUMN accession_at BIGINT;
CREATE TABLE member_transitions (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    decision TEXT,
    actor TEXT NOT NULL
);
CREATE INDEX member_transitions_by_member ON member_transitions (member_id, id);
-- A vote: on an admission or a meeting decision. `eligible` is the JSON list of member ids
-- that may vote, fixed when the vote opens.
CREATE TABLE ballots (
    id BIGSERIAL PRIMARY KEY,
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    rule TEXT NOT NULL,
    eligible TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    closed_at BIGINT,
    outcome TEXT
);
CREATE TABLE ballot_votes (
    ballot_id BIGINT NOT NULL REFERENCES ballots(id),
    member_id BIGINT NOT NULL,
    choice TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, member_id)
);
CREATE TABLE applications (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL UNIQUE REFERENCES members(id),
    description TEXT NOT NULL,
    contact TEXT NOT NULL,
    sponsor BIGINT,
    applied_at BIGINT NOT NULL,
    ballot_id BIGINT NOT NULL REFERENCES ballots(id)
);
-- Terms never overlap: each starts where the previous ended (one start per instant).
CREATE TABLE presidency_terms (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id),
    starts_at BIGINT NOT NULL UNIQUE,
    ends_at BIGINT NOT NULL,
    basis TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE center_settings (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT NOT NULL
);
-- One-time invitations for a new member's first user.
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    digest BYTEA NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
