-- Sections (a tree), tags, and the one content model shared by articles and posts (API.md §3, §4).
CREATE TABLE sections (
    id           uuid PRIMARY KEY,
    slug         varchar(120) NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    description  text,
    parent_id    uuid REFERENCES sections (id),
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX sections_parent_idx ON sections (parent_id);

CREATE TABLE tags (
    id           uuid PRIMARY KEY,
    slug         varchar(120) NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    description  text,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE content_items (
    id                    uuid PRIMARY KEY,
    type                  varchar(10)  NOT NULL CHECK (type IN ('article', 'post')),
    slug                  varchar(120) NOT NULL,
    title                 varchar(300) NOT NULL,
    standfirst            varchar(500),
    dateline              varchar(100),
    body_markdown         text,
    body_html             text         NOT NULL,
    body_text             text         NOT NULL,
    excerpt               varchar(500) NOT NULL,
    excerpt_given         boolean      NOT NULL DEFAULT false,
    status                varchar(12)  NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    published_at          timestamptz,
    publish_at            timestamptz,
    section_id            uuid REFERENCES sections (id),
    featured_image        jsonb,
    seo_title             varchar(300),
    seo_description       varchar(500),
    seo_canonical_url     varchar(2000),
    word_count            integer      NOT NULL,
    reading_time_minutes  integer      NOT NULL,
    comments_open         boolean      NOT NULL DEFAULT true,
    comment_count         integer      NOT NULL DEFAULT 0,
    created_by            uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               integer      NOT NULL DEFAULT 1,
    CONSTRAINT content_items_type_slug_key UNIQUE (type, slug)
);
-- Public lists: newest published first, per type (keyset on published_at, id).
CREATE INDEX content_public_idx ON content_items (type, published_at DESC, id DESC) WHERE status = 'published';
-- "Recent" across types.
CREATE INDEX content_recent_idx ON content_items (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX content_updated_idx ON content_items (type, updated_at DESC, id DESC);
CREATE INDEX content_title_idx ON content_items (type, title, id);
CREATE INDEX content_section_idx ON content_items (section_id, published_at DESC);
CREATE INDEX content_created_by_idx ON content_items (created_by);
CREATE INDEX content_status_idx ON content_items (type, status, updated_at DESC);

CREATE TABLE content_authors (
    content_id  uuid    NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    author_id   uuid    NOT NULL REFERENCES authors (id),
    position    integer NOT NULL,
    PRIMARY KEY (content_id, position)
);
CREATE INDEX content_authors_author_idx ON content_authors (author_id, content_id);

CREATE TABLE content_tags (
    content_id  uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    tag_id      uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (content_id, tag_id)
);
CREATE INDEX content_tags_tag_idx ON content_tags (tag_id, content_id);
