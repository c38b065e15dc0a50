-- Accounts and their API tokens (API.md §2). Only a SHA-256 hash of a token is kept.
CREATE TABLE users (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    email       varchar(320) NOT NULL,
    role        varchar(20)  NOT NULL CHECK (role IN ('contributor', 'author', 'editor', 'admin')),
    author_id   uuid,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE api_tokens (
    id            uuid PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          varchar(100) NOT NULL,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL,
    last_used_at  timestamptz,
    expires_at    timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at);

-- Public bylines (API.md §4). A user may write as one author.
CREATE TABLE authors (
    id          uuid PRIMARY KEY,
    slug        varchar(120) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    bio         text,
    avatar_url  varchar(2000),
    links       jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
ALTER TABLE users ADD CONSTRAINT users_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL;
