/**
 * Scoring of the news fixtures (test/fixtures/news): each article with its expected events, the
 * extractor's events matched to them by kind and the expected key fields (date, count, issuer,
 * action, the two sides). Used by bench/news.ts and test/news/fixtures.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsEvent } from '../../src/domain/news/candidate.ts';

export const FIXTURES = new URL('../fixtures/news/', import.meta.url).pathname;
export const SCORED_KINDS = ['release', 'sanction_change', 'contact', 'arrest', 'recognition'] as const;

export interface Expected {
  kind: string;
  date?: string;
  date_end?: string;
  count?: number;
  issuer?: string;
  action?: string;
  from?: string;
  to?: string;
  mode?: string;
  target?: string;
  total?: number;
  counter?: string;
  offer: boolean;
  background: boolean;
}

export interface Fixture {
  name: string;
  lang: string;
  heldout: boolean;
  file: string;
  text: string;
  html: boolean;
  published: string;
  events: Expected[];
}

/** Every fixture; `heldout` ones live under heldout/<lang>/ and were written last, never tuned on. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string, heldout: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, heldout || entry.name === 'heldout');
      else if (/\.(txt|html)$/.test(entry.name)) {
        const spec = JSON.parse(readFileSync(path.replace(/\.(txt|html)$/, '.json'), 'utf8')) as { published: string; events: Expected[] };
        const lang = dir.split('/').pop()!;
        out.push({
          name: path.slice(FIXTURES.length),
          lang,
          heldout,
          file: path,
          text: readFileSync(path, 'utf8'),
          html: entry.name.endsWith('.html'),
          ...spec,
        });
      }
    }
  };
  walk(FIXTURES, false);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** True when the extracted event agrees with the expected one on every field the expectation gives. */
export function agrees(e: NewsEvent, x: Expected): boolean {
  if (e.kind !== x.kind) return false;
  if (x.date !== undefined && e.date !== x.date) return false;
  if (x.count !== undefined && e.count !== x.count) return false;
  if (x.issuer !== undefined && e.issuer !== x.issuer) return false;
  if (x.action !== undefined && e.action !== x.action) return false;
  if (x.from !== undefined && x.to !== undefined && [e.from, e.to].sort().join() !== [x.from, x.to].sort().join()) return false;
  return true;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  byKind: Record<string, Tally>;
  overall: Tally;
  distractorEvents: number;
  offersAsChanges: number;
  backgroundAsNews: number;
  errors: string[];
}

/** Scores extracted events against the expectations of their fixtures. */
export function score(results: Array<{ fixture: Fixture; events: NewsEvent[] }>): Score {
  const byKind: Record<string, Tally> = Object.fromEntries(SCORED_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const s: Score = { byKind, overall: { tp: 0, fp: 0, fn: 0 }, distractorEvents: 0, offersAsChanges: 0, backgroundAsNews: 0, errors: [] };
  for (const { fixture, events } of results) {
    if (fixture.events.length === 0) s.distractorEvents += events.filter((e) => e.kind !== 'statement').length;
    const news = (x: { offer: boolean; background: boolean; kind: string }) =>
      !x.offer && !x.background && (SCORED_KINDS as readonly string[]).includes(x.kind);
    const predicted = events.filter(news);
    const expected = fixture.events.filter(news);
    const used = new Set<number>();
    for (const x of expected) {
      const i = predicted.findIndex((e, j) => !used.has(j) && agrees(e, x));
      if (i >= 0) {
        used.add(i);
        byKind[x.kind]!.tp++;
      } else {
        byKind[x.kind]!.fn++;
        s.errors.push(`${fixture.name}: missed ${JSON.stringify(x)}`);
      }
    }
    predicted.forEach((e, j) => {
      if (used.has(j)) return;
      byKind[e.kind]!.fp++;
      s.errors.push(
        `${fixture.name}: extra ${e.kind} ${e.date} count=${e.count} ${e.issuer ?? ''} ${e.action ?? ''} ${e.from ?? ''}-${e.to ?? ''} «${e.sentence.slice(0, 80)}»`,
      );
    });
    for (const x of fixture.events) {
      // An offer reported as a change: a news event that agrees with the offer and is not a real event of the article.
      if (x.offer && predicted.some((e, j) => !used.has(j) && agrees(e, { ...x, date: undefined }))) s.offersAsChanges++;
      if (x.background && !x.offer && predicted.some((e) => agrees(e, x) && (x.count !== undefined || x.date !== undefined))) s.backgroundAsNews++;
    }
  }
  for (const t of Object.values(byKind)) {
    s.overall.tp += t.tp;
    s.overall.fp += t.fp;
    s.overall.fn += t.fn;
  }
  return s;
}

export const precision = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
