-- What intelligence led to: the center's achievements.
CREATE TABLE outcomes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    objects TEXT NOT NULL
);
