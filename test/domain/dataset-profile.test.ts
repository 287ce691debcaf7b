import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isProfileProgramme, parseDatasetProfile } from '../../src/domain/index.ts';

const shipped = JSON.parse(readFileSync(new URL('../../data/belarus/dataset.json', import.meta.url), 'utf8'));

test('the shipped dataset.json is a valid profile; optional lists default to empty', () => {
  const p = parseDatasetProfile(shipped);
  assert.equal(p.counter.name, 'Viasna');
  assert.deepEqual(p.report.refill_windows[2], ['2024-07', '2026-03']);
  const minimal = parseDatasetProfile({ country: { code: 'VE', name: 'Venezuela' }, counter: { name: 'Foro Penal' } });
  assert.deepEqual([minimal.programmes, minimal.report.replacement_months, minimal.regime], [[], [], undefined]);
});

test('a bad profile names its field and what was expected', () => {
  const bad = (patch: object, field: RegExp) =>
    assert.throws(
      () => parseDatasetProfile({ ...shipped, ...patch }, 'dataset.json'),
      (e: Error & { location?: { file?: string } }) => {
        assert.match(e.message, field);
        assert.equal(e.location?.file, 'dataset.json');
        return true;
      },
    );
  bad({ country: { code: 'Belarus', name: 'Belarus' } }, /country\.code: an ISO 3166-1 alpha-2 code/);
  bad({ report: { replacement_months: ['2025-13'] } }, /report\.replacement_months\.0: a month/);
  bad({ report: { refill_windows: [['2024', 'soon']] } }, /report\.refill_windows\.0\.1: an EDTF date/);
  bad({ holiday_pardons: [{ month_day: '7-3', label: 'x' }] }, /holiday_pardons\.0\.month_day/);
  bad({ unknown_field: 1 }, /Unrecognized key/);
});

test("programmes: a list tag is the profile's when it equals one of its tags, in any case", () => {
  const p = parseDatasetProfile(shipped);
  assert.equal(isProfileProgramme(p, 'BELARUS-EO14038'), true);
  assert.equal(isProfileProgramme(p, 'blr'), true);
  assert.equal(isProfileProgramme(p, 'RUSSIA-EO14024'), false);
});
