import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, explainOrgNames } from '../../src/names/index.ts';
import { innerQuotedName } from '../../src/names/score/org-quoted.ts';

const org = { schema: 'Organization' as const };

test('the name quoted inside a quoted official name, with the legal form outside the quotes', () => {
  assert.equal(innerQuotedName('ОАО «Белорусский банк развития и реконструкции «Белинвестбанк»»'), 'ОАО Белинвестбанк');
  // The closing marks left out, ASCII quotes, a legal form after the name.
  assert.equal(innerQuotedName('ААТ «Авіякампанія «Белавія»'), 'ААТ Белавія');
  assert.equal(innerQuotedName('ОАО "Авиакомпания "Белавиа""'), 'ОАО Белавиа');
  assert.equal(innerQuotedName('«Производственное объединение „Гранит“» РУП'), 'Гранит РУП');
  // No quotes inside quotes: nothing.
  assert.equal(innerQuotedName('ОАО «Беларуськалий»'), undefined);
  assert.equal(innerQuotedName('«Нафтан» и «Полимир»'), undefined);
  assert.equal(innerQuotedName('Company "Alpha" LLC'), undefined);
  // The holding a company manages, the firm it is a branch of: another organisation.
  assert.equal(innerQuotedName('ОАО «Управляющая компания холдинга «Белорусская цементная компания»»'), undefined);
  assert.equal(innerQuotedName('Филиал «Минское отделение «Беларусбанк»»'), undefined);
});

test('an official name meets the name it quotes inside its quotes, and the explanation says what was compared', () => {
  for (const [a, b] of [
    ['ОАО «Белорусский банк развития и реконструкции «Белинвестбанк»»', 'JSC Belinvestbank'],
    ['ААТ «Авіякампанія «Белавія»', 'Belavia'],
    ['РУП «Производственное объединение «Белоруснефть»»', 'Belorusneft'],
  ]) {
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
    assert.equal(compareNames(b!, a!, org).match, true, `${b} / ${a}`);
  }
  const e = explainOrgNames('ААТ «Авіякампанія «Белавія»', 'Belavia');
  assert.deepEqual(e.compared, { a: 'ААТ Белавія', b: 'Belavia' });
  // Two banks with one descriptive name and two quoted names stay two banks.
  assert.equal(
    compareNames('ОАО «Белорусский банк развития и реконструкции «Белинвестбанк»»', 'ОАО «Белорусский банк развития и реконструкции «Приорбанк»»', org).match,
    false,
  );
});

test('a quoted name inside quotes is compared alone only when a legal form is all that stands outside', () => {
  // A region and an organisation type outside: the quoted name is one of that region's many.
  assert.equal(innerQuotedName('Минская областная общественная организация «Центр „Альянс“»'), undefined);
  assert.equal(
    compareNames(
      'Минская областная общественная организация «Центр адаптации „Альянс“»',
      'Минская областная общественная организация «Центр спорта „Будокан“»',
      org,
    ).match,
    false,
  );
});
