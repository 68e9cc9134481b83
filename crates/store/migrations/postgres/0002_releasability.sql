-- The PostgreSQL twin of migrations/sqlite/0002_releasability.sql.
CREATE TABLE sharing_groups (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    members_visible BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE sharing_group_members (
    group_id BIGINT NOT NULL REFERENCES sharing_groups(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX sharing_group_members_by_member ON sharing_group_members (member_id);
CREATE TABLE object_release_groups (
    seq BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    PRIMARY KEY (seq, group_id)
);
ALTER TABLE objects ADD COLUMN orcon BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE objects ADD COLUMN evaluation TEXT;
