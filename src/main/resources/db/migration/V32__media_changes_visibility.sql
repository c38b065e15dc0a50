-- Media in the change feed as anonymous readers see it (API.md §11, §14). V30 recorded media like
-- sections, public for as long as it exists; but anonymous readers may read a media item only while
-- published content shows it, so the feed showed them the ids of unused and unpublished uploads.
--
-- Now a media change is public when published content shows the media item, and the feed also
-- hears of the moment that changes without the media row itself changing: content starts or stops
-- showing it (content_media), or content showing it is published or unpublished. Anonymous
-- readers then see an upsert when the media becomes readable to them and a delete when it stops.
--
-- The state last told (public or not) is kept per media item in change_media_public, so that a
-- flip is recorded once and only when it really happened: content writes rewrite their
-- content_media rows (delete all, insert the current ones), so the check runs at commit (deferred
-- constraint triggers), when the transaction's final state is there, under the state row's lock,
-- so two transactions changing one media item's visibility take turns and the second one sees
-- what the first committed.
CREATE TABLE change_media_public (
    media_id   uuid PRIMARY KEY,
    is_public  boolean NOT NULL
);

CREATE FUNCTION media_is_public(p_media uuid) RETURNS boolean
    LANGUAGE sql VOLATILE AS
$$
SELECT EXISTS (SELECT 1 FROM content_media m JOIN content_items c ON c.id = m.content_id
                WHERE m.media_id = p_media AND c.status = 'published');
$$;

INSERT INTO change_media_public (media_id, is_public) SELECT id, media_is_public(id) FROM media;

-- Records a change when the media item's visibility differs from what was last told.
CREATE FUNCTION changes_refresh_media(p_media uuid) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    told boolean;
    visible boolean;
BEGIN
    SELECT is_public INTO told FROM change_media_public WHERE media_id = p_media FOR UPDATE;
    IF NOT FOUND THEN
        RETURN; -- deleted meanwhile: its delete is recorded already
    END IF;
    visible := media_is_public(p_media);
    IF visible IS DISTINCT FROM told THEN
        UPDATE change_media_public SET is_public = visible WHERE media_id = p_media;
        PERFORM record_change('media', p_media, false, visible, told, NULL);
    END IF;
END
$$;

-- The media row itself: created (never public yet), changed (public as last told), deleted.
CREATE FUNCTION changes_record_media() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    told boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO change_media_public (media_id, is_public) VALUES (NEW.id, false)
            ON CONFLICT (media_id) DO UPDATE SET is_public = false;
        PERFORM record_change('media', NEW.id, false, false, false, NULL);
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT is_public INTO told FROM change_media_public WHERE media_id = NEW.id;
        PERFORM record_change('media', NEW.id, false, coalesce(told, false), coalesce(told, false), NULL);
    ELSE
        DELETE FROM change_media_public WHERE media_id = OLD.id RETURNING is_public INTO told;
        PERFORM record_change('media', OLD.id, true, false, coalesce(told, false), NULL);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS media_changes_write ON media;
DROP TRIGGER IF EXISTS media_changes_update ON media;
CREATE TRIGGER media_changes_write AFTER INSERT OR DELETE ON media
    FOR EACH ROW EXECUTE FUNCTION changes_record_media();
CREATE TRIGGER media_changes_update AFTER UPDATE ON media
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_record_media();

-- Content starts or stops showing a media item.
CREATE FUNCTION changes_media_use() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM changes_refresh_media(OLD.media_id);
    ELSE
        PERFORM changes_refresh_media(NEW.media_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER content_media_changes AFTER INSERT OR DELETE ON content_media
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION changes_media_use();

-- Content showing media is published or unpublished.
CREATE FUNCTION changes_media_of_content() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    used uuid;
BEGIN
    FOR used IN SELECT media_id FROM content_media WHERE content_id = NEW.id ORDER BY media_id LOOP
        PERFORM changes_refresh_media(used);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER content_items_media_changes AFTER UPDATE ON content_items
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN ((OLD.status = 'published') IS DISTINCT FROM (NEW.status = 'published'))
    EXECUTE FUNCTION changes_media_of_content();
