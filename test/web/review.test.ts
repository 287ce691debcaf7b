/**
 * End-to-end in Chromium: an editor pastes an article on the Review page, accepts one candidate
 * (key a) and rejects another with a reason (key r); the accepted event is on the timeline with
 * the article as its source, and the audit log has both decisions. Viewers see no Review tab.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addAccount, operator } from '../../src/app/index.ts';
import { hasChromium, serveForBrowser, type Served } from '../helpers/browser.ts';

const PW = 'a long enough password';
const URL1 = 'https://wire.example.org/2026/05/11/prisoners-freed';
// Written for this test, in the style of a short wire report.
const ARTICLE = [
  'Prisoners freed as airline relief is announced',
  '',
  'The authorities freed 14 political prisoners on Saturday, according to their lawyers.',
  '',
  'The Treasury eased sanctions on the national airline on Sunday, allowing it to buy spare parts again.',
].join('\n');

describe('review page in Chromium', { skip: hasChromium ? false : 'no /usr/bin/chromium (CI installs it)' }, () => {
  let s: Served;
  let page: Page;
  before(async () => {
    s = await serveForBrowser('web_review');
    await addAccount(s.store, operator('root'), { name: 'eve', role: 'editor', password: PW });
    await addAccount(s.store, operator('root'), { name: 'vic', role: 'viewer', password: PW });
    page = await s.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  after(() => s?.close());

  const signIn = async (p: Page, name: string) => {
    const res = await p.request.post(`${s.url}/api/v1/auth/login`, { data: { name, password: PW } });
    assert.equal(res.status(), 200, await res.text());
  };

  test('a viewer sees no Review tab, and the page says it is for editors', async () => {
    const viewer = await s.browser.newPage();
    await signIn(viewer, 'vic');
    await viewer.goto(`${s.url}/?tab=review`);
    await viewer.waitForSelector('body[data-ready="review"]');
    assert.match(await viewer.locator('[data-review="signed-out"]').innerText(), /for editors/);
    await viewer.waitForSelector('body[data-role="viewer"]');
    assert.equal(await viewer.locator('#tabs a[href="/?tab=review"]').isVisible(), false);
    await viewer.close();
  });

  test('paste, accept one (a), reject one with a reason (r); timeline and audit log show it', async () => {
    await signIn(page, 'eve');
    await page.goto(`${s.url}/?tab=review`);
    await page.waitForSelector('body[data-ready="review"] form[data-review="submit"]');
    assert.equal(await page.locator('#tabs a[href="/?tab=review"]').isVisible(), true);
    await page.fill('textarea[name="text"]', ARTICLE);
    await page.fill('input[name="published"]', '2026-05-11');
    await page.fill('input[name="url"]', URL1);
    await page.click('form[data-review="submit"] button[type="submit"]');
    await page.waitForSelector('body[data-ready="review"] [data-review="article"]');
    const cards = page.locator('.candidate');
    assert.equal(await cards.count(), 2);
    assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind)), ['release', 'sanction_change']);
    // Each candidate's sentence is highlighted in the article.
    const marks = await page.locator('.review-text-body mark').allInnerTexts();
    assert.deepEqual(marks, [
      'The authorities freed 14 political prisoners on Saturday, according to their lawyers.',
      'The Treasury eased sanctions on the national airline on Sunday, allowing it to buy spare parts again.',
    ]);
    // The resolved date and how.
    const when = await cards.first().locator('[data-field="date"]').innerText();
    assert.match(when, /2026-05-09 \(relative\)/);
    assert.match(when, /Saturday/);

    await page.locator('body').press('a');
    await page.waitForSelector('.candidate[data-kind="release"][data-status="accepted"]');
    await page.locator('body').press('j');
    await page.waitForSelector('.candidate.current[data-kind="sanction_change"]');
    await page.locator('body').press('r');
    await page.fill('[data-form="reject"] input[name="reason"]', 'relief announced, not yet in force');
    await page.press('[data-form="reject"] input[name="reason"]', 'Enter');
    await page.waitForSelector('.candidate[data-kind="sanction_change"][data-status="rejected"]');
    assert.match(await page.locator('.review-status').innerText(), /rejected/);

    const recordId = await page.locator('.candidate[data-kind="release"] .decision').innerText();
    const id = /release (rel-[\w-]+)/.exec(recordId)?.[1];
    assert.ok(id, recordId);

    await page.goto(`${s.url}/?tab=timeline&from=2026-05-01&view.timeline=table`);
    await page.waitForSelector('body[data-ready="timeline"] [data-panel="timeline"] table');
    const row = page.locator('[data-panel="timeline"] tbody tr', { hasText: id! });
    assert.equal(await row.count(), 1);
    assert.equal(await row.locator(`a[href="${URL1}"]`).innerText(), 'wire.example.org');

    const audit = await s.store.query<{ action: string; actor: string; note: string; record_id: string | null }>(
      `SELECT action, actor, note, record_id FROM audit WHERE action IN ('news.accept', 'news.reject') ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => [a.action, a.actor, a.record_id]),
      [
        ['news.accept', 'eve', id],
        ['news.reject', 'eve', null],
      ],
    );
    assert.match(audit[1]!.note, /relief announced, not yet in force/);
  });

  test('undo (u) takes the last decision back', async () => {
    await page.goto(`${s.url}/?tab=review&status=rejected`);
    await page.waitForSelector('body[data-ready="review"] .candidate[data-status="rejected"]');
    await page.locator('body').press('u');
    await page.waitForFunction(() => /Undone: reject/.test(document.querySelector('.review-status')?.textContent ?? ''));
    const [row] = await s.store.query<{ status: string }>(`SELECT status FROM news_candidate WHERE kind = 'sanction_change'`);
    assert.equal(row!.status, 'pending');
  });

  test('edit then accept (e): the draft as JSON, the missing fields filled, the measure created', async () => {
    await page.goto(`${s.url}/?tab=review`);
    await page.waitForSelector('body[data-ready="review"] .candidate[data-kind="sanction_change"][data-status="pending"]');
    assert.match(await page.locator('.candidate.current .missing').innerText(), /programme, target_kind/);
    await page.locator('body').press('e');
    const box = page.locator('[data-form="edit"] textarea[name="record"]');
    const draft = JSON.parse(await box.inputValue()) as Record<string, unknown>;
    assert.equal(draft.issuer, 'US');
    assert.equal(draft.source_url, URL1);
    await box.fill(JSON.stringify({ ...draft, programme: ['US-TEST'], target_kind: ['airline'] }));
    await page.click('[data-form="edit"] button[type="submit"]');
    await page.waitForFunction(() => /accepted — measure m-US-/.test(document.querySelector('.review-status')?.textContent ?? ''));
    const [row] = await s.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit WHERE action = 'news.accept_edited' AND actor = 'eve'`);
    assert.equal(Number(row!.n), 1);
  });

  test('upload (.html): a second report of the same events joins their candidates as a source and is cited on the records', async () => {
    await page.goto(`${s.url}/?tab=review`);
    await page.waitForSelector('body[data-ready="review"] form[data-review="submit"]');
    await page.setInputFiles('input[name="file"]', new URL('../fixtures/news-feeds/release.html', import.meta.url).pathname);
    await page.waitForFunction(() => (document.querySelector('textarea[name="text"]') as HTMLTextAreaElement).value.includes('<article>'));
    await page.fill('input[name="published"]', '2026-05-11');
    await page.fill('input[name="url"]', 'https://other.example.net/freed');
    await page.click('form[data-review="submit"] button[type="submit"]');
    await page.waitForSelector('body[data-ready="review"] [data-review="article"]');
    assert.equal(await page.locator('[data-review="article"] h2').innerText(), 'Fourteen prisoners freed');
    assert.match(await page.locator('.review-status').innerText(), /0 new candidates, 2 added as sources/);
    const [release] = await s.store.query<{ record_id: string }>(`SELECT record_id FROM news_candidate WHERE kind = 'release'`);
    const cites = (await (await fetch(`${s.url}/api/v1/news/citations?kind=release&id=${release!.record_id}`)).json()) as { items: { url: string }[] };
    assert.deepEqual(
      cites.items.map((c) => c.url),
      ['https://other.example.net/freed'],
    );
  });
});
