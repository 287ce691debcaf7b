-- Official sanctions lists: one row per imported file (snapshot), its designations and their names,
-- and candidate measures derived from diffs. Written by src/store/lists.ts only.

CREATE TABLE IF NOT EXISTS list_snapshot (
  id text PRIMARY KEY,
  source text NOT NULL,
  format text NOT NULL,
  published text,
  content_hash text UNIQUE NOT NULL,
  imported_at timestamptz DEFAULT now(),
  entities int,
  names int,
  by_kind jsonb,
  by_programme jsonb,
  -- field groups the snapshot lacks (e.g. an OFAC CSV set without alt.csv has no aliases)
  missing jsonb DEFAULT '[]'::jsonb,
  -- files that make up the snapshot (an OFAC CSV set has several), with their hashes
  files jsonb,
  -- the snapshot a delta file was applied to
  base_snapshot text,
  warnings int DEFAULT 0
);
CREATE INDEX IF NOT EXISTS list_snapshot_source_idx ON list_snapshot (source, published);

CREATE TABLE IF NOT EXISTS designation (
  snapshot_id text NOT NULL REFERENCES list_snapshot(id) ON DELETE CASCADE,
  source_id text NOT NULL,
  list_source text NOT NULL,
  entity_kind text NOT NULL,
  primary_name text NOT NULL,
  programmes jsonb NOT NULL DEFAULT '[]'::jsonb,
  data jsonb NOT NULL,
  PRIMARY KEY (snapshot_id, source_id)
);

CREATE TABLE IF NOT EXISTS designation_name (
  snapshot_id text NOT NULL,
  source_id text NOT NULL,
  value text NOT NULL,
  script text,
  language text,
  kind text NOT NULL,
  FOREIGN KEY (snapshot_id, source_id) REFERENCES designation(snapshot_id, source_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS designation_name_entry_idx ON designation_name (snapshot_id, source_id);

CREATE TABLE IF NOT EXISTS list_measure (
  id text PRIMARY KEY,
  date text,
  issuer text,
  action text,
  programme text,
  legal_act text,
  target_kind text,
  targets text,
  target_count int,
  summary text,
  source_id text,
  origin text DEFAULT 'list_diff',
  snapshot_a text REFERENCES list_snapshot(id) ON DELETE CASCADE,
  snapshot_b text REFERENCES list_snapshot(id) ON DELETE CASCADE,
  curated_measure_ids jsonb DEFAULT '[]'::jsonb
);
