-- Accounts, sessions and API tokens; the audit log made append-only and hash-chained.
-- Secrets are never stored: a session id or token is kept as the hex SHA-256 of its value, a
-- password as an argon2id hash (PHC string).

CREATE TABLE account (
  name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9._@-]{0,63}$'),
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

CREATE TABLE session (
  id_hash text PRIMARY KEY,
  account text NOT NULL REFERENCES account(name),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,      -- absolute expiry; idle expiry is counted from last_seen_at
  revoked_at timestamptz
);
CREATE INDEX session_account ON session (account);

CREATE TABLE api_token (
  id text PRIMARY KEY,                  -- the public part, shown in lists: tok_xxxxxxxx
  secret_hash text NOT NULL UNIQUE,
  account text NOT NULL REFERENCES account(name),
  scope text NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
  label text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_token_account ON api_token (account);

-- The audit log: the editor's note, and each row's place in a hash chain.
ALTER TABLE audit ADD COLUMN note text;
ALTER TABLE audit ADD COLUMN hash text;

-- A row's hash covers its content and the previous row's hash. The time is written in UTC with
-- microseconds, and jsonb's text form is canonical, so the same row always hashes the same way
-- whatever the session's time zone or the client.
CREATE FUNCTION audit_row_hash(prev text, id bigint, at timestamptz, actor text, action text, record_kind text,
                               record_id text, before jsonb, after jsonb, note text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(coalesce(prev, '') || jsonb_build_array(
    id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor, action, record_kind, record_id, before, after, note
  )::text, 'UTF8')), 'hex')
$$;

-- Every insert, whatever its origin (a use case's row, the registry writer's per-record rows),
-- is chained here. One appender at a time per schema (a transaction-scoped advisory lock, held
-- until commit), and the id is drawn after the lock, so ids follow the chain's order.
CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('leverage.audit.' || TG_TABLE_SCHEMA));
  NEW.id := nextval(pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.audit', 'id'));
  SELECT a.hash INTO prev FROM audit a ORDER BY a.id DESC LIMIT 1;
  NEW.hash := audit_row_hash(prev, NEW.id, NEW.at, NEW.actor, NEW.action, NEW.record_kind, NEW.record_id, NEW.before, NEW.after, NEW.note);
  RETURN NEW;
END $$;

-- Rows written before this migration join the chain in id order.
DO $$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT * FROM audit ORDER BY id LOOP
    prev := audit_row_hash(prev, r.id, r.at, r.actor, r.action, r.record_kind, r.record_id, r.before, r.after, r.note);
    UPDATE audit SET hash = prev WHERE id = r.id;
  END LOOP;
END $$;

CREATE TRIGGER audit_chain BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_chain();

-- Append-only: no update, no delete, no truncate. The owner of the table can still disable these
-- triggers, which is why the server should connect as a role that does not own it
-- (docs/security.md) and why the chain exists: `leverage audit verify` finds what was changed.
CREATE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_refuse();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse();

-- Private fields (src/domain/schema/record-kind.ts PRIVATE_FIELDS): editors' notes on every kind.
ALTER TABLE release ADD COLUMN internal_note text;
ALTER TABLE measure ADD COLUMN internal_note text;
ALTER TABLE contact ADD COLUMN internal_note text;
ALTER TABLE political_event ADD COLUMN internal_note text;
ALTER TABLE observation ADD COLUMN internal_note text;
ALTER TABLE detention_case ADD COLUMN internal_note text;
