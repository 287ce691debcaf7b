/**
 * Hostile list files on the CSV and JSON-lines side (issue 13): size limits for every CSV reader,
 * devices and FIFOs refused before reading, UTF-16/32 named, NUL and lone surrogates refused, an
 * unclosed quote reported where it opened. Each is a LeverageError with a location.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LeverageError } from '../../../../src/domain/errors.ts';
import type { ListFormat } from '../../../../src/domain/designation.ts';
import { collectDesignations, detectFormat, openInput, planImport, readList } from '../../../../src/ingest/lists/index.ts';
import type { ReadLimits } from '../../../../src/ingest/lists/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'leverage-hostile-csv-'));
const sdn = (ent: number, name: string, remarks = '-0- ') => `${ent},"${name}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"${remarks}"\r\n`;
const TARGETS_HEADER = '"id","schema","name","aliases","birth_date","countries"\n';
const target = (id: string, name: string) => `"${id}","Person","${name}","","",""\n`;

async function read(name: string, bytes: Buffer | string, limits?: ReadLimits, format?: ListFormat) {
  const input = await openInput(name, { bytes: Buffer.from(bytes) });
  if (limits) input.limits = limits;
  return collectDesignations(readList(input, format ?? detectFormat(input.probe.head, name)));
}

function expectError(expect: { code: string; line?: number; column?: string; message: RegExp }) {
  return (err: unknown) => {
    assert.ok(err instanceof LeverageError, `not a LeverageError: ${(err as Error)?.stack ?? err}`);
    assert.equal(err.code, expect.code, err.describe());
    assert.match(err.message, expect.message);
    if (expect.line !== undefined) assert.equal(err.location?.line, expect.line, err.describe());
    if (expect.column !== undefined) assert.equal(err.location?.column, expect.column, err.describe());
    assert.ok(err.location?.file, 'names the file');
    return true;
  };
}

test('OFAC CSV: a field over the default 4 Mi character limit is refused, naming line and field', async () => {
  const csv = sdn(1, 'A') + sdn(2, 'B', 'x'.repeat(5 * 1024 * 1024)) + sdn(3, 'C');
  await assert.rejects(
    read('sdn.csv', csv),
    expectError({ code: 'bad_input', line: 2, column: 'Remarks', message: /field "Remarks" is 5242880 characters long/ }),
  );
});

test('OFAC CSV and targets.simple CSV: the row limit stops the parser inside an endless field', async () => {
  const ofac = sdn(1, 'A') + `2,"${'y'.repeat(50_000)}`; // a quote that never closes, longer than the row limit
  await assert.rejects(
    read('sdn.csv', ofac, { maxRowChars: 10_000 }),
    expectError({ code: 'bad_input', line: 2, column: 'SDN_Name', message: /row is longer than 10000 characters/ }),
  );
  const targets = TARGETS_HEADER + target('Q1', 'A') + `"Q2","Person","${'z'.repeat(50_000)}","","",""\n`;
  await assert.rejects(
    read('targets.simple.csv', targets, { maxRowChars: 10_000 }),
    expectError({ code: 'bad_input', line: 3, column: 'name', message: /row is longer than 10000/ }),
  );
  await assert.rejects(
    read('targets.simple.csv', targets, { maxFieldChars: 1000 }),
    expectError({ code: 'bad_input', line: 3, column: 'name', message: /field "name" is 50000 characters long, over the limit of 1000/ }),
  );
});

test('targets.simple CSV: an unclosed quote is reported on the line where it opened', async () => {
  const csv = TARGETS_HEADER + target('Q1', 'A') + '"Q2","Person","B\nstill\ninside\n';
  await assert.rejects(
    read('targets.simple.csv', csv),
    expectError({ code: 'bad_format', line: 3, message: /quote opened in the row starting on line 3 is never closed/ }),
  );
});

test('devices, FIFOs and directories are refused before reading', async () => {
  await assert.rejects(planImport(['/dev/zero']), expectError({ code: 'bad_input', message: /is a device, which may never end/ }));
  const fifo = join(dir, 'list.fifo');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(planImport([fifo]), expectError({ code: 'bad_input', message: /is a pipe/ }));
  const sub = join(dir, 'sdn.csv');
  mkdirSync(sub);
  await assert.rejects(planImport([sub]), expectError({ code: 'bad_input', message: /is a directory/ }));
});

test('UTF-16 and UTF-32 list files are named, with or without a byte-order mark', async () => {
  const text = sdn(1, 'A') + sdn(2, 'B');
  const le = Buffer.from(text, 'utf16le');
  for (const [bytes, name] of [
    [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16 LE'],
    [le, 'UTF-16 LE'],
    [Buffer.from(le).swap16(), 'UTF-16 BE'],
    [Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?><sdnList/>`, 'utf16le'), 'UTF-16 LE'],
    [Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(Buffer.from(text, 'utf16le').swap16())]), 'UTF-32 BE'],
  ] as const) {
    await assert.rejects(openInput('list.csv', { bytes }), expectError({ code: 'bad_encoding', message: new RegExp(`${name}: save the file as UTF-8`) }));
  }
});

test('NUL characters and lone surrogates in list values are refused, naming the record', async () => {
  await assert.rejects(read('sdn.csv', sdn(1, 'A') + sdn(2, 'B\0C')), expectError({ code: 'invalid_value', line: 2, message: /NUL character/ }));
  const ftm = (name: string) => `{"id":"x1","schema":"Person","properties":{"name":["${name}"]}}\n`;
  await assert.rejects(read('entities.ftm.json', ftm('A\\u0000B')), expectError({ code: 'invalid_value', line: 1, message: /NUL character/ }));
  await assert.rejects(read('entities.ftm.json', ftm('A\\ud800B')), expectError({ code: 'invalid_value', line: 1, message: /lone surrogate \(U\+D800\)/ }));
});
