/**
 * The fields of an event read from its sentence: the count nearest the trigger, the people named,
 * the target of a sanction. Each takes the sentence and the trigger's position.
 */
import type { FoundCount } from './counts.ts';
import { rx, type CompiledLexicon, type CompiledPatterns } from './compile.ts';

export interface Trigger {
  index: number;
  end: number;
  text: string;
}

/** Positions that are not counts of anything: the parts of the sentence that are dates. */
export type Span = readonly [number, number];

/**
 * The count that counts people for this trigger: a count followed within a few words by a people
 * noun, or right next to the trigger ("freed 52", "52 were freed"); the one nearest the trigger wins.
 */
export function countNear(
  sentence: string,
  counts: FoundCount[],
  trigger: Trigger,
  p: CompiledPatterns,
  dates: Span[],
  noun: RegExp = p.peopleNoun,
): FoundCount | undefined {
  let best: FoundCount | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of counts) {
    if (dates.some(([a, b]) => c.start < b && c.end > a)) continue;
    if (c.value >= 1900 && c.value <= 2100 && !/[,.\s]/.test(sentence.slice(c.start, c.end))) continue;
    const after = sentence.slice(c.end, c.end + 45);
    const nounAfter = (noun === p.peopleNoun ? p.peopleAfter : rx(`^(?:\\s*[\\p{L}\\-’']+){0,3}?\\s*(?:${noun.source})`)).test(after);
    const gap = c.start >= trigger.end ? sentence.slice(trigger.end, c.start) : sentence.slice(c.end, trigger.index);
    const adjacent = /^[\s\p{L}’']{0,25}$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;
    if (!nounAfter && !adjacent) continue;
    const distance = c.start >= trigger.end ? c.start - trigger.end : trigger.index - c.end;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:de|del|la|van|von|der|da)\s+)?\p{Lu}[\p{Ll}’'-]+){1,2}(?![\p{L}])/gu;
const NOT_NAMES =
  /^(?:the|on|in|at|a|an|last|this|president|prime|minister|foreign|deputy|secretary|state|special|envoy|ambassador|leader|mr|mrs|ms|dr|general|human|rights|political|national|european|council|union|treasury|department|office|court|supreme|interior|ministry|police|committee|government|opposition|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|el|la|los|las|en|der|die|das|w|we|в|во|у|на|и|і|pan|pani|herr|frau|señor|presidente|президент|прэзідэнт|prezydent|präsident|władze|власти)$/iu;

/** People named in the sentence: runs of two or three capitalised words that are no alias of a country, issuer or counter. */
export function namesIn(sentence: string, lex: CompiledLexicon): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    const kept = words.filter((w) => !NOT_NAMES.test(w) && !lex.aliasWords.has(w.toLowerCase()));
    if (kept.length < 2 || kept.length !== words.filter((w) => !/^(?:de|del|la|van|von|der|da)$/.test(w)).length) continue;
    if (kept.some((w) => w.length < 2 || /^\p{Lu}+$/u.test(w))) continue;
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/** Sums the listings of a sanction ("25 individuals and 10 entities" → 35). */
export function listingCount(sentence: string, counts: FoundCount[], p: CompiledPatterns, dates: Span[]): number | undefined {
  let sum = 0;
  let any = false;
  for (const c of counts) {
    if (dates.some(([a, b]) => c.start < b && c.end > a)) continue;
    const after = sentence.slice(c.end, c.end + 40);
    if (p.listingAfter.test(after)) {
      sum += c.value;
      any = true;
    }
  }
  return any ? sum : undefined;
}

const TARGET_LEAD =
  /(?<![\p{L}])(?:on|against|targeting|targets|of|for|contra|sobre|a|против|в отношении|на|супраць|wobec|na|przeciwko|gegen|auf|für)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?((?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*|of|de|del|and|y|и|і|i|und)){0,5})/u;

/** The named target of a sanction: the capitalised phrase after "on"/"against" that follows the trigger. */
export function targetOf(sentence: string, trigger: Trigger, lex: CompiledLexicon): string | undefined {
  const m = TARGET_LEAD.exec(sentence.slice(trigger.index));
  if (!m) return undefined;
  let t = m[1]!.replace(/\s+(?:of|de|del|and|y|и|і|i|und)$/u, '').replace(/[.,]$/, '');
  const firstWord = t.split(/\s+/)[0]!.toLowerCase();
  if (/^\d/.test(t) || NOT_NAMES.test(firstWord)) return undefined;
  if (lex.issuers.some(([, re]) => re.test(t) && re.exec(t)![0] === t)) return undefined;
  t = t.trim();
  return t.length >= 2 ? t : undefined;
}
