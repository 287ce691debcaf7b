/**
 * How an event stands, read around its trigger: an offer or a threat, negated, background, and the
 * date it takes from its sentence. Pure, like the rest of the extraction.
 */
import type { NewsEvent } from '../../domain/news/candidate.ts';
import { dayOf } from '../dates.ts';
import { rx, type CompiledPatterns } from './compile.ts';
import type { FoundDate } from './dates.ts';
import type { Trigger } from './fields.ts';

/** An offer word in the same clause before the trigger, or right after it ("ready to lift", "lift … if"). */
export function isOffer(text: string, t: Trigger, p: CompiledPatterns): boolean {
  const from = Math.max(0, t.index - 70);
  const before = text.slice(from, t.index);
  const clause = before.slice(
    Math.max(before.lastIndexOf(';'), before.lastIndexOf(' but '), before.lastIndexOf(' after '), before.lastIndexOf(' and then ')) + 1,
  );
  return p.offer.test(clause + text.slice(t.index, t.end)) || CONDITION_AFTER.test(text.slice(t.end));
}

/** "On the same day", in the languages read: the date of the event told just before. */
export const SAME_DAY = rx(
  '\\b(?:the same day|that same day|that day|el mismo día|ese mismo día|в тот же день|тым жа днём|у той жа дзень|tego samego dnia|tego dnia|am selben Tag|am gleichen Tag|am selben Tage)\\b',
);

/** A condition right after the trigger ("… if prisoners are freed"), in the languages read. */
const CONDITION_AFTER = rx('^[^,;.]{0,60}\\b(?:if|unless|provided|si|если|калі|jeśli|jeżeli|wenn|falls)\\b');

export function negated(text: string, t: Trigger, p: CompiledPatterns): boolean {
  const before = text.slice(Math.max(0, t.index - 45), t.index);
  return p.negation.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
}

export function isBackground(text: string, t: Trigger, p: CompiledPatterns, found: FoundDate | undefined, published: string | undefined): boolean {
  const before = text.slice(Math.max(0, t.index - 30), t.index);
  if (p.backgroundClause.test(before + text.slice(t.index, t.end))) return true;
  if (found?.date && published && found.date.slice(0, 4) < published.slice(0, 4) && found.date.length >= 4) return true;
  if (found?.date && published && found.date.length === 10 && daysBetween(found.date, published) > 30) return true;
  if (found?.date && published && found.date.length === 7 && found.date < published.slice(0, 7) && found.basis === 'explicit') return true;
  if (p.pastMarker.test(text) && !(found && found.basis !== 'published' && found.date && published && daysBetween(found.date, published) <= 10)) return true;
  return false;
}

/** Days between two dates; a month counts from its first day. */
function daysBetween(a: string, b: string): number {
  const day = (x: string) => dayOf(x.length === 7 ? `${x}-01` : x.slice(0, 10));
  return Math.abs(day(a) - day(b));
}

/** The sentence's date nearest the trigger (a coarse year only when nothing finer is there), else the publication date. */
export function dateFor(
  dates: FoundDate[],
  t: Trigger,
  published: string | undefined,
): Pick<NewsEvent, 'date' | 'date_end' | 'date_basis' | 'date_note'> & { found?: FoundDate } {
  const fine = dates.filter((d) => !d.coarse);
  const pool = fine.length ? fine : dates;
  let best: FoundDate | undefined;
  for (const d of pool) if (!best || Math.abs(d.index - t.index) < Math.abs(best.index - t.index)) best = d;
  if (best && !best.coarse) {
    const r = { date: best.date, date_basis: best.basis, date_note: best.note, found: best } as ReturnType<typeof dateFor>;
    if (best.date_end) r.date_end = best.date_end;
    if (!best.date) delete r.date;
    return r;
  }
  if (best?.date && best.date.length === 7) return { date: best.date, date_basis: best.basis, date_note: best.note, found: best };
  if (published) return { date: published, date_basis: 'published', date_note: `no date in the sentence: the publication date ${published}`, found: best };
  return { date_basis: 'unknown', date_note: 'no date in the sentence and no publication date', found: best };
}
