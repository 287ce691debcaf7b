/**
 * Fuzzing every list parser with fast-check: each parser gets ≥ 10,000 mutated inputs (byte
 * flips, insertions, deletions, truncations, duplicated slices) derived from a small real seed.
 * The property: reading either succeeds or throws a LeverageError; any other exception (a
 * TypeError, a RangeError, a hang) is a bug. Run: npx tsx bench/fuzz-lists.ts [--runs 10000]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { ListFormat } from '../src/domain/designation.ts';
import { LeverageError } from '../src/domain/errors.ts';
import { collectDesignations, openInput, readList } from '../src/ingest/lists/index.ts';

const fx = (n: string) => readFileSync(fileURLToPath(new URL(`../test/fixtures/lists/${n}`, import.meta.url)));
const head = (b: Buffer, lines: number) => b.subarray(0, b.toString('latin1').split('\n').slice(0, lines).join('\n').length + 1);
const xmlSeed = (b: Buffer, endTag: string, closing: string) => {
  const text = b.toString('utf8');
  const cut = text.indexOf(endTag, text.indexOf(endTag) + 1);
  return Buffer.from(text.slice(0, cut + endTag.length) + closing);
};

/** Seeds: a few real records of each format, kept small so each run is fast. */
const SEEDS: [ListFormat, Buffer][] = [
  ['ofac-csv', head(fx('ofac-cons-csv__moov-io_watchman__cons_prim.csv'), 6)],
  ['ofac-xml', xmlSeed(fx('ofac-legacy-xml__perchrh_sanction_list_search__consolidated.xml'), '</sdnEntry>', '\n</sdnList>\n')],
  ['ofac-advanced-xml', fx('ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml')],
  ['eu-fsf-xml', xmlSeed(fx('eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml'), '</sanctionEntity>', '\n</export>\n')],
  ['uk-fcdo-xml', fx('uk-fcdo-xml__GSmiguel_sanctions_lists_etl__sample_uk_sanctions.xml')],
  ['un-sc-xml', xmlSeed(fx('un-sc-xml__perchrh_sanction_list_search__consolidated.xml'), '</INDIVIDUAL>', '</INDIVIDUALS></CONSOLIDATED_LIST>')],
  ['ftm-jsonl', fx('opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json')],
  ['targets-simple-csv', head(fx('opensanctions-targets-simple-csv__khongdudinhdoikhongne_ftm__targets.simple.csv'), 5)],
  ['ftm-delta', fx('opensanctions-delta-jsonl__opensanctions_yente__t2_20240528134729-3iv_entities.delta.json')],
];

const TOKENS = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '&amp;',
  '&lol;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  ']]>',
  '<![CDATA[',
  '\x1a',
  '\r\n',
  ',',
  ';',
  '] [',
  '-0- ',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\u0000',
  '\ud800',
  'é',
  'Лукашэнка',
];

/** One mutation of a buffer. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(seed: Buffer, mutations: Mutation[]): Buffer {
  let b = seed;
  for (const m of mutations) {
    const at = b.length ? m.at % b.length : 0;
    if (m.kind === 'flip') {
      b = Buffer.from(b);
      if (b.length) b[at] = m.byte;
    } else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.token), b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else b = Buffer.concat([b.subarray(0, at + m.length), b.subarray(at)]);
  }
  return b;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10_000;
  console.log(`| format | seed bytes | runs | parsed OK | LeverageError | other exceptions | seconds |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  let failed = false;
  for (const [format, seed] of SEEDS) {
    const stats = { ok: 0, clean: 0, bad: 0 };
    const codes = new Map<string, number>();
    const start = Date.now();
    await fc
      .assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          const bytes = apply(seed, mutations);
          try {
            const input = await openInput(`fuzz.${format}`, { bytes });
            input.limits = { maxTextChars: 1 << 20, maxRecordChars: 4 << 20, maxLineBytes: 1 << 20 };
            await collectDesignations(readList(input, format));
            stats.ok++;
            return true;
          } catch (err) {
            if (err instanceof LeverageError) {
              stats.clean++;
              codes.set(err.code, (codes.get(err.code) ?? 0) + 1);
              return true;
            }
            stats.bad++;
            throw err;
          }
        }),
        { numRuns: runs, seed: 20260101, endOnFailure: true },
      )
      .catch((err) => {
        failed = true;
        console.error(`${format}: ${String(err).slice(0, 2000)}`);
      });
    console.log(
      `| ${format} | ${seed.length} | ${stats.ok + stats.clean + stats.bad} | ${stats.ok} | ${stats.clean} (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}) | ${stats.bad} | ${((Date.now() - start) / 1000).toFixed(1)} |`,
    );
  }
  if (failed) process.exitCode = 1;
}

await main();
