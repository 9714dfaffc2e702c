-- Executions of the local engine, their history, their due work and their open task tokens.
-- JSON columns are `json`, not `jsonb`: jsonb reorders object keys, and AWS returns payloads (outputs, event
-- details) with the keys in the order the workflow produced them.

CREATE TABLE executions (
  arn               text        PRIMARY KEY,
  state_machine_arn text        NOT NULL,
  name              text        NOT NULL,
  status            text        NOT NULL,
  business_key      text,
  start_time        timestamptz NOT NULL,
  stop_time         timestamptz,
  -- Bumped by every commit; a commit from an older version is refused (optimistic concurrency).
  version           bigint      NOT NULL,
  -- The whole ExecutionState: what a restarted process resumes from.
  checkpoint        json        NOT NULL
);

CREATE INDEX executions_newest ON executions (start_time DESC, arn DESC);
CREATE INDEX executions_by_machine ON executions (state_machine_arn, start_time DESC, arn DESC);
CREATE INDEX executions_by_machine_status ON executions (state_machine_arn, status, start_time DESC, arn DESC);
CREATE INDEX executions_by_status ON executions (status, start_time DESC, arn DESC);
CREATE INDEX executions_by_business_key ON executions (business_key, start_time DESC, arn DESC)
  WHERE business_key IS NOT NULL;
CREATE INDEX executions_closed ON executions (stop_time) WHERE stop_time IS NOT NULL;

-- Append-only: rows are inserted with their step and removed only by the retention purge.
CREATE TABLE history_events (
  execution_arn text        NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  id            bigint      NOT NULL,
  type          text        NOT NULL,
  event         json        NOT NULL,
  PRIMARY KEY (execution_arn, id)
);

CREATE TABLE work_items (
  id            bigserial   PRIMARY KEY,
  execution_arn text        NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  frame_id      text,
  frame_seq     bigint      NOT NULL,
  kind          text        NOT NULL,
  due_at        timestamptz NOT NULL,
  payload       json,
  lease_owner   text,
  lease_until   timestamptz
);

CREATE INDEX work_items_due ON work_items (due_at, id);
CREATE INDEX work_items_by_execution ON work_items (execution_arn);

CREATE TABLE task_tokens (
  token         text        PRIMARY KEY,
  execution_arn text        NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  state_name    text        NOT NULL,
  task_input    json,
  opened_at     timestamptz NOT NULL
);

CREATE INDEX task_tokens_oldest ON task_tokens (opened_at, token);
CREATE INDEX task_tokens_by_execution ON task_tokens (execution_arn);
