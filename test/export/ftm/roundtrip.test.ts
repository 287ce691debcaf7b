/**
 * OpenSanctions input round-trips through a store and `export ftm`: the zala file (91 entities
 * of eight schemata, yente's test fixture) and t1 with its four t2 deltas. Every entity comes back
 * with its schema (a Company stays a Company), datasets and referents, every property value in its
 * property or, where the FtM model we validate against lacks the property, as a `prop: value` line
 * of `notes`; each entity validates. The deltas: the export of the chain's last snapshot equals t1
 * with the deltas applied in memory (NK-500Poltergeist added, then deleted).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { importListFiles, writeFtm, type Store } from '../../../src/app/index.ts';
import { ftmProblems, noteProperty, type FtmExportEntity } from '../../../src/export/ftm/index.ts';
import { fixture } from '../../ingest/lists/helpers.ts';
import { openTestStore, TEST_ACTOR } from '../../helpers/store.ts';

const ZALA = fixture('opensanctions-ftm-jsonl__opensanctions_yente__zala_entities.ftm.json');
const T1 = fixture('opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json');
const DELTAS = ['20240527194702-wnk', '20240528014702-pfh', '20240528074703-npf', '20240528134729-3iv'].map((v) =>
  fixture(`opensanctions-delta-jsonl__opensanctions_yente__t2_${v}_entities.delta.json`),
);

interface Raw {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  referents?: string[];
}
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

let store: Store;
before(async () => {
  store = await openTestStore('ftm_roundtrip');
});
after(async () => store?.close());

async function exportSnapshot(snapshot: string): Promise<FtmExportEntity[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeFtm(store, { snapshot }, out);
  out.end();
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as FtmExportEntity);
}

const bySchema = (list: { schema: string }[]) => {
  const out: Record<string, number> = {};
  for (const e of list) out[e.schema] = (out[e.schema] ?? 0) + 1;
  return out;
};

/** Every value of `raw` is in `out`: in its property, in notes as `prop: value`, or (countries) as the FtM code. */
function assertKept(raw: Raw, out: FtmExportEntity): void {
  assert.equal(out.schema, raw.schema, `${raw.id} keeps its schema`);
  assert.deepEqual(out.datasets, raw.datasets, `${raw.id} datasets`);
  assert.deepEqual(out.referents, raw.referents, `${raw.id} referents`);
  for (const [prop, values] of Object.entries(raw.properties)) {
    for (const v of values) {
      if (!v.trim()) continue;
      const kept = out.properties[prop]?.includes(v.trim()) || out.properties[noteProperty(out.schema)]?.includes(`${prop}: ${v.trim()}`);
      assert.ok(kept, `${raw.id}.${prop} keeps ${JSON.stringify(v)}`);
    }
  }
  assert.deepEqual(ftmProblems(out, { sourceGaps: true }), [], `${raw.id} validates`);
}

test('zala round-trips: 91 entities, the same count per schema, every property value kept, all valid', async () => {
  const input = lines(ZALA) as Raw[];
  const [summary] = await importListFiles(store, TEST_ACTOR, [ZALA]);
  const out = await exportSnapshot(summary.snapshot);
  assert.equal(out.length, 91);
  assert.deepEqual(bySchema(out), bySchema(input));
  assert.deepEqual(bySchema(out), { Person: 6, Ownership: 14, Company: 11, Address: 11, Sanction: 41, Passport: 1, Family: 4, Directorship: 3 });
  const byId = new Map(out.map((e) => [e.id, e]));
  for (const raw of input) assertKept(raw, byId.get(raw.id)!);
  // One Sanction per authority and programme, as the file has them: several authorities, not one "OpenSanctions".
  const authorities = new Set(out.filter((e) => e.schema === 'Sanction').flatMap((e) => e.properties.authority ?? []));
  assert.ok(authorities.size > 5, [...authorities].join(' | '));
  // The newer model's Company.abbreviation is not in the model we validate against: kept in notes.
  assert.ok(byId.get('NK-abdzbEBkqyT29GyREbiURZ')!.properties.notes!.some((n) => n.startsWith('abbreviation: ')));
  // The Passport without a number is kept and says so; nothing is invented.
  const passport = out.find((e) => e.schema === 'Passport')!;
  assert.equal(passport.properties.number, undefined);
  assert.ok(passport.properties.summary!.includes('number: not given by the source'));
  assert.deepEqual(ftmProblems(passport).join(), 'Passport requires number');
  // Relations still point at entities of the export.
  for (const e of out.filter((x) => ['Ownership', 'Family', 'Directorship', 'Passport', 'Sanction'].includes(x.schema))) {
    for (const prop of ['owner', 'asset', 'person', 'relative', 'director', 'organization', 'holder', 'entity'])
      for (const ref of e.properties[prop] ?? []) assert.ok(byId.has(ref), `${e.id}.${prop} → ${ref} exported`);
  }
});

test('t1 + four t2 deltas: the last snapshot exports t1 with the deltas applied, entity for entity', async () => {
  const expected = new Map<string, Raw>((lines(T1) as Raw[]).map((e) => [e.id, e]));
  for (const file of DELTAS)
    for (const { op, entity } of lines(file) as { op: string; entity: Raw }[]) {
      if (op === 'DEL') expected.delete(entity.id);
      else expected.set(entity.id, entity);
    }
  assert.equal(expected.has('NK-500Poltergeist'), false);
  const results = await importListFiles(store, TEST_ACTOR, [T1, ...DELTAS]);
  const out = await exportSnapshot(results.at(-1)!.snapshot);
  assert.deepEqual(out.map((e) => e.id).sort(), [...expected.keys()].sort());
  const byId = new Map(out.map((e) => [e.id, e]));
  for (const raw of expected.values()) assertKept(raw, byId.get(raw.id)!);
  // A middle snapshot still holds the entity the later delta deletes.
  const middle = await exportSnapshot(results[2].snapshot);
  assert.ok(middle.some((e) => e.id === 'NK-500Poltergeist'));
});
