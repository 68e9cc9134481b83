-- Statistics reports published by the presidency or the secretariat, frozen as published.
CREATE TABLE statistics_reports (
    id INTEGER PRIMARY KEY,
    period_from INTEGER NOT NULL,
    period_to INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    published_by INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX rfis_by_created ON rfis (created_at);
CREATE INDEX hit_queries_by_at ON hit_queries (at);
-- Pages list objects of some types, newest first (tracked groups, the map).
CREATE INDEX objects_by_type ON objects (object_type, date_added);
