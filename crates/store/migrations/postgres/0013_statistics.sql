-- The PostgreSQL twin of migrations/sqlite/0013_statistics.sql.
-- Statistics reports published by the presidency or the secretariat, frozen as published.
CREATE TABLE statistics_reports (
    id BIGSERIAL PRIMARY KEY,
    period_from BIGINT NOT NULL,
    period_to BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX rfis_by_created ON rfis (created_at);
CREATE INDEX hit_queries_by_at ON hit_queries (at);
-- Pages list objects of some types, newest first (tracked groups, the map).
CREATE INDEX objects_by_type ON objects (object_type, date_added);
-- Newest first across the collections a reader may read (home page). PostgreSQL cannot order
-- by objects_by_added's second column when the first is an IN list, and sorted every row
-- instead (714 ms at 200,000 objects, 0.1 ms with this index). SQLite walks objects_by_added
-- per collection and needs no such index.
CREATE INDEX objects_by_date ON objects (date_added);
