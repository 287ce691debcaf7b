import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LeverageError } from '../../src/domain/errors.ts';
import { readCsvTable, readNamesCsv } from '../../src/ingest/names-file.ts';

const located = (line: number, message: RegExp) => (err: unknown) => {
  assert.ok(err instanceof LeverageError, `not a LeverageError: ${(err as Error)?.stack ?? err}`);
  assert.equal(err.location?.file, 'names.csv');
  assert.equal(err.location?.line, line, err.describe());
  assert.match(err.message, message);
  return true;
};

test('screen --file names: the `name` column (else the first), an optional schema, the line of each', () => {
  assert.deepEqual(readNamesCsv(Buffer.from('\ufeffid,name,schema\r\n1,Ivan Petrov,Person\r\n\r\n2,"Acme, Ltd",\r\n'), 'names.csv'), [
    { name: 'Ivan Petrov', schema: 'Person', line: 2 },
    { name: 'Acme, Ltd', line: 4 },
  ]);
  assert.deepEqual(readNamesCsv('who\nIvan\n', 'names.csv'), [{ name: 'Ivan', line: 2 }]);
});

test('a malformed names file is a located LeverageError, an unclosed quote on the line where it opened', () => {
  assert.throws(() => readNamesCsv('name\nIvan\n"Petr\nSidorov\n', 'names.csv'), located(3, /quote opened in the row starting on line 3 is never closed/));
  assert.throws(() => readNamesCsv('name\nIv"an\n', 'names.csv'), located(2, /malformed CSV row/));
  assert.throws(() => readNamesCsv('', 'names.csv'), located(1, /empty names file/));
  assert.throws(
    () => readNamesCsv(Buffer.from('name\nIvan\n', 'utf16le'), 'names.csv'),
    (e) => e instanceof LeverageError && /UTF-16 LE: save the file as UTF-8/.test(e.message),
  );
});

test('names and pairs files have the CSV size limits', () => {
  assert.throws(() => readNamesCsv(`name\nA\n${'x'.repeat(3000)}\n`, 'names.csv', { maxFieldChars: 1000 }), located(3, /field "name" is 3000 characters long/));
  assert.throws(
    () => readCsvTable(`name1,name2\nA,"${'x'.repeat(3000)}`, 'names.csv', { limits: { maxRowChars: 1000 } }),
    located(2, /row is longer than 1000 characters/),
  );
  assert.deepEqual(readCsvTable('name1,name2\nO"Brien,x\n', 'names.csv', { relaxQuotes: true }), [
    ['name1', 'name2'],
    ['O"Brien', 'x'],
  ]);
});
