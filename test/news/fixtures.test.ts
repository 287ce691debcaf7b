/** The fixture articles (tuned set) as a regression floor; bench/news.ts prints the full table, held-out set included. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/app/index.ts';
import { loadFixtures, precision, recall, score } from './score.ts';

test('tuned fixtures: P ≥ 0.9, R ≥ 0.8, nothing from distractors, no offer as a change', async () => {
  const fixtures = loadFixtures().filter((f) => !f.heldout);
  assert.ok(fixtures.length >= 35);
  const results = [];
  for (const fixture of fixtures) {
    const r = await extractArticle(undefined, { text: fixture.text, published: fixture.published, contentType: fixture.html ? 'text/html' : 'text/plain' });
    for (const e of r.events) assert.equal(r.text.slice(e.start, e.end), e.sentence, fixture.name);
    results.push({ fixture, events: r.events });
  }
  const s = score(results);
  assert.ok(precision(s.overall) >= 0.9, `precision ${precision(s.overall)}\n${s.errors.join('\n')}`);
  assert.ok(recall(s.overall) >= 0.8, `recall ${recall(s.overall)}\n${s.errors.join('\n')}`);
  assert.equal(s.distractorEvents, 0);
  assert.equal(s.offersAsChanges, 0);
});
