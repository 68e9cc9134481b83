-- Joint operations: a lead member, the members asked and where each stands, the intelligence
-- concerned, tasks per member, a timeline and the outcomes recorded for it.
CREATE TABLE joint_operations (
    id INTEGER PRIMARY KEY,
    lead_member INTEGER NOT NULL,
    title TEXT NOT NULL,
    objectives TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    concluded_at INTEGER
);

CREATE TABLE joint_participants (
    joint_id INTEGER NOT NULL REFERENCES joint_operations (id),
    member_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (joint_id, member_id)
);
CREATE INDEX joint_participants_member ON joint_participants (member_id, joint_id);

CREATE TABLE joint_links (
    joint_id INTEGER NOT NULL REFERENCES joint_operations (id),
    stix_id TEXT NOT NULL,
    PRIMARY KEY (joint_id, stix_id)
);

CREATE TABLE joint_outcomes (
    joint_id INTEGER NOT NULL REFERENCES joint_operations (id),
    outcome_id INTEGER NOT NULL,
    PRIMARY KEY (joint_id, outcome_id)
);

CREATE TABLE joint_tasks (
    id INTEGER PRIMARY KEY,
    joint_id INTEGER NOT NULL REFERENCES joint_operations (id),
    member_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX joint_tasks_joint ON joint_tasks (joint_id, id);

CREATE TABLE joint_entries (
    id INTEGER PRIMARY KEY,
    joint_id INTEGER NOT NULL REFERENCES joint_operations (id),
    member_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX joint_entries_joint ON joint_entries (joint_id, id);
