-- Lookups by member that read every row without an index: one member's users (the users page,
-- a member administrator's list) and a member's registrations of the last hour (the budget
-- checked on every registration). `IF NOT EXISTS`: a store taken back to an earlier schema by
-- dropping the newer tables keeps the users index.
CREATE INDEX IF NOT EXISTS users_by_member ON users (member_id, id);
CREATE INDEX IF NOT EXISTS operation_selectors_member_recent ON operation_selectors (member_id, created_at);
CREATE INDEX IF NOT EXISTS operation_events_member_recent ON operation_events (member_id, created_at);
