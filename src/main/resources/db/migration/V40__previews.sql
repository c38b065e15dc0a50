-- Draft previews (API.md §12). Preview tokens are signed, not stored: the signing key lives
-- here so that every instance shares it and it survives restarts; a grant row per item holds
-- the generation its tokens must carry, so revoking (or deleting the item) voids them all.
CREATE TABLE server_keys (
    name       text PRIMARY KEY,
    secret     bytea NOT NULL CHECK (octet_length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE preview_grants (
    content_id uuid PRIMARY KEY REFERENCES content_items (id) ON DELETE CASCADE,
    generation integer NOT NULL DEFAULT 0
);
