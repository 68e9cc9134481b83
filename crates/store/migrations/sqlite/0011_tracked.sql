-- The status over time of the groups a center tracks.
CREATE TABLE group_statuses (
    id INTEGER PRIMARY KEY,
    stix_id TEXT NOT NULL,
    state TEXT NOT NULL,
    at INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX group_statuses_by_object ON group_statuses (stix_id, id);
