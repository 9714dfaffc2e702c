-- Incidents operators were alerted about, one row per incident: the dedupe key makes a second report of the
-- same incident (a retried step, a redelivered event, another process noticing the same stuck row) a no-op.
CREATE TABLE alert_incidents (
  dedupe_key  text        PRIMARY KEY,   -- execution-failed:<arn>:<event id>, outbox-stuck:<id>, dead-letter:<id>, sla-missed:<request>
  kind        text        NOT NULL CHECK (kind IN ('execution-failed', 'outbox-stuck', 'dead-letter', 'sla-missed')),
  summary     text        NOT NULL,
  detail      text,
  link        text,
  request_id  text,
  raised_at   timestamptz NOT NULL,
  -- The outbox event that carries the alert to the operators' channel.
  outbox_id   uuid        NOT NULL
);

CREATE INDEX alert_incidents_newest ON alert_incidents (raised_at DESC);
