/**
 * Writes data/<country>/cases.csv from the named people of releases.csv: each named person
 * released becomes a case whose exit is that release (date, mode) with the release's source.
 * Run: npx tsx scripts/derive-cases.ts data/belarus
 * Kept as a script (not done at seed time) so the shipped cases are a file that can be read,
 * reviewed and corrected like the others.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { caseKind, releaseKind } from '../src/domain/schema/index.ts';
import { readRegistryCsv } from '../src/ingest/registry/read-csv.ts';

const dir = process.argv[2] ?? 'data/belarus';
const rows: Record<string, string>[] = [];
const { records } = readRegistryCsv(join(dir, releaseKind.file), releaseKind);
for await (const { record: r } of records) {
  const people = (r.notable_people as string[] | undefined) ?? [];
  people.forEach((raw, i) => {
    // "Katsiaryna Andreyeva (Bakhvalava)": the bracket holds another surname of the same person.
    const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(raw);
    const person = m ? m[1]! : raw;
    const other = m ? `${person.split(/\s+/)[0]} ${m[2]}` : '';
    rows.push({
      id: `case-${r.id}-${i + 1}`,
      person,
      person_names: other,
      exit_date: String(r.date),
      exit_mode: String(r.mode),
      release_id: String(r.id),
      source_url: String(r.source_url),
      publisher: String(r.publisher),
      published: r.published ? String(r.published) : '',
      evidence: `Named among the people released in ${r.id} (${r.date}, ${r.mode}); see that release's source.`,
    });
  });
}
const columns = caseKind.fields.map((f) => f.name);
writeFileSync(join(dir, caseKind.file), stringify(rows, { header: true, columns, record_delimiter: '\n' }));
console.log(`wrote ${rows.length} cases to ${join(dir, caseKind.file)}`);
