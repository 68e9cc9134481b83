-- The PostgreSQL twin of migrations/sqlite/0019_accounts.sql.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'api';
ALTER TABLE tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
ALTER TABLE tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE tokens ADD COLUMN client TEXT;
UPDATE tokens SET kind = 'session' WHERE name = 'web session';
CREATE INDEX tokens_by_user ON tokens (user_id);

CREATE TABLE second_factors (
    user_id BIGINT PRIMARY KEY REFERENCES users(id),
    secret BYTEA NOT NULL,
    pending BYTEA NOT NULL,
    last_step BIGINT NOT NULL DEFAULT 0,
    enabled_at BIGINT
);
CREATE TABLE recovery_codes (
    user_id BIGINT NOT NULL REFERENCES users(id),
    digest BYTEA NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, digest)
);
CREATE TABLE client_certificates (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    fingerprint BYTEA NOT NULL,
    der BYTEA NOT NULL,
    name TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE UNIQUE INDEX client_certificates_live ON client_certificates (fingerprint) WHERE revoked_at IS NULL;

CREATE TRIGGER access_second_factors AFTER INSERT OR UPDATE OF secret OR DELETE ON second_factors FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_client_certificates AFTER INSERT OR UPDATE OR DELETE ON client_certificates FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
-- Two settings decide who may sign in and where webhooks may reach.
CREATE TRIGGER access_center_settings AFTER INSERT OR UPDATE ON center_settings FOR EACH ROW WHEN (NEW.key IN ('second_factor_required', 'reachable_networks')) EXECUTE FUNCTION announce_access_change();

ALTER TABLE feeds ADD COLUMN ca TEXT;
