-- Correlation: how many object versions carry each key (to tell noisy keys), and the keys an
-- administrator excluded.
CREATE TABLE key_counts (
    key TEXT PRIMARY KEY,
    objects INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE key_exclusions (
    key TEXT PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL
) WITHOUT ROWID;
