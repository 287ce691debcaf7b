/** End-to-end: the dashboard in Debian's Chromium against a seeded store. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { importListFiles } from '../../src/app/index.ts';
import { hasChromium, serveForBrowser, type Served } from '../helpers/browser.ts';
import { TEST_ACTOR } from '../helpers/store.ts';

const UN_2025 = new URL('../../data/lists/un-sc-consolidated_2025-11-20.xml', import.meta.url).pathname;

describe('dashboard in Chromium', { skip: hasChromium ? false : 'no /usr/bin/chromium (CI installs it)' }, () => {
  let s: Served;
  let page: Page;
  before(async () => {
    s = await serveForBrowser('web_dashboard');
    page = await s.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  });
  after(() => s?.close());

  async function open(path: string, tab: string): Promise<void> {
    await page.goto(s.url + path);
    await page.waitForSelector(`body[data-ready="${tab}"]`, { timeout: 20_000 });
  }

  test('overview plots one dot per stock observation in the store', async () => {
    await open('/', 'overview');
    const [row] = await s.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM observation WHERE metric = 'current'`);
    const dots = await page.locator('[data-panel="stock"] g.stock-observed circle').count();
    assert.equal(dots, Number(row!.n));
    assert.ok(Number(row!.n) > 50);
    assert.match(await page.locator('[data-headline="stock"] .note').innerText(), /observed \d{4}-\d{2}-\d{2}/);
  });

  test('a permalink reopens the same view', async () => {
    await open('/?tab=timeline', 'timeline');
    await page.check('input[name="kind"][value="release"]');
    await page.fill('input[name="from"]', '2025-01-01');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => location.search.includes('kinds=release'));
    await page.waitForSelector('body[data-ready="timeline"] [data-panel="timeline"]');
    const url = page.url();
    const title = await page.locator('[data-panel="timeline"] h2').innerText();
    const other = await s.browser.newPage();
    await other.goto(url);
    await other.waitForSelector('body[data-ready="timeline"] [data-panel="timeline"]');
    assert.equal(await other.locator('[data-panel="timeline"] h2').innerText(), title);
    assert.equal(await other.inputValue('input[name="from"]'), '2025-01-01');
    const [row] = await s.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM release WHERE date_start >= '2025-01-01'`);
    assert.equal(title, `${row!.n} events`);
    await other.close();
  });

  test('the CSV download holds exactly the rows the API gives for the view', async () => {
    await open('/?tab=sanctions&issuer=US', 'sanctions');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-panel="measures"] button.csv')]);
    const rows = parse(await readFile((await download.path())!), { columns: true }) as Record<string, string>[];
    const api = (await (await fetch(`${s.url}/api/v1/measures?issuer=US`)).json()) as { items: { id: string; date: string; action: string }[] };
    assert.equal(rows.length, api.items.length);
    assert.deepEqual(
      rows.map((r) => [r.id, r.date, r.action]),
      api.items.map((m) => [m.id, m.date, m.action]),
    );
    assert.ok(rows.every((r) => r.issuer === 'US'));
  });

  test('chart and table toggle is kept in the URL', async () => {
    await open('/?tab=overview', 'overview');
    await page.click('[data-panel="stock"] button.toggle');
    await page.waitForSelector('[data-panel="stock"][data-mode="table"] table');
    assert.match(page.url(), /view\.stock=table/);
  });

  test('searching a Cyrillic name finds its Latin record and opens the case', async () => {
    await open('/?tab=people', 'people');
    await page.fill('input[name="q"]', 'Алесь Бяляцкі');
    await page.click('form[role="search"] button');
    await page.waitForSelector('body[data-ready="people"] [data-panel="search"]');
    const first = page.locator('[data-panel="search"] tbody tr').first();
    assert.equal(await first.locator('td').first().innerText(), 'Ales Bialiatski');
    await first.locator('a').click();
    await page.waitForSelector('body[data-ready="people"] article.case');
    assert.equal(await page.locator('article.case h2').innerText(), 'Ales Bialiatski');
    assert.match(await page.locator('[data-panel="case-history"]').innerText(), /rel-2025-12-13/);
  });

  test('a hit on a weak alias says so and is no match', async () => {
    await importListFiles(s.store, TEST_ACTOR, [UN_2025]);
    // The server notices the new data within a second (its version check): wait for the API to screen it.
    const screened = async () => {
      const res = await fetch(`${s.url}/api/v1/screen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Belaoua' }),
      });
      return ((await res.json()) as { results: { id: string }[] }).results.some((r) => r.id === 'un-sc:111794');
    };
    for (let tries = 0; !(await screened()) && tries < 40; tries++) await new Promise((r) => setTimeout(r, 250));
    await open(`/?tab=people&q=${encodeURIComponent('Belaoua')}`, 'people');
    await page.waitForSelector('body[data-ready="people"] [data-panel="search"]');
    const row = page.locator('[data-panel="search"] tbody tr', { has: page.locator('[data-result="un-sc:111794"]') });
    await row.waitFor({ timeout: 10_000 });
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells[1], 'Belaoua (weak alias)');
    assert.equal(cells[4], 'no');
  });

  test('scenario fan charts come from the parameters in the URL', async () => {
    await open('/?tab=scenarios&scenarios=status-quo,engagement-stops&runs=500&months=12&seed=3', 'scenarios');
    const fans = page.locator('[data-panel^="fan-"]');
    assert.equal(await fans.count(), 2);
    assert.equal(await page.locator('[data-panel="fan-status-quo"] g.median path').count(), 1);
    assert.equal(await page.inputValue('input[name="months"]'), '12');
    const api = (await (
      await fetch(`${s.url}/api/v1/scenarios/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario: 'status-quo', runs: 500, months: 12, seed: 3 }),
      })
    ).json()) as { quantiles: unknown[] };
    assert.equal(api.quantiles.length, 12);
  });
});
