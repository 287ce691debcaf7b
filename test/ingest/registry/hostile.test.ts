/**
 * Hostile registry files (issue 13): each is refused quickly with a located, readable error,
 * never a hang, a raw stack trace or silent data loss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeverageError } from '../../../src/domain/errors.ts';
import { kindForHeader, readRegistryCsv } from '../../../src/ingest/registry/read-csv.ts';
import { readRegistryJson } from '../../../src/ingest/registry/read-json.ts';
import { readDatasetProfile } from '../../../src/ingest/registry/read-profile.ts';

const dir = mkdtempSync(join(tmpdir(), 'leverage-hostile-registry-'));
const HEADER = 'id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence';
const GOOD = 'BY-9001,2025-01-31,current,1200,,,Viasna,https://spring96.org/en/news/1,Viasna,2025-02-01,Monthly count.';
const RELEASE = {
  id: 'rel-1',
  date: '2025-01',
  count: 2,
  count_basis: 'confirmed',
  mode: 'unknown',
  source_url: 'https://example.org/a',
  publisher: 'X',
  evidence: 'e',
};

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readCsv(path: string, limits?: { maxFieldChars?: number; maxRowChars?: number }): Promise<void> {
  for await (const r of readRegistryCsv(path, undefined, limits).records) void r;
}

function expectError(expect: { code?: string; line?: number; column?: string; message: RegExp; path?: string }) {
  return (err: unknown) => {
    assert.ok(err instanceof LeverageError, `not a LeverageError: ${(err as Error)?.stack ?? err}`);
    assert.match(err.message, expect.message);
    if (expect.code) assert.equal(err.code, expect.code);
    if (expect.line !== undefined) assert.equal(err.location?.line, expect.line, err.describe());
    if (expect.column !== undefined) assert.equal(err.location?.column, expect.column, err.describe());
    if (expect.path !== undefined) assert.equal(err.location?.path, expect.path, err.describe());
    return true;
  };
}

test('a header with 100,000 columns is checked for duplicates in linear time', async () => {
  const cols = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
  const t0 = performance.now();
  assert.throws(() => kindForHeader([...cols, 'c5'], 'wide.csv'), expectError({ message: /column "c5" appears twice/, line: 1, column: 'c5' }));
  // The quadratic check took 19 s here; a linear one takes milliseconds (the bound allows a loaded machine).
  assert.ok(performance.now() - t0 < 2000, `took ${Math.round(performance.now() - t0)} ms`);
  await assert.rejects(readCsv(file('wide.csv', `${[...cols, 'c5'].join(',')}\n`)), expectError({ message: /column "c5" appears twice/, line: 1 }));
});

test('a field or a row over the CSV limits is refused with file, line and field', async () => {
  const long = file('long-field.csv', `${HEADER}\n${GOOD}\nBY-9002,2025-01-31,current,1,,,Viasna,https://x.org/2,Viasna,2025-02-01,"${'x'.repeat(5000)}"\n`);
  await assert.rejects(
    readCsv(long, { maxFieldChars: 1000 }),
    expectError({ code: 'bad_input', line: 3, column: 'evidence', message: /field "evidence" is 5000 characters long, over the limit of 1000/ }),
  );
  await assert.rejects(
    readCsv(long, { maxRowChars: 2000 }),
    expectError({ code: 'bad_input', line: 3, column: 'evidence', message: /row is longer than 2000 characters/ }),
  );
});

test('a quote that is never closed is reported on the line where it opened', async () => {
  const rows = Array.from({ length: 5 }, (_, i) => GOOD.replace('9001', String(9100 + i)));
  const path = file(
    'unclosed.csv',
    `${HEADER}\n${rows.join('\n')}\nBY-9002,2025-01-31,current,1,,,Viasna,https://x.org/2,Viasna,2025-02-01,"open\nmore\nlines\n`,
  );
  await assert.rejects(readCsv(path), expectError({ code: 'bad_format', line: 7, message: /quote opened in the row starting on line 7 is never closed/ }));
});

test('devices, FIFOs and directories are refused before reading', async () => {
  await assert.rejects(readCsv('/dev/zero'), expectError({ message: /is a device/ }));
  await assert.rejects(readRegistryJson('/dev/zero'), expectError({ message: /is a device/ }));
  const fifo = join(dir, 'fifo.csv');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(readCsv(fifo), expectError({ message: /is a pipe/ }));
  const sub = join(dir, 'a-directory.json');
  mkdirSync(sub);
  await assert.rejects(readRegistryJson(sub), expectError({ message: /is a directory/ }));
});

test('UTF-16 and UTF-32 files are named as such, with or without a byte-order mark', async () => {
  const text = `${HEADER}\n${GOOD}\n`;
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  const cases: [Buffer, RegExp][] = [
    [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), /UTF-16 LE: save the file as UTF-8/],
    [le, /UTF-16 LE/],
    [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), /UTF-16 BE/],
    [be, /UTF-16 BE/],
    [
      Buffer.concat([
        Buffer.from([0xff, 0xfe, 0, 0]),
        Buffer.from(text, 'utf16le').reduce((b, _, i, src) => (i % 2 ? b : Buffer.concat([b, Buffer.from([src[i]!, src[i + 1]!, 0, 0])])), Buffer.alloc(0)),
      ]),
      /UTF-32 LE/,
    ],
  ];
  for (const [i, [bytes, message]] of cases.entries()) {
    await assert.rejects(readCsv(file(`wide-${i}.csv`, bytes)), expectError({ code: 'bad_encoding', message }));
  }
  const json = JSON.stringify({ releases: [RELEASE] });
  for (const [i, bytes] of [
    Buffer.from(`\ufeff${json}`, 'utf16le'),
    Buffer.from(json, 'utf16le'),
    Buffer.from(`\ufeff${json}`, 'utf16le').swap16(),
  ].entries()) {
    await assert.rejects(
      readRegistryJson(file(`wide-${i}.json`, bytes)),
      expectError({ code: 'bad_encoding', message: /UTF-16 [LB]E: save the file as UTF-8/ }),
    );
  }
});

test('NUL characters and lone surrogates are refused, naming the field', async () => {
  const nul = file('nul.csv', `${HEADER}\n${GOOD.replace('Monthly', 'Mon\0thly')}\n`);
  await assert.rejects(readCsv(nul), expectError({ code: 'invalid_value', line: 2, column: 'evidence', message: /NUL character/ }));
  const lone = file('lone.json', `{"releases":[${JSON.stringify({ ...RELEASE, note: 'x' }).replace('"x"', '"a\\ud800b"')}]}`);
  await assert.rejects(
    readRegistryJson(lone),
    expectError({ code: 'invalid_value', column: 'note', path: 'releases[0]', message: /lone surrogate \(U\+D800\)/ }),
  );
  const nulJson = file('nul.json', `{"releases":[${JSON.stringify({ ...RELEASE, notable_people: ['a\u0000b'] })}]}`);
  await assert.rejects(readRegistryJson(nulJson), expectError({ code: 'invalid_value', column: 'notable_people', message: /NUL/ }));
});

test('JSON: nesting, duplicate keys and out-of-range numbers are refused with their place', async () => {
  const deep = file('deep.json', `{"releases":[{"id":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`);
  await assert.rejects(readRegistryJson(deep), expectError({ code: 'bad_format', line: 1, message: /nested deeper than 64 levels/ }));
  const dup = file('dup.json', `{"releases": [\n  {"id": "rel-1", "count": 2,\n   "count": 3}\n]}`);
  await assert.rejects(readRegistryJson(dup), expectError({ code: 'bad_format', line: 3, path: 'releases[0].count', message: /key "count" appears twice/ }));
  const dupKind = file('dup-kind.json', `{"releases": [], "observations": [], "releases": []}`);
  await assert.rejects(readRegistryJson(dupKind), expectError({ message: /key "releases" appears twice/, path: 'releases' }));
  const huge = file('huge.json', `{"releases":[${JSON.stringify({ ...RELEASE, count: 0 }).replace('"count":0', '"count":1e400')}]}`);
  await assert.rejects(readRegistryJson(huge), expectError({ code: 'invalid_value', path: 'releases[0].count', message: /number 1e400 is out of range/ }));
  // Same keys in different objects, and escaped quotes in strings, are fine.
  const fine = file(
    'fine.json',
    JSON.stringify({
      releases: [
        { ...RELEASE, note: 'say "\\"count\\": 1"' },
        { ...RELEASE, id: 'rel-2' },
      ],
    }),
  );
  assert.equal((await readRegistryJson(fine)).length, 2);
});

test('a JSON file over the size limit is refused before it is read', async () => {
  const path = join(dir, 'sparse.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk used
  closeSync(fd);
  await assert.rejects(readRegistryJson(path), expectError({ code: 'bad_input', message: /600 MiB, over the limit of 256 MiB/ }));
});

test('the dataset profile is checked like registry JSON: duplicate keys refused, devices refused', async () => {
  const sub = join(dir, 'profile');
  mkdirSync(sub);
  const profile = file('profile/dataset.json', '{"country": "XX",\n "country": "YY"}');
  await assert.rejects(readDatasetProfile(profile), expectError({ code: 'bad_format', line: 2, path: 'country', message: /key "country" appears twice/ }));
  await assert.rejects(readDatasetProfile('/dev/zero'), expectError({ message: /is a device/ }));
});
