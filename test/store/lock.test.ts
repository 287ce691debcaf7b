/**
 * One process per embedded store directory: a second opener is refused with the holder named,
 * a lock whose process is gone is taken over, and the lock goes with the store's close.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeverageError } from '../../src/domain/errors.ts';
import { acquireDirLock, LOCK_FILE, readLock } from '../../src/store/lock.ts';
import { decodeValue, encodeValue } from '../../src/store/wire.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'leverage-lock-'));

test('a held directory is refused, naming the holder; released, it can be taken again', () => {
  const d = dir();
  const lock = acquireDirLock(d);
  assert.throws(
    () => acquireDirLock(d),
    (e: unknown) => e instanceof LeverageError && e.code === 'locked' && e.message.includes(`process ${process.pid}`),
  );
  lock.release();
  assert.equal(existsSync(join(d, LOCK_FILE)), false);
  acquireDirLock(d).release();
});

test('a stale lock (its process is gone) is taken over', () => {
  const d = dir();
  // pid 2^22 + 1 is above Linux's largest pid: no such process.
  writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: 4194305, host: hostname(), command: 'leverage serve', since: '2026-01-01T00:00:00Z' }));
  const lock = acquireDirLock(d);
  assert.equal(readLock(d)?.pid, process.pid);
  lock.release();
});

test('a half-written lock file (a process died while writing it) is taken over', () => {
  const d = dir();
  writeFileSync(join(d, LOCK_FILE), '{"pid":');
  acquireDirLock(d).release();
});

test('advertise publishes the admin port and a fresh token in an owner-only file', async () => {
  const d = dir();
  const lock = acquireDirLock(d);
  const { token } = lock.advertise({ port: 4321 });
  assert.match(token, /^[0-9a-f]{64}$/);
  assert.deepEqual(readLock(d)?.admin, { port: 4321, token });
  const { statSync } = await import('node:fs');
  assert.equal(statSync(join(d, LOCK_FILE)).mode & 0o077, 0, 'no access for group or others');
  lock.release();
});

test('values cross the admin channel with their types: dates, bigints, bytes, nested JSON', () => {
  const row = { at: new Date('2026-03-05T10:00:00Z'), n: 12345678901234567890n, b: Buffer.from([0, 255]), j: { list: [1, 'x', null] } };
  const back = decodeValue(JSON.parse(JSON.stringify(encodeValue([row])))) as (typeof row)[];
  assert.deepEqual(back[0], row);
});
