-- Sharing groups, and the handling codes kept beside each object version.
CREATE TABLE sharing_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    members_visible INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE sharing_group_members (
    group_id INTEGER NOT NULL REFERENCES sharing_groups(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;
CREATE INDEX sharing_group_members_by_member ON sharing_group_members (member_id);
CREATE TABLE object_release_groups (
    seq INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    PRIMARY KEY (seq, group_id)
) WITHOUT ROWID;
ALTER TABLE objects ADD COLUMN orcon INTEGER NOT NULL DEFAULT 0;
-- A 4x4 evaluation code such as 'B2'.
ALTER TABLE objects ADD COLUMN evaluation TEXT;
