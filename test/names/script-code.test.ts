/** `scriptCode`: the ISO 15924 code a sanctions list would tag a name with. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptCode } from '../../src/names/script.ts';

test('scriptCode: one script per name; Cyrillic wins over Latin, Latin loses to any other', () => {
  assert.equal(scriptCode('Aliaksandr Lukashenka'), 'Latn');
  assert.equal(scriptCode('Darja Łosik'), 'Latn');
  assert.equal(scriptCode('Аляксандр Лукашэнка'), 'Cyrl');
  assert.equal(scriptCode('Лукашенко Alexander'), 'Cyrl');
  assert.equal(scriptCode('عبد الله'), 'Arab');
  assert.equal(scriptCode('김정은'), 'Hang');
  assert.equal(scriptCode('Kim 金正恩'), 'Hani');
  assert.equal(scriptCode('Cohen כהן'), 'Hebr');
  assert.equal(scriptCode('Ωmega Ltd'), 'Grek');
});

test('scriptCode: no letters, no script', () => {
  assert.equal(scriptCode('1954 / 12-3'), undefined);
  assert.equal(scriptCode('№ 42'), undefined);
  assert.equal(scriptCode(''), undefined);
});
