/**
 * The names of two real lists in test/fixtures/lists, as screening entries: the OFAC SDN list of
 * January 2023 with its aliases (CSV) and the UN consolidated list (XML, read for names only).
 * Shared by the negative-control test and `bench/false-alerts.ts`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ScreeningEntry } from '../../src/names/index.ts';

const lists = (file: string) => new URL(`../fixtures/lists/${file}`, import.meta.url);

export function listedEntries(): ScreeningEntry[] {
  const entries: ScreeningEntry[] = [];
  const sdn = parse(readFileSync(lists('ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv')), {
    columns: true,
    bom: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const alt = parse(readFileSync(lists('ofac-alt-csv__moov-io_watchman__alt.csv')), { relax_column_count: true, relax_quotes: true }) as string[][];
  const aliases = new Map<string, string[]>();
  for (const r of alt) aliases.set(r[0]!, [...(aliases.get(r[0]!) ?? []), r[3]!]);
  for (const r of sdn) {
    const type = r.Type?.trim();
    const schema = type === 'individual' ? 'Person' : type === '-0-' ? 'Organization' : undefined;
    if (schema) entries.push({ id: `ofac:${r.ID}`, schema, names: [r.Name!, ...(aliases.get(r.ID!) ?? [])] });
  }
  // The UN XML read for names only: name parts and aliases of each individual and entity.
  const xml = readFileSync(lists('un-sc-xml__perchrh_sanction_list_search__consolidated.xml'), 'utf8');
  const text = (s: string | undefined) => (s ?? '').replace(/<[^>]*>/gu, '').trim();
  const field = (body: string, tag: string) => text(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'u').exec(body)?.[1]);
  for (const [kind, schema] of [
    ['INDIVIDUAL', 'Person'],
    ['ENTITY', 'Organization'],
  ] as const) {
    for (const m of xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'gu'))) {
      const body = m[1]!;
      const full = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
        .map((t) => field(body, t))
        .filter(Boolean)
        .join(' ');
      const als = [...body.matchAll(/<ALIAS_NAME>([\s\S]*?)<\/ALIAS_NAME>/gu)].map((a) => text(a[1]));
      entries.push({ id: `un:${field(body, 'DATAID')}`, schema, names: [full, ...als].filter(Boolean) });
    }
  }
  return entries;
}
