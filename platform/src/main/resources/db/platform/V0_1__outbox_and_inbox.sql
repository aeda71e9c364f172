-- Shared by every service (platform module): the transactional outbox and the idempotent-consumer inbox.

-- 发件箱: an event is written here in the same transaction as the state change it announces;
-- the relay publishes it to Kafka and only then stamps published_at.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    topic         text         NOT NULL,
    aggregate_id  text         NOT NULL,
    type          text         NOT NULL,
    payload       text         NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    seq           bigserial    NOT NULL,
    published_at  timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    text
);
-- The relay reads only the unpublished tail, in commit order.
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;

-- 收件箱: one row per (event, consumer) makes a redelivered event act once.
CREATE TABLE processed_event (
    event_id      uuid         NOT NULL,
    consumer      text         NOT NULL,
    processed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
