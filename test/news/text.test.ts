import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleText, detectLanguage, MAX_ARTICLE_CHARS } from '../../src/ingest/news/index.ts';
import { splitSentences } from '../../src/analysis/news/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';

test('HTML is reduced to the article text: navigation and footer go, paragraphs stay apart', () => {
  const html = `<!doctype html><html><head><title>T - Site</title></head><body><nav>Home World Sport</nav>
    <article><h1>Twelve freed</h1><p>The authorities freed twelve political prisoners on Tuesday, a rights group said in a statement.</p>
    <p>Those released had served between two and five years of their sentences, the group said.</p></article><footer>Copyright</footer></body></html>`;
  const a = articleText(html, undefined);
  assert.ok(a.title, 'a title');
  assert.match(a.text, /\n\nThe authorities freed twelve[^\n]+\n\nThose released/);
  assert.doesNotMatch(a.text, /Copyright|Home World/);
  assert.equal(a.language, 'en');
});

test('plain text is kept as is, so offsets refer to it; the first short line is the title', () => {
  const text = 'Headline without a stop\n\nFirst sentence here. Second one follows.';
  const a = articleText(text, 'text/plain');
  assert.equal(a.text, text);
  assert.equal(a.title, 'Headline without a stop');
  for (const s of splitSentences(a.text)) assert.equal(a.text.slice(s.start, s.end), s.text);
  assert.deepEqual(
    splitSentences(a.text).map((s) => s.text),
    ['Headline without a stop', 'First sentence here.', 'Second one follows.'],
  );
});

test('sentences: abbreviations and initials do not end one', () => {
  assert.deepEqual(
    splitSentences('Mr. J. Smith met the U.S. envoy on Sept. 3. Then he left.').map((s) => s.text),
    ['Mr. J. Smith met the U.S. envoy on Sept. 3.', 'Then he left.'],
  );
});

test('language: franc, reported as ISO 639-1', () => {
  assert.equal(detectLanguage('Президент помиловал шестнадцать человек, осужденных по протестным статьям, сообщила пресс-служба.'), 'ru');
  assert.equal(detectLanguage('Prezydent ułaskawił dwudziestu więźniów politycznych, poinformowało biuro prasowe w środę.'), 'pl');
  assert.equal(detectLanguage('El gobierno excarceló a una veintena de presos políticos el jueves, informó la organización.'), 'es');
});

test('empty and oversized input fail with the place named', () => {
  assert.throws(
    () => articleText('   ', undefined, 'a.txt'),
    (e: unknown) => e instanceof LeverageError && /a\.txt: the article is empty/.test(e.message),
  );
  assert.throws(
    () => articleText('x'.repeat(MAX_ARTICLE_CHARS + 1), undefined, 'big.txt'),
    (e: unknown) => e instanceof LeverageError && /big\.txt/.test(e.message),
  );
});
