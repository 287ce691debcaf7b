/** The "Pressure and engagement" page in Chromium: its figures are the API's, its CSV is what it shows. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { hasChromium, serveForBrowser, type Served } from '../helpers/browser.ts';

describe('pressure and engagement page in Chromium', { skip: hasChromium ? false : 'no /usr/bin/chromium (CI installs it)' }, () => {
  let s: Served;
  let page: Page;
  before(async () => {
    s = await serveForBrowser('web_pressure');
    page = await s.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${s.url}/?tab=pressure`);
    await page.waitForSelector('body[data-ready="pressure"]', { timeout: 30_000 });
  });
  after(() => s?.close());

  const api = async (path: string) => (await fetch(`${s.url}${path}`)).json();
  const cells = (panel: string) =>
    page.$$eval(`[data-table="${panel}"] tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const header = (panel: string) => page.$$eval(`[data-table="${panel}"] thead th`, (ths) => ths.map((th) => th.textContent ?? ''));

  test('the refill figures on the page equal the API, with the estimated share shown', async () => {
    const ledger = await api('/api/v1/analysis/ledger');
    const refill = await api(`/api/v1/analysis/refill?from=${ledger.from}&to=${ledger.to}`);
    const [row] = await cells('pe-refill');
    const h = await header('pe-refill');
    const at = (label: string) => row[h.indexOf(label)];
    assert.equal(at('From'), refill.from);
    assert.equal(at('To'), refill.to);
    assert.equal(at('Refill ratio'), refill.refill_ratio.toLocaleString('en', { maximumFractionDigits: 2 }));
    assert.equal(at('Estimated share'), `${Math.round(refill.estimated_share * 100)} %`);
    assert.equal(at("Left the counter's list"), refill.political_outflow.total.toLocaleString('en'));
    assert.equal(at('Interval kind'), refill.interval.kind);
  });

  test('each concession row is the API ledger entry, and the pressure list has no total row', async () => {
    const ledger = await api('/api/v1/analysis/ledger');
    const shown = await cells('pe-concessions');
    const expected = ledger.entries.filter(
      (e: { side: string; conceded: unknown[]; releases: unknown[] }) => e.side === 'engagement' && (e.conceded.length || e.releases.length),
    );
    assert.equal(shown.length, expected.length);
    assert.deepEqual(
      shown.map((r) => [r[0], r[1]]),
      expected.map((e: { from: string; counterpart: string }) => [e.from, e.counterpart]),
    );
    const pressure = await cells('pe-pressure');
    const listed = ledger.pressure_followed.reduce((n: number, p: { releases: unknown[] }) => n + p.releases.length, 0);
    assert.equal(pressure.length, listed);
    assert.ok(!pressure.some((r) => /total/i.test(r.join(' '))));
  });

  test('the sensitivity curve shows every pre-specified window of the API, with its p or none', async () => {
    await page.click('[data-panel="pe-sensitivity"] button.toggle');
    await page.waitForSelector('[data-table="pe-sensitivity"]');
    const ledger = await api('/api/v1/analysis/ledger');
    const study = await api(`/api/v1/analysis/event-study?from=${ledger.from}&to=${ledger.to}`);
    const shown = await cells('pe-sensitivity');
    const h = await header('pe-sensitivity');
    const points = study.sensitivity.points as Array<{ k: number; side: string; n: number; p_value: number | null }>;
    assert.equal(shown.length, points.length);
    assert.deepEqual(
      shown.map((r) => [r[h.indexOf('k (days)')], r[h.indexOf('Side')], r[h.indexOf('Events (collapsed)')], r[h.indexOf('p (circular shift)')]]),
      points.map((p) => [String(p.k), p.side, String(p.n), p.p_value === null ? '' : p.p_value.toLocaleString('en', { maximumFractionDigits: 2 })]),
    );
  });

  test('the concessions CSV holds exactly the rows shown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-panel="pe-concessions"] button.csv')]);
    const rows = parse(await readFile((await download.path())!), { columns: true }) as Record<string, string>[];
    const shown = await cells('pe-concessions');
    assert.equal(rows.length, shown.length);
    assert.equal(Object.keys(rows[0]).length, (await header('pe-concessions')).length);
    // Columns in the table's order (the CSV names them by key); counts here are below 1,000, so no digit grouping.
    assert.deepEqual(
      rows.map((r) => Object.values(r)),
      shown,
    );
  });

  test('the scenario page runs one scenario conditional on fixed values of ρ, each equal to the API run', async () => {
    await page.goto(`${s.url}/?tab=scenarios&scenarios=status-quo&runs=200&months=6&seed=3&view.rho-conditional=table`);
    await page.waitForSelector('body[data-ready="scenarios"] [data-table="rho-conditional"]', { timeout: 60_000 });
    const shown = await cells('rho-conditional');
    const h = await header('rho-conditional');
    assert.ok(shown.length >= 2, 'at least two values of ρ');
    for (const row of shown) {
      const rho = Number(row[h.indexOf('ρ')]);
      const res = await fetch(`${s.url}/api/v1/scenarios/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ params: { base: 'status-quo', rho }, runs: 200, months: 6, seed: 3 }),
      });
      const run = (await res.json()) as { quantiles: Array<{ p50: number }> };
      assert.equal(row[h.indexOf('Median')], run.quantiles.at(-1)!.p50.toLocaleString('en', { maximumFractionDigits: 2 }), `ρ = ${rho}`);
    }
  });

  test('the scenario page shows the backtest of the API: calibrated on what was published by the cut, the same medians; its CSV is the table', async () => {
    await page.goto(`${s.url}/?tab=scenarios&scenarios=status-quo&runs=200&months=6&seed=3&view.backtest=table`);
    await page.waitForSelector('body[data-ready="scenarios"] [data-table="backtest"]', { timeout: 120_000 });
    const b = await api('/api/v1/scenarios/backtest?runs=200&seed=3');
    const shown = await cells('backtest');
    const h = await header('backtest');
    assert.equal(shown.length, b.variants[0].rows.length);
    const fmt = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
    shown.forEach((row, i) => {
      assert.equal(row[h.indexOf('Month')], b.variants[0].rows[i].month);
      assert.equal(row[h.indexOf('Status quo median')], fmt(b.variants[0].rows[i].p50));
      assert.equal(row[h.indexOf('Given releases median')], fmt(b.variants[1].rows[i].p50));
    });
    assert.match(await page.locator('[data-panel="backtest"]').innerText(), /no look-ahead/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-panel="backtest"] button.csv')]);
    const csv = parse(await readFile((await download.path())!), { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      csv.map((r) => r.month),
      shown.map((r) => r[h.indexOf('Month')]),
    );
  });

  test("the overview's refill card shows its estimated share and links here", async () => {
    await page.goto(`${s.url}/`);
    await page.waitForSelector('body[data-ready="overview"]');
    assert.match(await page.locator('[data-headline="refill"] .estimated-share').innerText(), /^\d+ % of the inflow estimated$/);
    assert.equal(await page.locator('[data-headline="refill"] a.to-pressure').getAttribute('href'), '/?tab=pressure');
  });
});
