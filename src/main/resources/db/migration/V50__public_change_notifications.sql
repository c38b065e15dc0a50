-- In-process caches of public answers (common/cache) learn of every committed write that
-- anonymous readers could see through LISTEN/NOTIFY: PostgreSQL delivers a notification only
-- when (and if) its transaction commits, to every listening instance, and sends one per payload
-- per transaction however many rows the statements touched. Statement-level triggers, so that
-- TRUNCATE and SQL written by hand are heard as well as the services' writes.
CREATE FUNCTION notify_public_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('byline_public_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO
$$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['content_items', 'content_authors', 'content_tags', 'content_old_slugs',
                             'content_old_paths', 'content_media', 'sections', 'tags', 'authors', 'comments',
                             'media', 'media_renditions']
    LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                           'FOR EACH STATEMENT EXECUTE FUNCTION notify_public_change()', t || '_notify_public', t);
        END IF;
    END LOOP;
END
$$;
