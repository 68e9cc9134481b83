-- The PostgreSQL twin of migrations/sqlite/0012_outcomes.sql.
-- What intelligence led to: the center's achievements.
CREATE TABLE outcomes (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    objects TEXT NOT NULL
);
