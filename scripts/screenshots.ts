/**
 * Regenerates docs/screenshots/: every dashboard page at 1280×800, and the overview at a phone
 * width, on the shipped dataset plus two real OFAC snapshots (so the sanctions page has a diff).
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { hasChromium, serveForBrowser } from '../test/helpers/browser.ts';
import { importListFiles } from '../src/store/lists.ts';

if (!hasChromium) throw new Error('needs /usr/bin/chromium (apt-get install chromium)');
process.env.DATABASE_URL = '';
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const fixture = (name: string) => new URL(`../test/fixtures/lists/${name}`, import.meta.url).pathname;
const s = await serveForBrowser('screenshots');
try {
  await importListFiles(
    s.store,
    [
      fixture('ofac-sdn-csv__moov-io_watchman__sdn.csv'),
      fixture('ofac-alt-csv__moov-io_watchman__alt.csv'),
      fixture('ofac-add-csv__moov-io_watchman__add.csv'),
    ],
    { asOf: '2019-01-15' },
  );
  await importListFiles(s.store, [fixture('ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv')], { asOf: '2023-01-21' });
  const shots: [string, string, { width: number; height: number }][] = [
    ['overview', '/?tab=overview', { width: 1280, height: 800 }],
    ['timeline', '/?tab=timeline&kinds=release,contact&from=2024-01-01', { width: 1280, height: 800 }],
    ['ledger', '/?tab=ledger', { width: 1280, height: 800 }],
    ['flows', '/?tab=flows', { width: 1280, height: 800 }],
    ['people', '/?tab=people&q=%D0%90%D0%BB%D0%B5%D1%81%D1%8C%20%D0%91%D1%8F%D0%BB%D1%8F%D1%86%D0%BA%D1%96', { width: 1280, height: 800 }],
    ['sanctions', '/?tab=sanctions&programme=BELARUS', { width: 1280, height: 800 }],
    ['scenarios', '/?tab=scenarios', { width: 1280, height: 800 }],
    ['overview-phone', '/?tab=overview', { width: 390, height: 844 }],
  ];
  for (const [name, path, viewport] of shots) {
    const page = await s.browser.newPage({ viewport });
    await page.goto(s.url + path);
    await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    await page.screenshot({ path: `${out}${name}.png`, fullPage: name !== 'timeline' });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await s.close();
}
