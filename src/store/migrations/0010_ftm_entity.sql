-- FollowTheMoney entities of OpenSanctions snapshots, kept whole (every schema, property, dataset
-- and referent), so `export ftm` round-trips them and the yente API answers with them. A delta
-- snapshot holds its base's entities with the delta applied. Written by src/store/ftm-entities.ts only.
CREATE TABLE IF NOT EXISTS ftm_entity (
  snapshot_id text NOT NULL REFERENCES list_snapshot(id) ON DELETE CASCADE,
  id text NOT NULL,
  schema text NOT NULL,
  -- the entity as the file gives it: {id, schema, caption, properties, datasets, referents, target, first_seen, last_seen, last_change}
  body jsonb NOT NULL,
  -- ids this entity names in entity-typed properties (holder, owner, entity, …), for reverse lookups
  refs jsonb NOT NULL DEFAULT '[]'::jsonb,
  PRIMARY KEY (snapshot_id, id)
);
CREATE INDEX IF NOT EXISTS ftm_entity_refs_idx ON ftm_entity USING gin (refs);
