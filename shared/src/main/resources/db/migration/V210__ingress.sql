-- Inbound messages of every channel (dev.opsflow.shared.ingress). Ingress answers a sender only after the row
-- is committed, so nothing acknowledged is lost; (channel, source_id) is unique, so a retried delivery or a
-- double submit finds the row it made the first time and starts nothing new.
--
-- The row is also the local queue: a processor claims pending rows with FOR UPDATE SKIP LOCKED, publishes them to
-- the event bus and marks them in the same transaction. Where entity_key is set (machine sources), only the
-- oldest pending row of a key is claimable, so one entity's events are applied in the order they arrived.
CREATE TABLE inbound_messages (
  id              bigserial   PRIMARY KEY,
  channel         text        NOT NULL,              -- sms | voicemail | email | web | webhook
  source          text        NOT NULL,              -- twilio, ses, web-form, or the webhook source's name
  source_id       text        NOT NULL,              -- the channel's message id (MessageSid, Message-ID, ...)
  kind            text        NOT NULL,              -- intake (ServiceRequestReceived) | events (WebhookReceived)
  execution_name  text        NOT NULL,              -- <channel>-<sanitised source_id>
  entity_key      text,                              -- null: no order among this source's messages
  received_at     timestamptz NOT NULL,
  headers         jsonb       NOT NULL,
  body            text,                              -- the payload (JSON text), null when kept by reference
  body_ref        text,                              -- object-store key of a payload over the inline limit
  body_size       integer     NOT NULL,
  status          text        NOT NULL,              -- pending | processed | failed
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  error           text,
  event_id        text,                              -- the bus's id of the published event
  processed_at    timestamptz,
  updated_at      timestamptz NOT NULL,
  CONSTRAINT inbound_messages_source_id UNIQUE (channel, source_id)
);

CREATE INDEX inbound_messages_due ON inbound_messages (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX inbound_messages_entity ON inbound_messages (entity_key, id) WHERE status = 'pending' AND entity_key IS NOT NULL;
CREATE INDEX inbound_messages_recent ON inbound_messages (id DESC, status);
