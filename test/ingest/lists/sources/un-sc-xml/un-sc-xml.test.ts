/**
 * UN SC consolidated XML (FORMATS.md §4) on the complete 2018 file. Expected from ElementTree:
 *   703 INDIVIDUAL + 390 ENTITY; *_ALIAS names split on "; " after collapsing whitespace → 2721
 *   (QUALITY Low → 599 weak; f.k.a. → 15 former); 411 non-empty NAME_ORIGINAL_SCRIPT; 950 address
 *   elements with any non-empty child; 13 distinct UN_LIST_TYPE.
 *   python3 -c "…re.split(r';\s+',' '.join((a.findtext('ALIAS_NAME') or '').split()))…"
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture, totals } from '../../helpers.ts';

const F = 'un-sc-xml__perchrh_sanction_list_search__consolidated.xml';

test('2018 list: exact counts', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'un-sc-xml');
  assert.equal(published, '2018-10-29');
  const t = totals(designations.values());
  assert.equal(t.entities, 1093);
  assert.deepEqual(t.kinds, { person: 703, organisation: 390 });
  assert.equal(t.names, 1093 + 2721 + 411);
  assert.equal(t.weak, 599);
  assert.equal(t.former, 15);
  assert.equal(t.addresses, 950);
  assert.equal(t.programmes.size, 13);
});

test('padded values are trimmed: <FIRST_NAME> RI </FIRST_NAME>, <NUMBER> 381310014</NUMBER>', async () => {
  const { designations } = await readFixture(F);
  const d = designations.get('6908555')!;
  assert.equal(d.names[0].value, 'RI WON HO');
  assert.ok(d.identifiers.some((i) => i.type === 'Passport' && i.value === '381310014'));
  assert.deepEqual(d.birthDates, ['1964-07-17']);
  assert.equal(d.listedOn, '2016-11-30');
  assert.deepEqual(d.programmes, ['DPRK']);
});

test('no Belarus regime at the UN (negative control)', async () => {
  const { designations } = await readFixture(F);
  assert.equal([...designations.values()].filter((d) => d.programmes.some((p) => /belarus/i.test(p))).length, 0);
});
