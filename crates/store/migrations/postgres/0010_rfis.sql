-- The PostgreSQL twin of migrations/sqlite/0010_rfis.sql.
-- Requests for information, their recipients, linked intelligence, answers and reminders.
CREATE TABLE rfis (
    id BIGSERIAL PRIMARY KEY,
    asker BIGINT NOT NULL REFERENCES members(id),
    asked_by BIGINT NOT NULL,
    question TEXT NOT NULL,
    priority TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    status TEXT NOT NULL,
    closed_at BIGINT
);
CREATE TABLE rfi_recipients (
    rfi_id BIGINT NOT NULL REFERENCES rfis(id),
    member_id BIGINT NOT NULL,
    reminded BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (rfi_id, member_id)
);
CREATE INDEX rfi_recipients_by_member ON rfi_recipients (member_id);
CREATE TABLE rfi_links (
    rfi_id BIGINT NOT NULL REFERENCES rfis(id),
    stix_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (rfi_id, stix_id)
);
CREATE TABLE rfi_answers (
    id BIGSERIAL PRIMARY KEY,
    rfi_id BIGINT NOT NULL REFERENCES rfis(id),
    member_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    objects TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rfi_answers_by_rfi ON rfi_answers (rfi_id);
