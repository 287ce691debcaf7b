/**
 * "At least N" stock counts are bounds, not values: the calibration's likelihood reads them one-sided
 * (P(S ≥ N)), and a run starting from one says that its start is a lower bound. Pinned on the shipped
 * start, BY-0163 ("rights defenders count at least 1,140 political prisoners; real number higher").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibrate, isAtLeast, upperTail } from '../../../src/analysis/simulate/index.ts';
import { loadCsvRegistry } from '../registry-fixture.ts';

test('isAtLeast reads the evidence; upperTail is the normal upper tail', () => {
  assert.equal(isAtLeast({ evidence: 'Rights defenders count at least 1,140; real number higher.' }), true);
  assert.equal(isAtLeast({ evidence: 'More than 1,100 held.' }), true);
  assert.equal(isAtLeast({ evidence: '1,131 political prisoners at the end of December.' }), false);
  assert.ok(Math.abs(upperTail(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(upperTail(1.959964) - 0.025) < 1e-6);
  assert.ok(Math.abs(upperTail(-1.644854) - 0.95) < 1e-6);
});

test('an "at least" start is flagged, and reading it as a bound changes the calibration', () => {
  const registry = loadCsvRegistry();
  const bound = calibrate(registry);
  assert.equal(bound.start.id, 'BY-0163');
  assert.equal(bound.start.at_least, true);
  // The same row read as an exact count (its evidence without "at least").
  const exact = calibrate({
    ...registry,
    observations: registry.observations.map((o) => (o.id === 'BY-0163' ? { ...o, evidence: 'Rights defenders count 1,140 political prisoners.' } : o)),
  });
  assert.equal(exact.start.at_least, false);
  assert.notEqual(bound.rho.estimate, exact.rho.estimate);
});
