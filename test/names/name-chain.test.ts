import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';

const person = (a: string, b: string) => compareNames(a, b, { schema: 'Person' });

test('words left out of the middle of a name chain cost little when both ends agree', () => {
  // Given name and family name kept, the father's and grandfather's names dropped.
  assert.equal(person('KHALED NASSER YOUSEF ZAHRANI', 'KHALED YOUSEF ZAHRANI').match, true);
  assert.equal(person('KHALED NASSER YOUSEF ZAHRANI', 'KHALED NASSER SALIM YOUSEF ZAHRANI').match, true);
  assert.equal(person('TARIQ ISMAIL FARIS', 'TARIQ FARIS').match, true);
  assert.equal(person('Omar Haddad', 'Omar Rashid Haddad').match, true);
  const e = person('KHALED YOUSEF ZAHRANI', 'KHALED NASSER YOUSEF ZAHRANI');
  assert.match(JSON.stringify(e.explanation), /middle name absent/);
});

test('the middle rule needs both ends closely alike and fewer words left out than paired', () => {
  // A misspelt family name is not enough to make the extra words cheap.
  assert.equal(person('Karim Zahrawani', 'Karim Nasser Zahrabani').match, false);
  // Given name and family alone around as many other words: too little agrees.
  assert.equal(person('KHALED NASSER YOUSEF ZAHRANI', 'KHALED ZAHRANI').match, false);
  assert.equal(person('HASSAN AL-QURASHI', 'HASSAN TAWFIQ MAHMOUD SALIM AL-QURASHI').match, false);
  // An end left unpaired (the last word) is not a shortened chain.
  assert.equal(person('TARIQ FARIS', 'TARIQ FARIS ISMAIL NOURI').match, false);
});

test('X bin Y and Y bin X are father and son, not one person', () => {
  const r = person('YOUSEF BIN KHALED AL-ZAHRANI', 'KHALED BIN YOUSEF AL-ZAHRANI');
  assert.equal(r.match, false);
  assert.match(JSON.stringify(r.explanation), /reverse order/);
  assert.equal(person('Yousef bin Khaled al-Zahrani', 'Yousef ibn Khaled Zahrani').match, true);
  // A scrambled form (the particle at an end) or a comma form is not read as a chain.
  assert.doesNotMatch(JSON.stringify(person('Khaled Yousef bin', 'Yousef bin Khaled').explanation), /reverse order/);
  assert.equal(person('AL-ZAHRANI, Yousef bin Khaled', 'Yousef bin Khaled al-Zahrani').match, true);
});

test('two chains that differ in one middle place are two people', () => {
  const r = person('SAMIR BEN OTHMAN BEN SALAH AL-TOUNSI', 'SAMIR BEN OTHMAN BEN HEDI AL-TOUNSI');
  assert.equal(r.match, false);
  assert.match(JSON.stringify(r.explanation), /middle component/);
  // The same chain with a component left out on one side only still matches.
  assert.equal(person('SAMIR BEN OTHMAN BEN SALAH AL-TOUNSI', 'SAMIR BEN OTHMAN AL-TOUNSI').match, true);
});
