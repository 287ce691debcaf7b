/**
 * EU FSF XML 1.1 (FORMATS.md §2.1) on the real 2026 excerpt. Expected numbers from ElementTree:
 *   5 sanctionEntity, 45 nameAlias, 8 address, 5 identification (+ 5 EU reference numbers, 1 UN id),
 *   programmes AFG IRN LBY TAQA TERR; nameAlias with a remark matching /lo(w)? quality/ → 3
 *   ("low quality alias" ×2, "low quality aliias" ×1); countryIso2Code="00" ×5.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBytes, readFixture, totals } from '../../helpers.ts';

const F = 'eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml';

test('sample: exact counts', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'eu-fsf-xml');
  assert.equal(published, '2026-08-05');
  const t = totals(designations.values());
  assert.equal(t.entities, 5);
  assert.equal(t.names, 45);
  assert.equal(t.weak, 3);
  assert.equal(t.addresses, 8);
  assert.equal(t.identifiers, 5 + 5 + 1);
  assert.deepEqual([...t.programmes].sort(), ['AFG', 'IRN', 'LBY', 'TAQA', 'TERR']);
});

test('quality lives in remarks while strong="true" stays set; typo "aliias" still weak', async () => {
  const { designations } = await readFixture(F);
  const names = [...designations.values()].flatMap((d) => d.names);
  assert.equal(names.find((n) => n.value === 'Abu Saleh')?.kind, 'weak_alias');
  assert.equal(names.find((n) => n.value === 'Abosslah')?.kind, 'weak_alias');
});

test('language tags per alias (GA → gle) and scripts (FA/AR → Arab)', async () => {
  const { designations } = await readFixture(F);
  const names = [...designations.values()].flatMap((d) => d.names);
  assert.ok(names.some((n) => n.language === 'gle'));
  assert.ok(names.some((n) => n.script === 'Arab'));
});

test('Islamic-calendar birthdate uses the Gregorian @birthdate; countryIso2Code "00" is warned', async () => {
  const { designations, warnings } = await readFixture(F);
  assert.ok([...designations.values()].some((d) => d.birthDates.includes('1982-04-19')));
  assert.ok(![...designations.values()].some((d) => d.birthDates.some((b) => b.startsWith('1402'))));
  assert.equal(warnings.filter((w) => w.code === 'unknown_country').length, 5);
  assert.ok(warnings.every((w) => w.location?.file && w.location.record));
});

test('listing date: designationDate, else the earliest regulation publication', async () => {
  const { designations } = await readFixture(F);
  assert.equal(designations.get('521')!.listedOn, '2001-01-25');
  assert.equal(designations.get('191')!.listedOn !== undefined, true);
});

test('a Belarus (BLR) entity in a synthetic file: programme and Cyrillic names', async () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-01-01T00:00:00+01:00">
  <sanctionEntity logicalId="9" euReferenceNumber="EU.1.1" designationDate="2021-06-24"><regulation programme="BLR" numberTitle="2021/1031" publicationDate="2021-06-24"/>
  <subjectType code="enterprise"/><nameAlias wholeName="Belaruskali" nameLanguage="" strong="true"/><nameAlias wholeName="Беларуськалий" nameLanguage="RU" strong="true"/></sanctionEntity></export>`;
  const { designations } = await readBytes('eu.xml', Buffer.from(xml));
  const d = designations.get('9')!;
  assert.deepEqual(d.programmes, ['BLR']);
  assert.deepEqual(
    d.names.map((n) => [n.kind, n.script, n.language]),
    [
      ['primary', 'Latn', undefined],
      ['alias', 'Cyrl', 'rus'],
    ],
  );
});
