-- Identities a member authors as besides its own (aliases, sub-units). Intelligence may name
-- any identity as its author (`created_by_ref`: MITRE, a vendor, a police unit); the center
-- refuses only authorship that forges another member, that is an identity registered here, or
-- a member's own identity, under another member. Submissions read them afresh, so a change
-- applies on every node at once.
CREATE TABLE member_identities (
    identity_id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX member_identities_by_member ON member_identities (member_id, identity_id);
