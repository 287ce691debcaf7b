import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareEdtf, parseEdtf, parsePlainDay } from '../../src/domain/types/edtf-date.ts';

test('day, month and year precision give the days they cover', () => {
  assert.deepEqual(parseEdtf('2025-12-13'), {
    value: '2025-12-13',
    precision: 'day',
    start: '2025-12-13',
    end: '2025-12-13',
    uncertain: false,
    approximate: false,
  });
  assert.equal(parseEdtf('2024-02')!.end, '2024-02-29', 'leap February');
  assert.equal(parseEdtf('2025-02')!.end, '2025-02-28');
  assert.deepEqual([parseEdtf('2020')!.start, parseEdtf('2020')!.end, parseEdtf('2020')!.precision], ['2020-01-01', '2020-12-31', 'year']);
});

test('quarters, seasons, qualifiers and intervals', () => {
  const q = parseEdtf('2025-34')!;
  assert.deepEqual([q.precision, q.start, q.end], ['quarter', '2025-04-01', '2025-06-30']);
  assert.equal(parseEdtf('2025-21')!.precision, 'season');
  assert.equal(parseEdtf('2025-12-13?')!.uncertain, true);
  assert.equal(parseEdtf('2025-12~')!.approximate, true);
  const i = parseEdtf('2025-12-01/2026-01')!;
  assert.deepEqual([i.precision, i.start, i.end], ['interval', '2025-12-01', '2026-01-31']);
});

test('rejects what is not EDTF', () => {
  for (const bad of ['13/12/2025', '2025-13', '2025-02-30', '2025-12-1', 'Dec 2025', '', '2025-12-13/2025-12-01', '2025-37', '20251213']) {
    assert.equal(parseEdtf(bad), undefined, bad);
  }
});

test('every valid calendar day parses to itself and orders like the string', () => {
  const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, day, (a, b) => {
      const pa = parseEdtf(a)!;
      const pb = parseEdtf(b)!;
      assert.equal(pa.start, a);
      assert.equal(Math.sign(compareEdtf(pa, pb)), Math.sign(a.localeCompare(b)));
    }),
  );
});

test('parsePlainDay reads exactly the plain day form of parseEdtf', () => {
  assert.deepEqual(parsePlainDay('2024-02-29'), { year: 2024, month: 2, day: 29 });
  for (const other of ['2025-02-29', '2025-12', '2025-12-13?', '2025-12-1x', ' 2025-12-13', '2025-12-01/2025-12-13'])
    assert.equal(parsePlainDay(other), undefined, other);
  const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(fc.property(day, (d) => parsePlainDay(d) !== undefined && parseEdtf(d)!.precision === 'day'));
});
