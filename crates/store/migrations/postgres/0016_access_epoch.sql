-- Who is who moves on: every change to members, users, revoked tokens, collections, grants and
-- sharing-group membership is announced to every node. Each node caches the actors behind
-- credentials and the collections with their grants, and forgets them on this notification,
-- whichever node or console made the change. PostgreSQL delivers it when, and only if, the
-- change commits; it takes no lock, so it serialises no writers.
CREATE FUNCTION announce_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('liaison_access', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER access_members AFTER INSERT OR UPDATE OR DELETE ON members FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_users AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_tokens AFTER UPDATE OF revoked_at OR DELETE ON tokens FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_collections AFTER INSERT OR UPDATE OR DELETE ON collections FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_collection_grants AFTER INSERT OR UPDATE OR DELETE ON collection_grants FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
CREATE TRIGGER access_sharing_group_members AFTER INSERT OR UPDATE OR DELETE ON sharing_group_members FOR EACH STATEMENT EXECUTE FUNCTION announce_access_change();
