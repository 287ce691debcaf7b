import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayOf, isoOf } from '../../src/analysis/index.ts';
import { firstDayOfMonth, monthLabel, monthOfDay, monthOfLabel, plainDay } from '../../src/analysis/dates.ts';

test('dates: dayOf reads only days of the domain grammar, and isoOf inverts it', () => {
  assert.equal(dayOf('1970-01-01'), 0);
  assert.equal(dayOf('2024-03-01') - dayOf('2024-02-28'), 2); // leap day
  for (const bad of ['2024', '2024-07', '2025-02-29', '2025-12-13?']) assert.throws(() => dayOf(bad), /not a day/, bad);
  assert.ok(Number.isNaN(plainDay('2025-02-29')));
  const day = fc.integer({ min: -200_000, max: 200_000 });
  fc.assert(fc.property(day, (d) => dayOf(isoOf(d)) === d && plainDay(isoOf(d)) === d));
});

test('dates: month indexes, their first days and labels agree', () => {
  assert.equal(monthOfLabel('2025-12'), 2025 * 12 + 11);
  assert.equal(monthLabel(monthOfLabel('2025-12')), '2025-12');
  assert.equal(isoOf(firstDayOfMonth(monthOfLabel('2024-02'))), '2024-02-01');
  assert.equal(monthOfDay(dayOf('2024-02-29')), monthOfLabel('2024-02'));
  assert.throws(() => monthOfLabel('2025-13'), /not a month/);
});
