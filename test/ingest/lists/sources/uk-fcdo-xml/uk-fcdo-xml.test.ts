/**
 * FCDO UK Sanctions List XML (FORMATS.md §3.1) on the real 2026 excerpt. Expected from ElementTree:
 *   5 Designation (AFG0001 AFG0006 BEL0107 DPR0075 AQD0195), 10 Name + 2 NonLatinName, AliasStrength
 *   "Low quality a.k.a" ×1, 4 Address, 4 distinct RegimeName.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture, totals } from '../../helpers.ts';

const F = 'uk-fcdo-xml__GSmiguel_sanctions_lists_etl__sample_uk_sanctions.xml';

test('sample: exact counts', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'uk-fcdo-xml');
  assert.equal(published, '2026-09-10'); // DateGenerated 10/09/2026 (dd/mm/yyyy)
  const t = totals(designations.values());
  assert.equal(t.entities, 5);
  assert.equal(t.names, 12);
  assert.equal(t.weak, 1);
  assert.equal(t.addresses, 4);
  assert.equal(t.programmes.size, 4);
  assert.deepEqual([...designations.keys()], ['AFG0001', 'AFG0006', 'BEL0107', 'DPR0075', 'AQD0195']);
});

test('BEL0107 BNK (UK) Ltd under the Belarus regulations', async () => {
  const { designations } = await readFixture(F);
  const d = designations.get('BEL0107')!;
  assert.equal(d.entityKind, 'organisation');
  assert.deepEqual(d.programmes, ['The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019']);
  assert.ok(d.otherInfo.some((o) => o.type === 'Parent company' && /Belneftekhim/i.test(o.value)));
  assert.ok(d.otherInfo.some((o) => o.type === 'Sanctions imposed' && o.value === 'Director Disqualification Sanction'));
});

test('DOBs: dd/mm/yyyy, the dd/mm/1945 placeholder (year only), and a bare year', async () => {
  const { designations } = await readFixture(F);
  assert.deepEqual(designations.get('AFG0006')!.birthDates, ['1958-05-12', '1945', '1946']);
  assert.equal(designations.get('AFG0006')!.listedOn, '2001-01-25');
});
