import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockingKeys, buildCandidateIndex, indexQueryKeys, screenName } from '../../src/names/candidate-index.ts';
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

// Generated surnames that share no consonant code with the targets below (`word` spells k in
// consonant-vowel pairs).
const filler = (k: number) => {
  const letters = 'bdfgklmprstvz';
  let w = '';
  for (let x = k + 1; x > 0; x = Math.floor(x / letters.length)) w += letters[x % letters.length] + 'a';
  return w;
};

test('a word with one consonant changed, dropped or added still finds its name among look-alikes', () => {
  // 2,100 Anastasias make the given name a common key; the typo leaves the surname no key in
  // common with its listed spelling but its one-consonant neighbours (the `d:` keys).
  const many = [
    ...Array.from({ length: 2100 }, (_, k) => ({ id: `anastasia-${k}`, schema: 'Person' as const, names: [`Anastasia ${filler(k)}nova`] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['IGNATOVA, Anastasia'] },
  ];
  const big = buildCandidateIndex(many);
  for (const query of ['Anastasia Ignaeova', 'Anastasia Ignakova', 'Anastasia Ignatkova', 'Ignatova Anastasiia']) {
    assert.equal(screenName(big, query, { schema: 'Person', limit: 3 })[0]?.id, 'TARGET', query);
  }
  // A letter dropped: found and a match. (Two dropped, "Ignova", is no longer the same
  // surname for the scorer: see SURNAME_MIN_SIMILARITY.)
  for (const query of ['Anastasia Ignaova', 'Anastasia Igatova']) {
    const r = screenName(big, query, { schema: 'Person', limit: 3 });
    assert.ok(
      r.some((x) => x.id === 'TARGET' && x.match),
      query,
    );
  }
});

test('the same spelling outranks a sound-alike with the same consonants (Kovalenko among 30 Kavalenkas)', () => {
  const many = [
    ...Array.from({ length: 30 }, (_, k) => ({ id: `kavalenka-${k}`, schema: 'Person' as const, names: ['Anna Kavalenka'] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['Anna Kovalenko'] },
  ];
  const r = screenName(buildCandidateIndex(many), 'Kovalenko Anna', { schema: 'Person', limit: 5 });
  assert.equal(r[0]?.id, 'TARGET');
  assert.equal(r[0]?.score, 1);
});

test('one entry with many aliases does not crowd the others out of the candidates', () => {
  // 25 aliases of one entry share every key with the query; the other entry's spelling differs.
  const many = [
    { id: 'MANY', schema: 'Person' as const, names: Array.from({ length: 25 }, (_, k) => `Piotr Kavalenka ${filler(k)}`) },
    ...Array.from({ length: 25 }, (_, k) => ({ id: `other-${k}`, schema: 'Person' as const, names: [`Piotr Kavalenka ${filler(k + 100)}`] })),
  ];
  const r = screenName(buildCandidateIndex(many), 'Piotr Kavalenka', { schema: 'Person', limit: 10, candidates: 20 });
  assert.equal(r.length, 10);
  assert.ok(r.some((x) => x.id === 'MANY'));
});

test('a mistyped word found through one neighbour is not outweighed by sound-alikes sharing many keys', () => {
  // "Lukashiaeich" (n typed as e) meets Lukashianich only through a one-consonant neighbour;
  // the Lukashich / Lukashachai names share several of its codes and prefixes. Each query word
  // counts once per name (its best key), and the short given name Nina is found by its spelling.
  const decoys = ['Liubov Lukashachai', 'Zinaida Lukashachava', 'Lukashachaw Valyeryy', 'Vasil Lukashich', 'Vasiliy Lukashich', 'Pavel Lukashuk'];
  const many = [
    ...decoys.map((name, k) => ({ id: `decoy-${k}`, schema: 'Person' as const, names: [name] })),
    ...Array.from({ length: 300 }, (_, k) => ({ id: `other-${k}`, schema: 'Person' as const, names: [`Nina ${filler(k)}ska`] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['Lukashianich Nina'] },
  ];
  const r = screenName(buildCandidateIndex(many), 'Nina Lukashiaeich', { schema: 'Person', limit: 3, candidates: 3 });
  assert.equal(r[0]?.id, 'TARGET');
});

test('a consonant changed is found by its place (substitution keys), not lost among words one consonant longer', () => {
  // 40 other Iljas whose surnames hold the consonants m-l-n with one more consonant inserted
  // (Mulanki, Mudlani): they share the one-deletion key of the mistyped "Seejmulyn" as much
  // as the listed Szejmulyn does; only the key with the changed consonant's place wildcarded
  // tells them apart.
  const letters = 'bdfgkprtvz';
  const decoys = [...letters].flatMap((c) => [`Mulan${c}i`, `Mu${c}lani`, `Mulan${c}o`, `Mu${c}lano`].map((s) => `Ilja ${s}`));
  const many = [
    ...decoys.map((name, k) => ({ id: `decoy-${k}`, schema: 'Person' as const, names: [name] })),
    ...Array.from({ length: 2100 }, (_, k) => ({ id: `ilja-${k}`, schema: 'Person' as const, names: [`Ilja ${filler(k)}ski`] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['Szejmulyn Ilja'] },
  ];
  const big = buildCandidateIndex(many);
  for (const query of ['Ilja Seejmulyn', 'Seejmulyn Ilja']) {
    const r = screenName(big, query, { schema: 'Person' });
    assert.ok(
      r.some((x) => x.id === 'TARGET'),
      query,
    );
  }
});

test('a three-consonant word with one consonant turned into a vowel still finds its name (Losovic as Loeovic)', () => {
  // 40 other Juryjs (short surnames holding as few keys as the target's) tie with it on the
  // given name; the mistyped surname's two-consonant code meets the listed three-consonant one
  // only by the listed word's deletion key.
  const many = [
    ...Array.from({ length: 40 }, (_, k) => ({ id: `juryj-${k}`, schema: 'Person' as const, names: [`Juryj ${filler(k + 20)}`] })),
    { id: 'TARGET', schema: 'Person' as const, names: ['Juryj Losovic'] },
  ];
  const big = buildCandidateIndex(many);
  for (const query of ['Loeovic Juryj', 'Juryj Loeovic']) {
    const r = screenName(big, query, { schema: 'Person' });
    assert.ok(
      r.some((x) => x.id === 'TARGET'),
      query,
    );
  }
});

test('a word mistyped so that its consonants change is found by its letters (Shumilau as ehumilau, Kalazila as Kalaeila)', () => {
  // 60 others of each given name tie with the target on it. "ehumilau" reads as a vowel and an
  // "h" where "sh" was, and "Kalaeila" loses the z between two l's, which then read as one:
  // neither shares a consonant code or a one-consonant neighbour with its listed word, only
  // its letters with one left out (`l:` keys).
  const many = [
    ...Array.from({ length: 60 }, (_, k) => ({ id: `aliaksei-${k}`, schema: 'Person' as const, names: [`Aliaksei ${filler(k)}ka`] })),
    ...Array.from({ length: 60 }, (_, k) => ({ id: `paulina-${k}`, schema: 'Person' as const, names: [`Paulina ${filler(k + 60)}ka`] })),
    { id: 'SHUMILAU', schema: 'Person' as const, names: ['Aliaksei Shumilau'] },
    { id: 'KALAZILA', schema: 'Person' as const, names: ['KALAZILA, Paulina'] },
  ];
  const big = buildCandidateIndex(many);
  for (const [query, id] of [
    ['ehumilau Aliaksei', 'SHUMILAU'],
    ['Aliaksei ehumilau', 'SHUMILAU'],
    ['Paulina Kalaeila', 'KALAZILA'],
  ]) {
    const r = screenName(big, query!, { schema: 'Person', limit: 3 });
    assert.equal(r[0]?.id, id, `${query}: ${JSON.stringify(r.map((x) => [x.id, x.score]))}`);
  }
  // A listed word does not look its letters up: the other Paulinas' own keys decide.
  assert.equal(screenName(big, 'Paulina Kalazila', { schema: 'Person', limit: 1 })[0]?.id, 'KALAZILA');
});

test('results of equal score are ordered by list id in number order (ofac:9 before ofac:10)', () => {
  const same = ['ofac:10', 'ofac:9', 'ofac:100', 'eu:2'].map((id) => ({ id, schema: 'Person' as const, names: ['Ivan Sidarenka'] }));
  const r = screenName(buildCandidateIndex(same), 'Ivan Sidarenka', { schema: 'Person' });
  assert.deepEqual(
    r.map((x) => x.id),
    ['eu:2', 'ofac:9', 'ofac:10', 'ofac:100'],
  );
});

test('the keys a query looks up are grouped by word, each once', () => {
  // "Ivanov Ivan": the two words share consonant keys (a shared key belongs to the first word).
  const { keys, words } = indexQueryKeys(index, parsePersonName('Ivanov Ivan Ivanovich'));
  assert.equal(new Set(keys).size, keys.length);
  for (let k = 1; k < words.length; k++) assert.ok(words[k]! >= words[k - 1]!, `${keys[k]} after ${keys[k - 1]}`);
  assert.equal(words.at(-1), 2);
});
