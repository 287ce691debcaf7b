// Tests how src/server/app.ts's toProblem answers errors that are not the app's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { toProblem } from '../../src/server/app.ts';

test('a unique-key violation from the database is a 409 asking to retry, without the SQLSTATE', async () => {
  const db = new PGlite();
  await db.exec('create table t (k text primary key)');
  await db.query("insert into t values ('a')");
  const err = await db.query("insert into t values ('a')").then(
    () => assert.fail('the second insert should fail'),
    (e: unknown) => e,
  );
  await db.close();
  const problem = toProblem(err);
  assert.equal(problem.status, 409);
  assert.equal(problem.code, 'conflict');
  assert.match(problem.detail ?? '', /try again/);
  assert.doesNotMatch(JSON.stringify(problem), /23505|duplicate key/);
});

test('an unexpected failure is a 500 that names neither the error nor its code', () => {
  const err = Object.assign(new Error('read ECONNRESET 10.0.0.5:5432'), { code: 'ECONNRESET' });
  const problem = toProblem(err);
  assert.equal(problem.status, 500);
  assert.equal(problem.code, undefined);
  assert.doesNotMatch(JSON.stringify(problem), /ECONNRESET|10\.0\.0\.5/);
});

test('a 4xx raised by the framework keeps its code', () => {
  const err = Object.assign(new Error('Body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
  const problem = toProblem(err);
  assert.equal(problem.status, 413);
  assert.equal(problem.code, 'FST_ERR_CTP_BODY_TOO_LARGE');
});
