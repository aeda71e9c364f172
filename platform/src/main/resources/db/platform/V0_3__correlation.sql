-- The correlation id of the work that wrote the event (an HTTP request or a consumed event), carried on as ce_correlationid.
ALTER TABLE outbox_event ADD COLUMN correlation_id text;
