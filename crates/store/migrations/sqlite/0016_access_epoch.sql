-- Who is who moves on: a counter that every change to members, users, revoked tokens,
-- collections, grants and sharing-group membership moves, in the same transaction. Each node
-- caches the actors behind credentials and the collections with their grants, and forgets them
-- when the counter moves, whichever process or node made the change (the console included).
-- It is a signal, not data: `liaison migrate` does not copy it.
CREATE TABLE access_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL
);
INSERT INTO access_epoch (id, n) VALUES (1, 0);
CREATE TRIGGER access_members_insert AFTER INSERT ON members BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_members_update AFTER UPDATE ON members BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_members_delete AFTER DELETE ON members BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_users_insert AFTER INSERT ON users BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_users_update AFTER UPDATE ON users BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_users_delete AFTER DELETE ON users BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_tokens_update AFTER UPDATE OF revoked_at ON tokens BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_tokens_delete AFTER DELETE ON tokens BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collections_insert AFTER INSERT ON collections BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collections_update AFTER UPDATE ON collections BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collections_delete AFTER DELETE ON collections BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collection_grants_insert AFTER INSERT ON collection_grants BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collection_grants_update AFTER UPDATE ON collection_grants BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_collection_grants_delete AFTER DELETE ON collection_grants BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_sharing_group_members_insert AFTER INSERT ON sharing_group_members BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_sharing_group_members_update AFTER UPDATE ON sharing_group_members BEGIN UPDATE access_epoch SET n = n + 1; END;
CREATE TRIGGER access_sharing_group_members_delete AFTER DELETE ON sharing_group_members BEGIN UPDATE access_epoch SET n = n + 1; END;
