/** `leverage screen`: flags for properties, and a reader that goes away (`| head`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exitQuietlyOnEpipe } from '../../src/cli/names.ts';
import { testSchema } from '../helpers/store.ts';

const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const env = { ...process.env, LEVERAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'leverage-screen-')), LEVERAGE_PG_SCHEMA: testSchema('cliscreen') };

test('EPIPE on stdout exits quietly with status 0; other stream errors still throw', () => {
  const stream = new EventEmitter();
  const codes: number[] = [];
  exitQuietlyOnEpipe(stream, (code) => codes.push(code));
  exitQuietlyOnEpipe(stream, (code) => codes.push(code)); // installed once
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  assert.deepEqual(codes, [0]);
  assert.throws(() => stream.emit('error', Object.assign(new Error('disk'), { code: 'EIO' })), /disk/u);
});

test('leverage screen with its reader gone exits 0 without a stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'screen', 'Juan Pablo Guanipa', '--birth-date', '1964-03-19', '--nationality', 'VE', '--id', 'V-1'], { env });
  child.stdout.destroy(); // the reader went away before the first line
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/u);
});

test('leverage screen --help names the property flags', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'screen', '--help'], { env, timeout: 60_000 });
  for (const flag of ['--birth-date', '--nationality', '--id']) assert.match(stdout, new RegExp(flag, 'u'));
});
