import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, guessConventions, parsePersonName, romanise, skeleton } from '../../src/names/index.ts';
import { PRESS_SV } from '../../src/names/transliterate/press-sv.ts';

test('Swedish press transcription (Språkrådet): ч tj, ш sj, щ sjtj, ж zj, х ch', () => {
  assert.equal(romanise('горбачёв', PRESS_SV), 'gorbatjov');
  assert.equal(romanise('хрущёв', PRESS_SV), 'chrusjtjov');
  assert.equal(romanise('владимирович', PRESS_SV), 'vladimirovitj');
  assert.equal(romanise('жуков', PRESS_SV), 'zjukov');
});

test('tj / sj / zj are also read the Nordic way, next to the other readings (sja is also ся)', () => {
  assert.deepEqual(guessConventions('vladimirovitj'), ['english', 'nordic']);
  assert.equal(skeleton('vladimirovitj', 'nordic'), skeleton('vladimirovich', 'english'));
  assert.equal(skeleton('lukasjenko', 'nordic'), skeleton('lukashenko', 'english'));
  const p = parsePersonName('Aleksandr Grigorjevitj Lukasjenko');
  assert.deepEqual(
    p.parts.map((x) => x.role),
    ['given', 'patronymic', 'surname'],
  );
});

test('Nordic and German spellings of patronymics and surnames match the Cyrillic and English ones', () => {
  for (const [a, b] of [
    ['Aleksandr Grigorjevitj Lukasjenko', 'LUKASHENKO, Alexander Grigoryevich'],
    ['Michail Sergejevitj Gorbatjov', 'Михаил Сергеевич Горбачёв'],
    ['Tatjana Tjernysjova', 'Татьяна Чернышова'],
    ['Wiktor Fjodorowitsch Janukowytsch', 'Виктор Фёдорович Янукович'],
    ['Roman Arkadjewitsch Abramowitsch', 'ABRAMOVICH, Roman Arkadyevich'],
    ['Sjarhej Tsichanouski', 'Сяргей Ціханоўскі'],
  ])
    assert.equal(compareNames(a!, b!).match, true, `${a} / ${b}`);
});
