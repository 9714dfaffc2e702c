-- Intake data: requests and their record revisions, the built-in CRM's customers, review tasks, notifications,
-- the audit trail and the AI call log. Owned by module `shared` (dev.opsflow.shared.intake.store,
-- dev.opsflow.shared.customers, dev.opsflow.shared.notify).
--
-- Idempotency: every write a retried Lambda may repeat carries an `idempotency_key` (derived from the execution
-- and the state name) under a UNIQUE constraint, so a retry finds the row the first attempt wrote.
-- Records are `jsonb` (filtered and indexed); no workflow payload is compared as text here.
-- The append-only logs (audit_events, ai_calls, notifications) hold request ids without a foreign key: a log
-- line must never be refused because the request row is missing (an operator alert about a request that
-- failed before it was stored, say).

-- Fuzzy name and address search (trigram similarity, GIN indexes for ILIKE '%text%'). Trusted extension:
-- a database owner may create it without superuser rights (PostgreSQL 13+, RDS included).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customers (
  id                 text        PRIMARY KEY,              -- cus-<uuid>
  name               text,
  name_normalised    text,                                 -- lower case, no accents or punctuation
  phone_e164         text,                                 -- +15551234567
  email              text,                                 -- as the customer wrote it
  email_normalised   text,                                 -- trimmed, lower case
  address            text,
  address_normalised text,                                 -- "12 oak st unit 4 springfield il 62704"
  external_ids       jsonb       NOT NULL DEFAULT '{}',    -- {"hubspot": "51"}
  -- The key of the step that created the customer: a retried step finds it instead of creating a twin.
  creation_key       text        UNIQUE,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);

CREATE INDEX customers_by_phone ON customers (phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_by_email ON customers (email_normalised) WHERE email_normalised IS NOT NULL;
CREATE INDEX customers_name_trgm ON customers USING gin (name_normalised gin_trgm_ops);
CREATE INDEX customers_address_trgm ON customers USING gin (address_normalised gin_trgm_ops);
CREATE INDEX customers_external_ids ON customers USING gin (external_ids jsonb_path_ops);

CREATE TABLE requests (
  id               text         PRIMARY KEY,             -- req-<uuid or derived>
  execution_name   text,                                 -- <channel>-<sanitised source_id>
  channel          text         NOT NULL,                -- voicemail, email, sms, web, webhook
  source_id        text         NOT NULL,                -- the channel's own message id
  status           text         NOT NULL,                -- dev.opsflow.shared.intake.store.RequestStatus
  issue_type       text,
  urgency          text,
  completeness     numeric(4,3) CHECK (completeness BETWEEN 0 AND 1),
  customer_id      text         REFERENCES customers (id),
  match_confidence numeric(4,3) CHECK (match_confidence BETWEEN 0 AND 1),
  match_method     text,                                 -- phone, email, name_address, created, none
  team             text,
  record           jsonb        NOT NULL DEFAULT '{}',   -- the structured record (latest revision)
  revision         integer      NOT NULL DEFAULT 0,      -- number of the latest request_revisions row
  sender           jsonb,                                -- the envelope's "from": {phone, email, name}
  subject          text,
  raw_text         text,
  attachments      jsonb        NOT NULL DEFAULT '[]',
  received_at      timestamptz  NOT NULL,
  updated_at       timestamptz  NOT NULL,
  -- Derived for the dashboard's filters; always in step with the record because PostgreSQL computes them.
  customer_name    text GENERATED ALWAYS AS (record ->> 'customer_name') STORED,
  phone            text GENERATED ALWAYS AS (coalesce(record ->> 'phone', sender ->> 'phone')) STORED,
  email            text GENERATED ALWAYS AS (lower(coalesce(record ->> 'email', sender ->> 'email'))) STORED,
  search_text      text GENERATED ALWAYS AS (lower(
                     coalesce(record ->> 'customer_name', sender ->> 'name', '') || ' ' ||
                     coalesce(record ->> 'email', sender ->> 'email', '') || ' ' ||
                     coalesce(record ->> 'address', '') || ' ' || coalesce(subject, ''))) STORED,
  CONSTRAINT requests_one_per_source UNIQUE (channel, source_id)
);

-- Keyset paging newest first, alone and under each filter the dashboard offers.
CREATE INDEX requests_newest ON requests (received_at DESC, id DESC);
CREATE INDEX requests_by_status ON requests (status, received_at DESC, id DESC);
CREATE INDEX requests_by_channel ON requests (channel, received_at DESC, id DESC);
CREATE INDEX requests_by_customer ON requests (customer_id, received_at DESC, id DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX requests_by_phone ON requests (phone, received_at DESC, id DESC) WHERE phone IS NOT NULL;
CREATE INDEX requests_by_email ON requests (email) WHERE email IS NOT NULL;
CREATE INDEX requests_by_execution ON requests (execution_name) WHERE execution_name IS NOT NULL;
CREATE INDEX requests_search_trgm ON requests USING gin (search_text gin_trgm_ops);

-- Every change of a request's record: revision 1 is the record as received.
CREATE TABLE request_revisions (
  request_id      text        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  revision        integer     NOT NULL,
  record          jsonb       NOT NULL,
  changed_by      text        NOT NULL,   -- agent:<id>@<version>, staff:<user>, system:<component>
  reason          text,
  idempotency_key text        UNIQUE,
  at              timestamptz NOT NULL,
  PRIMARY KEY (request_id, revision)
);

CREATE TABLE review_tasks (
  id              text        PRIMARY KEY,   -- task-<uuid>
  request_id      text        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  kind            text        NOT NULL CHECK (kind IN ('review', 'approval', 'acknowledge')),
  -- The Step Functions task token the workflow waits on (.waitForTaskToken); replaced when the state is retried.
  task_token      text        NOT NULL UNIQUE,
  status          text        NOT NULL CHECK (status IN ('open', 'claimed', 'completed', 'rejected', 'expired')),
  claimed_by      text,
  claimed_at      timestamptz,
  missing_fields  jsonb       NOT NULL DEFAULT '[]',
  draft           jsonb,
  idempotency_key text        NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL,
  completed_at    timestamptz,
  completed_by    text,
  outcome         jsonb
);

CREATE INDEX review_tasks_pending ON review_tasks (status, created_at, id) WHERE status IN ('open', 'claimed');
CREATE INDEX review_tasks_by_request ON review_tasks (request_id, created_at);

CREATE TABLE notifications (
  id                  text        PRIMARY KEY,   -- ntf-<uuid>
  request_id          text,
  idempotency_key     text        NOT NULL UNIQUE,
  event               text        NOT NULL,      -- urgent-request, review-needed, escalation, confirmation, operator-alert
  channel             text        NOT NULL CHECK (channel IN ('email', 'sms', 'slack')),
  recipient           text        NOT NULL,
  subject             text,
  body                text        NOT NULL,
  -- pending: recorded, not yet handed over; sending: an attempt holds it; captured: kept in the local outbox;
  -- sent: the provider accepted it; failed: the provider refused it or was unreachable (a retry may try again).
  status              text        NOT NULL CHECK (status IN ('pending', 'sending', 'captured', 'sent', 'failed')),
  attempts            integer     NOT NULL DEFAULT 0,
  attempt_started_at  timestamptz,
  provider_message_id text,
  error               text,
  created_at          timestamptz NOT NULL,
  sent_at             timestamptz
);

CREATE INDEX notifications_newest ON notifications (created_at DESC, id DESC);
CREATE INDEX notifications_by_request ON notifications (request_id, created_at) WHERE request_id IS NOT NULL;
CREATE INDEX notifications_by_status ON notifications (status, created_at DESC);

CREATE TABLE audit_events (
  id              bigserial   PRIMARY KEY,
  request_id      text,
  at              timestamptz NOT NULL,
  actor           text        NOT NULL,   -- agent:<id>@<version>, staff:<user>, system:<component>
  action          text        NOT NULL,   -- request.received, record.revised, status.changed, review.completed ...
  detail          jsonb       NOT NULL DEFAULT '{}',
  idempotency_key text        UNIQUE
);

CREATE INDEX audit_events_by_request ON audit_events (request_id, id) WHERE request_id IS NOT NULL;
CREATE INDEX audit_events_newest ON audit_events (at DESC, id DESC);

-- The audit trail is append-only: rows are never changed or deleted (TRUNCATE, for tests and resets, is allowed).
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- One row per call to a model (Bedrock or the local reasoner): what was asked of which agent, what it cost,
-- what it answered and which guards it tripped.
CREATE TABLE ai_calls (
  id              bigserial   PRIMARY KEY,
  request_id      text,
  agent_id        text        NOT NULL,
  agent_version   text        NOT NULL,
  model_id        text        NOT NULL,
  input_tokens    integer,
  output_tokens   integer,
  duration_ms     bigint      NOT NULL,
  output          jsonb,
  violations      jsonb       NOT NULL DEFAULT '[]',
  idempotency_key text        UNIQUE,
  at              timestamptz NOT NULL
);

CREATE INDEX ai_calls_by_request ON ai_calls (request_id, id) WHERE request_id IS NOT NULL;
CREATE INDEX ai_calls_by_agent ON ai_calls (agent_id, at DESC);
