-- The PostgreSQL twin of migrations/sqlite/0023_joint_operations.sql.
-- Joint operations: a lead member, the members asked and where each stands, the intelligence
-- concerned, tasks per member, a timeline and the outcomes recorded for it.
CREATE TABLE joint_operations (
    id BIGSERIAL PRIMARY KEY,
    lead_member BIGINT NOT NULL,
    title TEXT NOT NULL,
    objectives TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    concluded_at BIGINT
);

CREATE TABLE joint_participants (
    joint_id BIGINT NOT NULL REFERENCES joint_operations (id),
    member_id BIGINT NOT NULL,
    state TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (joint_id, member_id)
);
CREATE INDEX joint_participants_member ON joint_participants (member_id, joint_id);

CREATE TABLE joint_links (
    joint_id BIGINT NOT NULL REFERENCES joint_operations (id),
    stix_id TEXT NOT NULL,
    PRIMARY KEY (joint_id, stix_id)
);

CREATE TABLE joint_outcomes (
    joint_id BIGINT NOT NULL REFERENCES joint_operations (id),
    outcome_id BIGINT NOT NULL,
    PRIMARY KEY (joint_id, outcome_id)
);

CREATE TABLE joint_tasks (
    id BIGSERIAL PRIMARY KEY,
    joint_id BIGINT NOT NULL REFERENCES joint_operations (id),
    member_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX joint_tasks_joint ON joint_tasks (joint_id, id);

CREATE TABLE joint_entries (
    id BIGSERIAL PRIMARY KEY,
    joint_id BIGINT NOT NULL REFERENCES joint_operations (id),
    member_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX joint_entries_joint ON joint_entries (joint_id, id);
