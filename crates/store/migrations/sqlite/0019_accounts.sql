-- Accounts people run themselves: a password its user chose, a second factor, tokens with a
-- scope and an expiry, sessions that say where they were opened, client certificates, and the
-- certificate authority a feed trusts.

-- Set when an administrator (or the first start) chose the password: its user must choose
-- another before doing anything else.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- api: a token people make for their systems; session: a web sign-in; pending: a sign-in
-- whose password was right, waiting for its second factor.
ALTER TABLE tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'api';
-- read or write: a read token may not change anything.
ALTER TABLE tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
ALTER TABLE tokens ADD COLUMN expires_at INTEGER;
-- Where a session was opened (browser and address), for its user to recognise it.
ALTER TABLE tokens ADD COLUMN client TEXT;
UPDATE tokens SET kind = 'session' WHERE name = 'web session';
CREATE INDEX tokens_by_user ON tokens (user_id);

-- A time-based one-time password (RFC 6238). The secret is sealed under the center's key (no
-- bytes when there is none); `pending` holds one being enrolled until its first code is given;
-- `last_step` refuses a code used twice.
CREATE TABLE second_factors (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    secret BLOB NOT NULL,
    pending BLOB NOT NULL,
    last_step INTEGER NOT NULL DEFAULT 0,
    enabled_at INTEGER
);
-- Each used once, instead of a code, by a user who lost the device. Only digests are kept.
CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users(id),
    digest BLOB NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, digest)
) WITHOUT ROWID;

-- Client certificates (mutual TLS) a member's systems authenticate with: one certificate
-- pinned by its SHA-256, or a certificate authority whose certificates all stand for the user.
CREATE TABLE client_certificates (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    der BLOB NOT NULL,
    name TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
-- One live registration per certificate; a revoked one may be registered again.
CREATE UNIQUE INDEX client_certificates_live ON client_certificates (fingerprint) WHERE revoked_at IS NULL;

-- A credential remembered by a node is forgotten when any of these change.
CREATE TRIGGER access_second_factors_insert AFTER INSERT ON second_factors BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_second_factors_update AFTER UPDATE OF secret ON second_factors BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_second_factors_delete AFTER DELETE ON second_factors BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_client_certificates_insert AFTER INSERT ON client_certificates BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_client_certificates_update AFTER UPDATE ON client_certificates BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_client_certificates_delete AFTER DELETE ON client_certificates BEGIN UPDATE access_epoch SET n = n + 1; END;
-- Two settings decide who may sign in and where webhooks may reach.
CREATE TRIGGER access_center_settings_insert AFTER INSERT ON center_settings WHEN NEW.key IN ('second_factor_required', 'reachable_networks') BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_center_settings_update AFTER UPDATE ON center_settings WHEN NEW.key IN ('second_factor_required', 'reachable_networks') BEGIN UPDATE access_epoch SET n = n + 1; END;

-- A private certificate authority a feed's server is checked against instead of the usual
-- roots (PEM).
ALTER TABLE feeds ADD COLUMN ca TEXT;
