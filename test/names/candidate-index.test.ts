import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockingKeys, buildCandidateIndex, screenName } from '../../src/names/candidate-index.ts';
import { parsePersonName } from '../../src/names/structure.ts';

const entries = [
  { id: 'LUKASHENKA', schema: 'Person' as const, names: ['LUKASHENKO, Alexander Grigoryevich', 'Аляксандр Рыгоравіч Лукашэнка'] },
  { id: 'LUKASHENKA_VIKTAR', schema: 'Person' as const, names: ['LUKASHENKA, Viktar Aliaksandravich'] },
  { id: 'TSIKHANOUSKAYA', schema: 'Person' as const, names: ['Святлана Ціханоўская'] },
  { id: 'TSIKHANOUSKI', schema: 'Person' as const, names: ['Siarhei Tsikhanouski'] },
  { id: 'BELARUSKALI', schema: 'Organization' as const, names: ['OJSC BELARUSKALI', 'ОАО «Беларуськалий»'] },
  { id: 'EMPTY', names: [] },
];
const index = buildCandidateIndex(entries);

test('any romanisation finds the Cyrillic entry (Łukašenka → LUKASHENKA)', () => {
  const r = screenName(index, 'Aliaksandr Łukašenka', { schema: 'Person' });
  assert.equal(r[0]?.id, 'LUKASHENKA');
  assert.equal(r[0]?.match, true);
  assert.ok(!r.some((x) => x.id === 'LUKASHENKA_VIKTAR' && x.match));
});

test('the feminine form does not match the husband (Sviatlana Tsikhanouskaya)', () => {
  const r = screenName(index, 'Sviatlana Tsikhanouskaya', { schema: 'Person' });
  assert.equal(r[0]?.id, 'TSIKHANOUSKAYA');
  assert.ok(!r.some((x) => x.id === 'TSIKHANOUSKI' && x.match));
});

test('organisations across scripts and legal forms (Беларуськалий ↔ JSC BELARUSKALI)', () => {
  const r = screenName(index, 'JSC BELARUSKALI', { schema: 'Organization' });
  assert.equal(r[0]?.id, 'BELARUSKALI');
});

test('limit and empty query', () => {
  assert.ok(screenName(index, 'Lukashenko', { limit: 1 }).length <= 1);
  assert.deepEqual(screenName(index, ''), []);
});

test('blocking keys fold be/ru spellings together (Tsikhanouski / Тихановский)', () => {
  const a = blockingKeys(parsePersonName('Siarhei Tsikhanouski'));
  const b = blockingKeys(parsePersonName('Сергей Тихановский'));
  assert.ok(a.some((k) => b.includes(k)));
});
