/**
 * Diffs two stored snapshots (default: the two latest complete snapshots of one list, see
 * `defaultPair`). With a programme, only entries carrying it are loaded, plus the other side of
 * entries that joined or left the programme while staying listed, so they show as amended rather
 * than designated or delisted. The result says which pair was compared and why.
 */
import { defaultPair, diffDesignations, incompleteness, type ListDiff } from '../analysis/list-diff/index.ts';
import { LeverageError } from '../domain/errors.ts';
import type { Queryable } from '../store/db.ts';
import { listsRepository, type SnapshotRow } from '../store/lists.ts';
import { loadInProgramme } from './lists.ts';

export interface DiffRequest {
  a?: string;
  b?: string;
  programme?: string;
  /** Only the programme itself, not its sub-programmes. */
  exact?: boolean;
  /** Only this list source, for the default pair. */
  source?: string;
}

/** Which pair a diff compared: the reason, and snapshots passed over (samples, undated). */
export interface DiffPairInfo {
  reason: string;
  skipped: { id: string; reason: string }[];
  /** Why a side given explicitly is not a complete list (a sample), so the reader is warned. */
  warnings: string[];
}

export async function diffSnapshots(db: Queryable, req: DiffRequest = {}): Promise<ListDiff & { snapshots: [SnapshotRow, SnapshotRow]; pair: DiffPairInfo }> {
  const repo = listsRepository(db);
  let a: SnapshotRow;
  let b: SnapshotRow;
  let pair: DiffPairInfo;
  const all = await repo.listSnapshots();
  if (req.a && req.b) {
    [a, b] = [await repo.getSnapshot(req.a), await repo.getSnapshot(req.b)];
    const warnings = [a, b].flatMap((s) => {
      const why = incompleteness(s, all);
      return why ? [`${s.id}: ${why}`] : [];
    });
    pair = { reason: `given pair: ${a.id} (${a.published ?? '?'}) → ${b.id} (${b.published ?? '?'})`, skipped: [], warnings };
  } else if (req.a || req.b) {
    throw new LeverageError('invalid_value', 'give two snapshot ids or none', { expected: 'SNAPSHOT_A SNAPSHOT_B' });
  } else {
    const chosen = defaultPair(all, { source: req.source });
    if (!chosen) {
      throw new LeverageError('not_found', `need two complete, dated snapshots of the same list to diff${req.source ? ` (source ${req.source})` : ''}`, {
        expected: 'two imports of the same full list, or two snapshot ids',
      });
    }
    ({ a, b } = chosen);
    pair = { reason: chosen.reason, skipped: chosen.skipped, warnings: [] };
  }
  const scope = { programme: req.programme, exact: req.exact };
  const before = await loadInProgramme(db, a.id, scope);
  const after = await loadInProgramme(db, b.id, scope);
  if (req.programme) {
    const ids = (x: { sourceId: string }[]) => new Set(x.map((d) => d.sourceId));
    const [ia, ib] = [ids(before), ids(after)];
    before.push(...(await repo.loadDesignations(a.id, { ids: [...ib].filter((i) => !ia.has(i)) })));
    after.push(...(await repo.loadDesignations(b.id, { ids: [...ia].filter((i) => !ib.has(i)) })));
  }
  return { ...diffDesignations(a, before, b, after, scope), snapshots: [a, b], pair };
}
