-- The change feed (API.md §14): every write to an article, post, section, tag, author, comment
-- (and media, where that table exists) leaves a row here, recorded by triggers in the writing
-- transaction itself, so whichever code path writes (services, scheduler, imports, SQL by hand)
-- the feed hears of it, and a rolled-back write leaves nothing.
--
-- Ordering. A sequence or a timestamp taken while writing is not a safe cursor: a transaction
-- that took position 5 may commit after one that took 6, and a poller that already read 6 would
-- never see 5. So the public position, seq, is given only after commit, by the sequencer
-- (ChangeSequencer): under the row lock of change_sequencer it numbers, gap-free, the rows that
-- are committed and not yet numbered, continuing from last_seq, and commits the numbers and the
-- new last_seq together. Sequencer runs take turns on that lock, and each one's snapshot is taken
-- after the previous one committed, so:
--   * a row gets exactly one seq (it is numbered by the first run whose snapshot sees it);
--   * seqs only grow: a row first seen by a later run gets a higher seq;
--   * readers see a prefix 1..last_seq with no holes, because a run's numbers and its last_seq
--     become visible in one commit, after every earlier run's.
-- A poller that reads seq > cursor in order therefore sees every change exactly once. Within one
-- run rows are numbered in write order (id), so changes to one entity, which row locks force to
-- happen one transaction after another, keep their order; across runs the order is commit order.
CREATE TABLE changes (
    -- Write order (taken inside the writing transaction); orders rows within one sequencer run.
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Public position; null until the sequencer numbers the row after its transaction committed.
    seq         bigint UNIQUE,
    -- The writing transaction, so that repeated writes to one entity in it make one change.
    xid         xid8         NOT NULL DEFAULT pg_current_xact_id(),
    kind        varchar(10)  NOT NULL CHECK (kind IN ('article', 'post', 'section', 'tag', 'author', 'comment', 'media')),
    entity_id   uuid         NOT NULL,
    deleted     boolean      NOT NULL,
    -- Whether anonymous readers could read the entity after the change, and before it (the first
    -- write of the transaction decides "before"), so an unpublish shows to them as a delete.
    is_public   boolean      NOT NULL,
    was_public  boolean      NOT NULL,
    -- Articles and posts: their creator, who may read them unpublished.
    owner_id    uuid,
    at          timestamptz  NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE UNIQUE INDEX changes_pending_key ON changes (xid, kind, entity_id) WHERE seq IS NULL;
CREATE INDEX changes_unsequenced_idx ON changes (id) WHERE seq IS NULL;
-- Retention removes the oldest numbered changes.
CREATE INDEX changes_at_idx ON changes (at) WHERE seq IS NOT NULL;

CREATE TABLE change_sequencer (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    -- The highest seq given; readers' nextCursor when nothing is left.
    last_seq        bigint NOT NULL DEFAULT 0,
    -- Changes up to here were removed by retention: a cursor below it has missed some (410).
    pruned_through  bigint NOT NULL DEFAULT 0
);
INSERT INTO change_sequencer DEFAULT VALUES;

CREATE FUNCTION record_change(p_kind text, p_id uuid, p_deleted boolean, p_public boolean,
                              p_was_public boolean, p_owner uuid) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO changes (kind, entity_id, deleted, is_public, was_public, owner_id)
VALUES (p_kind, p_id, p_deleted, p_public, p_was_public, p_owner)
ON CONFLICT (xid, kind, entity_id) WHERE seq IS NULL
    DO UPDATE SET deleted = EXCLUDED.deleted, is_public = EXCLUDED.is_public,
                  owner_id = EXCLUDED.owner_id, at = EXCLUDED.at;
$$;

-- Articles and posts: public while published. Updates that leave the representation alone
-- (the search index's re-indexing) are not changes; every other write moves version.
CREATE FUNCTION changes_record_content() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change(OLD.type, OLD.id, true, false, OLD.status = 'published', OLD.created_by);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM record_change(NEW.type, NEW.id, false, NEW.status = 'published', false, NEW.created_by);
    ELSIF OLD.version IS DISTINCT FROM NEW.version OR OLD.status IS DISTINCT FROM NEW.status
            OR OLD.published_at IS DISTINCT FROM NEW.published_at THEN
        PERFORM record_change(NEW.type, NEW.id, false, NEW.status = 'published', OLD.status = 'published',
                              NEW.created_by);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER content_items_changes
    AFTER INSERT OR UPDATE OR DELETE ON content_items
    FOR EACH ROW EXECUTE FUNCTION changes_record_content();

-- Sections, tags, authors (and media): public for as long as they exist. TG_ARGV[0] is the kind.
CREATE FUNCTION changes_record_public_entity() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change(TG_ARGV[0], OLD.id, true, false, true, NULL);
    ELSE
        PERFORM record_change(TG_ARGV[0], NEW.id, false, true, TG_OP = 'UPDATE', NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER sections_changes_write AFTER INSERT OR DELETE ON sections
    FOR EACH ROW EXECUTE FUNCTION changes_record_public_entity('section');
CREATE TRIGGER sections_changes_update AFTER UPDATE ON sections
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_public_entity('section');
CREATE TRIGGER tags_changes_write AFTER INSERT OR DELETE ON tags
    FOR EACH ROW EXECUTE FUNCTION changes_record_public_entity('tag');
CREATE TRIGGER tags_changes_update AFTER UPDATE ON tags
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_public_entity('tag');
CREATE TRIGGER authors_changes_write AFTER INSERT OR DELETE ON authors
    FOR EACH ROW EXECUTE FUNCTION changes_record_public_entity('author');
CREATE TRIGGER authors_changes_update AFTER UPDATE ON authors
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_public_entity('author');

-- Media (API.md §11) arrives in a migration of its own; when its table is already there, it
-- reports like sections. A later migration that creates it attaches the same two triggers.
DO
$$
BEGIN
    IF to_regclass('media') IS NOT NULL THEN
        EXECUTE 'CREATE TRIGGER media_changes_write AFTER INSERT OR DELETE ON media
                 FOR EACH ROW EXECUTE FUNCTION changes_record_public_entity(''media'')';
        EXECUTE 'CREATE TRIGGER media_changes_update AFTER UPDATE ON media
                 FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_public_entity(''media'')';
    END IF;
END
$$;

-- Comments: public while approved.
CREATE FUNCTION changes_record_comment() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('comment', OLD.id, true, false, OLD.status = 'approved', NULL);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM record_change('comment', NEW.id, false, NEW.status = 'approved', false, NULL);
    ELSE
        PERFORM record_change('comment', NEW.id, false, NEW.status = 'approved', OLD.status = 'approved', NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER comments_changes_write AFTER INSERT OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION changes_record_comment();
CREATE TRIGGER comments_changes_update AFTER UPDATE ON comments
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_comment();
