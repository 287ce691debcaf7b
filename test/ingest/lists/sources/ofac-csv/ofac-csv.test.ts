/**
 * OFAC CSV set (FORMATS.md §1.1) on the real samples. Expected numbers come from Python's csv
 * module, independently of our parser:
 *   python3 -c "import csv,io;print(sum(1 for r in csv.reader(io.open(F,encoding='cp1252')) if r and r[0].strip().isdigit()))"
 * and for weak aliases the remark rule re.findall(r"\b[an]\.k\.a\.,? '(.+?)'(?=\s*(?:[;.,)]|$))", remarks+comments)
 * (cross-check: grep -o "a\.k\.a\. '" sdn.csv | wc -l → 2026; grep -o "f\.k\.a\. '" sdn.csv | wc -l → 11).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LeverageError } from '../../../../../src/domain/errors.ts';
import { ofacCsvRole, splitOfacPrograms, parseOfacRemarks } from '../../../../../src/ingest/lists/index.ts';
import { fixture, readBytes, readFixture, totals } from '../../helpers.ts';
import { readFileSync } from 'node:fs';

const SDN19 = 'ofac-sdn-csv__moov-io_watchman__sdn.csv';
const SIDES19 = [
  'ofac-add-csv__moov-io_watchman__add.csv',
  'ofac-alt-csv__moov-io_watchman__alt.csv',
  'ofac-sdn-comments-csv__moov-io_watchman__sdn_comments.csv',
];
const SDN23 = 'ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv';
const ADD23 = 'ofac-add-csv__loudringphone_sancbook__sdn_address_2023-01_reserialised.csv';
const CONS = [
  'ofac-cons-csv__moov-io_watchman__cons_prim.csv',
  'ofac-cons-csv__moov-io_watchman__cons_add.csv',
  'ofac-cons-csv__moov-io_watchman__cons_alt.csv',
  'ofac-cons-csv__moov-io_watchman__cons_comments.csv',
];

test('2019 sdn.csv set: exact counts', async () => {
  const { designations, format } = await readFixture(SDN19, SIDES19);
  assert.equal(format, 'ofac-csv');
  const t = totals(designations.values());
  assert.equal(t.entities, 7379); // python csv: rows with numeric ent_num
  // alt.csv rows whose ent_num is in sdn.csv: aka 9335 + nka 16 → alias, fka 331 → former
  // (python3: collections.Counter(r[2] for r in csv.reader(alt) if r[0] in ids))
  assert.equal(t.aliases, 9335 + 16);
  assert.equal(t.weak, 2026); // a.k.a. '…' in remarks (+ spillover)
  assert.equal(t.former, 331 + 11); // fka rows + f.k.a. '…' in remarks (grep -o "f\.k\.a\. '" | wc -l → 11)
  assert.equal(t.addresses, 9474); // add.csv rows for known ent_nums with any address part
  assert.equal(t.programmes.size, 49); // distinct tags after splitting "] ["
  assert.deepEqual(t.kinds, { organisation: 2994, person: 3845, vessel: 323, aircraft: 217 });
});

test('9760 LUKASHENKA: primary spelling 2019, DOB as EDTF, POB, programme BELARUS', async () => {
  const { designations } = await readFixture(SDN19, SIDES19);
  const d = designations.get('9760')!;
  assert.equal(d.names[0].value, 'LUKASHENKA, Alyaksandr Hryhoryavich');
  assert.ok(d.names.some((n) => n.value === 'LUKASHENKO, Aleksandr Grigorievich' && n.kind === 'alias'));
  assert.deepEqual(d.birthDates, ['1954-08-30']);
  assert.deepEqual(d.birthPlaces, ['Kopys, Vitebsk oblast, Belarus']);
  assert.deepEqual(d.programmes, ['BELARUS']);
  assert.deepEqual(d.legalBasis, ['Executive Order 13405']);
});

test('2023 re-serialised copy: header row and padded 0x1A row are warned, not read as data', async () => {
  const { designations, warnings } = await readFixture(SDN23, [ADD23]);
  const t = totals(designations.values());
  assert.equal(t.entities, 11443);
  assert.equal(t.addresses, 13834);
  assert.equal(t.weak, 2736);
  assert.equal(t.programmes.size, 72);
  const belarus = [...designations.values()].filter((d) => d.programmes.some((p) => p.startsWith('BELARUS')));
  assert.equal(belarus.filter((d) => d.programmes.includes('BELARUS')).length, 73);
  assert.equal(belarus.filter((d) => d.programmes.includes('BELARUS-EO14038')).length, 91);
  assert.deepEqual(
    warnings.filter((w) => w.code === 'header_row').map((w) => w.location?.line),
    [1, 1],
  );
  assert.equal(warnings.filter((w) => w.code === 'eof_marker').length, 2);
  assert.equal(designations.get('9760')!.names[0].value, 'LUKASHENKA, Alyaksandr Ryhorovich');
});

test('consolidated set: CRLF + trailing 0x1A in every table, spillover joined mid-word', async () => {
  const { designations, warnings } = await readFixture(CONS[0], CONS.slice(1));
  const t = totals(designations.values());
  assert.equal(t.entities, 442);
  assert.equal(t.aliases, 932); // cons_alt.csv aka rows
  assert.equal(t.former, 141 + 3); // cons_alt.csv fka rows + f.k.a. '…' in remarks
  assert.equal(t.weak, 69);
  assert.equal(t.addresses, 522);
  assert.equal(t.programmes.size, 11);
  assert.equal(warnings.filter((w) => w.code === 'eof_marker').length, 4);
  // Every cons_comments row continues a remark cut at exactly 1,000 characters (FORMATS.md §1.1).
  const raw = readFileSync(fixture(CONS[3]), 'latin1');
  const id = /^(\d+),/.exec(raw)![1];
  const d = designations.get(id)!;
  assert.ok(d.remarks!.length > 1000);
  assert.ok(!/\s{2}/.test(d.remarks!.slice(995, 1005)));
});

test('programmes joined by "] [" are split (cons_prim 18714 BPS-SBERBANK)', async () => {
  assert.deepEqual(splitOfacPrograms('UKRAINE-EO13662] [RUSSIA-EO14024'), ['UKRAINE-EO13662', 'RUSSIA-EO14024']);
  assert.deepEqual(splitOfacPrograms('IRAN] [SDGT] [NPWMD] [IFSR'), ['IRAN', 'SDGT', 'NPWMD', 'IFSR']);
  const { designations } = await readFixture(CONS[0], CONS.slice(1));
  assert.deepEqual(designations.get('18714')!.programmes, ['UKRAINE-EO13662', 'RUSSIA-EO14024']);
});

test('-0- nulls (with trailing space) are absent values', async () => {
  const { designations } = await readFixture(SDN19);
  const d = designations.get('36')!; // 36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,…
  assert.equal(d.entityKind, 'organisation');
  assert.equal(d.remarks, undefined);
  assert.deepEqual(d.titles, []);
});

test('remarks: weak alias, identifiers, non-identifier features kept apart', () => {
  const f = parseOfacRemarks(
    "DOB circa 1960; alt. DOB 01 Jan 1961 to 31 Dec 1963; nationality Belarus; Passport MP1234 (Belarus) issued 01 Jan 2010; Website www.example.by; Linked To: BELNEFTEKHIM; a.k.a. 'BNC'.",
  );
  assert.deepEqual(f.birthDates, ['1960~', '1961/1963']);
  assert.deepEqual(f.nationalities, ['Belarus']);
  assert.deepEqual(f.identifiers, [{ type: 'Passport', value: 'MP1234', country: 'Belarus', note: 'issued 01 Jan 2010' }]);
  assert.deepEqual(
    f.otherInfo.map((o) => o.type),
    ['Website', 'Linked To:'],
  );
  assert.deepEqual(f.names, [{ value: 'BNC', kind: 'weak_alias', script: 'Latn' }]);
});

test('roles are told apart by content', () => {
  const role = (name: string) => ofacCsvRole(readFileSync(fixture(name)).subarray(0, 4096));
  assert.deepEqual([SDN19, ...SIDES19, SDN23, ADD23].map(role), ['prim', 'add', 'alt', 'comments', 'prim', 'add']);
});

test('cp1252 bytes are decoded with a warning naming the byte offset', async () => {
  const bytes = Buffer.concat([Buffer.from('1,"O'), Buffer.from([0x92]), Buffer.from('BRIEN, Sean",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')]);
  const { designations, warnings } = await readBytes('sdn.csv', bytes, 'ofac-csv');
  assert.equal(designations.get('1')!.names[0].value, 'O\u2019BRIEN, Sean');
  assert.deepEqual(warnings.find((w) => w.code === 'decoded_cp1252')?.location, { file: 'sdn.csv', offset: 4 });
});

test('malformed: non-numeric ent_num → LeverageError with line and column', async () => {
  const bytes = Buffer.from('36,"A",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\nX7,"B",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
  await assert.rejects(
    readBytes('sdn.csv', bytes, 'ofac-csv'),
    (e: unknown) => e instanceof LeverageError && e.location?.line === 2 && e.location?.column === 'ent_num',
  );
});

test('malformed: a quote that never closes swallows columns → column_count warning with line', async () => {
  const bytes = Buffer.from('36,"AEROCARIBBEAN AIRLINES,-0- ,"CUBA"\r\n');
  const { warnings } = await readBytes('sdn.csv', bytes, 'ofac-csv');
  assert.deepEqual(warnings.find((w) => w.code === 'column_count')?.location, { file: 'sdn.csv', line: 1, record: '36' });
});
