/**
 * Programme filters. A filter names a programme and, unless exact, its sub-programmes: `RUSSIA`
 * matches `RUSSIA` and `RUSSIA-EO14024` (the tag followed by a separator), not `RUSSIAX`; a
 * filter ending in `*` is a plain prefix. Pure.
 */

/** True when programme tag `tag` is selected by `filter`. */
export function programmeMatches(tag: string, filter: string, exact = false): boolean {
  if (exact) return tag === filter;
  if (filter.endsWith('*')) return tag.startsWith(filter.slice(0, -1));
  return tag === filter || (tag.startsWith(filter) && /^[^\p{L}\p{N}]/u.test(tag.slice(filter.length)));
}

/** The prefix every tag a filter can select starts with (for narrowing a query before `programmeMatches`). */
export function programmePrefix(filter: string, exact = false): string {
  return !exact && filter.endsWith('*') ? filter.slice(0, -1) : filter;
}
