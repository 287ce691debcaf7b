/**
 * chrono-node as the extraction's outside date parser for the languages it knows (en, es, de, ru):
 * it reads forms the pattern rules do not ("Sept. 13th, 2025", "13/09/2025"). Relative phrases are
 * left to the rules, which say how they resolved them; chrono only contributes written-out days.
 */
import * as chrono from 'chrono-node';

/** A date chrono found: the shape of `ParsedDate` in src/analysis/news/dates.ts (ingest may not import analysis). */
export interface ChronoDate {
  index: number;
  text: string;
  date: string;
  date_end?: string;
}
export type ChronoParser = (sentence: string, published: string | undefined) => ChronoDate[];

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, es: chrono.es.casual, de: chrono.de.casual, ru: chrono.ru.casual };

/** A `DateParser` for `lang`, or undefined when chrono has no parser for it. */
export function chronoParser(lang: string): ChronoParser | undefined {
  const parser = PARSERS[lang];
  if (!parser) return undefined;
  return (sentence, published) => {
    const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
    const out: ChronoDate[] = [];
    for (const r of parser.parse(sentence, ref ? { instant: ref, timezone: 0 } : undefined)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      if (!r.start.isCertain('year') && !published) continue;
      const iso = (c: chrono.ParsedComponents) =>
        `${String(c.get('year')).padStart(4, '0')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
      out.push({ index: r.index, text: r.text, date: iso(r.start), ...(r.end?.isCertain('day') ? { date_end: iso(r.end) } : {}) });
    }
    return out;
  };
}
