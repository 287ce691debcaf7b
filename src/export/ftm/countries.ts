/**
 * Country names as the official lists write them, to FollowTheMoney country codes. FtM's own
 * mapping (the `country` type's codes and labels in `@alephdata/followthemoney`) comes first; the
 * lists' long official forms (`Democratic People's Republic of Korea`), inverted forms (`Korea,
 * North`), qualifiers in parentheses (`Iran (Islamic Republic of)`) and older names (`Burma`)
 * are reduced to it here. Pure.
 */

/** Official and older names the lists use that are not FtM labels, by FtM code. */
const ALIASES: Record<string, string[]> = {
  kp: ["Democratic People's Republic of Korea", 'Korea, North', 'DPRK', "Korea, Democratic People's Republic of"],
  kr: ['Republic of Korea', 'Korea, South'],
  cd: ['Democratic Republic of the Congo', 'Congo, Democratic Republic of the', 'Congo (Kinshasa)'],
  cg: ['Congo', 'Republic of the Congo', 'Congo, Republic of the', 'Congo (Brazzaville)'],
  ru: ['Russian Federation'],
  gb: ['United Kingdom of Great Britain and Northern Ireland', 'Great Britain', 'UK'],
  us: ['United States', 'USA', 'U.S.'],
  ir: ['Islamic Republic of Iran'],
  sy: ['Syrian Arab Republic'],
  ps: ['State of Palestine', 'Palestine', 'Palestinian', 'West Bank', 'Gaza'],
  tz: ['United Republic of Tanzania'],
  mm: ['Burma'],
  tr: ['Turkey'],
  hk: ['Hong Kong'],
  mo: ['Macau', 'Macao'],
  mk: ['The former Yugoslav Republic of Macedonia', 'Macedonia', 'Republic of North Macedonia'],
  gm: ['The Gambia'],
  cv: ['Cabo Verde'],
  la: ["Lao People's Democratic Republic"],
  md: ['Republic of Moldova'],
  ve: ['Bolivarian Republic of Venezuela'],
  bo: ['Plurinational State of Bolivia'],
  vn: ['Viet Nam'],
  cz: ['Czech Republic'],
  sz: ['Swaziland'],
  ci: ["Cote d'Ivoire", 'Ivory Coast'],
  suhh: ['former Soviet Union', 'USSR'],
};

/** Comparison key: no accents, case or punctuation; `St.` is `Saint`, `&` is `and`. */
const key = (s: string) =>
  s
    .replace(/&/g, ' and ')
    .replace(/\bSt\.?(?=\s)/g, 'Saint')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A resolver over FtM's country codes and labels (`values`: code → label). */
export function countryResolver(values: ReadonlyMap<string, string>): (name: string | undefined | null) => string | undefined {
  const byName = new Map<string, string>();
  for (const [code, label] of values) byName.set(key(label), code);
  for (const [code, names] of Object.entries(ALIASES)) if (values.has(code)) for (const n of names) if (!byName.has(key(n))) byName.set(key(n), code);
  const lookup = (s: string) => byName.get(key(s));
  return (name) => {
    const v = name?.trim();
    if (!v) return undefined;
    if (/^[A-Za-z]{2}$/.test(v) && values.has(v.toLowerCase())) return v.toLowerCase();
    const direct = lookup(v);
    if (direct) return direct;
    // `Iran (Islamic Republic of)` → `Islamic Republic of Iran`, then `Iran`.
    const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(v);
    if (paren) return lookup(`${paren[2]} ${paren[1]}`) ?? lookup(paren[1]);
    // `Korea, North` → `North Korea`; `North Macedonia, The Republic of` → `North Macedonia`.
    const comma = /^([^,]+),\s*(.+)$/.exec(v);
    if (comma) return lookup(`${comma[2]} ${comma[1]}`) ?? lookup(comma[1]);
    return undefined;
  };
}
