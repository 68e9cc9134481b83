-- Meetings of the members, with their agenda, attendance, minutes, decisions and actions.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    venue TEXT NOT NULL,
    convened_by INTEGER NOT NULL,
    convened_at INTEGER NOT NULL,
    minutes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL,
    link TEXT
);
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    member_id INTEGER NOT NULL,
    delegates TEXT NOT NULL,
    present INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id INTEGER,
    text TEXT NOT NULL,
    ballot_id INTEGER,
    recorded_at INTEGER NOT NULL,
    outcome TEXT
);
CREATE INDEX decisions_by_meeting ON decisions (meeting_id);
CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    decision_id INTEGER,
    title TEXT NOT NULL,
    assignee INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    closed_at INTEGER
);
