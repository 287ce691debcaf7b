/**
 * OpenSanctions FtM JSON lines (FORMATS.md §5.1). Expected from Python's json module:
 *   t1: 7 lines; schemata Organization ×2, Person ×4, one non-designatable entity → 6 designations.
 *   zala: 91 entities (41 Sanction, 14 Ownership, 11 Company, 11 Address, 6 Person, 4 Family,
 *   3 Directorship, 1 Passport; SOURCES.md) → 11 Company + 6 Person with target=true … counted below.
 *   python3 -c "import json,collections;L=[json.loads(l) for l in open(F)];
 *     print(collections.Counter((e['schema'],e.get('target')) for e in L))"
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LeverageError } from '../../../../../src/domain/errors.ts';
import { fixture, readBytes, readFixture, totals } from '../../helpers.ts';

const T1 = 'opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json';
const ZALA = 'opensanctions-ftm-jsonl__opensanctions_yente__zala_entities.ftm.json';

const designatableTargets = (name: string) =>
  readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((e) => ['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Vessel', 'Airplane'].includes(e.schema) && e.target !== false);

test('t1: Belarus entities with Belarusian and Russian Cyrillic as plain names', async () => {
  const { designations, format } = await readFixture(T1);
  assert.equal(format, 'ftm-jsonl');
  assert.equal(designations.size, designatableTargets(T1).length);
  assert.equal(designations.size, 6);
  const sojko = [...designations.values()].find((d) => d.names.some((n) => n.value === 'Віктар Уладзіміравіч СОЙКА'))!;
  assert.ok(sojko.names.some((n) => n.value === 'Виктор Владимирович СОЙКО' && n.script === 'Cyrl' && n.language === undefined));
  const inter = designations.get('NK-2GdmHtZTeNXjNVrBGEXZNj')!;
  assert.equal(inter.names[0].value, 'RAB „Inter Tobacco“'); // the caption
  assert.deepEqual(inter.nationalities, ['by']);
  assert.ok(inter.otherInfo.some((o) => o.type === 'referent' && o.value === 'ofac-32733'));
});

test('zala: Sanction entities become programme patches on their targets', async () => {
  const { designations, warnings } = await readFixture(ZALA);
  assert.equal(designations.size, designatableTargets(ZALA).length);
  const t = totals(designations.values());
  assert.ok(t.programmes.size > 0);
  assert.ok(warnings.some((w) => w.code === 'not_designation'));
});

test('bad JSON line → LeverageError with line and byte offset', async () => {
  const first = '{"id":"a","schema":"Person","properties":{"name":["Аляксандр"]}}';
  const bytes = Buffer.from(`${first}\n{"id": oops}\n`);
  const offset = Buffer.byteLength(first) + 1; // bytes, not characters: the name is Cyrillic
  await assert.rejects(
    readBytes('x.json', bytes, 'ftm-jsonl'),
    (e: unknown) => e instanceof LeverageError && e.location?.line === 2 && e.location?.offset === offset,
  );
});

test('entity without id → missing_field naming the column', async () => {
  await assert.rejects(
    readBytes('x.json', Buffer.from('{"schema":"Person"}\n'), 'ftm-jsonl'),
    (e: unknown) => e instanceof LeverageError && e.code === 'missing_field' && e.location?.column === 'id',
  );
});

test('a line longer than the limit is refused without buffering it whole', async () => {
  const { openInput, readList } = await import('../../../../../src/ingest/lists/index.ts');
  const input = await openInput('big.json', { bytes: Buffer.from(`{"id":"${'x'.repeat(300_000)}"}\n`) });
  input.limits = { maxLineBytes: 100_000 };
  await assert.rejects(
    async () => {
      for await (const _ of readList(input, 'ftm-jsonl')) void _;
    },
    (e: unknown) => e instanceof LeverageError && e.code === 'bad_input' && e.location?.line === 1,
  );
});
