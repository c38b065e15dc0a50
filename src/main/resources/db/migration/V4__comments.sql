-- Comments on articles and posts, threaded by parent_id (API.md §5), and the per-client
-- submission counters of the rate limit.
CREATE TABLE comments (
    id            uuid PRIMARY KEY,
    content_id    uuid         NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    parent_id     uuid,
    -- 0 for a top-level comment, parent's depth + 1 for a reply.
    depth         integer      NOT NULL CHECK (depth BETWEEN 0 AND 5),
    author_name   varchar(100) NOT NULL,
    author_email  varchar(320) NOT NULL,
    body          text         NOT NULL,
    body_html     text         NOT NULL,
    status        varchar(10)  NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT comments_id_content_key UNIQUE (id, content_id),
    -- A reply belongs to its parent's item; deleting a comment deletes its replies.
    CONSTRAINT comments_parent_fkey FOREIGN KEY (parent_id, content_id)
        REFERENCES comments (id, content_id) ON DELETE CASCADE,
    CONSTRAINT comments_depth_parent_check CHECK ((depth = 0) = (parent_id IS NULL))
);
-- Public thread of an item: approved, oldest first.
CREATE INDEX comments_public_idx ON comments (content_id, created_at, id) WHERE status = 'approved';
-- Moderation queue: per status, newest first; and all statuses, newest first.
CREATE INDEX comments_status_idx ON comments (status, created_at DESC, id DESC);
CREATE INDEX comments_created_idx ON comments (created_at DESC, id DESC);
CREATE INDEX comments_parent_idx ON comments (parent_id);
-- "This email already has an approved comment".
CREATE INDEX comments_approved_email_idx ON comments (lower(author_email)) WHERE status = 'approved';

-- One row per client: submissions counted since window_start. Shared by every app instance.
CREATE TABLE comment_rate_limits (
    client        varchar(100) PRIMARY KEY,
    window_start  timestamptz  NOT NULL,
    hits          integer      NOT NULL
);
CREATE INDEX comment_rate_limits_window_idx ON comment_rate_limits (window_start);
