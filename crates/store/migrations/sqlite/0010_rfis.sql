-- Requests for information, their recipients, linked intelligence, answers and reminders.
CREATE TABLE rfis (
    id INTEGER PRIMARY KEY,
    asker INTEGER NOT NULL REFERENCES members(id),
    asked_by INTEGER NOT NULL,
    question TEXT NOT NULL,
    priority TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    deadline INTEGER NOT NULL,
    status TEXT NOT NULL,
    closed_at INTEGER
);
CREATE TABLE rfi_recipients (
    rfi_id INTEGER NOT NULL REFERENCES rfis(id),
    member_id INTEGER NOT NULL,
    reminded INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (rfi_id, member_id)
) WITHOUT ROWID;
CREATE INDEX rfi_recipients_by_member ON rfi_recipients (member_id);
CREATE TABLE rfi_links (
    rfi_id INTEGER NOT NULL REFERENCES rfis(id),
    stix_id TEXT NOT NULL,
    PRIMARY KEY (rfi_id, stix_id)
) WITHOUT ROWID;
CREATE TABLE rfi_answers (
    id INTEGER PRIMARY KEY,
    rfi_id INTEGER NOT NULL REFERENCES rfis(id),
    member_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    objects TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX rfi_answers_by_rfi ON rfi_answers (rfi_id);
