-- Dashboard access: staff accounts, their server-side sessions, and the key that signs the anonymous forms'
-- CSRF tokens. Owned by module `webapp` (dev.opsflow.webapp.auth). See docs/SECURITY.md, "Dashboard".

CREATE TABLE users (
  id            text        PRIMARY KEY,                 -- usr-<uuid>
  email         text        NOT NULL,
  name          text        NOT NULL,
  role          text        NOT NULL CHECK (role IN ('staff', 'operator', 'auditor', 'admin')),
  -- Argon2id in PHC form ($argon2id$v=19$m=...,t=...,p=...$salt$hash): the parameters travel with the hash,
  -- so raising them later re-hashes each account at its next login.
  password_hash text        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  created_at    timestamptz NOT NULL,
  disabled      boolean     NOT NULL DEFAULT false
);

-- One account per address, whatever its case.
CREATE UNIQUE INDEX users_by_email ON users (lower(email));

CREATE TABLE sessions (
  -- SHA-256 (hex) of the 256-bit random id the cookie carries: a copy of this table does not log anyone in.
  id_hash      text        PRIMARY KEY,
  user_id      text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The synchronizer token every state-changing form of this session must echo.
  csrf_token   text        NOT NULL,
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- Absolute end, whatever the activity; the idle limit is checked against last_seen_at.
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);

CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- The HMAC key of the tokens on forms shown before anyone logs in (login, the public intake form). Kept in the
-- database so every dashboard instance (App Runner scales out) accepts the tokens the others issued.
CREATE TABLE web_keys (
  name       text        PRIMARY KEY,
  secret     bytea       NOT NULL CHECK (octet_length(secret) >= 32),
  created_at timestamptz NOT NULL
);
