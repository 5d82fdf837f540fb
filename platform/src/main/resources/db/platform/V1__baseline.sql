-- Baseline: the event plumbing every TechBridge service shares.

-- Transactional outbox: an event row is written in the same transaction as the change it
-- describes; the relay publishes unsent rows to Kafka and stamps sent_at.
CREATE TABLE outbox_event (
    id             uuid        PRIMARY KEY,
    seq            bigint      GENERATED ALWAYS AS IDENTITY,   -- relay order
    topic          text        NOT NULL,
    aggregate_id   text        NOT NULL,
    type           text        NOT NULL,
    event          jsonb       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    sent_at        timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Idempotent consumers: the id of each consumed event is recorded in the same transaction as
-- its effect, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id       text        PRIMARY KEY,
    topic          text        NOT NULL,
    processed_at   timestamptz NOT NULL DEFAULT now()
);
