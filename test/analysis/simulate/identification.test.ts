/**
 * One definition of "identified" (src/analysis/simulate/identification.ts): the calibration
 * table's column, the ρ note, the API's `identification` and the dashboard all read it, so the
 * table can no longer say "no" beside a note that says "weakly identified".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibrate, calibrationMarkdown, identificationOf, summarizeCalibration, type CalibrationSummary } from '../../../src/analysis/simulate/index.ts';
import { shippedRegistry, syntheticRegistry } from './fixture.ts';

/** The ρ row's "identified" cell and the ρ note line of the calibration table. */
function rhoCells(c: CalibrationSummary): { column: string; note: string } {
  const lines = calibrationMarkdown(c).split('\n');
  const row = lines.find((l) => l.startsWith('| ρ | arrival response'));
  const note = lines.find((l) => l.startsWith('ρ: '));
  assert.ok(row && note, 'the table has a ρ row and a ρ note');
  return { column: row.split('|')[6].trim(), note };
}

/** What the note says about identification, in the column's words. */
function noteSays(note: string): string {
  if (/not identified/.test(note)) return '**no**';
  if (/weakly identified/.test(note)) return '**weakly**';
  return 'yes';
}

test('identificationOf: the profile decides "not identified", the 90% interval decides the rest', () => {
  assert.equal(identificationOf([0, 1], [-1, 4], 0.5), 'not_identified');
  assert.equal(identificationOf([0, 1], [-1, 4], 3), 'identified');
  assert.equal(identificationOf([-0.2, 3.9], [-1, 4], 3), 'weak');
  // Without a profile (λ, δ): the interval alone.
  assert.equal(identificationOf([40, 45], [10, 150]), 'identified');
  assert.equal(identificationOf([10, 140], [10, 150]), 'weak');
});

test('shipped data: ρ is weakly identified, and the table column says so beside its note', () => {
  const c = summarizeCalibration(calibrate(shippedRegistry()));
  assert.equal(c.rho.identification, 'weak');
  assert.equal(c.rho.identified, false);
  const { column, note } = rhoCells(c);
  assert.match(note, /weakly identified/);
  assert.equal(column, '**weakly**');
  assert.equal(column, noteSays(note));
  // λ and δ are pinned down: the same definition says so in the API field and in the column.
  assert.equal(c.lambda.identification, 'identified');
  assert.equal(c.delta.identification, 'identified');
  assert.match(calibrationMarkdown(c), /^\| λ \| [^\n]*\| yes \|/m);
});

test('column and note agree for ρ whatever the data (no releases: not identified)', async () => {
  const cases = [
    { rho: 0, pardonEvery: 0, pardonSize: 0, seed: 9 },
    { rho: 1, pardonEvery: 3, pardonSize: 40, seed: 2 },
  ];
  const seen = new Set<string>();
  for (const k of cases) {
    const registry = await syntheticRegistry({ lambda: 60, delta: 0.03, deathRate: 0, startStock: 900, months: 36, ...k });
    const c = summarizeCalibration(calibrate(registry));
    const { column, note } = rhoCells(c);
    assert.equal(column, noteSays(note), `seed ${k.seed}: column ${column}, note ${note}`);
    assert.equal(c.rho.identified, c.rho.identification === 'identified');
    seen.add(c.rho.identification);
  }
  assert.ok(seen.has('not_identified'), [...seen].join(', '));
});
