/**
 * Keeps the FollowTheMoney entities of an OpenSanctions import whole (`ftm_entity`), next to the
 * designations the import makes of its targets: `export ftm` gives them back as they came and the
 * yente API answers with them. Called inside the import's transaction. A delta snapshot starts as
 * a copy of its base and applies ADD / MOD (replace) and DEL in file order.
 */
import { ftmRefs } from '../export/ftm/index.ts';
import type { ImportJob } from '../ingest/lists/index.ts';
import { reader as deltaReader } from '../ingest/lists/sources/ftm-delta/parse.ts';
import { reader as entitiesReader } from '../ingest/lists/sources/ftm-jsonl/parse.ts';
import type { Queryable } from '../store/db.ts';
import { ftmEntitiesRepository, type StoredFtmEntity } from '../store/ftm-entities.ts';

const BATCH = 500;

/** True for the formats whose entities are kept whole. */
export function keepsFtmEntities(format: string): boolean {
  return format === 'ftm-jsonl' || format === 'ftm-delta';
}

/** Entities and their references, as the store writes them. */
function stored(e: StoredFtmEntity): { entity: StoredFtmEntity; refs: string[] } {
  const entity: StoredFtmEntity = { ...e, properties: e.properties ?? {} };
  return { entity, refs: ftmRefs(entity) };
}

/** Writes the job's entities into snapshot `snapshotId` (on top of `baseId`'s for a delta). */
export async function storeFtmEntities(tx: Queryable, snapshotId: string, job: ImportJob, baseId?: string): Promise<void> {
  if (!keepsFtmEntities(job.format)) return;
  const repo = ftmEntitiesRepository(tx);
  // The import already read the file once and reported its problems: read it again quietly.
  const input = { ...job.primary, warn: () => {}, onBytes: undefined };
  let pending: StoredFtmEntity[] = [];
  const flush = async () => {
    await repo.put(snapshotId, pending.map(stored));
    pending = [];
  };
  if (job.format === 'ftm-jsonl') {
    for await (const r of entitiesReader.records(input)) {
      pending.push(r.record as StoredFtmEntity);
      if (pending.length >= BATCH) await flush();
    }
    return flush();
  }
  if (baseId) await repo.copy(baseId, snapshotId);
  for await (const r of deltaReader.records(input)) {
    const { op, entity } = r.record;
    if (op === 'DEL') {
      await flush();
      await repo.remove(snapshotId, entity.id);
    } else if (typeof entity.schema === 'string') {
      pending.push(entity as StoredFtmEntity);
      if (pending.length >= BATCH) await flush();
    }
  }
  await flush();
}
