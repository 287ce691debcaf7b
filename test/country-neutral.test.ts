/**
 * Nothing in the code is one country's: dates, the counter, the regime's actors and the sanctions
 * programmes live in `data/<country>/dataset.json`. This fails when one of them is written into
 * src/ or web/src (tests excepted) again.
 *
 * Two folders are left out of the name check, each for a reason of its own:
 * - src/names is about languages (Belarusian, Russian, Ukrainian scripts and romanisations); its
 *   tables and examples are words of those languages, not facts of a dataset.
 * - src/ingest/lists reads the official lists, whose format notes quote real entries (FORMATS.md);
 *   its default programme selector (`isBelarusProgramme`) is still there, owned by the ingest folder:
 *   the shells pass the profile's programmes instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseDatasetProfile, type DatasetProfile } from '../src/domain/index.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const NAME_CHECK_EXEMPT = ['src/names/', 'src/ingest/lists/'];

function sources(): Array<{ file: string; text: string }> {
  return ['src', 'web/src'].flatMap((dir) =>
    (readdirSync(ROOT + dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${ROOT}${dir}/${f}`, 'utf8') })),
  );
}

function profiles(): DatasetProfile[] {
  return readdirSync(ROOT + 'data', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${ROOT}data/${d.name}/dataset.json`))
    .map((d) => parseDatasetProfile(JSON.parse(readFileSync(`${ROOT}data/${d.name}/dataset.json`, 'utf8'))));
}

/** The code without its comments: block comments, and `//` comments that follow a space or start a line (not `https://`). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('no date, month or year is written into the code as a constant', () => {
  // A literal that is nothing but a date: '2024', '2025-09', "2024-06-30" (not an example inside a message).
  const literal = /(['"`])(?:19|20)\d\d(?:-\d\d){0,2}\1/g;
  const found = sources().flatMap(({ file, text }) => [...codeOf(text).matchAll(literal)].map((m) => `${file}: ${m[0]}`));
  assert.deepEqual(found, []);
});

test("no dataset's country, counter, regime actors or programmes are named in the code", () => {
  const all = profiles();
  assert.ok(all.length > 0, 'no data/*/dataset.json');
  const words = new Set<string>();
  for (const p of all) {
    words.add(p.country.name);
    words.add(p.counter.name);
    for (const a of p.regime ?? []) if (a.length > 2) words.add(a);
    for (const g of p.programmes) words.add(g.tag);
  }
  // Whole words only: `Belarus` is a country, `Belarusian` a language.
  const named = new RegExp(`(?<!\\w)(${[...words].map(escape).join('|')})(?!\\w)`, 'g');
  // Short codes (the country's, a regime actor's) as quoted literals in code.
  const codes = [...new Set(all.flatMap((p) => [p.country.code, ...(p.regime ?? []).filter((a) => a.length <= 2)]))];
  const quoted = new RegExp(`(['"\`])(${codes.map(escape).join('|')})\\1`, 'g');
  const found: string[] = [];
  for (const { file, text } of sources()) {
    if (!NAME_CHECK_EXEMPT.some((dir) => file.startsWith(dir))) for (const m of text.matchAll(named)) found.push(`${file}: ${m[0]}`);
    for (const m of codeOf(text).matchAll(quoted)) found.push(`${file}: ${m[0]}`);
  }
  assert.deepEqual(found, []);
});
