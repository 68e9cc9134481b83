-- The PostgreSQL twin of migrations/sqlite/0008_correlation.sql.
CREATE TABLE key_counts (
    key TEXT COLLATE "C" PRIMARY KEY,
    objects BIGINT NOT NULL
);
CREATE TABLE key_exclusions (
    key TEXT COLLATE "C" PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL
);
