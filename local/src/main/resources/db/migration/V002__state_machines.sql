-- The state machine registry. Revisions are never deleted: an execution may still run one after its machine
-- was updated or deleted.

CREATE TABLE state_machine_revisions (
  revision_id           text        PRIMARY KEY,
  arn                   text        NOT NULL,
  name                  text        NOT NULL,
  type                  text        NOT NULL,
  definition            text        NOT NULL,
  role_arn              text,
  creation_date         timestamptz NOT NULL,
  logging_configuration json,
  tracing_configuration json,
  tags                  json        NOT NULL
);

CREATE TABLE state_machines (
  arn                 text PRIMARY KEY,
  name                text NOT NULL,
  current_revision_id text NOT NULL REFERENCES state_machine_revisions (revision_id)
);

CREATE INDEX state_machines_by_name ON state_machines (name);

CREATE TABLE state_machine_versions (
  state_machine_arn text    NOT NULL REFERENCES state_machines (arn) ON DELETE CASCADE,
  version           integer NOT NULL,
  revision_id       text    NOT NULL REFERENCES state_machine_revisions (revision_id),
  description       text,
  PRIMARY KEY (state_machine_arn, version)
);
