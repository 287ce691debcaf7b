/**
 * OFAC legacy XML (FORMATS.md §1.2) on the real 2018 consolidated.xml. Expected numbers from
 * Python's ElementTree, matching local names:
 *   python3 -c "import xml.etree.ElementTree as E,collections as C;r=E.parse(F).getroot();L=lambda t:t.split('}')[-1];
 *     print(sum(L(e.tag)=='sdnEntry' for e in r.iter()), C.Counter(e.text for e in r.iter() if L(e.tag)=='category'))"
 *   → 639 entries, 1209 strong + 46 weak akas; 711 addresses; 7 programmes; 2096 idList/id of which
 *   grep -c on the non-identifier idTypes (Additional Sanctions Information - 264, Executive Order 13662
 *   Directive Determination - 309, For more information, please see: 264, Website 209, Email Address 150,
 *   Former Vessel Flag 101, Nationality of Registration 12) = 1309 → 787 identifiers (+ 53 vessel call signs).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ofacXml } from '../../../../../src/ingest/lists/index.ts';
import { readBytes, readFixture, totals } from '../../helpers.ts';

const F = 'ofac-legacy-xml__perchrh_sanction_list_search__consolidated.xml';

test('consolidated.xml: exact counts and publication date', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'ofac-xml');
  assert.equal(published, '2018-04-06'); // Publish_Date 04/06/2018 (MM/DD/YYYY)
  const t = totals(designations.values());
  assert.equal(t.entities, 639);
  assert.equal(t.weak, 46);
  assert.equal(t.aliases + t.former, 1209);
  assert.equal(t.addresses, 711);
  assert.equal(t.programmes.size, 7);
  assert.deepEqual(t.kinds, { organisation: 471, person: 94, vessel: 74 });
});

test('non-identifier idTypes are filtered into otherInfo', async () => {
  const { designations } = await readFixture(F);
  const all = [...designations.values()];
  const ids = all.flatMap((d) => d.identifiers);
  for (const bad of [
    'Website',
    'Email Address',
    'Additional Sanctions Information -',
    'Former Vessel Flag',
    'For more information, please see:',
    'Executive Order 13662 Directive Determination -',
    'Nationality of Registration',
  ]) {
    assert.equal(ids.filter((i) => i.type === bad).length, 0, bad);
  }
  assert.equal(ids.filter((i) => i.type !== 'Vessel Call Sign').length, 2096 - 1309);
  assert.equal(all.flatMap((d) => d.otherInfo).filter((o) => o.type === 'Website').length, 209);
});

test('Belarus entries (VTB Bank Belarus) are present; namespace ignored', async () => {
  const { designations } = await readFixture(F);
  const names = [...designations.values()].map((d) => d.names[0].value);
  assert.ok(names.some((n) => /VTB BANK \(BELARUS\)/.test(n)));
});

test('any namespace, or none, reads the same', async () => {
  const body = '<sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Entity</sdnType><programList><program>BELARUS</program></programList></sdnEntry>';
  for (const root of [
    '<sdnList>',
    '<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">',
    '<o:sdnList xmlns:o="urn:x">',
  ]) {
    const close = root.startsWith('<o:') ? '</o:sdnList>' : '</sdnList>';
    const { designations } = await readBytes('sdn.xml', Buffer.from(`<?xml version="1.0"?>${root}${body}${close}`), 'ofac-xml');
    assert.deepEqual(designations.get('1')!.programmes, ['BELARUS']);
  }
  assert.ok(ofacXml.sniff(Buffer.from('<?xml version="1.0"?>\r\n<sdnList xmlns="http://tempuri.org/sdnList.xsd">')));
});
