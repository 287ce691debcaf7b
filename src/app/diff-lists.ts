/**
 * Diffs two stored snapshots (default: the two latest of one source). With a programme, only
 * entries carrying it are loaded, plus the other side of entries that joined or left the
 * programme while staying listed, so they show as amended rather than designated or delisted.
 */
import { diffDesignations, type ListDiff } from '../analysis/list-diff/index.ts';
import type { Queryable } from '../store/db.ts';
import { listsRepository, type SnapshotRow } from '../store/lists.ts';

export interface DiffRequest {
  a?: string;
  b?: string;
  programme?: string;
}

export async function diffSnapshots(db: Queryable, req: DiffRequest = {}): Promise<ListDiff & { snapshots: [SnapshotRow, SnapshotRow] }> {
  const repo = listsRepository(db);
  const [a, b] = req.a && req.b ? [await repo.getSnapshot(req.a), await repo.getSnapshot(req.b)] : await repo.latestPair();
  const before = await repo.loadDesignations(a.id, { programme: req.programme });
  const after = await repo.loadDesignations(b.id, { programme: req.programme });
  if (req.programme) {
    const ids = (x: { sourceId: string }[]) => new Set(x.map((d) => d.sourceId));
    const [ia, ib] = [ids(before), ids(after)];
    before.push(...(await repo.loadDesignations(a.id, { ids: [...ib].filter((i) => !ia.has(i)) })));
    after.push(...(await repo.loadDesignations(b.id, { ids: [...ia].filter((i) => !ib.has(i)) })));
  }
  return { ...diffDesignations(a, before, b, after, { programme: req.programme }), snapshots: [a, b] };
}
