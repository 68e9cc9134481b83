-- Operations members register privately, their selectors (keyed digests, never values) and
-- planned events, and the deconflictions found between two members' operations.
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    created_by INTEGER NOT NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    closed_at INTEGER
);
CREATE INDEX operations_member ON operations (member_id, id);

CREATE TABLE operation_selectors (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES operations (id),
    member_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    digest BLOB NOT NULL,
    -- The digest of the same value as intelligence keys it (`ipv4:` for an `ip:`), for the
    -- kinds intelligence carries (phone, e-mail, IP, domain); empty for the others.
    intel_digest BLOB NOT NULL,
    reference TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX operation_selectors_once ON operation_selectors (operation_id, digest);
CREATE INDEX operation_selectors_digest ON operation_selectors (digest);
CREATE INDEX operation_selectors_intel ON operation_selectors (intel_digest);

-- Places in millionths of a degree, so both backends keep them exactly.
CREATE TABLE operation_events (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES operations (id),
    member_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    latitude_e6 INTEGER NOT NULL,
    longitude_e6 INTEGER NOT NULL,
    radius_m INTEGER NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    reference TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX operation_events_operation ON operation_events (operation_id, id);
CREATE INDEX operation_events_starts ON operation_events (starts_at);

-- Side a is the operation registered first, side b the one whose registration met it; the
-- item is a selector (target) or an event (event).
CREATE TABLE deconflictions (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    a_member INTEGER NOT NULL,
    a_operation INTEGER NOT NULL,
    a_item INTEGER NOT NULL,
    b_member INTEGER NOT NULL,
    b_operation INTEGER NOT NULL,
    b_item INTEGER NOT NULL
);
CREATE INDEX deconflictions_a ON deconflictions (a_member, id);
CREATE INDEX deconflictions_b ON deconflictions (b_member, id);
