-- Media (API.md §11): uploaded images, the renditions made of them, and which content uses them.
CREATE TABLE media (
    id             uuid PRIMARY KEY,
    file_name      varchar(160)  NOT NULL,
    mime_type      varchar(40)   NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    width          integer       NOT NULL CHECK (width > 0),
    height         integer       NOT NULL CHECK (height > 0),
    -- Size and SHA-256 (hex) of the stored file, which is what every URL serves.
    bytes          bigint        NOT NULL CHECK (bytes > 0),
    sha256         char(64)      NOT NULL,
    -- SHA-256 of the bytes as uploaded (before metadata was removed): the same upload twice
    -- gives the same media item.
    upload_sha256  char(64)      NOT NULL UNIQUE,
    alt            varchar(300),
    caption        varchar(500),
    credit         varchar(200),
    created_at     timestamptz   NOT NULL,
    created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    updated_at     timestamptz   NOT NULL,
    version        integer       NOT NULL DEFAULT 1
);
CREATE INDEX media_created_idx ON media (created_at DESC, id DESC);

-- A rendition is made once (under an advisory lock) and its row written with its file.
CREATE TABLE media_renditions (
    media_id    uuid        NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width       integer     NOT NULL CHECK (width > 0),
    format      varchar(8)  NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
    bytes       bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (media_id, width, format)
);

-- Which content items show which media (featured image or body), kept on every content write.
-- A media item in use cannot be deleted.
CREATE TABLE content_media (
    content_id  uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    media_id    uuid NOT NULL REFERENCES media (id),
    PRIMARY KEY (content_id, media_id)
);
CREATE INDEX content_media_media_idx ON content_media (media_id, content_id);

-- The media item an article or post leads with (its featured_image JSON keeps the overrides).
ALTER TABLE content_items ADD COLUMN featured_media_id uuid REFERENCES media (id);
CREATE INDEX content_featured_media_idx ON content_items (featured_media_id) WHERE featured_media_id IS NOT NULL;
