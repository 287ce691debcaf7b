/**
 * The name a Belarusian or Russian official name quotes inside its own quotes: ОАО «Белорусский
 * банк развития и реконструкции «Белинвестбанк»» is the bank Belinvestbank, ААТ «Авіякампанія
 * «Белавія» the airline Belavia. Lists and the press write either the whole official name or
 * the quoted name alone, so the quoted name (with the legal form written outside the quotes) is
 * compared too, as a slash's pieces are. Used by `org.ts`.
 */
import { parseOrgName } from '../org.ts';

// Marks that only open (« „), only close (»), and those whose side the letters around them tell.
const OPENING = new Set(['«', '„']);
const CLOSING = new Set(['»']);
const EITHER = new Set(['"', '“', '”', '″']);

// The outer name says the quoted one is another organisation: the holding it manages, the firm
// it is a branch, office or subsidiary of (ОАО «Управляющая компания холдинга «Белорусская
// цементная компания»» is not the holding).
const ANOTHER =
  /холдинг|холдынг|holding|управляющ|кіруюч|management|филиал|філіял|branch|отделени|аддзяленн|представительств|прадстаўніцтв|representative|office|дочерн|даччын|subsidiar/iu;

/**
 * The quoted name inside the quoted name, with what stands outside the outer quotes (the legal
 * form), or undefined when the name has no quotes inside quotes.
 */
export function innerQuotedName(raw: string): string | undefined {
  const marks: { at: number; open: boolean }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (OPENING.has(c)) marks.push({ at: i, open: true });
    else if (CLOSING.has(c)) marks.push({ at: i, open: false });
    else if (EITHER.has(c)) {
      // Opening before a letter or digit and after a space, another mark or the start.
      const before = raw[i - 1];
      const after = raw[i + 1];
      const open = after !== undefined && /[\p{L}\p{N}]/u.test(after) && (before === undefined || /[\s«„"“(]/u.test(before));
      marks.push({ at: i, open });
    }
  }
  // The first quote opened inside another: where it begins and ends (the end of the name when
  // the list left its closing marks out, as in «Авіякампанія «Белавія»).
  let depth = 0;
  let outerAt = -1;
  let innerAt = -1;
  let innerEnd = -1;
  for (const m of marks) {
    if (m.open) {
      depth++;
      if (depth === 1 && outerAt < 0) outerAt = m.at;
      if (depth === 2 && innerAt < 0) innerAt = m.at;
    } else if (depth > 0) {
      if (depth === 2 && innerAt >= 0 && innerEnd < 0) innerEnd = m.at;
      depth--;
    }
  }
  if (innerAt < 0) return undefined;
  const inner = raw.slice(innerAt + 1, innerEnd < 0 ? undefined : innerEnd);
  const outer = raw.slice(outerAt + 1, innerAt);
  if (!/\p{L}/u.test(inner) || !/\p{L}/u.test(outer) || ANOTHER.test(raw.slice(0, innerAt))) return undefined;
  // Outside the quotes only a legal form, before or after (ОАО «…», «…» РУП): a region or an
  // organisation type outside them (Свердловская областная общественная организация «…») makes
  // the quoted name one of many.
  const outside = `${raw.slice(0, outerAt)} ${raw.slice(marks[marks.length - 1]!.at + 1)}`.replace(/\s+/gu, ' ').trim();
  if (!parseOrgName(outside).every((t) => t.legalForm)) return undefined;
  return `${raw.slice(0, outerAt)} ${inner} ${raw.slice(marks[marks.length - 1]!.at + 1)}`.replace(/\s+/gu, ' ').trim();
}
