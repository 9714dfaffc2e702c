-- The audit-first ledger: one row per external request (written before the call) and one per response (written
-- after). Append-only and hash-chained: hash = SHA-256(prev_hash || canonical JSON of the entry), computed by
-- dev.opsflow.shared.ledger.EntryHashes; LedgerVerifier recomputes the chain. See docs/SECURITY.md.

-- The role the application connects as (a LOGIN user that is a member of it: RDS IAM or password, see
-- docs/SECURITY.md). NOLOGIN here, and created only when missing, so this script is safe on a cluster where an
-- earlier database or an operator already made it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opsflow_app') THEN
    CREATE ROLE opsflow_app NOLOGIN;
  END IF;
END
$$;

CREATE TABLE ledger_entries (
  -- Contiguous (1, 2, 3 ...: assigned from ledger_head under the append lock, not from a sequence, whose
  -- rolled-back values would leave gaps), so a missing number names a removed entry exactly.
  seq          bigint      PRIMARY KEY CHECK (seq > 0),
  entry_id     uuid        NOT NULL UNIQUE,
  -- Execution id (ARN) or request id: what this call was made for.
  correlation  text        NOT NULL,
  integration  text        NOT NULL,
  kind         text        NOT NULL CHECK (kind IN ('request', 'response')),
  -- For a response: the entry_id of the request it answers.
  request_entry_id uuid    CHECK ((kind = 'response') = (request_entry_id IS NOT NULL)),
  method       text        NOT NULL,
  url          text        NOT NULL,
  -- Secrets redacted before they get here (Redactor); bodies that are not JSON are kept as a JSON string,
  -- form bodies as an object of their fields. A response without status is a call that got no answer (timeout,
  -- refused connection): its body says why.
  headers      jsonb       NOT NULL,
  body         jsonb,
  status       integer,
  duration_ms  bigint,
  at           timestamptz NOT NULL,
  prev_hash    text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash         text        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX ledger_entries_by_correlation ON ledger_entries (correlation, seq);

-- The chain's head: the last seq and hash. One row, advanced only by the insert trigger below (the application
-- role may read it, never write it). It also anchors the tail: removing the last entries is noticed because
-- the head still names them.
CREATE TABLE ledger_head (
  id   boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq  bigint  NOT NULL,
  hash text    NOT NULL
);
INSERT INTO ledger_head (id, seq, hash) VALUES (true, 0, repeat('0', 64));

-- Every insert must extend the chain exactly: the next seq, linked to the current head. The writer holds an
-- advisory lock while it reads the head and computes the hash (PostgresLedger), so concurrent writers queue up;
-- this check makes a writer that skipped the lock fail instead of forking the chain. SECURITY DEFINER: the
-- application role advances the head through this function only.
CREATE FUNCTION ledger_extend_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  head_seq  bigint;
  head_hash text;
BEGIN
  SELECT seq, hash INTO head_seq, head_hash FROM ledger_head WHERE id FOR UPDATE;
  IF NEW.seq <> head_seq + 1 OR NEW.prev_hash <> head_hash THEN
    RAISE EXCEPTION 'ledger entry % does not extend the chain (head is seq %)', NEW.seq, head_seq
      USING ERRCODE = 'serialization_failure';
  END IF;
  UPDATE ledger_head SET seq = NEW.seq, hash = NEW.hash WHERE id;
  RETURN NEW;
END
$$;

CREATE TRIGGER ledger_entries_extend_chain
  BEFORE INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_extend_chain();

-- Append-only, whoever asks: a table owner or superuser must disable this trigger explicitly to change history
-- (and LedgerVerifier then names what changed).
CREATE FUNCTION ledger_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entries_no_truncate
  BEFORE TRUNCATE ON ledger_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_head_no_delete
  BEFORE DELETE ON ledger_head FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_head_no_truncate
  BEFORE TRUNCATE ON ledger_head FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

REVOKE ALL ON ledger_entries, ledger_head FROM PUBLIC;
GRANT SELECT, INSERT ON ledger_entries TO opsflow_app;
GRANT SELECT ON ledger_head TO opsflow_app;
REVOKE ALL ON FUNCTION ledger_extend_chain() FROM PUBLIC;
