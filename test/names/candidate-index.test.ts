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

test('a common given name still ranks the candidates its rare surname gathered (Illya among 40 Naumovaws)', () => {
  // 2,100 other Illyas make "Illya" a common key (more than 2,000 names hold it), so it gathers
  // no candidates; the surname gathers 41 names, more than the 20 scored in full. The one that
  // is also an Illya comes last in the index, where a tie broken by index would drop it.
  const letters = 'bdfgklmprstvz';
  const word = (k: number) => {
    let w = '';
    for (let x = k + 1; x > 0; x = Math.floor(x / letters.length)) w += letters[x % letters.length] + 'a';
    return w;
  };
  const many = [
    ...Array.from({ length: 2100 }, (_, k) => ({ id: `illya-${k}`, schema: 'Person' as const, names: [`Illya Ko${word(k)}`] })),
    ...Array.from({ length: 40 }, (_, k) => ({ id: `naumovaw-${k}`, schema: 'Person' as const, names: [`${word(k + 5000)}o Naumovaw`] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['Illya Naumovaw'] },
  ];
  const big = buildCandidateIndex(many);
  for (const query of ['Illya Naumovaw', 'Naumovaw Illya', 'NAUMOVAW, Illya']) {
    const r = screenName(big, query, { schema: 'Person' });
    assert.equal(r[0]?.id, 'TARGET', query);
    assert.equal(r[0]?.score, 1, query);
  }
});

test('explain: false gives the same results without explanations (bulk CSV)', () => {
  for (const query of ['Aliaksandr Łukašenka', 'Беларуськалий', 'Tsikhanouskaya Sviatlana']) {
    const full = screenName(index, query);
    const bare = screenName(index, query, { explain: false });
    assert.ok(full.length > 0, query);
    assert.deepEqual(
      bare.map((r) => [r.id, r.name, r.score, r.match]),
      full.map((r) => [r.id, r.name, r.score, r.match]),
      query,
    );
    assert.ok(
      full.every((r) => r.explanation && r.explanation.score === r.score),
      query,
    );
    assert.ok(
      bare.every((r) => r.explanation === undefined),
      query,
    );
  }
});
