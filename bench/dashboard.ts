/**
 * Dashboard first view, measured in Debian's Chromium: for each page, the time from navigation
 * start to the page's charts and tables being drawn (the `leverage-ready:<tab>` performance mark
 * set after the last chart is in the DOM), cold (first visit, empty cache) and warm (reload).
 * Target (issue 7): < 1 s on the embedded database. Baseline in the same run: the plain
 * server-rendered /timeline page's load event.
 *   npx tsx bench/dashboard.ts [--repeat 5]
 */
import { hasChromium, serveForBrowser } from '../test/helpers/browser.ts';

const repeat = Number(process.argv[process.argv.indexOf('--repeat') + 1] || 5);
if (!hasChromium) throw new Error('needs /usr/bin/chromium (apt-get install chromium)');
process.env.DATABASE_URL = '';
const s = await serveForBrowser('bench_dashboard');
const TABS = ['overview', 'timeline', 'ledger', 'flows', 'people', 'sanctions', 'scenarios'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const baseline: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}/timeline`, { waitUntil: 'load' });
    baseline.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration));
    await page.close();
  }
  const b = median(baseline);
  console.log(`Chromium ${s.browser.version()}, 1280×800, shipped dataset on the embedded database; median of ${repeat}`);
  console.log(`baseline: server-rendered /timeline load ${b.toFixed(0)} ms`);
  console.log('| page | cold: ready ms | warm: ready ms | warm ÷ baseline |');
  console.log('|---|---|---|---|');
  for (const tab of TABS) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      for (const into of [cold, warm]) {
        await page.goto(`${s.url}/?tab=${tab}`);
        await page.waitForFunction((t) => performance.getEntriesByName(`leverage-ready:${t}`).length > 0, tab, { timeout: 30_000 });
        into.push(await page.evaluate((t) => performance.getEntriesByName(`leverage-ready:${t}`)[0]!.startTime, tab));
      }
      await context.close();
    }
    console.log(`| ${tab} | ${median(cold).toFixed(0)} | ${median(warm).toFixed(0)} | ${(median(warm) / b).toFixed(1)} |`);
  }
} finally {
  await s.close();
}
