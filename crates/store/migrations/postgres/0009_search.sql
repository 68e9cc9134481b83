-- The PostgreSQL twin of migrations/sqlite/0009_search.sql: a generated tsvector with a GIN index.
ALTER TABLE objects ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE objects ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
CREATE INDEX objects_search ON objects USING GIN (search_doc);
