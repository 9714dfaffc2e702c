-- The local EventBridge bus (dev.opsflow.local.events): rules, accepted events, their deliveries to targets,
-- dead letters and schedule timers. An event is accepted only once its row and its deliveries (or its dead
-- letter) are committed in the PutEvents request's transaction, so nothing acknowledged is lost by a crash.
-- JSON columns are `json`, not `jsonb`: events keep their key order, as EventBridge delivers them.

-- Every rule the bus routes by: those of events/rules/*.json (origin 'file') and those made with PutRule
-- (origin 'api'). `rule` holds the pattern or schedule, state, description and targets.
CREATE TABLE bus_rules (
  event_bus  text        NOT NULL,
  name       text        NOT NULL,
  origin     text        NOT NULL,
  rule       json        NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (event_bus, name)
);

-- Bumped in the transaction of every rule change, so each process knows when its cached rule set is stale.
CREATE TABLE bus_rules_version (
  id      int    PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO bus_rules_version (id, version) VALUES (1, 0);

-- Accepted events: the envelope exactly as targets receive it.
CREATE TABLE bus_events (
  id          text        PRIMARY KEY,
  event_bus   text        NOT NULL,
  event       json        NOT NULL,
  received_at timestamptz NOT NULL
);

CREATE INDEX bus_events_received ON bus_events (received_at);

-- One row per (event, matched rule, target). `input` is the target input computed when the event matched
-- (Input, InputPath or InputTransformer). A worker claims a due row by pushing next_attempt_at ahead by its
-- lease; a crashed worker's claim simply falls due again.
CREATE TABLE bus_deliveries (
  id              bigserial   PRIMARY KEY,
  event_id        text        NOT NULL REFERENCES bus_events (id),
  rule_name       text        NOT NULL,
  rule_arn        text        NOT NULL,
  target_id       text        NOT NULL,
  target_arn      text        NOT NULL,
  input           text        NOT NULL,
  max_retries     int         NOT NULL,
  expires_at      timestamptz NOT NULL,
  status          text        NOT NULL,
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_owner     text,
  last_error      text,
  result          text,
  finished_at     timestamptz
);

CREATE INDEX bus_deliveries_due ON bus_deliveries (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX bus_deliveries_by_event ON bus_deliveries (event_id);

-- Events no rule matched, and deliveries that failed beyond their retry policy, with the reason; an
-- operator replays them (replayed_at is then set and the outcome noted).
CREATE TABLE bus_dead_letters (
  id            bigserial   PRIMARY KEY,
  event_id      text        NOT NULL REFERENCES bus_events (id),
  delivery_id   bigint      REFERENCES bus_deliveries (id),
  reason        text        NOT NULL,
  error_code    text,
  error_message text,
  rule_name     text,
  target_id     text,
  target_arn    text,
  attempts      int         NOT NULL,
  dead_at       timestamptz NOT NULL,
  replayed_at   timestamptz,
  replay_note   text
);

CREATE INDEX bus_dead_letters_newest ON bus_dead_letters (dead_at DESC, id DESC);

-- The next slot of every scheduled rule (schedules live on the default bus, as in EventBridge). A slot fires
-- in the same transaction that moves next_fire_at on, so a restart neither loses nor repeats one.
CREATE TABLE bus_schedules (
  rule_name     text        PRIMARY KEY,
  expression    text        NOT NULL,
  next_fire_at  timestamptz NOT NULL,
  last_fired_at timestamptz
);
