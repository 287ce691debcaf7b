-- The dataset profile (data/<country>/dataset.json, declared in src/domain/dataset-profile.ts):
-- what is particular to a country's dataset, kept as its JSON. Written by the registry import,
-- read back with the registry (src/store/registry.ts). One row per country code.

CREATE TABLE IF NOT EXISTS dataset_profile (
  country text PRIMARY KEY,
  profile jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
