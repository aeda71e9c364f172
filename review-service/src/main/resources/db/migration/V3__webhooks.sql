-- Webhooks to finance bureaus (预算一体化): a subscription of an organisation receives the events of its subtree, signed
-- to the Standard Webhooks spec. Each delivery is stored before it is sent, so nothing is lost while the receiver or
-- this service is down; every attempt is kept for the bureau to see.
CREATE TABLE webhook_subscription (
    id                     uuid         PRIMARY KEY,
    org_code               text         NOT NULL,
    org_path               text         NOT NULL,
    url                    text         NOT NULL,
    description            text,
    event_types            text[]       NOT NULL,
    enabled                boolean      NOT NULL,
    disabled_reason        text,
    secret                 text         NOT NULL,
    previous_secret        text,
    previous_secret_until  timestamptz,
    created_at             timestamptz  NOT NULL,
    created_by             text         NOT NULL,
    updated_at             timestamptz  NOT NULL,
    failing_since          timestamptz
);
CREATE INDEX webhook_subscription_path_idx ON webhook_subscription (org_path text_pattern_ops);

CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    subscription_id  uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid         NOT NULL,
    event_type       text         NOT NULL,
    subject          text,
    payload          text         NOT NULL,
    status           text         NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz  NOT NULL,
    seq              bigserial    NOT NULL,
    delivered_at     timestamptz,
    last_status      integer,
    last_error       text,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_list_idx ON webhook_delivery (subscription_id, created_at DESC);

CREATE TABLE webhook_attempt (
    id            uuid         PRIMARY KEY,
    delivery_id   uuid         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at  timestamptz  NOT NULL,
    status_code   integer,
    duration_ms   integer      NOT NULL,
    response      text,
    error         text
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempted_at);
