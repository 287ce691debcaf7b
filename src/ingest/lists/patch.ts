/**
 * Applying `DesignationPatch`es and delta operations in memory. Pure. The store applies the same
 * rules in SQL (see `src/store/lists.ts`).
 */
import type { Designation } from '../../domain/designation.ts';
import { pushUnique } from './common/text.ts';
import type { DesignationPatch, ListEvent } from './types.ts';

/** A copy of `d` with the patch applied: arrays appended without duplicates, earliest `listedOn`. */
export function applyPatch(d: Designation, patch: DesignationPatch): Designation {
  const out: Designation = { ...d, programmes: [...d.programmes], legalBasis: [...d.legalBasis], identifiers: [...d.identifiers] };
  pushUnique(out.programmes, ...(patch.programmes ?? []));
  pushUnique(out.legalBasis, ...(patch.legalBasis ?? []));
  pushUnique(out.identifiers, ...(patch.identifiers ?? []));
  if (patch.listedOn && (!out.listedOn || patch.listedOn < out.listedOn)) out.listedOn = patch.listedOn;
  if (patch.listSource) out.listSource = patch.listSource;
  return out;
}

/**
 * Collects events into a map by source id (for small files, tests and diffs): designations
 * replace earlier ones with the same id, patches apply, deletes remove. Starts from `base` when
 * given (a delta applied to a snapshot). Returns patches whose target never appeared, too.
 */
export async function collectDesignations(
  events: AsyncIterable<ListEvent> | Iterable<ListEvent>,
  base?: Map<string, Designation>,
): Promise<{ designations: Map<string, Designation>; published?: string; unmatchedPatches: number }> {
  const designations = new Map(base ?? []);
  let published: string | undefined;
  let unmatchedPatches = 0;
  for await (const e of events) {
    if (e.type === 'meta') published = e.published ?? published;
    else if (e.type === 'designation') designations.set(e.designation.sourceId, e.designation);
    else if (e.type === 'delete') designations.delete(e.sourceId);
    else {
      const d = designations.get(e.sourceId);
      if (d) designations.set(e.sourceId, applyPatch(d, e.patch));
      else unmatchedPatches++;
    }
  }
  return { designations, published, unmatchedPatches };
}
