-- A tsvector holds at most 1 MiB: index the first 200,000 characters of a body, so a very
-- long body can still be saved (its opening is what ranking weighs most anyway).
CREATE OR REPLACE FUNCTION content_items_search_vector() RETURNS trigger
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
            || setweight(to_tsvector(NEW.search_config, left(coalesce(NEW.body_text, ''), 200000)), 'C');
    RETURN NEW;
END
$$;
