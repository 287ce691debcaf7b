import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, romaniseAll } from '../../src/names/index.ts';

const person = (a: string, b: string) => compareNames(a, b, { schema: 'Person' });

test('Georgian is romanised by the national system of 2002 (BGN/PCGN 2009)', () => {
  assert.deepEqual(
    romaniseAll('თბილისი', 'other').map((r) => r.text),
    ['tbilisi'],
  );
  assert.deepEqual(
    romaniseAll('ჟღენტი', 'other').map((r) => r.text),
    ['zhghenti'],
  );
  assert.equal(person('გიორგი ბერიძე', 'Giorgi Beridze').match, true);
  assert.equal(person('გიორგი ბერიძე', 'Giorgi Kapanadze').match, false);
});

test('Armenian is romanised by BGN/PCGN 1981 (ye and vo at the start of a word, ու = u)', () => {
  assert.deepEqual(
    romaniseAll('երևան', 'other').map((r) => r.text),
    ['yerevan'],
  );
  assert.deepEqual(
    romaniseAll('ոսկան', 'other').map((r) => r.text),
    ['voskan'],
  );
  assert.deepEqual(
    romaniseAll('գուրգեն', 'other').map((r) => r.text),
    ['gurgen'],
  );
  assert.equal(person('Արամ Պետրոսյան', 'Aram Petrosyan').match, true);
  assert.equal(person('Արամ Պետրոսյան', 'Aram Grigoryan').match, false);
});
