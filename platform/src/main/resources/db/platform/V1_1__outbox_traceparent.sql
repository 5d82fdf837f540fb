-- The W3C trace context of the request or event that wrote the row; the relay sends it as the
-- record's traceparent header, so a trace continues across Kafka.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
