-- Editorial workflow (API.md §3): revisions, old slugs that redirect, due scheduled items,
-- and a version that changes whenever an item's representation changes (§3 concurrency, §9 caching).

-- One row per write that changed title, body, excerpt, slug, status, authors, section or tags
-- (and standfirst/dateline): who, when, and the full view as it then was.
CREATE TABLE content_revisions (
    id          uuid PRIMARY KEY,
    content_id  uuid         NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    -- The item's version right after the write; unique per item, so it orders the history.
    version     integer      NOT NULL,
    action      varchar(20)  NOT NULL CHECK (action IN ('create', 'update', 'restore', 'scheduled-publish')),
    user_id     uuid REFERENCES users (id) ON DELETE SET NULL,
    -- Kept when the user is deleted; 'Scheduler' for scheduled publishing.
    user_name   varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    title       varchar(300) NOT NULL,
    status      varchar(12)  NOT NULL,
    snapshot    jsonb        NOT NULL,
    CONSTRAINT content_revisions_version_key UNIQUE (content_id, version)
);

-- Slugs an item had before (WordPress' _wp_old_slug): GET .../slug/{old} answers 301. Current
-- slugs win: an item that takes a slug removes it from here, whoever had it before.
CREATE TABLE content_old_slugs (
    type        varchar(10)  NOT NULL CHECK (type IN ('article', 'post')),
    slug        varchar(120) NOT NULL,
    content_id  uuid         NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (type, slug)
);
CREATE INDEX content_old_slugs_content_idx ON content_old_slugs (content_id);

-- The scheduler's query: due scheduled items, oldest instant first.
CREATE INDEX content_scheduled_idx ON content_items (publish_at) WHERE status = 'scheduled';

-- ETags are "<id>-v<version>", so version must change whenever the item's JSON changes, also when
-- that change is not a content write: the comment feature's single-statement update of
-- comment_count, and a rename of a section, tag or author the item shows (or a tag's deletion).
-- The triggers below keep that true whoever writes. They never touch updated_at and store no
-- revision. A write that already bumps version (every content write does) is left alone.
CREATE FUNCTION content_bump_version_on_comment_count() RETURNS trigger AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER content_items_comment_count_version
    BEFORE UPDATE OF comment_count ON content_items
    FOR EACH ROW
    WHEN (OLD.comment_count IS DISTINCT FROM NEW.comment_count AND OLD.version = NEW.version)
    EXECUTE FUNCTION content_bump_version_on_comment_count();

CREATE FUNCTION content_bump_version_for_section() RETURNS trigger AS $$
BEGIN
    UPDATE content_items SET version = version + 1 WHERE section_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sections_rename_content_version
    AFTER UPDATE OF slug, name ON sections
    FOR EACH ROW
    WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION content_bump_version_for_section();

CREATE FUNCTION content_bump_version_for_tag() RETURNS trigger AS $$
DECLARE
    tag uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
    UPDATE content_items SET version = version + 1
     WHERE id IN (SELECT content_id FROM content_tags WHERE tag_id = tag);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tags_rename_content_version
    AFTER UPDATE OF slug, name ON tags
    FOR EACH ROW
    WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION content_bump_version_for_tag();

-- Before the delete, while content_tags still names the items it detaches from.
CREATE TRIGGER tags_delete_content_version
    BEFORE DELETE ON tags
    FOR EACH ROW
    EXECUTE FUNCTION content_bump_version_for_tag();

CREATE FUNCTION content_bump_version_for_author() RETURNS trigger AS $$
BEGIN
    UPDATE content_items SET version = version + 1
     WHERE id IN (SELECT content_id FROM content_authors WHERE author_id = NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER authors_rename_content_version
    AFTER UPDATE OF slug, name ON authors
    FOR EACH ROW
    WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION content_bump_version_for_author();
