-- Imports (API.md §13): jobs any instance may run, their uploaded files, what an import made
-- from which source record (so importing again updates instead of duplicating), and the old
-- permalink paths an import keeps for GET /resolve (§12).
CREATE TABLE import_jobs (
    id           uuid PRIMARY KEY,
    source       varchar(10)  NOT NULL CHECK (source IN ('wordpress', 'byline')),
    status       varchar(10)  NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    -- {"as": "article"|"post", "notify": bool}
    options      jsonb        NOT NULL,
    size_bytes   bigint       NOT NULL,
    total        integer,
    processed    integer      NOT NULL DEFAULT 0,
    created      integer      NOT NULL DEFAULT 0,
    updated      integer      NOT NULL DEFAULT 0,
    skipped      integer      NOT NULL DEFAULT 0,
    -- [{ref, message}], at most the first 1000
    errors       jsonb        NOT NULL DEFAULT '[]'::jsonb,
    error_count  integer      NOT NULL DEFAULT 0,
    -- Why the whole job failed (a file that cannot be read), shown as the last error.
    failure      varchar(1000),
    created_by   uuid         NOT NULL REFERENCES users (id),
    created_at   timestamptz  NOT NULL,
    started_at   timestamptz,
    finished_at  timestamptz,
    -- The run holding the job; it renews lease_until with every item. A run whose lease ran out
    -- (its instance died) is taken over, from the item after the last one it committed.
    claim_id     uuid,
    lease_until  timestamptz,
    attempts     integer      NOT NULL DEFAULT 0
);
CREATE INDEX import_jobs_open_idx ON import_jobs (created_at) WHERE status IN ('queued', 'running');
CREATE INDEX import_jobs_created_idx ON import_jobs (created_at DESC, id DESC);

-- The uploaded file, in chunks of at most 1 MiB, so it is never held in memory whole and any
-- instance can read it. Removed when the job finishes.
CREATE TABLE import_chunks (
    job_id  uuid    NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    n       integer NOT NULL,
    data    bytea   NOT NULL,
    PRIMARY KEY (job_id, n)
);

-- Source record → what the import made of it. site is the WordPress base_site_url, ref its
-- post id, comment id, term slug or author login.
CREATE TABLE import_refs (
    site       varchar(500) NOT NULL,
    kind       varchar(10)  NOT NULL CHECK (kind IN ('item', 'section', 'tag', 'author', 'comment')),
    ref        varchar(500) NOT NULL,
    entity_id  uuid         NOT NULL,
    PRIMARY KEY (site, kind, ref)
);

-- Permalink paths an item had on another system (WordPress's /2025/03/slug/): GET /resolve
-- answers redirect: true with the item's current url. Stored decoded, without a trailing slash.
CREATE TABLE content_old_paths (
    path        varchar(2000) PRIMARY KEY,
    content_id  uuid          NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX content_old_paths_content_idx ON content_old_paths (content_id);
