-- The PostgreSQL twin of migrations/sqlite/0024_lookups_by_member.sql.
-- Lookups by member that read every row without an index: one member's users and a member's
-- registrations of the last hour.
CREATE INDEX IF NOT EXISTS users_by_member ON users (member_id, id);
CREATE INDEX IF NOT EXISTS operation_selectors_member_recent ON operation_selectors (member_id, created_at);
CREATE INDEX IF NOT EXISTS operation_events_member_recent ON operation_events (member_id, created_at);
