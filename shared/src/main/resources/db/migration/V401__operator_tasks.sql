-- What needs a person: operator tasks (the dashboard's operations page lists the open ones) and the alerts that
-- announced unrecoverable workflow failures. Both are written by workflow steps, at least once, so each row has
-- the idempotency key of the step that made it (<execution id>#<state name>): a retried step finds its row.

CREATE TABLE operator_alerts (
  id              bigserial   PRIMARY KEY,
  idempotency_key text        NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL,
  workflow        text        NOT NULL,
  execution_arn   text        NOT NULL,
  -- The business object the execution was about: contract:<id>, request:<id> ...
  subject         text,
  failed_state    text,
  error           text        NOT NULL,
  cause           text
);

CREATE INDEX operator_alerts_newest ON operator_alerts (created_at DESC);

CREATE TABLE operator_tasks (
  id              bigserial   PRIMARY KEY,
  idempotency_key text        NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL,
  status          text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  closed_at       timestamptz,
  closed_by       text,
  kind            text        NOT NULL,
  title           text        NOT NULL,
  workflow        text        NOT NULL,
  execution_arn   text        NOT NULL,
  subject         text,
  alert_id        bigint      REFERENCES operator_alerts (id),
  -- The Step Functions task token of the workflow waiting for the operator's decision (null when none waits):
  -- SendTaskSuccess {"decision": "retry"} resumes it at the failed state, {"decision": "abandon"} ends it failed.
  task_token      text,
  -- What the operator needs to act: failed state, error, cause, links.
  detail          jsonb       NOT NULL DEFAULT '{}'
);

CREATE INDEX operator_tasks_open ON operator_tasks (created_at DESC) WHERE status = 'open';

GRANT SELECT, INSERT ON operator_alerts TO opsflow_app;
GRANT SELECT, INSERT, UPDATE ON operator_tasks TO opsflow_app;
GRANT USAGE ON SEQUENCE operator_alerts_id_seq, operator_tasks_id_seq TO opsflow_app;
