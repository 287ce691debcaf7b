import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_COUNT, readCell, recordSchema, type Field } from '../../src/domain/fields.ts';
import { RECORD_KINDS, releaseKind } from '../../src/domain/schema/index.ts';

const count: Field = { name: 'count', type: 'count', required: true, doc: '' };

test('counts: whole, non-negative, bounded', () => {
  assert.deepEqual(readCell(count, '123'), { ok: true, value: 123 });
  for (const bad of ['-1', '1.5', '1e3', String(MAX_COUNT + 1), '99999999999999999999', 'ten']) assert.equal(readCell(count, bad).ok, false, bad);
  assert.equal(readCell(count, '').ok, false, 'required');
});

test('lists split on ; and enums are checked', () => {
  const list: Field = { name: 'x', type: 'list', values: ['person', 'entity'], doc: '' };
  assert.deepEqual(readCell(list, 'person; entity'), { ok: true, value: ['person', 'entity'] });
  assert.equal(readCell(list, 'person;ship').ok, false);
});

test('urls must be http(s)', () => {
  const url: Field = { name: 'u', type: 'url', doc: '' };
  assert.equal(readCell(url, 'https://spring96.org/en/news/1').ok, true);
  assert.equal(readCell(url, 'javascript:alert(1)').ok, false);
  assert.equal(readCell(url, 'spring96.org').ok, false);
});

test('every record kind cites a source and has an id and a date-like field', () => {
  for (const kind of RECORD_KINDS) {
    const names = kind.fields.map((f) => f.name);
    for (const f of ['id', 'source_url', 'publisher', 'evidence']) assert.ok(names.includes(f), `${kind.name} lacks ${f}`);
    assert.equal(new Set(names).size, names.length, `${kind.name} repeats a field`);
  }
});

test('record schemas reject unknown keys and accept count-only releases', () => {
  const schema = recordSchema(releaseKind.fields);
  const release = {
    id: 'r1',
    date: '2025-09-11',
    count: 52,
    count_basis: 'announced',
    mode: 'pardon',
    source_url: 'https://example.org/a',
    publisher: 'X',
    evidence: 'y',
  };
  assert.equal(schema.safeParse(release).success, true, 'no names needed');
  assert.equal(schema.safeParse({ ...release, extra: 1 }).success, false);
});

test('the fast CSV cell checks agree with the zod schemas', async () => {
  const { checkValue } = await import('../../src/domain/fields.ts');
  const samples = ['', ' ', '0', '12', '-3', '1.5', '10000001', 'pardon', 'Pardon', '2025-12-13', '2025-13', 'x'.repeat(5000), 'https://a.org', 'EU;US'];
  for (const kind of RECORD_KINDS) {
    for (const field of kind.fields) {
      for (const raw of samples) {
        const fast = readCell(field, raw);
        if (raw.trim() === '') continue;
        const typed =
          field.type === 'count' || field.type === 'number' ? (raw.trim() === '' ? NaN : Number(raw)) : field.type === 'list' ? raw.split(';') : raw.trim();
        const slow = checkValue(field, typed);
        const fastOk = fast.ok && !(field.type === 'count' && !/^\d+$/.test(raw.trim()));
        assert.equal(fastOk, slow.ok, `${kind.name}.${field.name} on ${JSON.stringify(raw.slice(0, 20))}`);
      }
    }
  }
});
