/**
 * Bad input stops an import with the file, line and column, and writes nothing — not even the
 * good files imported in the same call.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/db.ts';
import { importRegistryFiles } from '../../src/app/index.ts';
import { registryStats } from '../../src/store/registry.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'leverage-import-'));
before(async () => (store = await openTestStore('registry_import')));
after(() => store.close());

const HEADER = 'id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence';
const GOOD = 'BY-9001,2025-01-31,current,1200,,,Viasna,https://spring96.org/en/news/1,Viasna,2025-02-01,Monthly count as of the end of January.';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function total(): Promise<number> {
  const stats = await registryStats(store);
  return Object.values(stats).reduce((n, s) => n + s.count, 0);
}

/** Imports a good file together with `bad`, expects the error, and checks nothing was written. */
async function rejects(bad: string, expect: { code: string; line?: number; column?: string | number; message?: RegExp }) {
  const good = file('good.csv', `${HEADER}\n${GOOD}\n`);
  const before = await total();
  await assert.rejects(importRegistryFiles(store, TEST_ACTOR, [good, bad]), (err: unknown) => {
    assert.ok(err instanceof LeverageError, String(err));
    assert.equal(err.code, expect.code, err.describe());
    assert.equal(err.location?.file, bad);
    if (expect.line !== undefined) assert.equal(err.location?.line, expect.line, err.describe());
    if (expect.column !== undefined) assert.equal(err.location?.column, expect.column, err.describe());
    if (expect.message) assert.match(err.describe(), expect.message);
    return true;
  });
  assert.equal(await total(), before, 'nothing written, not even the good file');
}

test('a good file imports', async () => {
  const results = await importRegistryFiles(store, TEST_ACTOR, [file('ok.csv', `${HEADER}\n${GOOD.replace('BY-9001', 'BY-9000')}\n`)]);
  assert.equal(results[0]!.inserted, 1);
});

test('malformed row: an unclosed quote', () =>
  rejects(file('quote.csv', `${HEADER}\n${GOOD}\nBY-9002,2025-02-28,current,1100,,,Viasna,"https://x.org,Viasna,,note\n`), {
    code: 'bad_format',
    message: /malformed CSV/,
  }));

test('malformed row: too many fields', () =>
  rejects(file('fields.csv', `${HEADER}\n${GOOD}\n${GOOD.replace('9001', '9003')},extra\n`), { code: 'bad_format', line: 3 }));

test('unknown column', () => rejects(file('unknown.csv', `${HEADER},colour\n${GOOD},red\n`), { code: 'unknown_column', line: 1, column: 'colour' }));

test('a date that is not EDTF', () =>
  rejects(file('date.csv', `${HEADER}\n${GOOD}\n${GOOD.replace('BY-9001,2025-01-31', 'BY-9004,31/01/2025')}\n`), {
    code: 'invalid_value',
    line: 3,
    column: 'date',
    message: /EDTF/,
  }));

test('a negative count', () => rejects(file('neg.csv', `${HEADER}\n${GOOD.replace(',1200,', ',-5,')}\n`), { code: 'invalid_value', line: 2, column: 'value' }));

test('a huge count', () =>
  rejects(file('huge.csv', `${HEADER}\n${GOOD.replace(',1200,', ',900000000000,')}\n`), {
    code: 'invalid_value',
    line: 2,
    column: 'value',
    message: /whole number from 0/,
  }));

test('a row with no source', () =>
  rejects(file('nosource.csv', `${HEADER}\n${GOOD}\nBY-9005,2025-02-28,current,1100,,,Viasna,,,,\n`), {
    code: 'missing_field',
    line: 3,
    column: 'source_url',
  }));

test('a file that is not UTF-8 (cp1252 bytes)', () => {
  // "Лукашэнка" would be UTF-8; 0xE9 is "é" in cp1252 and not valid UTF-8 on its own.
  const bytes = Buffer.concat([
    Buffer.from(`${HEADER}\n${GOOD}\nBY-9006,2025-02-28,current,1100,,,Viasna,https://x.org/a,Caf`),
    Buffer.from([0xe9]),
    Buffer.from(',,note\n'),
  ]);
  return rejects(file('cp1252.csv', bytes), { code: 'bad_encoding', line: 3, message: /0xe9/ });
});

test('a duplicate id in one file', () => rejects(file('dup.csv', `${HEADER}\n${GOOD}\n${GOOD}\n`), { code: 'conflict', line: 3, column: 'id' }));

test('a period that ends before it starts', () =>
  rejects(file('period.csv', `${HEADER}\n${GOOD.replace(',1200,,,', ',10,2025-02-01,2025-01-01,').replace('current', 'recognised_in_period')}\n`), {
    code: 'invalid_value',
    line: 2,
    column: 'period_end',
  }));

test('an empty file and a file of another format', async () => {
  await rejects(file('empty.csv', ''), { code: 'bad_format', message: /empty/ });
  await rejects(file('list.xml', '<sdnList/>'), { code: 'bad_format', message: /\.csv or \.json/ });
});

test('JSON: typed records import; a bad record is named by its path', async () => {
  const good = {
    observations: [
      {
        id: 'BY-9100',
        date: '2025-03-31',
        metric: 'current',
        value: 1150,
        source_org: 'Viasna',
        source_url: 'https://spring96.org/en/news/2',
        publisher: 'Viasna',
        evidence: 'End of March count.',
      },
    ],
  };
  const results = await importRegistryFiles(store, TEST_ACTOR, [file('ok.json', JSON.stringify(good))]);
  assert.equal(results[0]!.inserted, 1);
  const bad = { observations: [good.observations[0], { ...good.observations[0], id: 'BY-9101', value: -3 }] };
  await rejects(file('bad.json', JSON.stringify(bad)), { code: 'invalid_value', column: 'value' });
  await rejects(file('syntax.json', '{"observations": [\n  {"id": }\n]}'), { code: 'bad_format', line: 2 });
  await rejects(file('kind.json', JSON.stringify({ prisoners: [] })), { code: 'unknown_column' });
});

test('cases: the person becomes an actor with every spelling, and recognition is kept per counter', async () => {
  const header = 'id,person,person_names,recognised_by,recognised_on,exit_date,exit_mode,source_url,publisher,evidence';
  const path = file(
    'cases.csv',
    `${header}\nC-1,Ales Bialiatski,Алесь Бяляцкі;Aleś Bialacki,Viasna;Dissidentby,2021-07-14,2025-12-13,deportation,https://spring96.org/en/news/3,Viasna,Case record.\n`,
  );
  await importRegistryFiles(store, TEST_ACTOR, [path]);
  const names = await store.query<{ value: string; script: string }>(`SELECT value, script FROM actor_name WHERE actor_id = 'actor-case-C-1' ORDER BY id`);
  assert.deepEqual(
    names.map((n) => [n.value, n.script]),
    [
      ['Ales Bialiatski', 'Latn'],
      ['Алесь Бяляцкі', 'Cyrl'],
      ['Aleś Bialacki', 'Latn'],
    ],
  );
  const rec = await store.query<{ source_org: string; status: string; date: string }>(
    `SELECT source_org, status, date FROM case_recognition WHERE case_id = 'C-1' ORDER BY source_org`,
  );
  assert.deepEqual(
    rec.map((r) => [r.source_org, r.status, r.date]),
    [
      ['Dissidentby', 'recognised', '2021-07-14'],
      ['Viasna', 'recognised', '2021-07-14'],
    ],
  );
  // Re-imported with one counter only: the other's recognition is removed, not left stale.
  await importRegistryFiles(store, TEST_ACTOR, [
    file(
      'cases.csv',
      `${header}\nC-1,Ales Bialiatski,Алесь Бяляцкі;Aleś Bialacki,Viasna,2021-07-14,2025-12-13,deportation,https://spring96.org/en/news/3,Viasna,Case record.\n`,
    ),
  ]);
  const after = await store.query<{ source_org: string }>(`SELECT source_org FROM case_recognition WHERE case_id = 'C-1'`);
  assert.deepEqual(
    after.map((r) => r.source_org),
    ['Viasna'],
  );
});
