/**
 * Maps OpenSanctions `targets.simple.csv` rows to designations (FORMATS.md §5.2). Pure. The
 * schemata and dates are FollowTheMoney's, so the FtM mapper's tables are reused.
 */
import { emptyDesignation, type Designation } from '../../../../domain/designation.ts';
import { clean, pushUnique } from '../../common/text.ts';
import type { TargetsSimpleRow } from './parse.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import { FTM_KINDS, ftmDate, openSanctionsTally } from '../ftm-jsonl/map.ts';
import { scriptCode } from '../../../../names/script.ts';

/** Maps one `targets.simple.csv` row; undefined for schemata that cannot be designated. */
export function mapTargetsSimpleRow(row: TargetsSimpleRow): Designation | undefined {
  const kind = FTM_KINDS[row.schema];
  if (!kind) return undefined;
  const split = (v: string | undefined) =>
    (v ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const d = emptyDesignation('opensanctions', row.id, kind);
  const primary = clean(row.name) ?? row.id;
  d.names.push({ value: primary, kind: 'primary', script: scriptCode(primary) });
  for (const a of split(row.aliases)) if (a !== primary) d.names.push({ value: a, kind: 'alias', script: scriptCode(a) });
  for (const b of split(row.birth_date)) pushUnique(d.birthDates, ftmDate(b));
  for (const c of split(row.countries)) pushUnique(d.nationalities, c);
  for (const a of split(row.addresses)) pushUnique(d.addresses, { full: a });
  for (const i of split(row.identifiers)) d.identifiers.push({ type: 'identifier', value: i });
  for (const p of split(row.program_ids)) pushUnique(d.programmes, p);
  for (const s of split(row.sanctions)) d.otherInfo.push({ type: 'sanction', value: s });
  for (const [col, type] of [
    ['phones', 'Phone'],
    ['emails', 'Email'],
    ['dataset', 'dataset'],
  ] as const)
    for (const v of split(row[col])) d.otherInfo.push({ type, value: v });
  return d;
}

/** Events of `targets.simple.csv`: one designation per row of a designatable schema. */
export async function* events(records: AsyncIterable<SourceRecord<TargetsSimpleRow>>, context: MapContext): AsyncGenerator<ListEvent> {
  const tally = openSanctionsTally();
  for await (const r of records) {
    tally.seen(r.record);
    const d = mapTargetsSimpleRow(r.record);
    if (d) yield { type: 'designation', designation: d, location: r.location };
    else tally.skip(`schema ${r.record.schema}`);
  }
  yield* tally.end(context);
}
