-- The PostgreSQL twin of migrations/sqlite/0022_operations.sql.
-- Operations members register privately, their selectors (keyed digests, never values) and
-- planned events, and the deconflictions found between two members' operations.
CREATE TABLE operations (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX operations_member ON operations (member_id, id);

CREATE TABLE operation_selectors (
    id BIGSERIAL PRIMARY KEY,
    operation_id BIGINT NOT NULL REFERENCES operations (id),
    member_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    digest BYTEA NOT NULL,
    -- The digest of the same value as intelligence keys it (`ipv4:` for an `ip:`), for the
    -- kinds intelligence carries (phone, e-mail, IP, domain); empty for the others.
    intel_digest BYTEA NOT NULL,
    reference TEXT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX operation_selectors_once ON operation_selectors (operation_id, digest);
CREATE INDEX operation_selectors_digest ON operation_selectors (digest);
CREATE INDEX operation_selectors_intel ON operation_selectors (intel_digest);

-- Places in millionths of a degree, so both backends keep them exactly.
CREATE TABLE operation_events (
    id BIGSERIAL PRIMARY KEY,
    operation_id BIGINT NOT NULL REFERENCES operations (id),
    member_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    latitude_e6 BIGINT NOT NULL,
    longitude_e6 BIGINT NOT NULL,
    radius_m BIGINT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    reference TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX operation_events_operation ON operation_events (operation_id, id);
CREATE INDEX operation_events_starts ON operation_events (starts_at);

-- Side a is the operation registered first, side b the one whose registration met it; the
-- item is a selector (target) or an event (event).
CREATE TABLE deconflictions (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    a_member BIGINT NOT NULL,
    a_operation BIGINT NOT NULL,
    a_item BIGINT NOT NULL,
    b_member BIGINT NOT NULL,
    b_operation BIGINT NOT NULL,
    b_item BIGINT NOT NULL
);
CREATE INDEX deconflictions_a ON deconflictions (a_member, id);
CREATE INDEX deconflictions_b ON deconflictions (b_member, id);
