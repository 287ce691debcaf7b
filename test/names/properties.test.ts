import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyProperties, buildCandidateIndex, countryKey, parseDate, screenName } from '../../src/names/index.ts';

// Namesakes: the same name, different people (birth dates and nationalities are made up).
const entries = [
  { id: 'A', schema: 'Person' as const, names: ['RODRIGUEZ GOMEZ, Carlos Alberto'], birthDates: ['1961-03-14'], nationalities: ['CO'] },
  {
    id: 'B',
    schema: 'Person' as const,
    names: ['Carlos Alberto Rodríguez Gómez'],
    birthDates: ['14.07.1975'],
    nationalities: ['Venezuela'],
    identifiers: ['V-12.345.678'],
  },
  { id: 'C', schema: 'Person' as const, names: ['Carlos Rodriguez'] },
];
const index = buildCandidateIndex(entries);

test('a query with birth date and nationality ranks the right namesake first, and says why', () => {
  const plain = screenName(index, 'Carlos Alberto Rodriguez Gomez', { schema: 'Person' });
  assert.equal(plain[0]!.id, 'A'); // equal name scores: by id
  assert.equal(plain[0]!.properties, undefined);
  const r = screenName(index, 'Carlos Alberto Rodriguez Gomez', { schema: 'Person', properties: { birthDate: '1975-07-14', nationality: 'VE' } });
  assert.deepEqual(r.map((x) => x.id).slice(0, 2), ['B', 'C']);
  const b = r[0]!;
  assert.equal(b.nameScore, 1);
  assert.deepEqual(
    b.properties!.map((c) => [c.property, c.result]),
    [
      ['birthDate', 'agrees'],
      ['nationality', 'agrees'],
    ],
  );
  const a = r.find((x) => x.id === 'A')!;
  assert.deepEqual(
    a.properties!.map((c) => [c.property, c.result, c.reason]),
    [
      ['birthDate', 'disagrees', 'different birth year'],
      ['nationality', 'disagrees', 'different nationality'],
    ],
  );
  assert.equal(a.match, false);
  // C states nothing: no checks, its name score stands, and it ranks between them.
  assert.deepEqual(r.find((x) => x.id === 'C')!.properties, []);
});

test('a shared identifier makes a match on its own; the results carry it', () => {
  const r = screenName(index, 'Carlos Rodrigues', { schema: 'Person', properties: { identifiers: ['V12345678'] } });
  const b = r.find((x) => x.id === 'B')!;
  assert.ok(b.nameScore! < 0.95);
  assert.equal(b.score, 0.95);
  assert.equal(b.match, true);
  assert.deepEqual(
    b.properties!.map((c) => [c.property, c.result, c.entry]),
    [['identifier', 'agrees', ['V-12.345.678']]],
  );
});

test('birth dates agree as far as both are known; the same year with another day disagrees less', () => {
  assert.deepEqual(parseDate('14 Jul 1975'), { year: 1975, month: 7, day: 14 });
  assert.deepEqual(parseDate('14/07/1975'), { year: 1975, month: 7, day: 14 });
  assert.deepEqual(parseDate('1975'), { year: 1975, month: undefined, day: undefined });
  assert.equal(parseDate('not a date'), undefined);
  const year = applyProperties(0.9, { birthDate: '1975' }, { birthDates: ['1975-07-14'] });
  const day = applyProperties(0.9, { birthDate: '1975-07-15' }, { birthDates: ['1975-07-14'] });
  const other = applyProperties(0.9, { birthDate: '1980-07-14' }, { birthDates: ['1975-07-14'] });
  assert.ok(year.score > 0.9 && day.score < 0.9 && other.score < day.score);
  assert.equal(countryKey('Belarusian'), 'by');
  assert.equal(countryKey('BY'), 'by');
});

test('EDTF birth dates as lists store them: approximate years and ranges', () => {
  // OFAC "DOB circa 1947" is stored as 1947~; a range as 1945/1947.
  assert.equal(applyProperties(0.9, { birthDate: '1947' }, { birthDates: ['1947~', '1946~'] }).checks[0]!.result, 'agrees');
  assert.equal(applyProperties(0.9, { birthDate: '1946-05-02' }, { birthDates: ['1945/1947'] }).checks[0]!.result, 'agrees');
  const outside = applyProperties(0.9, { birthDate: '1950' }, { birthDates: ['1945/1947'] }).checks[0]!;
  assert.equal(outside.result, 'disagrees');
  assert.deepEqual(outside.entry, ['1945/1947']);
});

test('nationalities as lists write them: official, inverted and parenthesised names meet the code', () => {
  for (const text of ['Korea, North', "Democratic People's Republic of Korea", 'North Korea', 'kp']) assert.equal(countryKey(text), 'kp', text);
  assert.equal(countryKey('Iran (Islamic Republic of)'), 'ir');
  assert.equal(countryKey('Congo, Democratic Republic of the'), 'cd');
  assert.equal(countryKey('Somalia'), 'so');
  assert.notEqual(countryKey('Korea, South'), countryKey('Korea, North'));
  assert.equal(applyProperties(0.9, { nationality: 'KP' }, { nationalities: ['Korea, North'] }).checks[0]!.result, 'agrees');
});
