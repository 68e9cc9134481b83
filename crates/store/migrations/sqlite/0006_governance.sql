-- Governance: the member lifecycle with its history, admission votes, the presidency.
ALTER TABLE members ADD COLUMN founding INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN accession_at INTEGER;
CREATE TABLE member_transitions (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    decision TEXT,
    actor TEXT NOT NULL
);
CREATE INDEX member_transitions_by_member ON member_transitions (member_id, id);
-- A vote: on an admission or a meeting decision. `eligible` is the JSON list of member ids
-- that may vote, fixed when the vote opens.
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    rule TEXT NOT NULL,
    eligible TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    deadline INTEGER NOT NULL,
    closed_at INTEGER,
    outcome TEXT
);
CREATE TABLE ballot_votes (
    ballot_id INTEGER NOT NULL REFERENCES ballots(id),
    member_id INTEGER NOT NULL,
    choice TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (ballot_id, member_id)
) WITHOUT ROWID;
CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL UNIQUE REFERENCES members(id),
    description TEXT NOT NULL,
    contact TEXT NOT NULL,
    sponsor INTEGER,
    applied_at INTEGER NOT NULL,
    ballot_id INTEGER NOT NULL REFERENCES ballots(id)
);
-- Terms never overlap: each starts where the previous ended (one start per instant).
CREATE TABLE presidency_terms (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    starts_at INTEGER NOT NULL UNIQUE,
    ends_at INTEGER NOT NULL,
    basis TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE center_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One-time invitations for a new member's first user.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    digest BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
