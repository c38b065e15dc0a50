-- CDN purges (README "Behind a CDN"): the surrogate keys each write makes stale, recorded by
-- triggers in the writing transaction itself, so whichever code path writes (services, the
-- scheduler, imports, SQL by hand) the purger hears of it, a rolled-back write leaves nothing,
-- and a committed one always leaves its keys. The purger (dev.byline.cdn) claims committed rows
-- with SKIP LOCKED, sends them to the CDN and deletes them once every CDN node accepted them.
--
-- The keys are those the responses carry (common/web/SurrogateKeys and its callers):
--   article:<id> / post:<id>   the item, its comments list, its old-slug redirects, and every
--                              list page, feed, search page and sidebar that shows it
--   list:articles / list:posts membership and order of lists, search and feeds of the type
--   list:recent                the "Recent" sidebar and the feeds
--   section:<slug>, tag:<slug>, author:<slug>
--                              the term's own page (with its counts) and everything showing it
--   list:sections, list:tags, list:authors    the term lists (a term added, renamed or gone)
--   comments:<item id>, comment:<id>, media:<id>

-- Whether any instance purges: set at start by each instance from byline.cdn.purge-urls, so
-- that with purging off (the default) writes record nothing.
CREATE TABLE cdn_purger (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    enabled   boolean NOT NULL DEFAULT false
);
INSERT INTO cdn_purger DEFAULT VALUES;

CREATE TABLE cdn_purges (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The writing transaction: a key written many times in it is one row.
    xid              xid8        NOT NULL DEFAULT pg_current_xact_id(),
    key              text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    -- Due from the start (it becomes visible at commit); a claim leases the row by moving this
    -- ahead, a failed send moves it by the backoff.
    next_attempt_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE UNIQUE INDEX cdn_purges_xid_key ON cdn_purges (xid, key);
CREATE INDEX cdn_purges_due_idx ON cdn_purges (next_attempt_at, id);

CREATE FUNCTION cdn_purging() RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT enabled FROM cdn_purger
$$;

CREATE FUNCTION cdn_record_purge(p_keys text[]) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO cdn_purges (key)
SELECT DISTINCT k FROM unnest(p_keys) AS k WHERE k IS NOT NULL
ON CONFLICT (xid, key) DO NOTHING;
$$;

-- The keys of the terms an item shows; its public counts depend on it.
CREATE FUNCTION cdn_item_term_keys(p_item uuid, p_sections uuid[]) RETURNS text[]
    LANGUAGE sql STABLE AS
$$
SELECT coalesce(array_agg(k), '{}') FROM (
    SELECT 'section:' || s.slug AS k FROM sections s WHERE s.id = ANY (p_sections)
    UNION SELECT 'tag:' || t.slug FROM content_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.content_id = p_item
    UNION SELECT 'author:' || a.slug FROM content_authors ca JOIN authors a ON a.id = ca.author_id
           WHERE ca.content_id = p_item) keys
$$;

-- Articles and posts, when public before or after the write (a draft's edits touch no public
-- response). Under the same condition as the change feed (V30): a write that leaves version,
-- status and published_at alone (re-indexing) changes no representation. A delete runs BEFORE,
-- while the item's tags and authors are still there.
CREATE FUNCTION cdn_purge_content() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    was_public  boolean := TG_OP <> 'INSERT' AND OLD.status = 'published';
    is_public   boolean := TG_OP <> 'DELETE' AND NEW.status = 'published';
    item        content_items := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    keys        text[];
    membership  boolean;
BEGIN
    IF NOT (was_public OR is_public) OR NOT cdn_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD END;
    END IF;
    keys := ARRAY[item.type || ':' || item.id];
    -- Comment counts and renamed terms move only version (V3): the pages showing the item carry
    -- its key, and no list changes what it holds.
    IF TG_OP <> 'UPDATE'
            OR (to_jsonb(OLD) - 'version' - 'comment_count') <> (to_jsonb(NEW) - 'version' - 'comment_count') THEN
        keys := keys || ('list:' || item.type || 's');
    END IF;
    -- What is public, where, and since when: the counts of its terms and the "Recent" sidebar.
    membership := TG_OP <> 'UPDATE' OR was_public <> is_public
        OR OLD.section_id IS DISTINCT FROM NEW.section_id OR OLD.published_at IS DISTINCT FROM NEW.published_at;
    IF membership THEN
        keys := keys || 'list:recent'::text
            || cdn_item_term_keys(item.id, ARRAY[OLD.section_id, NEW.section_id]);
    END IF;
    PERFORM cdn_record_purge(keys);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD END;
END
$$;

CREATE TRIGGER content_items_cdn_insert AFTER INSERT ON content_items
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_content();
CREATE TRIGGER content_items_cdn_update AFTER UPDATE ON content_items
    FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION cdn_purge_content();
CREATE TRIGGER content_items_cdn_delete BEFORE DELETE ON content_items
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_content();

-- A published item gaining or losing a tag or author changes that term's counts. (For an item
-- that is not public nothing public changes; publishing it later records its terms then.)
-- TG_ARGV: the key kind, the table of the term, the join column naming it.
CREATE FUNCTION cdn_purge_membership() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    link  jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    slug  text;
BEGIN
    IF NOT cdn_purging() OR NOT EXISTS (SELECT 1 FROM content_items
            WHERE id = (link ->> 'content_id')::uuid AND status = 'published') THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT slug FROM %I WHERE id = $1', TG_ARGV[1]) INTO slug
        USING (link ->> TG_ARGV[2])::uuid;
    IF slug IS NOT NULL THEN
        PERFORM cdn_record_purge(ARRAY[TG_ARGV[0] || ':' || slug]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER content_tags_cdn AFTER INSERT OR DELETE ON content_tags
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_membership('tag', 'tags', 'tag_id');
CREATE TRIGGER content_authors_cdn AFTER INSERT OR DELETE ON content_authors
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_membership('author', 'authors', 'author_id');

-- Sections, tags, authors: the term's key before and after (items showing it carry it too), and
-- its list. TG_ARGV: the key kind, the list key.
CREATE FUNCTION cdn_purge_term() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF cdn_purging() THEN
        PERFORM cdn_record_purge(ARRAY[TG_ARGV[1],
            CASE WHEN TG_OP <> 'INSERT' THEN TG_ARGV[0] || ':' || OLD.slug END,
            CASE WHEN TG_OP = 'UPDATE' THEN TG_ARGV[0] || ':' || NEW.slug END]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER sections_cdn_write AFTER INSERT OR DELETE ON sections
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_term('section', 'list:sections');
CREATE TRIGGER sections_cdn_update AFTER UPDATE ON sections
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION cdn_purge_term('section', 'list:sections');
CREATE TRIGGER tags_cdn_write AFTER INSERT OR DELETE ON tags
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_term('tag', 'list:tags');
CREATE TRIGGER tags_cdn_update AFTER UPDATE ON tags
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION cdn_purge_term('tag', 'list:tags');
CREATE TRIGGER authors_cdn_write AFTER INSERT OR DELETE ON authors
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_term('author', 'list:authors');
CREATE TRIGGER authors_cdn_update AFTER UPDATE ON authors
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION cdn_purge_term('author', 'list:authors');

-- Comments: an item's public thread shows approved ones (a count change moves the item's version
-- and so purges the item). The reader's own view of a comment is sent no-cache; its key goes too.
CREATE FUNCTION cdn_purge_comment() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    was_public  boolean := TG_OP <> 'INSERT' AND OLD.status = 'approved';
    is_public   boolean := TG_OP <> 'DELETE' AND NEW.status = 'approved';
    item        uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.content_id ELSE NEW.content_id END;
BEGIN
    IF cdn_purging() THEN
        PERFORM cdn_record_purge(ARRAY[
            CASE WHEN was_public OR is_public THEN 'comments:' || item END,
            CASE WHEN TG_OP <> 'INSERT' THEN 'comment:' || OLD.id END]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER comments_cdn_write AFTER INSERT OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_comment();
CREATE TRIGGER comments_cdn_update AFTER UPDATE ON comments
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION cdn_purge_comment();

-- Media: its own answers and every item showing it (featured image or body) carry media:<id>.
CREATE FUNCTION cdn_purge_media() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF cdn_purging() THEN
        PERFORM cdn_record_purge(ARRAY['media:' || OLD.id]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER media_cdn_delete AFTER DELETE ON media
    FOR EACH ROW EXECUTE FUNCTION cdn_purge_media();
CREATE TRIGGER media_cdn_update AFTER UPDATE ON media
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION cdn_purge_media();
