import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { comparePairsCsv } from '../../src/cli/names.ts';
import { LeverageError } from '../../src/domain/errors.ts';

const fixture = new URL('../fixtures/names/pairs-excerpt.csv', import.meta.url);

test('names compare keeps every row and column and appends score,match (pairs.csv excerpt, CRLF)', () => {
  const input = readFileSync(fixture);
  const out = parse(comparePairsCsv(input), { columns: true }) as Record<string, string>[];
  const rows = parse(input, { columns: true }) as Record<string, string>[];
  assert.equal(out.length, rows.length);
  for (let i = 0; i < rows.length; i++) {
    assert.equal(out[i]!.id, rows[i]!.id);
    assert.equal(out[i]!.source_url, rows[i]!.source_url);
    assert.match(out[i]!.score!, /^(0|1)\.\d{4}$/u);
    assert.ok(out[i]!.match === 'true' || out[i]!.match === 'false');
  }
  const agree = out.filter((r) => r.match === r.is_match).length;
  assert.ok(agree >= rows.length - 1, `${agree}/${rows.length}`);
});

test('BOM, quoted fields with commas and a missing schema column', () => {
  const csv = '\ufeffname1,name2,note\r\n"LUKASHENKO, Alexander",Аляксандр Лукашэнка,"a, b"\r\n';
  const out = parse(comparePairsCsv(csv)) as string[][];
  assert.deepEqual(out[0], ['name1', 'name2', 'note', 'score', 'match']);
  assert.equal(out[1]![2], 'a, b');
  assert.equal(out[1]![4], 'true');
});

test('a file without name1 is rejected with a located error', () => {
  assert.throws(
    () => comparePairsCsv('a,name2\n1,2\n', 'x.csv'),
    (err: unknown) => {
      assert.ok(err instanceof LeverageError);
      assert.equal(err.code, 'unknown_column');
      assert.equal(err.describe().startsWith('x.csv:1:name1: '), true);
      return true;
    },
  );
});

test('rows with an empty name score 0', () => {
  const out = parse(comparePairsCsv('name1,name2,schema\n,Лукашэнка,Person\n')) as string[][];
  assert.deepEqual(out[1]!.slice(3), ['0.0000', 'false']);
});
