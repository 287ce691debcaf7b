-- Lists that update themselves (issue 17, item 4). Written by src/store/list-fetch.ts only.
-- list_fetch: what the last download of each URL of a fetch source returned (validators for the next
--   conditional GET, the checksum and where the raw file is kept), and the snapshot it made.
-- list_change: every designation, delisting and amendment found when an update brought a new
--   snapshot, diffed against the list's previous complete snapshot; the Atom feed and the webhooks
--   read it. Times are ISO 8601 UTC text written by the application.
-- webhook_delivery: one row per event and receiving URL, with its outcome after the retries.
CREATE TABLE IF NOT EXISTS list_fetch (
  fetch_source text NOT NULL,
  url text NOT NULL,
  etag text,
  last_modified text,
  sha256 text,
  bytes bigint,
  raw_file text,
  snapshot_id text,
  checked_at text NOT NULL,
  changed_at text,
  PRIMARY KEY (fetch_source, url)
);

CREATE TABLE IF NOT EXISTS list_change (
  id bigserial PRIMARY KEY,
  recorded_at text NOT NULL,
  list_source text NOT NULL,
  snapshot_a text NOT NULL REFERENCES list_snapshot(id) ON DELETE CASCADE,
  snapshot_b text NOT NULL REFERENCES list_snapshot(id) ON DELETE CASCADE,
  published text,
  change text NOT NULL,
  source_id text NOT NULL,
  name text NOT NULL,
  kind text,
  programmes jsonb NOT NULL DEFAULT '[]'::jsonb,
  fields jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX IF NOT EXISTS list_change_recent_idx ON list_change (id DESC);

CREATE TABLE IF NOT EXISTS webhook_delivery (
  id bigserial PRIMARY KEY,
  event_id text NOT NULL,
  url text NOT NULL,
  outcome text NOT NULL,
  attempts int NOT NULL,
  response_status int,
  error text,
  finished_at text NOT NULL
);
