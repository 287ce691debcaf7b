import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFormulaLike, safeCsvText, safeCsvValue } from '../../src/domain/csv-cell.ts';

test('text that a spreadsheet would run as a formula gets a leading apostrophe', () => {
  for (const text of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\tx', '\rx', '=1', '-', '+', '--1']) {
    assert.equal(safeCsvText(text), `'${text}`, text);
    assert.ok(isFormulaLike(text), text);
  }
});

test('numbers and ordinary text are written unchanged', () => {
  for (const text of ['-12', '+3.5', '-1e3', '-.5', '12', 'Ivan Petrov', '', ' =x', "'=x", 'a=b', 'x@y.org']) {
    assert.equal(safeCsvText(text), text, text);
  }
  assert.equal(safeCsvValue(-12), -12);
  assert.equal(safeCsvValue(null), null);
  assert.equal(safeCsvValue('@x'), "'@x");
});
