/**
 * Name-matching benchmark: precision, recall and F1 at the threshold, overall and per
 * phenomenon, for Leverage's matcher and an OFAC-style baseline, on both halves of a
 * deterministic identity split of pairs.csv, plus the nomenklatura name_bench cases.
 *
 *   npx tsx bench/names.ts [--pairs FILE] [--cases FILE] [--sweep] [--errors]
 *
 * `--errors` lists every nomenklatura case the matcher gets wrong (missed or false match),
 * with its score, schema and quality, sorted by kind and score.
 *
 * Split: every identity (set_id, or each side of `A|B`) goes to the train or test half by
 * FNV-1a hash parity. A positive follows its identity; a negative is in train only when
 * both identities are, so no test identity is ever seen while tuning. `--sweep` prints the
 * F1 of each threshold on the train half only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { compareNames, parseSchema, THRESHOLDS } from '../src/names/index.ts';
import { baselineScore, BASELINE_THRESHOLD } from './names-baseline.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const PAIRS = arg('--pairs', '../shared/data/names/pairs.csv');
const CASES = arg('--cases', '../shared/data/names/nomenklatura_cases.csv');

type Row = Record<string, string>;
const read = (file: string) => parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** FNV-1a 32-bit hash, for a split that is the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
export const half = (identity: string): 'train' | 'test' => (fnv1a(identity) % 2 === 0 ? 'train' : 'test');
export const halfOfRow = (setId: string): 'train' | 'test' => (setId.split('|').every((id) => half(id) === 'train') ? 'train' : 'test');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(c: Counts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}
function prf(c: Counts) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, n: c.tp + c.fp + c.fn + c.tn };
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

interface Scored {
  row: Row;
  gold: boolean;
  ours: number;
  oursMatch: boolean;
  base: number;
  split: string;
}

function scoreRows(rows: Row[], split: (r: Row) => string): Scored[] {
  return rows.map((row) => {
    const c = compareNames(row.name1!, row.name2!, { schema: row.schema });
    const base = baselineScore(row.name1!, row.name2!);
    return { row, gold: row.is_match === 'true', ours: c.score, oursMatch: c.match, base, split: split(row) };
  });
}

function report(title: string, scored: Scored[], groupOf: (r: Row) => string[]): void {
  const groups = new Map<string, { ours: Counts; base: Counts }>();
  const bump = (g: string, s: Scored) => {
    const e = groups.get(g) ?? { ours: empty(), base: empty() };
    add(e.ours, s.gold, s.oursMatch);
    add(e.base, s.gold, s.base >= BASELINE_THRESHOLD);
    groups.set(g, e);
  };
  for (const s of scored) {
    bump('ALL', s);
    for (const g of groupOf(s.row)) bump(g, s);
  }
  console.log(`\n### ${title}\n`);
  console.log('Rows `+ x` are positives with phenomenon x (recall matters), `− x` negatives (false matches matter).\n');
  console.log('| group | n | P | R | F1 | FP | FN | baseline P | baseline R | baseline F1 | baseline FP | baseline FN | ΔF1 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const keys = ['ALL', ...[...groups.keys()].filter((k) => k !== 'ALL').sort()];
  for (const k of keys) {
    const o = prf(groups.get(k)!.ours);
    const b = prf(groups.get(k)!.base);
    const oc = groups.get(k)!.ours;
    const bc = groups.get(k)!.base;
    if (k.startsWith('−')) {
      console.log(`| ${k} | ${o.n} | | | | ${oc.fp} | | | | | ${bc.fp} | | |`);
      continue;
    }
    console.log(
      `| ${k} | ${o.n} | ${pct(o.p)} | ${pct(o.r)} | ${pct(o.f1)} | ${oc.fp} | ${oc.fn} | ${pct(b.p)} | ${pct(b.r)} | ${pct(b.f1)} | ${bc.fp} | ${bc.fn} | ${pct(o.f1 - b.f1)} |`,
    );
  }
}

function sweep(scored: Scored[]): void {
  console.log('\n### Threshold sweep on the TRAIN half (per schema)\n');
  for (const schema of ['Person', 'Organization'] as const) {
    const rows = scored.filter((s) => s.split === 'train' && parseSchema(s.row.schema) === schema);
    const line: string[] = [];
    for (let t = 0.5; t <= 0.9751; t += 0.025) {
      const c = empty();
      for (const s of rows) add(c, s.gold, s.ours >= t);
      line.push(`${t.toFixed(3)}:${pct(prf(c).f1)}`);
    }
    console.log(`${schema} (n=${rows.length}, current ${THRESHOLDS[schema]}): ${line.join('  ')}`);
  }
}

const started = performance.now();
const pairs = scoreRows(read(PAIRS), (r) => halfOfRow(r.set_id ?? ''));
const phenomena = (r: Row) =>
  (r.phenomenon ?? '')
    .split(';')
    .filter(Boolean)
    .map((p) => `${r.is_match === 'true' ? '+' : '−'} ${p}`);
console.log(`# Name matching bench — ${new Date().toISOString().slice(0, 10)}`);
console.log(`thresholds: Person ${THRESHOLDS.Person}, Organization ${THRESHOLDS.Organization}; baseline ${BASELINE_THRESHOLD}`);
for (const h of ['train', 'test']) {
  const rows = pairs.filter((s) => s.split === h);
  const ids = new Set(rows.flatMap((s) => (s.row.set_id ?? '').split('|')));
  report(`pairs.csv — ${h.toUpperCase()} half (${rows.length} pairs, ${ids.size} identities)`, rows, (r) => [...phenomena(r), `schema ${r.schema}`]);
}
if (process.argv.includes('--sweep')) sweep(pairs);

const cases = scoreRows(read(CASES), () => 'all');
report('nomenklatura name_bench cases (by quality)', cases, (r) => [`${r.quality}`, `${r.quality} ${r.is_match === 'true' ? '+' : '−'}`]);
const strong = cases.filter((s) => s.row.quality === 'STRONG' && s.gold !== s.oursMatch);
console.log(`\nSTRONG-quality failures: ${strong.length} of ${cases.filter((s) => s.row.quality === 'STRONG').length}`);
for (const s of strong) console.log(`- ${s.gold ? 'missed' : 'false match'} ${s.ours.toFixed(3)} ${s.row.schema}: ${s.row.name1} ‖ ${s.row.name2}`);
if (process.argv.includes('--errors')) {
  const wrong = cases.filter((s) => s.gold !== s.oursMatch).sort((x, y) => Number(x.gold) - Number(y.gold) || x.ours - y.ours);
  console.log(`\nnomenklatura errors (${wrong.length}):`);
  for (const s of wrong)
    console.log(`- ${s.gold ? 'missed' : 'false match'} ${s.ours.toFixed(3)} ${s.row.schema} ${s.row.quality}: ${s.row.name1} ‖ ${s.row.name2}`);
}
const misses = pairs.filter((s) => s.split === 'test' && s.gold !== s.oursMatch);
console.log(`\nTest-half errors (${misses.length}):`);
for (const s of misses) console.log(`- ${s.gold ? 'missed' : 'false match'} ${s.ours.toFixed(3)} [${s.row.phenomenon}] ${s.row.name1} ‖ ${s.row.name2}`);
console.log(`\n${pairs.length + cases.length} comparisons ×2 scorers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
