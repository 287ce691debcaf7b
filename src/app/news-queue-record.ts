/**
 * From a candidate event to a registry record: which kind it becomes, the draft record an
 * editor accepts (or edits, then accepts), and the key under which several articles telling the
 * same event share one candidate. Pure functions of the event and its article.
 */
import type { NewsEvent } from '../domain/news/candidate.ts';
import { CONTACT_KINDS } from '../domain/schema/contact.ts';
import { ISSUERS, MEASURE_ACTIONS } from '../domain/types/issuer.ts';
import { RELEASE_MODES } from '../domain/schema/release.ts';

/** The record kinds a candidate can become. */
export type QueueRecordKind = 'release' | 'measure' | 'contact' | 'political_event' | 'observation';

/** The article a draft cites. */
export interface DraftArticle {
  url: string | null;
  published: string | null;
  title: string | null;
}

/**
 * The record kind an event becomes. An offer or threat is never the change itself: whatever its
 * kind, it becomes a political event of kind `statement`.
 */
export function recordKindFor(event: NewsEvent): QueueRecordKind {
  if (event.offer) return 'political_event';
  switch (event.kind) {
    case 'release':
      return 'release';
    case 'sanction_change':
      return 'measure';
    case 'contact':
      return 'contact';
    case 'recognition':
      return 'observation';
    default:
      return 'political_event';
  }
}

/**
 * The key that makes two articles' events one candidate: the kind, the day and the fields that
 * tell two such events apart (count, issuer and action, the two sides, the counter). Events
 * without a date never share a candidate.
 */
export function eventKey(e: NewsEvent): string {
  const parts: unknown[] = [e.kind, e.offer ? 'offer' : 'change', e.date ?? `undated:${e.sentence}`];
  switch (e.kind) {
    case 'release':
    case 'arrest':
      parts.push(e.count ?? '');
      break;
    case 'sanction_change':
      parts.push(e.issuer ?? '', e.action ?? '', e.count ?? '');
      break;
    case 'contact':
      parts.push(...[e.from ?? '', e.to ?? ''].sort());
      break;
    case 'recognition':
      parts.push(e.counter ?? '', e.count ?? '', e.total ?? '');
      break;
    case 'statement':
      parts.push((e.who ?? []).join(';'), e.about ?? '');
      break;
  }
  return parts.map((p) => String(p).toLowerCase()).join('|');
}

/** The id prefix of each kind's drafts (the date follows, then a number when taken). */
const ID_PREFIX: Record<QueueRecordKind, string> = { release: 'rel', measure: 'm', contact: 'con', political_event: 'e', observation: 'obs' };

/** The draft's id: the kind's prefix, the issuer for a measure, the date (or `undated`). */
export function draftId(kind: QueueRecordKind, event: NewsEvent): string {
  const day = event.date ?? 'undated';
  return kind === 'measure' && event.issuer ? `${ID_PREFIX[kind]}-${event.issuer}-${day}` : `${ID_PREFIX[kind]}-${day}`;
}

/** The publisher named by an article's URL: its host without `www.` (`news.example.org`). */
export function publisherOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const plural = (n: number | undefined, one: string, many: string) => (n === undefined ? many : `${n} ${n === 1 ? one : many}`);

/**
 * The evidence line: what the article reports, in our words built from the extracted fields
 * (never the article's sentence, which stays in the queue for the editor to read).
 */
export function evidenceOf(e: NewsEvent): string {
  const when = e.date ? ` on ${e.date}${e.date_end ? `–${e.date_end}` : ''}` : '';
  const how = e.date_basis === 'relative' ? ' (date resolved from a relative word)' : e.date_basis === 'published' ? ' (date of publication)' : '';
  const offer = e.offer ? 'An offer or threat, not a change: ' : '';
  const who = e.who?.length ? `; named: ${e.who.join(', ')}` : '';
  switch (e.kind) {
    case 'release':
      return `${offer}The article reports ${plural(e.count, 'person', 'people')} released${e.mode ? ` (${e.mode})` : ''}${when}${how}${who}.`;
    case 'sanction_change':
      return `${offer}The article reports that ${e.issuer ?? 'an issuer'} ${e.action ?? 'changed'} sanctions${e.target ? ` on ${e.target}` : ''}${when}${how}.`;
    case 'contact':
      return `${offer}The article reports a ${e.mode ?? 'contact'} between ${e.from ?? '?'} and ${e.to ?? '?'}${when}${how}${who}.`;
    case 'arrest':
      return `${offer}The article reports ${plural(e.count, 'arrest', 'arrests')}${when}${how}${who}.`;
    case 'recognition':
      return `${offer}The article reports ${plural(e.count, 'person', 'people')} newly recognised as political prisoners${e.counter ? ` by ${e.counter}` : ''}${e.total !== undefined ? `, ${e.total} in all` : ''}${when}${how}.`;
    default:
      return `${offer}The article reports a statement${e.who?.length ? ` by ${e.who.join(', ')}` : ''}${e.about ? ` about ${e.about}` : ''}${when}${how}.`;
  }
}

/**
 * The record an event becomes, before the editor's edits: every field the event supports and
 * the article as its source. Fields the event cannot give (a measure's programme, a contact's
 * missing side) are left out, and validation names them when the editor accepts unedited.
 */
export function draftRecord(event: NewsEvent, article: DraftArticle): { kind: QueueRecordKind; record: Record<string, unknown> } {
  const kind = recordKindFor(event);
  const r: Record<string, unknown> = { id: draftId(kind, event) };
  if (event.date) r.date = event.date_end && event.date_end !== event.date ? `${event.date}/${event.date_end}` : event.date;
  const summary = evidenceOf(event)
    .replace(/^The article reports (that )?/, '')
    .replace(/^./, (c) => c.toUpperCase());
  if (kind === 'release') {
    r.count = event.count;
    r.count_basis = 'reported';
    r.mode = RELEASE_MODES.includes(event.mode as never) ? event.mode : 'unknown';
    if (event.who?.length) r.notable_people = event.who;
    const codes = (event.counterparts ?? []).filter((c) => /^[A-Z]{2}$/.test(c));
    if (codes.length) r.received_by = codes;
  } else if (kind === 'measure') {
    // The programme and the kinds of target are the editor's to name: the article rarely does.
    if (ISSUERS.includes(event.issuer as never)) r.issuer = event.issuer;
    if (MEASURE_ACTIONS.includes(event.action as never)) r.action = event.action;
    if (event.target) r.targets = event.target;
    if (event.count !== undefined) r.target_count = event.count;
    r.summary = summary;
  } else if (kind === 'contact') {
    r.kind = event.mode === 'talks' ? 'meeting' : CONTACT_KINDS.includes(event.mode as never) ? event.mode : 'meeting';
    if (event.from) r.from_actor = event.from;
    if (event.to) r.to_actor = event.to;
    r.summary = summary;
  } else if (kind === 'observation') {
    r.metric = event.count !== undefined ? 'recognised_in_period' : 'recognised_cumulative';
    r.value = event.count ?? event.total;
    if (event.counter) r.source_org = event.counter;
  } else {
    r.kind = event.offer || event.kind === 'statement' ? 'statement' : event.kind === 'arrest' ? 'arrest_wave' : 'other';
    r.summary = summary;
    if (event.kind === 'arrest' && event.count !== undefined) {
      r.quantity = event.count;
      r.quantity_unit = 'persons_detained';
    }
  }
  if (article.url) {
    r.source_url = article.url;
    r.publisher = publisherOf(article.url);
  }
  if (article.published) r.published = article.published;
  r.evidence = evidenceOf(event);
  for (const k of Object.keys(r)) if (r[k] === undefined) delete r[k];
  return { kind, record: r };
}

/** The draft with the editor's edits over it: a field set to null or '' is removed. */
export function applyEdits(draft: Record<string, unknown>, edits: Record<string, unknown> | undefined): Record<string, unknown> {
  const out = { ...draft };
  for (const [k, v] of Object.entries(edits ?? {})) {
    // JSON may carry "__proto__" as a key: never let an edit reach an object's prototype.
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    if (v === null || v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}
