-- The registry: sources, the five curated record kinds, cases, actors, links and the audit log.
-- One dialect for PGlite and PostgreSQL 15. Dates are EDTF text as written, plus the first and
-- last day they cover (`date_start`, `date_end`, ISO text) so ranges can be queried and sorted.

CREATE TABLE source (
  id text PRIMARY KEY,               -- 'src-' + short hash of the URL
  url text NOT NULL UNIQUE,
  publisher text NOT NULL,
  published text,
  title text,
  retrieved text,
  licence text
);

CREATE TABLE release (
  id text PRIMARY KEY,
  date text NOT NULL, date_start text NOT NULL, date_end text NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  count_basis text NOT NULL,
  mode text NOT NULL,
  received_by jsonb, brokered_by jsonb,
  foreign_nationals integer CHECK (foreign_nationals >= 0),
  notable_people jsonb,
  linked_concession text,
  note text,
  source_id text NOT NULL REFERENCES source(id),
  evidence text NOT NULL
);

CREATE TABLE measure (
  id text PRIMARY KEY,
  date text NOT NULL, date_start text NOT NULL, date_end text NOT NULL,
  issuer text NOT NULL,
  action text NOT NULL,
  programme jsonb NOT NULL,
  legal_act text,
  target_kind jsonb NOT NULL,
  targets text,
  target_count integer CHECK (target_count >= 0),
  summary text NOT NULL,
  source_id text REFERENCES source(id),
  evidence text,
  origin text NOT NULL DEFAULT 'curated'  -- 'curated' or 'list_diff'
);

CREATE TABLE contact (
  id text PRIMARY KEY,
  date text NOT NULL, date_start text NOT NULL, date_end text NOT NULL,
  kind text NOT NULL,
  from_actor text NOT NULL,
  to_actor text NOT NULL,
  place text,
  summary text NOT NULL,
  outcome text,
  source_id text NOT NULL REFERENCES source(id),
  evidence text NOT NULL
);

CREATE TABLE political_event (
  id text PRIMARY KEY,
  date text NOT NULL, date_start text NOT NULL, date_end text NOT NULL,
  kind text NOT NULL,
  summary text NOT NULL,
  quantity double precision,
  quantity_unit text,
  source_id text NOT NULL REFERENCES source(id),
  evidence text NOT NULL
);

CREATE TABLE observation (
  id text PRIMARY KEY,
  date text NOT NULL, date_start text NOT NULL, date_end text NOT NULL,
  metric text NOT NULL,
  value integer NOT NULL CHECK (value >= 0),
  period_start text,
  period_end text,
  source_org text NOT NULL,
  source_id text NOT NULL REFERENCES source(id),
  evidence text NOT NULL
);
CREATE INDEX observation_metric_date ON observation (metric, date_start);

-- People, organisations, states and blocs, with every spelling of their names.
CREATE TABLE actor (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('person', 'organisation', 'state', 'bloc')),
  primary_name text NOT NULL,
  country text,
  external_ids jsonb
);

CREATE TABLE actor_name (
  id text PRIMARY KEY,
  actor_id text NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
  value text NOT NULL,
  script text,          -- Latn, Cyrl, ...
  language text,        -- be, ru, en, ...
  romanisation text,    -- bgn-pcgn, iso9, be-national-2007, lacinka, ...
  kind text NOT NULL DEFAULT 'alias' CHECK (kind IN ('primary', 'alias', 'weak_alias', 'former'))
);
CREATE INDEX actor_name_actor ON actor_name (actor_id);

CREATE TABLE detention_case (
  id text PRIMARY KEY,
  actor_id text NOT NULL REFERENCES actor(id),
  person text NOT NULL,
  person_names jsonb,
  detained text,
  charges jsonb,
  court text,
  judge text,
  prosecutor text,
  sentence text,
  facility text,
  recognised_by jsonb,
  recognised_on text,
  exit_date text,
  exit_mode text,
  release_id text,
  source_id text NOT NULL REFERENCES source(id),
  evidence text NOT NULL
);
CREATE INDEX detention_case_actor ON detention_case (actor_id);

-- Recognition as a political prisoner, per counter: one row per (case, counter).
CREATE TABLE case_recognition (
  case_id text NOT NULL REFERENCES detention_case(id) ON DELETE CASCADE,
  source_org text NOT NULL,
  status text NOT NULL CHECK (status IN ('recognised', 'not_recognised', 'withdrawn')),
  date text,
  source_id text NOT NULL REFERENCES source(id),
  PRIMARY KEY (case_id, source_org)
);

-- A release tied to a measure or a contact, by a source (strong) or by a stated window (weak).
CREATE TABLE link (
  id text PRIMARY KEY,
  release_id text NOT NULL REFERENCES release(id) ON DELETE CASCADE,
  target_kind text NOT NULL CHECK (target_kind IN ('measure', 'contact')),
  target_id text NOT NULL,
  confidence text NOT NULL CHECK (confidence IN ('strong', 'window')),
  source_id text REFERENCES source(id),
  note text
);

-- Append-only: who did what, when, with the record before and after.
CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  record_kind text,
  record_id text,
  before jsonb,
  after jsonb
);
