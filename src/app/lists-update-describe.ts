/** What `lists update` and the server's scheduled runs print for each source. */
import { NO_PROGRAMME } from './lists-update-changes.ts';
import type { SourceUpdate } from './lists-update.ts';

/** The lines printed for one source: its outcome, then the changes in total and per programme (`(none)` last). */
export function describeUpdate(u: SourceUpdate): string[] {
  if (u.status === 'failed') return [`failed ${u.id}: ${u.detail}`];
  if (u.status === 'unchanged') return [`unchanged ${u.id}: ${u.detail}${u.snapshot ? ` (snapshot ${u.snapshot})` : ''}`];
  const lines = [`imported ${u.id}: ${u.snapshot} published ${u.published ?? '?'}, ${u.entities} entities${u.detail ? ` (${u.detail})` : ''}`];
  if (!u.changes) lines.push('  first snapshot from this source: nothing to compare');
  else {
    const c = u.changes;
    lines.push(`  ${c.snapshotA} → ${c.snapshotB}: designated ${c.designated}, delisted ${c.delisted}, amended ${c.amended}`);
    for (const [p, n] of Object.entries(c.byProgramme).sort(([a], [b]) => (a === NO_PROGRAMME ? 1 : b === NO_PROGRAMME ? -1 : a < b ? -1 : 1)))
      lines.push(`  ${p}: +${n.designated} -${n.delisted} ~${n.amended}`);
  }
  return lines;
}
