-- Full-text search over articles and posts (API.md §6).
--
-- The text search configuration is a setting (byline.search.config, default english), so it
-- cannot be baked into a generated column. Instead every row records the configuration it
-- was indexed with (search_config, written by the app on each write) and a trigger derives
-- search_vector from it. The query side parses the search with the same configuration; at
-- start the app re-indexes rows whose search_config differs from the setting (SearchIndex).
--
-- Weights: title A, standfirst and excerpt B, body (its plain text) C.
ALTER TABLE content_items
    ADD COLUMN search_config regconfig NOT NULL DEFAULT 'english',
    ADD COLUMN search_vector tsvector;

CREATE FUNCTION content_items_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- Updates that leave the indexed text alone (comment counts, status changes) skip the work.
    IF TG_OP = 'UPDATE'
        AND NEW.title IS NOT DISTINCT FROM OLD.title
        AND NEW.standfirst IS NOT DISTINCT FROM OLD.standfirst
        AND NEW.excerpt IS NOT DISTINCT FROM OLD.excerpt
        AND NEW.body_text IS NOT DISTINCT FROM OLD.body_text
        AND NEW.search_config = OLD.search_config
        AND OLD.search_vector IS NOT NULL THEN
        NEW.search_vector := OLD.search_vector;
        RETURN NEW;
    END IF;
    NEW.search_vector :=
            setweight(to_tsvector(NEW.search_config, coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector(NEW.search_config,
                                     coalesce(NEW.standfirst, '') || ' ' || coalesce(NEW.excerpt, '')), 'B')
            -- A tsvector holds at most 1 MiB: index the first 200,000 characters of a body, so a
            -- very long body can still be saved.
            || setweight(to_tsvector(NEW.search_config, left(coalesce(NEW.body_text, ''), 200000)), 'C');
    RETURN NEW;
END
$$;

CREATE TRIGGER content_items_search_vector
    BEFORE INSERT OR UPDATE ON content_items
    FOR EACH ROW EXECUTE FUNCTION content_items_search_vector();

-- Index what is already there (the trigger fires for this update too).
UPDATE content_items SET search_vector = NULL;

ALTER TABLE content_items ALTER COLUMN search_vector SET NOT NULL;

-- fastupdate off: writes are few (editors saving) and reads many. With the default pending
-- list, every search also scans up to 4 MB of not-yet-merged entries until a vacuum, and the
-- planner, pricing that in, may skip the index altogether.
CREATE INDEX content_search_idx ON content_items USING gin (search_vector) WITH (fastupdate = off);
