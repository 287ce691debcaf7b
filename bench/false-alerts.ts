/**
 * False alerts on generated look-alikes: names that are not listed but are built from listed
 * ones by replacing one whole component, screened against the OFAC SDN list of January 2023 and
 * the UN consolidated list (test/fixtures/lists). Organisations: every listed name with exactly
 * one distinctive word (not a legal form, concept or place) gets a town in its place ("BU ALI
 * SINA PETROCHEMICAL COMPANY" → "Polotsk Petrochemical Company"); persons: every listed "SURNAME,
 * Given" gets another common surname. Prints how many reach the match threshold, and the first
 * of them. Not every alert is wrong — the surname drawn may be listed itself, a company may be a
 * branch of the listed one (VTB Bank Orsha) — so the list is for reading, and the count for
 * comparing two versions of the matcher on the same names (`--base DIR`: a checkout whose
 * `src/names/index.ts` screens the same look-alikes).
 *
 *   npx tsx bench/false-alerts.ts [--base /tmp/base] [--show 40]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../src/names/index.ts';
import { listedEntries } from '../test/helpers/listed-names.ts';

const argAt = (flag: string) => process.argv.indexOf(flag);
const show = argAt('--show') >= 0 ? Number(process.argv[argAt('--show') + 1]) : 30;
const TOWNS = [
  'Baranovichi',
  'Bobruisk',
  'Borisov',
  'Pinsk',
  'Orsha',
  'Mozyr',
  'Soligorsk',
  'Lida',
  'Slonim',
  'Zhlobin',
  'Rechitsa',
  'Polotsk',
  'Maracay',
  'Barquisimeto',
  'Cumana',
  'Maturin',
  'Tucupita',
];
const SURNAMES = ['Kowalczyk', 'Novikau', 'Petrenko', 'Zhukava', 'Sidarenka', 'Ferreira', 'Lebedeva', 'Orlov', 'Tkachenko', 'Yusupov', 'Haddad', 'Rahimi'];

const entries = listedEntries();
// The look-alikes, made once with this checkout's parser (deterministic: the n-th name takes the n-th town).
const queries: { query: string; schema: 'Person' | 'Organization' }[] = [];
for (const e of entries) {
  const name = e.names[0]!;
  if (e.schema === 'Organization') {
    const tokens = here.parseOrgName(name);
    const distinct = tokens.filter((t) => !t.generic && !t.legalForm && !t.concept && !t.location && t.text.length >= 4);
    if (tokens.length < 3 || distinct.length !== 1) continue;
    const at = name.toLowerCase().indexOf(distinct[0]!.text);
    if (at < 0) continue;
    const replaced = `${name.slice(0, at)}${TOWNS[queries.length % TOWNS.length]}${name.slice(at + distinct[0]!.text.length)}`;
    queries.push({ query: replaced.toLowerCase().replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()), schema: 'Organization' });
  } else if (e.schema === 'Person') {
    const [surname, given] = name.split(',').map((x) => x.trim());
    if (!surname || !given || surname.split(' ').length > 2) continue;
    queries.push({ query: `${given} ${SURNAMES[queries.length % SURNAMES.length]}`, schema: 'Person' });
  }
}

async function alerts(m: typeof here): Promise<string[]> {
  const index = m.buildCandidateIndex(entries);
  const out: string[] = [];
  for (const { query, schema } of queries) {
    const hits = m.screenName(index, query, { schema, limit: 3, explain: false }).filter((r) => r.match);
    if (hits.length) out.push(`${schema === 'Person' ? 'P' : 'O'} ${query}  →  ${hits.map((h) => `${h.score} ${h.name}`).join(' | ')}`);
  }
  return out;
}

const orgs = queries.filter((q) => q.schema === 'Organization').length;
const count = (xs: string[], kind: string) => xs.filter((x) => x.startsWith(kind)).length;
const mine = await alerts(here);
console.log(`${queries.length} look-alikes (${orgs} organisations, ${queries.length - orgs} persons) screened against ${entries.length} listed entries`);
console.log(`this checkout: ${mine.length} alert (organisations ${count(mine, 'O')}, persons ${count(mine, 'P')})`);
if (argAt('--base') >= 0) {
  const base: typeof here = await import(pathToFileURL(resolve(process.argv[argAt('--base') + 1]!, 'src/names/index.ts')).href);
  const theirs = await alerts(base);
  console.log(`base: ${theirs.length} alert (organisations ${count(theirs, 'O')}, persons ${count(theirs, 'P')})`);
  const gone = theirs.filter((x) => !mine.includes(x));
  const added = mine.filter((x) => !theirs.includes(x));
  console.log(`\nalerting in base only (${gone.length}):\n${gone.slice(0, show).join('\n')}`);
  console.log(`\nalerting here only (${added.length}):\n${added.slice(0, show).join('\n')}`);
} else console.log(mine.slice(0, show).join('\n'));
