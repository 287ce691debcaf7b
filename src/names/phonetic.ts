/**
 * The phonetic skeleton: folds any Latin spelling of a Slavic name (English, Polish, Czech,
 * German, French press, ISO 9, Łacinka, passports) into one comparison alphabet, so that
 * Lukashenka / Łukašenka / Lukaschenko / Loukachenko land on nearly the same string.
 *
 * Alphabet: vowels `a e i o u`, glide `j`, consonants as in Latin plus
 * `S` ш, `C` ч, `Z` ж, `c` ц, `H` г/х/h/g (Belarusian г is h, Russian г is g, х is kh/ch/h).
 */

/** How ambiguous Latin letters are read; see `RomanisationSystem.convention`. */
export type Convention = 'english' | 'slavic' | 'german' | 'french' | 'nordic';

// Letters with diacritics, read as the sound they stand for in Slavic romanisations.
// Sources: ISO 9 (â û ê ë è ì ǔ ŝ), Łacinka / Belarusian national (ŭ ś ź ć ń ĺ), Polish (ł ż),
// Czech/Croatian (č š ž ć), Romanian (ș ț), Turkish (ğ ş ç ı).
const DIACRITICS: Readonly<Record<string, string>> = {
  š: 'S',
  ś: 's',
  ž: 'Z',
  ź: 'z',
  ż: 'Z',
  č: 'C',
  ć: 'c',
  ł: 'l',
  ń: 'n',
  ŭ: 'w',
  ǔ: 'w',
  ŝ: 'SC',
  â: 'ja',
  û: 'ju',
  ê: 'je',
  ë: 'jo',
  è: 'e',
  ì: 'i',
  ï: 'j',
  ĺ: 'l',
  ǵ: 'g',
  ğ: 'g',
  ș: 'S',
  ş: 'S',
  ț: 'c',
  ţ: 'c',
  ç: 'C',
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'e',
  đ: 'd',
};

// Multi-letter spellings, longest first per position. `null` marks letters whose reading
// depends on the convention (resolved in `readCh` / `readC`).
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['schtsch', 'SC'],
  ['shch', 'SC'],
  ['szcz', 'SC'],
  ['chtch', 'SC'],
  ['tsch', 'C'],
  ['dzh', 'dZ'],
  ['dž', 'dZ'],
  ['tch', 'C'],
  ['sch', 'S'],
  ['sh', 'S'],
  ['sz', 'S'],
  ['zh', 'Z'],
  ['cz', 'C'],
  ['kh', 'H'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['dz', 'd'],
  ['ph', 'f'],
  ['th', 't'],
  ['ck', 'k'], // `ck` is k in English and German, ц+к in Polish (Bialacki)
];

// Digraphs indexed by first letter, so each position tries only the few that can start there.
const DIGRAPHS_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const d of DIGRAPHS) DIGRAPHS_BY_FIRST.set(d[0][0]!, [...(DIGRAPHS_BY_FIRST.get(d[0][0]!) ?? []), d]);

const STRONG_VOWELS = new Set(['a', 'e', 'o', 'u']);
const I_LIKE = new Set(['i', 'y', 'j']);

/**
 * Guesses the conventions a Latin name may be written in, from its letters: Slavic letters
 * or digraphs (ł ś č sz cz w ja …) mean ch = х; German `sch`/`tsch` mean German; French
 * `ou`+`ch` or `ï` mean French. Plain English-looking names get both English and Slavic
 * readings, since `ch` and `c` are ambiguous there.
 */
export function guessConventions(lowerLatin: string): Convention[] {
  const base = guessBaseConventions(lowerLatin);
  // Swedish, Norwegian and Danish transcriptions write ч tj, ш sj, ж zj (Gorbatjov,
  // Vladimirovitj, Lukasjenko); "sja" is also Belarusian national for ся: both readings.
  return NORDIC_DIGRAPH.test(lowerLatin) && !base.includes('nordic') ? [...base, 'nordic'] : base;
}
const NORDIC_DIGRAPH = /[tsz]j/u;

function guessBaseConventions(lowerLatin: string): Convention[] {
  if (/[łśźćńčšžŭǔżâûêèì]|sz|cz|w[aeiouy]|[bcdfgklmnprstvz]j[aeou]/u.test(lowerLatin)) {
    return /tsch|sch/u.test(lowerLatin) ? ['german'] : ['slavic'];
  }
  if (/tsch|sch/u.test(lowerLatin)) return ['german'];
  if (FRENCH.test(lowerLatin)) return ['french', 'english'];
  // "rz" alone is Polish ż (Rzeczycki) or an r before a z (Murza, Berzin): both readings.
  if (/rz/u.test(lowerLatin)) return ['slavic', 'english'];
  return /ch|c/u.test(lowerLatin) ? ['english', 'slavic'] : ['english'];
}
// French transcriptions of Russian names: ï (Choïgou, Sergueï), ou with ch (Loukachenko), tch,
// gu before e or i after a consonant or in a name with ou (Evgueni, Douguine: г), and -ine for
// -ин after ou or a j (Poutine, Prigojine).
const FRENCH = /ï|ou.*ch|ch.*ou|tch|[^aeiou\s]gu[eiï]|ou.*gu[eiï]|ou\p{L}*ine\b|[aeiou]jine\b/u;

/**
 * The skeleton of one lowercase Latin token under a convention. Deterministic and total:
 * letters outside the alphabet (digits, other scripts) are kept as they are.
 * `lukashenka` → `lukaSenka`; `tsikhanouskaya` → `ciHanovskaja`.
 */
export function skeleton(token: string, convention: Convention): string {
  let s = '';
  // (French ï is the vowel i, Choïgou; elsewhere it is Ukrainian ї, ji.)
  for (const ch of token.replace(/['’ʼʹʺ"`]/gu, '')) s += convention === 'french' && ch === 'ï' ? 'i' : (DIACRITICS[ch] ?? ch);
  // Only non-ASCII text can carry combining marks.
  if (/[^\x00-\x7f]/u.test(s)) s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  // French: ou is u, gu before e or i is a hard g, a final -ine is -in (Poutine, Douguine).
  if (convention === 'french')
    s = s
      .replace(/ou/gu, 'u')
      .replace(/gu(?=[ei])/gu, 'g')
      .replace(/ine$/u, 'in');
  if (convention === 'slavic') s = s.replace(/rz(?!h)/gu, 'Z');
  // Nordic press: щ sjtj, дж dzj, ч tj, ш sj, ж zj (Chrusjtjov, Dzjugasjvili, Vladimirovitj).
  if (convention === 'nordic') s = s.replace(/sjtj/gu, 'SC').replace(/dzj/gu, 'dZ').replace(/tj/gu, 'C').replace(/sj/gu, 'S').replace(/zj/gu, 'Z');
  let out = '';
  for (let i = 0; i < s.length; ) {
    const hit = digraphAt(s, i, convention);
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const ch = s[i]!;
    const next = s[i + 1] ?? '';
    if (ch === 'c' && next === 'h') {
      out += convention === 'english' ? 'C' : convention === 'french' ? 'S' : 'H'; // nordic: х
      i += 2;
      continue;
    }
    out += readLetter(ch, next, convention);
    i += 1;
  }
  return glides(out);
}

// The first digraph (in table order) spelled at `s[i]`; `ck` is not one in Slavic spelling.
function digraphAt(s: string, i: number, convention: Convention): readonly [string, string] | undefined {
  const candidates = DIGRAPHS_BY_FIRST.get(s[i]!);
  if (candidates) for (const d of candidates) if (s.startsWith(d[0], i) && !(d[0] === 'ck' && convention === 'slavic')) return d;
  return undefined;
}

function readLetter(ch: string, next: string, convention: Convention): string {
  switch (ch) {
    case 'c':
      if (convention === 'slavic') return 'c';
      return next === 'e' || next === 'i' || next === 'y' || next === 'j' || next === '' ? 'c' : 'k';
    case 'g':
    case 'h':
      return 'H';
    case 'x':
      return 'ks';
    case 'q':
      return 'k';
    case 'w':
      return 'v';
    case 'z':
      return convention === 'german' ? 'c' : 'z';
    case 'j':
      return convention === 'french' ? 'Z' : 'j';
    default:
      return ch;
  }
}

// Resolves u/i/y/j by context: ў after a vowel (Tsikhanouski, Karayeu) becomes v; runs of
// i/y/j become a glide before a vowel or after a vowel, else the vowel i (Dmitriy,
// Dzmitryj, Dmitrii → dmitri); doubled letters are merged (Natallia → natalja).
function glides(s: string): string {
  const chars = [...s];
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] === 'u' && STRONG_VOWELS.has(chars[i - 1]!)) chars[i] = 'v';
  }
  let out = '';
  for (let i = 0; i < chars.length; ) {
    if (!I_LIKE.has(chars[i]!)) {
      if (chars[i] !== out[out.length - 1]) out += chars[i];
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && I_LIKE.has(chars[j]!)) j++;
    const prev = out[out.length - 1];
    const next = chars[j];
    const prevVowel = prev !== undefined && STRONG_VOWELS.has(prev);
    const nextVowel = next !== undefined && STRONG_VOWELS.has(next);
    out += nextVowel || prevVowel ? 'j' : 'i';
    i = j;
  }
  return out;
}

/**
 * A short phonetic code for blocking: the skeleton's consonants with ц→t, ч/ш/щ→S, ж→z,
 * v and j dropped, first letter kept even when it is a vowel. `lukaSenka` → `lkSnk`.
 */
export function consonantCode(skel: string): string {
  let code = '';
  for (let i = 0; i < skel.length; i++) {
    let ch = skel[i]!;
    if (ch === 'c') ch = 't';
    else if (ch === 'C' || ch === 'S') ch = 'S';
    else if (ch === 'Z') ch = 'z';
    if (i > 0 && (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'v' || ch === 'j')) continue;
    if (i === 0 && (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u')) ch = 'a';
    if (ch === code[code.length - 1]) continue;
    code += ch;
  }
  return code;
}
