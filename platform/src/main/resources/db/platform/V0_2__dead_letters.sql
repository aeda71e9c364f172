-- 死信: a record a consumer could not apply, kept with its reason so the channel goes on and an admin can replay it.
-- One row per (consumer, record position): a record redelivered after a crash is parked once.
CREATE TABLE dead_letter (
    id            uuid         PRIMARY KEY,
    consumer      text         NOT NULL,
    topic         text         NOT NULL,
    kafka_partition integer    NOT NULL,
    kafka_offset  bigint       NOT NULL,
    record_key    text,
    event_id      text,
    event_type    text,
    headers       text         NOT NULL,
    payload       text,
    reason        text         NOT NULL,
    attempts      integer      NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    replayed_at   timestamptz,
    replayed_by   text,
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
CREATE INDEX dead_letter_open_idx ON dead_letter (created_at) WHERE replayed_at IS NULL;

-- Retention deletes published events and processed-event marks by age, in batches.
CREATE INDEX outbox_event_published_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX processed_event_age_idx ON processed_event (processed_at);
