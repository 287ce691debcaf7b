import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareNames, THRESHOLDS } from '../../src/names/score/index.ts';
import { skeletonSimilarity } from '../../src/names/score/token.ts';

// Real pairs from ../shared/data/names/pairs.csv, by id and phenomenon.
const matches: [string, string, string, string?][] = [
  ['nm0001 cyrillic_latin + order_swap', 'Сяргей Ціханоўскі', 'Cichanoŭski Sjarhej'],
  ['nm0259 be_ru', 'Babaryka Vìktar', 'Виктор Бабарико'],
  ['nm0106 be_ru romanisation', 'LUKASHENKO, Dmitriy', 'LUKASHENKA, Dzmitry'],
  ['nm0004 romanisation', 'ZIMOWSKY, Alaksandr Leanidavich', 'ZIMOVSKY, Alaksandr Leanidavich'],
  ['nm0010 patronymic on one side', 'Yury Khadzhimuratavich Karayeu', 'Юрий Караев'],
  ['nm0493 initials', 'A. G. LUKASHENKO', 'Лукашенко Александр'],
  ['nm0192 initials + order', 'S. Tikhanovsky', 'Тихановский Сергей'],
  ['nm0116 lacinka', 'Дар’я Лосік', 'Darja Łosik'],
  ['nm0467 lacinka diacritics', 'Мікалай Статкевіч', 'Mikałaj Statkievič'],
  ['nm0371 diacritics (Polish press)', 'Аляксандр Лукашэнка', 'Aleksandr Łukaszenka'],
  ['nm0394 be_ru given-name forms', 'Dmitry Solovyov', 'Zmitser Salauyou'],
  ['nm0399 Andrzej = Andrew', 'Анджэй Пачобут', 'Andrew Pochobut'],
  ['nm0616 typo (Greek)', 'Αλεξάντερ Λουκασένκο', 'Aljaksandr Lukašenka'],
  ['nm0102 org_legal_form', 'OAO NAFTAN', 'NAFTAN PRODUCTION ASSOCIATION', 'Organization'],
  ['nm0560 org legal form position', 'MINSK WHEEL TRACTOR PLANT JSC', 'JSC MINSK WHEEL TRACTOR PLANT', 'Organization'],
];
const nonMatches: [string, string, string, string?][] = [
  ['nm0002 family_member', 'Александр Знак', 'Максим Знак'],
  ['nm0025 gender + family_member', 'Aleksandr LUKASHENKO', 'Galina LUKASHENKO'],
  ['nm0469 gender (same surname, m/f)', 'Svyatlana Tsikhanouskaya', 'Siarhei Tsikhanouski'],
  ['nm0022 gender be_ru', 'Maria Kolesnikava', 'Aleksandr Kolesnikov'],
  ['nm0369 family_member', 'Babariko Viktor Dmitriyevich', 'Èduard Babariko'],
  ['nm0130 namesake', 'BABARYKIN, Vadzim Aliaksandravich', 'Viktor Babariko'],
  ['nm0306 namesake', 'Ihar Liašenka', 'Alâksandr Rygoravìč Lukašènka'],
  ['nm0440 org namesake', 'OJSC Grodno Azot', 'OJSC GRODNO CHEMICAL FIBRE', 'Organization'],
  ['nm0656 org namesake', 'Belaruskali', 'BELORUSSKAYA KALIYNAYA KOMPANIYA OAO', 'Organization'],
];

for (const [label, a, b, schema] of matches) {
  test(`match: ${label} (${a} ‖ ${b})`, () => {
    const c = compareNames(a, b, { schema });
    assert.equal(c.match, true, `score ${c.score}`);
  });
}
for (const [label, a, b, schema] of nonMatches) {
  test(`no match: ${label} (${a} ‖ ${b})`, () => {
    const c = compareNames(a, b, { schema });
    assert.equal(c.match, false, `score ${c.score}`);
  });
}

test('the explanation says which parts paired and under which romanisation', () => {
  const c = compareNames('LUKASHENKA, Alyaksandr Hryhoryavich', 'Аляксандр Лукашэнка');
  assert.equal(c.explanation.kind, 'person');
  const surname = c.explanation.pairs.find((p) => p.a === 'lukashenka')!;
  assert.equal(surname.b, 'лукашэнка');
  assert.equal(surname.how, 'exact');
  assert.match(surname.via!, /bgn-pcgn/u);
  assert.deepEqual(
    c.explanation.unpaired.map((u) => [u.text, u.weight]),
    [['hryhoryavich', 0]],
  );
  assert.equal(c.threshold, THRESHOLDS.Person);
});

test('a gender conflict is reported as a penalty', () => {
  const c = compareNames('Svyatlana Tsikhanouskaya', 'Siarhei Tsikhanouski');
  assert.equal(c.explanation.penalties[0]?.reason, 'gender differs (f vs m)');
});

test('empty names score 0 and do not match', () => {
  assert.equal(compareNames('', 'Лукашэнка').score, 0);
  assert.equal(compareNames('', '', { schema: 'Organization' }).match, false);
});

const nameArb = fc
  .array(fc.constantFrom(...'абвгдеёжзійклмнопрстуўфхцчшыьэюяabcdefghijklmnopqrstuvwxyzłščž'.split('')), { minLength: 1, maxLength: 10 })
  .map((cs) => cs.join(''));
const fullName = fc.tuple(nameArb, nameArb).map(([a, b]) => `${a} ${b}`);

test('property: scores lie in [0, 1] and are symmetric', () => {
  fc.assert(
    fc.property(fullName, fullName, fc.constantFrom('Person', 'Organization'), (a, b, schema) => {
      const ab = compareNames(a, b, { schema }).score;
      const ba = compareNames(b, a, { schema }).score;
      return ab >= 0 && ab <= 1 && Math.abs(ab - ba) < 1e-9;
    }),
    { numRuns: 300 },
  );
});

test('property: identical names score 1', () => {
  fc.assert(
    fc.property(fullName, (a) => compareNames(a, a).score === 1),
    { numRuns: 200 },
  );
});

test('property: along a chain of edits a closer skeleton never scores lower', () => {
  // Replace distinct positions one by one with a digit (outside the alphabet, cost 1 each).
  const skel = fc.array(fc.constantFrom(...'aeioujbcdfHklmnprsStvzZC'.split('')), { minLength: 3, maxLength: 14 }).map((c) => c.join(''));
  fc.assert(
    fc.property(skel, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (s, picks) => {
      const positions = [...new Set(picks.map((p) => p % s.length))];
      let cur = s;
      let last = 1;
      for (const pos of positions) {
        cur = cur.slice(0, pos) + '7' + cur.slice(pos + 1);
        const sim = skeletonSimilarity(s, cur);
        if (sim > last + 1e-12) return false;
        last = sim;
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

test('property: a surname with more typos never outscores one with fewer', () => {
  const base = 'Aliaksandr Lukashenka';
  const edits = ['Aliaksandr Lukashenka', 'Aliaksandr Lukashenkq', 'Aliaksandr Lukashenqq', 'Aliaksandr Lukasheqqq', 'Aliaksandr Lukashqqqq'];
  const scores = edits.map((e) => compareNames(base, e).score);
  for (let i = 1; i < scores.length; i++) assert.ok(scores[i]! <= scores[i - 1]!, `${scores}`);
});
