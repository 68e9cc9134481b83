-- The PostgreSQL twin of migrations/sqlite/0011_tracked.sql.
CREATE TABLE group_statuses (
    id BIGSERIAL PRIMARY KEY,
    stix_id TEXT NOT NULL,
    state TEXT NOT NULL,
    at BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX group_statuses_by_object ON group_statuses (stix_id, id);
