/**
 * News extraction on our own fixture articles (test/fixtures/news): precision and recall per kind
 * and overall (release, sanction_change, contact, arrest, recognition), events from distractor
 * articles, offers reported as changes, background reported as news; the tuned set and the
 * held-out set apart. Then the time to extract a 5,000-word article built by concatenating the
 * English fixtures, as a ratio to the 200 ms target and to splitting its sentences alone.
 *
 *   npx tsx bench/news.ts [--errors]
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/app/index.ts';
import { splitSentences } from '../src/analysis/news/index.ts';
import { loadFixtures, precision, recall, score, SCORED_KINDS, type Fixture, type Score } from '../test/news/score.ts';

const showErrors = process.argv.includes('--errors');
const fixtures = loadFixtures();

async function run(set: Fixture[]): Promise<Score> {
  const results = [];
  for (const fixture of set) {
    const r = await extractArticle(undefined, { text: fixture.text, published: fixture.published, contentType: fixture.html ? 'text/html' : 'text/plain' });
    results.push({ fixture, events: r.events });
  }
  return score(results);
}

const pct = (x: number) => x.toFixed(2);
function report(label: string, set: Fixture[], s: Score): void {
  console.log(
    `\n${label}: ${set.length} articles (${[...new Set(set.map((f) => f.lang))].join(', ')}), ${set.filter((f) => !f.events.length).length} distractors`,
  );
  console.log('kind              P     R     tp  fp  fn');
  for (const k of SCORED_KINDS) {
    const t = s.byKind[k]!;
    console.log(`${k.padEnd(16)} ${pct(precision(t))}  ${pct(recall(t))}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  console.log(
    `${'overall'.padEnd(16)} ${pct(precision(s.overall))}  ${pct(recall(s.overall))}  ${String(s.overall.tp).padStart(3)} ${String(s.overall.fp).padStart(3)} ${String(s.overall.fn).padStart(3)}`,
  );
  console.log(
    `events from distractor articles: ${s.distractorEvents}; offers reported as changes: ${s.offersAsChanges}; background reported as news: ${s.backgroundAsNews}`,
  );
  if (showErrors) for (const e of s.errors) console.log(`  ${e}`);
}

const tuned = fixtures.filter((f) => !f.heldout);
const heldout = fixtures.filter((f) => f.heldout);
report('tuned set', tuned, await run(tuned));
if (heldout.length) report('held-out set', heldout, await run(heldout));

// 5,000 words of English news, built from the English fixtures.
const english = fixtures.filter((f) => f.lang === 'en' && !f.html).map((f) => f.text);
let article = '';
for (let i = 0; article.split(/\s+/).length < 5000; i++) article += `${english[i % english.length]}\n\n`;
const words = article.split(/\s+/).filter(Boolean).length;
const time = async (f: () => unknown, n = 7): Promise<number> => {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[Math.floor(n / 2)]!;
};
await extractArticle(undefined, { text: article, published: '2025-09-14' });
const cpu0 = process.cpuUsage();
const ms = await time(() => extractArticle(undefined, { text: article, published: '2025-09-14' }));
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / 7;
const split = await time(() => splitSentences(article));
console.log(
  `\n${words}-word article: extraction ${ms.toFixed(1)} ms wall (median of 7) = ${(ms / 200).toFixed(2)} × the 200 ms target; ` +
    `${cpuMs.toFixed(1)} ms CPU per extraction (mean; less sensitive to other processes) = ${(cpuMs / 200).toFixed(2)} × the target; ` +
    `${(ms / split).toFixed(0)} × sentence splitting alone (${split.toFixed(2)} ms)`,
);
