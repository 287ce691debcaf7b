/** The dataset profile's row (migration 0003): written by the registry import, read with the registry. */
import { parseDatasetProfile, type DatasetProfile } from '../domain/dataset-profile.ts';
import type { Queryable } from './db.ts';
import type { WriteCounts } from './registry-writer.ts';

/** Stores `profile` under its country code, replacing an older one; says whether it was new, changed or the same. */
export async function saveDatasetProfile(db: Queryable, profile: DatasetProfile): Promise<WriteCounts> {
  const json = JSON.stringify(profile);
  const [old] = await db.query<{ same: boolean }>('SELECT profile = $2::jsonb AS same FROM dataset_profile WHERE country = $1', [profile.country.code, json]);
  if (old?.same) return { inserted: 0, updated: 0, unchanged: 1 };
  await db.query(
    `INSERT INTO dataset_profile (country, profile) VALUES ($1, $2::jsonb)
     ON CONFLICT (country) DO UPDATE SET profile = EXCLUDED.profile, updated_at = now()`,
    [profile.country.code, json],
  );
  return old ? { inserted: 0, updated: 1, unchanged: 0 } : { inserted: 1, updated: 0, unchanged: 0 };
}

/** The most recently written profile, or `undefined` when none was imported. */
export async function loadDatasetProfile(db: Queryable): Promise<DatasetProfile | undefined> {
  const [row] = await db.query<{ profile: unknown }>('SELECT profile FROM dataset_profile ORDER BY updated_at DESC, country LIMIT 1');
  if (!row) return undefined;
  return parseDatasetProfile(typeof row.profile === 'string' ? JSON.parse(row.profile) : row.profile);
}
