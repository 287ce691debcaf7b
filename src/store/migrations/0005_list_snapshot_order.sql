-- Snapshots with certain dates and a known completeness (issue 17).
-- version: the publisher's version id when the file has one (OpenSanctions `20240528074703-npf`); it orders
--   snapshots published the same day. seq: import order, the last tie-breaker (imported_at is the
--   transaction's time, the same for every file of one import).
-- list_key: which list the snapshot is a copy of, within its source (OpenSanctions: the datasets).
-- sample: declared by the importer (true: an excerpt, false: a full list); NULL lets the size decide.
ALTER TABLE list_snapshot ADD COLUMN IF NOT EXISTS version text;
ALTER TABLE list_snapshot ADD COLUMN IF NOT EXISTS seq bigint;
ALTER TABLE list_snapshot ADD COLUMN IF NOT EXISTS list_key text;
ALTER TABLE list_snapshot ADD COLUMN IF NOT EXISTS sample boolean;
