/**
 * Interprets OFAC free-text remarks (CSV `Remarks` + spillover, FORMATS.md §1.1): `; `-separated
 * clauses such as `DOB 30 Aug 1954; POB Kopys, Vitebsk oblast, Belarus; nationality Belarus;
 * Passport MP2233445 (Belarus); a.k.a. 'BNC'.` Pure.
 */
import type { DesignationName, Identifier, OtherInfo } from '../../../domain/designation.ts';
import type { Warning } from '../../../domain/errors.ts';
import { NON_IDENTIFIER_TYPES, REMARK_IDENTIFIER_LABELS } from './ofac-features.ts';
import { clean, toEdtf } from './text.ts';
import { scriptCode } from '../../../names/script.ts';

/** What remarks yield. */
export interface RemarkFacts {
  names: DesignationName[];
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  identifiers: Identifier[];
  otherInfo: OtherInfo[];
}

/**
 * Weak aliases sit only in remarks, single-quoted: `"a.k.a. 'BNC'."` (ent_num 306 in the 2019
 * sdn.csv; FORMATS.md §1.1, "THE DISPOSITION OF ALIASES"). A closing quote must be followed by a
 * clause end, so inner apostrophes (`'ABU 'ABDALLAH'`) stay in the name.
 */
export const WEAK_ALIAS_PATTERN = /\b([afn])\.k\.a\.,? '(.+?)'(?=\s*(?:[;.,)]|$))/g;

const OTHER_LABELS = [...NON_IDENTIFIER_TYPES, 'Telephone', 'Fax', 'Listing Date', 'Effective Date', 'Executive Order', 'Website', 'Email Address'].sort(
  (a, b) => b.length - a.length,
);

/** Splits remarks into facts; anything not understood stays only in the remarks text. */
export function parseOfacRemarks(remarks: string | undefined, warn: (w: Warning) => void = () => undefined): RemarkFacts {
  const facts: RemarkFacts = { names: [], birthDates: [], birthPlaces: [], nationalities: [], identifiers: [], otherInfo: [] };
  if (!remarks) return facts;
  for (const m of remarks.matchAll(WEAK_ALIAS_PATTERN)) {
    const value = clean(m[2]);
    if (value) facts.names.push({ value, kind: m[1] === 'f' ? 'former' : 'weak_alias', script: scriptCode(value) });
  }
  const clauses = remarks.replace(/\.\s*$/, '').split(/;\s+/);
  for (const raw of clauses) {
    const clause = raw.trim().replace(/^alt\.\s+/, '');
    let m: RegExpExecArray | null;
    if ((m = /^DOB\s+(.+)$/.exec(clause))) {
      const edtf = toEdtf(m[1]);
      if (edtf) facts.birthDates.push(edtf);
      else {
        facts.otherInfo.push({ type: 'DOB', value: m[1] });
        warn({ code: 'unparsed_date', message: `DOB not understood, kept as text: ${m[1]}` });
      }
    } else if ((m = /^POB\s+(.+)$/.exec(clause))) facts.birthPlaces.push(m[1]);
    else if ((m = /^(?:nationality|citizen)\s+(.+)$/.exec(clause))) facts.nationalities.push(m[1]);
    else if (/^[afn]\.k\.a\./.test(clause)) continue;
    else {
      const id = identifierClause(clause);
      if (id) facts.identifiers.push(id);
      else {
        const label = OTHER_LABELS.find((l) => clause.startsWith(`${l} `) || clause === l);
        if (label) facts.otherInfo.push({ type: label, value: clause.slice(label.length).trim() });
      }
    }
  }
  return facts;
}

/** `Passport A1234 (Colombia) issued 01 Jan 2001 expires 01 Jan 2011` → identifier; undefined for other clauses. */
export function identifierClause(clause: string): Identifier | undefined {
  const label = REMARK_IDENTIFIER_LABELS.find((l) => clause.startsWith(`${l} `));
  if (!label) return undefined;
  let rest = clause.slice(label.length).trim();
  let note: string | undefined;
  const dates = /\s+((?:issued|expires)\s.*)$/.exec(rest);
  if (dates) {
    note = dates[1];
    rest = rest.slice(0, dates.index);
  }
  let country: string | undefined;
  const paren = /\s*\(([^()]+)\)$/.exec(rest);
  if (paren) {
    country = paren[1];
    rest = rest.slice(0, paren.index);
  }
  const value = clean(rest.replace(/^(No\.|#)\s*/, ''));
  if (!value) return undefined;
  return { type: label, value, ...(country ? { country } : {}), ...(note ? { note } : {}) };
}
