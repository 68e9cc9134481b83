-- The PostgreSQL twin of migrations/sqlite/0007_meetings.sql.
-- Meetings of the members, with their agenda, attendance, minutes, decisions and actions.
CREATE TABLE meetings (
    id BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    venue TEXT NOT NULL,
    convened_by BIGINT NOT NULL,
    convened_at BIGINT NOT NULL,
    minutes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agenda_items (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL,
    link TEXT
);
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
CREATE TABLE attendance (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    member_id BIGINT NOT NULL,
    delegates TEXT NOT NULL,
    present BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE TABLE decisions (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    agenda_item_id BIGINT,
    text TEXT NOT NULL,
    ballot_id BIGINT,
    recorded_at BIGINT NOT NULL,
    outcome TEXT
);
CREATE INDEX decisions_by_meeting ON decisions (meeting_id);
CREATE TABLE action_items (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    decision_id BIGINT,
    title TEXT NOT NULL,
    assignee BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    closed_at BIGINT
);
