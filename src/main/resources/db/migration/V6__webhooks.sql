-- Webhooks (API.md §8): subscriptions, the outbox of deliveries written in the same
-- transaction as the change, and every attempt to send one.
CREATE TABLE webhooks (
    id          uuid PRIMARY KEY,
    url         varchar(2000) NOT NULL,
    events      text[]        NOT NULL,
    -- Kept readable: every delivery is signed with it (HMAC-SHA256). Never returned by the API.
    secret      varchar(200)  NOT NULL,
    active      boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL
);
CREATE INDEX webhooks_events_idx ON webhooks USING gin (events) WHERE active;

CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    -- Event order: deliveries of one webhook and subject are sent in this order.
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    webhook_id       uuid         NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event            varchar(40)  NOT NULL,
    subject_type     varchar(20)  NOT NULL,
    subject_id       uuid         NOT NULL,
    occurred_at      timestamptz  NOT NULL,
    -- The exact bytes that are POSTed and signed.
    body             bytea        NOT NULL,
    status           varchar(20)  NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer      NOT NULL DEFAULT 0,
    -- When a sender may take it next; while one sends, pushed forward by a lease.
    next_attempt_at  timestamptz,
    -- The sender holding the lease, so a late answer after a lost lease records nothing.
    claim_id         uuid,
    created_at       timestamptz  NOT NULL,
    completed_at     timestamptz,
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (webhook_id, subject_id, seq) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, seq);

CREATE TABLE webhook_delivery_attempts (
    id             uuid PRIMARY KEY,
    delivery_id    uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    number         integer     NOT NULL,
    attempted_at   timestamptz NOT NULL,
    status_code    integer,
    error          varchar(500),
    duration_ms    integer     NOT NULL,
    UNIQUE (delivery_id, number)
);
