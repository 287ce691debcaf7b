import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { parse } from 'csv-parse/sync';
import { csvCell, sendCsv } from '../../src/server/csv.ts';

test('API CSV cells: formula text gets a leading apostrophe; numbers and plain text do not', async () => {
  assert.equal(csvCell('+cmd|x'), "'+cmd|x");
  assert.equal(csvCell(['@a', 'b']), "'@a;b");
  assert.equal(csvCell(-12), -12);
  assert.equal(csvCell('-12'), '-12');
  const app = Fastify();
  app.get('/x', (_req, reply) =>
    sendCsv(
      reply,
      'x',
      ['name', 'count'],
      [
        { name: '=1+1', count: -3 },
        { name: 'Ivan', count: 2 },
      ],
    ),
  );
  const res = await app.inject('/x');
  assert.deepEqual(parse(res.body, { columns: true }), [
    { name: "'=1+1", count: '-3' },
    { name: 'Ivan', count: '2' },
  ]);
  await app.close();
});
