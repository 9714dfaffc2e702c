-- The transactional outbox: every event opsflow emits to the outside (to the event bus, to operators'
-- channels) is inserted here in the same transaction as the state change that caused it; the relay publishes
-- it afterwards, retrying with exponential backoff. Rows are never updated by writers, only by the relay.
-- The id is the event's identity downstream (detail.event_id): consumers drop a redelivery by it.

CREATE TABLE outbox (
  id              uuid        PRIMARY KEY,
  -- Where it goes: 'eventbridge' (the configured bus), 'eventbridge:<bus name>', or 'notify' (staff channels).
  destination     text        NOT NULL,
  source          text        NOT NULL,               -- EventBridge Source, e.g. opsflow.alerts
  event_type      text        NOT NULL,               -- EventBridge DetailType, e.g. OperatorAlertRaised
  payload         jsonb       NOT NULL,
  created_at      timestamptz NOT NULL,
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  published_at    timestamptz,
  last_error      text,
  -- Set when the event has failed too often or waited too long: the dashboard lists it, an alert is raised.
  stuck_since     timestamptz,
  CHECK (attempts >= 0)
);

-- What the relay claims: unpublished events by due time.
CREATE INDEX outbox_due ON outbox (next_attempt_at, created_at) WHERE published_at IS NULL;
-- What operators look at.
CREATE INDEX outbox_stuck ON outbox (stuck_since) WHERE published_at IS NULL AND stuck_since IS NOT NULL;
-- What the retention purge deletes.
CREATE INDEX outbox_published ON outbox (published_at) WHERE published_at IS NOT NULL;
