/**
 * One event per real event. Mentions of the same event in one article (the headline, the lead,
 * a later paragraph) are merged into one candidate, keeping the best-dated mention's sentence and
 * filling fields the others lack. Before merging, an event dated a week or more before
 * publication is background when the article also reports something of its own days.
 */
import type { NewsEvent } from '../../domain/news/candidate.ts';
import { dayOf } from '../dates.ts';

const BASIS_RANK: Record<string, number> = { explicit: 3, relative: 2, published: 1, unknown: 0 };

/** Marks "last week 52 were freed" background when the article's news is something else, dated near publication. */
export function markBackground(events: NewsEvent[], published: string | undefined): NewsEvent[] {
  if (!published) return events;
  const pub = dayOf(published);
  const age = (e: NewsEvent): number | undefined => (e.date && e.date.length === 10 && e.date_basis !== 'published' ? pub - dayOf(e.date) : undefined);
  const fresh = events.some((e) => !e.background && !e.offer && e.kind !== 'statement' && e.date_basis !== 'published' && (age(e) ?? 99) <= 3);
  if (!fresh) return events;
  return events.map((e) =>
    (age(e) ?? 0) >= 6 && !e.background && /about a week|the month/.test(e.date_note ?? '')
      ? { ...e, background: true, why: `${e.why}; dated ${age(e)} days before publication while the article reports newer events` }
      : e,
  );
}

/** True when two mentions can be the same event. */
export function sameEvent(a: NewsEvent, b: NewsEvent): boolean {
  if (a.kind !== b.kind || a.offer !== b.offer || a.background !== b.background) return false;
  if (a.date && b.date && a.date_basis !== 'published' && b.date_basis !== 'published') {
    if (a.date.length === 10 && b.date.length === 10 && Math.abs(dayOf(a.date) - dayOf(b.date)) > 1) return false;
  }
  const differ = <T>(x: T | undefined, y: T | undefined) => x !== undefined && y !== undefined && x !== y;
  switch (a.kind) {
    case 'release':
    case 'arrest':
      if (differ(a.count, b.count)) return false;
      if (a.count === undefined && b.count === undefined && a.who && b.who && !a.who.some((w) => b.who!.includes(w))) return false;
      return !(a.kind === 'release' && a.mode !== 'release' && b.mode !== 'release' && a.mode !== b.mode);
    case 'recognition':
      return !differ(a.count, b.count);
    case 'sanction_change':
      return !differ(a.issuer, b.issuer) && a.action === b.action && !differ(a.target, b.target);
    case 'contact':
      return new Set([a.from, a.to, b.from, b.to]).size <= 2;
    case 'statement':
      return a.sentence === b.sentence;
  }
}

/**
 * Merges mentions of one event; the result keeps text order of each event's first mention. A
 * headline's event (in `headlines`) joins the body's first event of its kind that does not
 * contradict its count or issuer: headlines shorten ("lifts" for "eased").
 */
export function mergeEvents(events: NewsEvent[], headlines: ReadonlySet<NewsEvent> = new Set()): NewsEvent[] {
  const out: NewsEvent[] = [];
  const pending: NewsEvent[] = [];
  for (const e of events) {
    if (headlines.has(e)) {
      pending.push(e);
      continue;
    }
    const h = pending.findIndex((x) => x.kind === e.kind && x.offer === e.offer && !e.background && compatible(x, e));
    if (h >= 0) {
      const merged = combine(pending[h]!, e);
      merged.sentence = e.sentence;
      merged.start = e.start;
      merged.end = e.end;
      for (const k of ['action', 'mode', 'count', 'issuer', 'target'] as const)
        if (e[k] !== undefined) (merged as unknown as Record<string, unknown>)[k] = e[k];
      pending.splice(h, 1);
      const i = out.findIndex((o) => sameEvent(o, merged));
      if (i < 0) out.push(merged);
      else out[i] = combine(out[i]!, merged);
      continue;
    }
    const i = out.findIndex((o) => sameEvent(o, e));
    if (i < 0) out.push(e);
    else out[i] = combine(out[i]!, e);
  }
  for (const h of pending) {
    const i = out.findIndex((o) => sameEvent(o, h));
    if (i < 0) out.unshift(h);
    else out[i] = combine(out[i]!, h);
  }
  return out.sort((a, b) => a.start - b.start);
}

function compatible(a: NewsEvent, b: NewsEvent): boolean {
  const differ = <T>(x: T | undefined, y: T | undefined) => x !== undefined && y !== undefined && x !== y;
  return !differ(a.count, b.count) && !differ(a.issuer, b.issuer) && !(a.kind === 'contact' && new Set([a.from, a.to, b.from, b.to]).size > 2);
}

function combine(a: NewsEvent, b: NewsEvent): NewsEvent {
  const primary = rank(b) > rank(a) ? b : a;
  const other = primary === a ? b : a;
  const merged: NewsEvent = { ...other, ...primary };
  for (const [k, v] of Object.entries(other) as [keyof NewsEvent, unknown][]) {
    if ((merged as unknown as Record<string, unknown>)[k] === undefined) (merged as unknown as Record<string, unknown>)[k] = v;
  }
  if (a.who || b.who) merged.who = [...new Set([...(a.who ?? []), ...(b.who ?? [])])];
  if (primary.mode === 'release' && other.mode && other.mode !== 'release') merged.mode = other.mode;
  if (BASIS_RANK[other.date_basis]! > BASIS_RANK[primary.date_basis]!) {
    merged.date = other.date;
    merged.date_end = other.date_end;
    merged.date_basis = other.date_basis;
    merged.date_note = other.date_note;
  }
  merged.confidence = Math.min(0.98, Math.max(a.confidence, b.confidence) + 0.03);
  merged.why = `${primary.why}; also in another sentence`;
  return merged;
}

function rank(e: NewsEvent): number {
  const fields = ['count', 'issuer', 'target', 'mode', 'from', 'total', 'date_end'].filter(
    (k) => (e as unknown as Record<string, unknown>)[k] !== undefined,
  ).length;
  return BASIS_RANK[e.date_basis]! * 10 + fields + e.confidence;
}
