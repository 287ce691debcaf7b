/**
 * Candidate events from a text: each sentence is tried for every kind; a kind fires on its
 * trigger, then its fields are read around the trigger. Offers and threats are marked `offer`,
 * recalled events `background`; mentions of one event are merged (merge.ts). Pure: the text, its
 * publication date, the language's patterns and the lexicon come in; nothing is read or written.
 */
import type { NewsEvent } from '../../domain/news/candidate.ts';
import { compileLexicon, compilePatterns, codesIn, type CompiledLexicon, type CompiledPatterns } from './compile.ts';
import { findCounts, type FoundCount } from './counts.ts';
import { findDates, type DateParser } from './dates.ts';
import { dayOf, isoOf } from '../dates.ts';
import { dateFor, isBackground, isOffer, negated, SAME_DAY } from './judge.ts';
import { countNear, listingCount, namesIn, targetOf, type Span, type Trigger } from './fields.ts';
import { markBackground, mergeEvents } from './merge.ts';
import type { LanguagePatterns, NewsLexicon } from './patterns.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface ExtractOptions {
  /** Publication date, ISO YYYY-MM-DD: relative dates are resolved against it. */
  published?: string;
  patterns: LanguagePatterns;
  lexicon: NewsLexicon;
  /** An outside date parser for what the rules do not know (chrono-node, from the ingest layer). */
  dateParser?: DateParser;
}

interface Context {
  p: CompiledPatterns;
  lex: CompiledLexicon;
  published?: string;
  political: boolean;
  counter?: string;
  parser?: DateParser;
  /** The last day an event of the article was dated on, for "on the same day". */
  lastDate?: Pick<NewsEvent, 'date' | 'date_basis' | 'date_note'>;
  /** The article's last sanction change, for listings counted in the next sentence. */
  lastSanction?: NewsEvent;
}

/** Candidate events of `text`, merged, in text order. */
export function extractEvents(text: string, options: ExtractOptions): NewsEvent[] {
  const p = compilePatterns(options.patterns);
  const lex = compileLexicon(options.lexicon);
  const ctx: Context = {
    p,
    lex,
    published: options.published,
    // A counter of political prisoners named in the text (from the lexicon) makes it political too.
    political: p.politicalContext.test(text) || codesIn(text, lex.counters).length > 0,
    counter: codesIn(text, lex.counters)[0]?.code,
    parser: options.dateParser,
  };
  const events: NewsEvent[] = [];
  const headlines = new Set<NewsEvent>();
  for (const s of splitSentences(text)) {
    const anaphors: NewsEvent[] = [];
    const found = eventsOf(s, ctx, anaphors);
    events.push(...found);
    if (isHeadline(text, s)) for (const e of found) headlines.add(e);
    // "The freed prisoners were driven to the border": a further detail of the release already reported.
    for (const a of anaphors) {
      const earlier = events.findLast((e) => e.kind === 'release' && !e.offer && !e.background);
      if (earlier) {
        if (earlier.mode === 'release' && a.mode !== 'release') earlier.mode = a.mode;
        if (a.counterparts && !earlier.counterparts) earlier.counterparts = a.counterparts;
      } else if (a.count !== undefined) events.push(a);
    }
  }
  const marked = markBackground(events, options.published);
  return mergeEvents(marked, new Set(marked.filter((_e, i) => headlines.has(events[i]!))));
}

/** A sentence that lists the people of an event already told ("Among those arrested were…"): it adds no event. */
const DETAIL =
  /^(?:among (?:them|those|the)|those (?:freed|released|arrested|detained)|entre (?:ellos|los)|среди (?:них|освобожд|задерж)|сярод (?:іх|вызвал|затрым)|wśród (?:nich|uwolnion|zatrzyman)|unter (?:ihnen|den))/iu;

function eventsOf(s: Sentence, ctx: Context, anaphors: NewsEvent[]): NewsEvent[] {
  const { p } = ctx;
  const text = s.text;
  if (DETAIL.test(text)) return [];
  const dates = findDates(text, ctx.published, p.source.dates, ctx.parser);
  const counts = findCounts(text, p.source.numbers);
  const dateSpans: Span[] = dates.map((d) => [d.index, d.index + (d.note.match(/'(.*)'\)?$/)?.[1]?.length ?? 4)]);
  const out: NewsEvent[] = [];
  const base = (kind: NewsEvent['kind'], t: Trigger, confidence: number, why: string): NewsEvent => {
    let { found, ...dated } = dateFor(dates, t, ctx.published);
    if (dated.date_basis === 'published' && ctx.lastDate && SAME_DAY.test(text)) {
      dated = { ...ctx.lastDate, date_note: `'the same day' as the event before: ${ctx.lastDate.date_note}` };
      found = undefined;
    } else if (dated.date_basis === 'explicit' || dated.date_basis === 'relative')
      ctx.lastDate = { date: dated.date, date_basis: dated.date_basis, date_note: dated.date_note };
    const offer = isOffer(text, t, p);
    return {
      kind,
      ...dated,
      background: isBackground(text, t, p, found, ctx.published),
      offer,
      sentence: text,
      start: s.start,
      end: s.end,
      confidence: Math.round((offer ? confidence - 0.1 : confidence) * 100) / 100,
      why,
      language: p.source.lang,
    };
  };
  const release = trigger(text, p.release);
  if (release && !negated(text, release, p) && !p.releaseNot?.test(text.slice(release.end, release.end + 30))) {
    const context = p.releaseContext.test(text);
    if (context || (ctx.political && namesIn(text, ctx.lex).length > 0)) {
      const anaphor = /(?:^|\s)(?:the|those|these|los|las|el|la|die|der|эти|гэтыя|ci|te)\s+$/iu.test(text.slice(Math.max(0, release.index - 8), release.index));
      const e = base(
        'release',
        release,
        context ? 0.75 : 0.6,
        `release verb '${release.text}'${context ? ' with a prison or people word' : ' with a named person'}`,
      );
      withCount(e, countNear(text, counts, release, p, dateSpans));
      e.mode = p.releaseModes.find(([, re]) => re.test(text))?.[0] ?? 'release';
      const who = namesIn(text, ctx.lex);
      if (who.length && (e.count ?? 1) <= 5) e.who = who;
      const sides = codesIn(text, ctx.lex.actors).map((a) => a.code);
      if (e.mode === 'exchange' || e.mode === 'deportation') if (sides.length) e.counterparts = [...new Set(sides)];
      if (anaphor) {
        anaphors.push(e);
      } else out.push(e);
    }
  }
  const recognition = trigger(text, p.recognition);
  if (recognition) {
    const e = base('recognition', recognition, 0.8, `recognition '${recognition.text.slice(0, 40)}'`);
    const total = trigger(text, p.total);
    const before = total ? counts.filter((c) => c.start < total.index) : counts;
    withCount(e, countNear(text, before, recognition, p, dateSpans) ?? before.find((c) => !dateSpans.some(([a, b]) => c.start < b && c.end > a)));
    if (total) {
      const t = counts.find((c) => c.start >= total.end - 2);
      if (t) e.total = t.value;
    }
    e.counter = codesIn(text, ctx.lex.counters)[0]?.code ?? ctx.counter;
    const named = namesIn(text, ctx.lex);
    if (e.count === undefined && named.length) {
      // "recognised journalist A B as a political prisoner": the people named are the count.
      e.who = named;
      e.count = named.length;
    }
    if (e.count !== undefined || e.total !== undefined) out.push(e);
  }
  const sanction = trigger(text, p.sanction);
  if (sanction) {
    const action = p.sanctionActions.map(([a, re]) => ({ a, m: re.exec(text) })).find((x) => x.m);
    const offerish = p.offer.test(text);
    if ((action || offerish) && !negated(text, sanction, p)) {
      const t: Trigger = action
        ? { index: Math.min(action.m!.index, sanction.index), end: Math.max(action.m!.index + action.m![0].length, sanction.end), text: action.m![0] }
        : sanction;
      const e = base(
        'sanction_change',
        t,
        action ? 0.75 : 0.55,
        `sanction word '${sanction.text}'${action ? ` with '${action.m![0]}' (${action.a})` : ' with an offer or threat'}`,
      );
      e.action = action?.a ?? 'impose';
      if (!action) e.offer = true;
      const issuers = codesIn(text, ctx.lex.issuers);
      if (issuers[0]) e.issuer = (issuers.find((i) => i.index < t.index) ?? issuers[0]).code;
      const target = targetOf(text, sanction.index < t.index ? sanction : t, ctx.lex) ?? targetOf(text, t, ctx.lex);
      if (target) e.target = target;
      const n = listingCount(text, counts, p, dateSpans);
      if (n !== undefined) e.count = n;
      if (e.issuer) e.confidence = Math.min(0.95, e.confidence + 0.1);
      if (e.issuer || e.target || e.count) out.push(e);
    } else if (!action && ctx.lastSanction && ctx.lastSanction.count === undefined && !negated(text, sanction, p)) {
      // "The measures cover 263 individuals and 42 entities": the listings of the sanction just told.
      const n = listingCount(text, counts, p, dateSpans);
      if (n !== undefined) ctx.lastSanction.count = n;
    }
  } else if (
    ctx.lastSanction &&
    ctx.lastSanction.count === undefined &&
    /^(?:the|these|those|las|los|эти|гэтыя|te|diese)\s+(?:measures|sanctions|restrictions|listings|medidas|sanciones|санкции|меры|санкцыі|sankcje|Sanktionen|Maßnahmen)\b/iu.test(
      text,
    )
  ) {
    const n = listingCount(text, counts, p, dateSpans);
    if (n !== undefined) ctx.lastSanction.count = n;
  }
  const lastSanction = out.findLast((e) => e.kind === 'sanction_change' && !e.offer);
  if (lastSanction) ctx.lastSanction = lastSanction;
  const contact = p.contact.map(([mode, re]) => ({ mode, m: re.exec(text) })).find((x) => x.m);
  if (contact && !negated(text, { index: contact.m!.index, end: contact.m!.index + contact.m![0].length, text: contact.m![0] }, p)) {
    const t: Trigger = { index: contact.m!.index, end: contact.m!.index + contact.m![0].length, text: contact.m![0] };
    const actors = codesIn(text, ctx.lex.actors);
    const sides = visitorFirst(sidesOf(actors, t), actors, text, p);
    if (sides.length >= 2) {
      const e = base('contact', t, 0.7, `contact '${t.text}' (${contact.mode}) between ${sides.slice(0, 2).join(' and ')}`);
      e.mode = contact.mode;
      e.from = sides[0];
      e.to = sides[1];
      const main = out.find((o) => o.kind !== 'contact' && !o.background && o.date);
      const prior = main && p.priorContact?.exec(text.slice(0, t.index));
      if (main && prior) {
        const { date, date_basis, date_note } = priorDate(main, prior, p);
        if (date) e.date = date;
        else delete e.date;
        e.date_basis = date_basis;
        e.date_note = date_note;
      }
      const who = namesIn(text, ctx.lex);
      if (who.length) e.who = who;
      out.push(e);
    }
  }
  const arrest = trigger(text, p.arrest);
  if (arrest && ctx.political && !negated(text, arrest, p)) {
    const e = base('arrest', arrest, 0.7, `arrest verb '${arrest.text}'`);
    withCount(e, countNear(text, counts, arrest, p, dateSpans));
    if (e.count === undefined && p.singlePerson?.test(text)) e.count = 1;
    const who = namesIn(text, ctx.lex);
    if (who.length && (e.count ?? 1) <= 5) e.who = who;
    if (e.count !== undefined || e.who) out.push(e);
  }
  if (!out.length) {
    const st = trigger(text, p.statement);
    const topic = p.statementTopic.exec(text);
    if (st && topic) {
      const who = namesIn(text, ctx.lex);
      const actor = codesIn(text, ctx.lex.actors)[0]?.code ?? codesIn(text, ctx.lex.issuers)[0]?.code;
      if (who.length || actor) {
        const e = base('statement', st, 0.5, `statement verb '${st.text}' about '${topic[0]}'`);
        e.offer = false;
        e.who = who.length ? who : [actor!];
        e.about = topic[0].toLowerCase();
        out.push(e);
      }
    }
  }
  return out;
}

/** The two sides of a contact: the actor nearest before the trigger, then the nearest different one after it (or before). */
function sidesOf(found: Array<{ code: string; index: number }>, t: Trigger): string[] {
  const before = found.filter((a) => a.index < t.index).sort((a, b) => b.index - a.index);
  const after = found.filter((a) => a.index >= t.index);
  const first = before[0] ?? after[0];
  if (!first) return [];
  const second = after.find((a) => a.code !== first.code) ?? before.find((a) => a.code !== first.code);
  return second ? [first.code, second.code] : [first.code];
}

/** The sides with the visiting party first ("talks with a US delegation": the US initiated it). */
function visitorFirst(sides: string[], actors: Array<{ code: string; index: number; text: string }>, text: string, p: CompiledPatterns): string[] {
  if (!p.visitor || sides.length < 2) return sides;
  const [after, before] = p.visitor;
  const visiting = actors.find((a) => sides.includes(a.code) && (after.test(text.slice(a.index + a.text.length)) || before.test(text.slice(0, a.index))));
  return visiting && visiting.code !== sides[0] ? [visiting.code, ...sides.filter((c) => c !== visiting.code)] : sides;
}

/**
 * The date of a contact the sentence's main event followed: the gap back from that event when the
 * text gives one ("two days after"), otherwise unknown (before the event, but not when).
 */
function priorDate(main: NewsEvent, prior: RegExpExecArray, p: CompiledPatterns): { date?: string; date_basis: NewsEvent['date_basis']; date_note: string } {
  const phrase = prior[0].trim();
  const n = prior.groups?.n;
  const count = n ? (/^\d+$/.test(n) ? Number(n) : findCounts(n, p.source.numbers)[0]?.value) : undefined;
  if (count !== undefined && main.date && /^\d{4}-\d{2}-\d{2}$/.test(main.date)) {
    const days = count * (prior.groups?.week ? 7 : 1);
    return {
      date: isoOf(dayOf(main.date) - days),
      date_basis: 'relative',
      date_note: `${days} day${days === 1 ? '' : 's'} before the ${main.kind} of ${main.date} ('${phrase}')`,
    };
  }
  return { date_basis: 'unknown', date_note: `before the ${main.kind} of ${main.date} ('${phrase}'); the day is not given` };
}

/** A headline: the text's first line, standing alone and without a final stop. */
function isHeadline(text: string, s: Sentence): boolean {
  return !/\S/.test(text.slice(0, s.start)) && !/[.!?…]$/.test(s.text) && /^\s*\n/.test(text.slice(s.end));
}

function trigger(text: string, re: RegExp): Trigger | undefined {
  const m = re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

function withCount(e: NewsEvent, c: FoundCount | undefined): void {
  if (!c) return;
  e.count = c.value;
  if (c.qualifier !== 'exact') e.count_qualifier = c.qualifier;
  e.confidence = Math.min(0.95, Math.round((e.confidence + 0.1) * 100) / 100);
}
