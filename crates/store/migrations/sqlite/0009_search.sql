-- Full-text search over names, descriptions and report text. The text is kept beside each
-- version; the FTS5 index reads it from there (external content, kept in step by the writer).
ALTER TABLE objects ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE object_text USING fts5(
    search_text,
    content = 'objects',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
