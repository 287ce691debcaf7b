/**
 * Belarusian ↔ Russian forms of the same name, as data: letter correspondences and word
 * endings (Лукашэнка/Лукашенко, Ціханоўскі/Тихановский, Рыгоравіч/Григорьевич), plus the
 * given-name classes of `given-names.ts`. `russify` turns a Belarusian Cyrillic word into
 * the Russian form sources most often print, so both can be romanised and compared.
 */
import { GIVEN_NAMES, type GivenNameClass } from './given-names.ts';

/**
 * Word endings, Belarusian → Russian, longest first. Source: standard correspondences of
 * Belarusian and Russian surname and patronymic suffixes (-ка/-ко, -аў/-ов, -скі/-ский,
 * -авіч/-ович, -аўна/-овна). Applied only at the end of a word.
 */
export const BE_RU_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['аўна', 'овна'],
  ['еўна', 'евна'],
  ['іўна', 'ивна'],
  ['авіч', 'ович'],
  ['евіч', 'евич'],
  ['ічна', 'ична'],
  ['скі', 'ский'],
  ['цкі', 'цкий'],
  ['зкі', 'зкий'],
  ['ская', 'ская'],
  ['цкая', 'цкая'],
  ['іч', 'ич'],
  ['аў', 'ов'],
  ['оў', 'ов'],
  ['еў', 'ев'],
  ['ёў', 'ёв'],
  ['ава', 'ова'],
  ['ына', 'ина'],
  ['ка', 'ко'],
  ['ы', 'ый'],
];

/**
 * Letter correspondences inside a word, Belarusian → Russian: э е, і и, ў в, and the
 * Belarusian affricates дз/ц where Russian has soft д/т (дзеканне, цеканне: Дзмітрый/Дмитрий,
 * Ціханоўскі/Тихановский). Longest first.
 */
export const BE_RU_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['дзь', 'дь'],
  ['дзі', 'ди'],
  ['дзе', 'де'],
  ['дзя', 'дя'],
  ['дзю', 'дю'],
  ['дзё', 'дё'],
  ['ць', 'ть'],
  ['ці', 'ти'],
  ['це', 'те'],
  ['ця', 'тя'],
  ['цю', 'тю'],
  ['цё', 'тё'],
  ['э', 'е'],
  ['і', 'и'],
  ['ў', 'в'],
  ["'", 'ь'],
];

/**
 * The Russian form of one lowercase Belarusian word: given names through their class
 * (Аляксандр → александр), other words through endings then letters. Words that are not
 * Belarusian-looking come back unchanged.
 */
export function russify(word: string): string {
  const cls = classesOfCyrillic(word)[0];
  if (cls) return cls.id;
  const patronymic = russifyPatronymic(word);
  if (patronymic) return patronymic;
  let stem = word;
  let tail = '';
  for (const [be, ru] of BE_RU_ENDINGS) {
    if (word.length > be.length + 1 && word.endsWith(be)) {
      stem = word.slice(0, -be.length);
      tail = ru;
      break;
    }
  }
  let out = '';
  for (let i = 0; i < stem.length; ) {
    const hit = BE_RU_LETTERS.find(([be]) => stem.startsWith(be, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += stem[i];
      i += 1;
    }
  }
  return out + tail;
}

// Belarusian patronymic suffixes and whether they are feminine.
const BE_PATRONYMIC = /^(.+?)(авіч|явіч|евіч|овіч|іч|аўна|яўна|еўна|оўна|ічна)$/u;

/**
 * The Russian patronymic for a Belarusian one whose stem is a known given name:
 * Рыгоравіч → григорьевич, Аляксандраўна → александровна, Сяргеевіч → сергеевич.
 * `undefined` when the stem is not a known name.
 */
export function russifyPatronymic(word: string): string | undefined {
  const m = BE_PATRONYMIC.exec(word);
  if (!m) return undefined;
  const feminine = m[2]!.endsWith('на');
  const stem = m[1]!;
  for (const candidate of [stem, stem + 'ы', stem + 'а', stem + 'й', stem.replace(/е$/u, 'ей')]) {
    const cls = classesOfCyrillic(candidate)[0];
    if (!cls || cls.gender !== 'm') continue;
    const id = cls.id;
    if (id.endsWith('ий')) return id.slice(0, -2) + (feminine ? 'ьевна' : 'ьевич');
    if (id.endsWith('ей')) return id.slice(0, -1) + (feminine ? 'евна' : 'евич');
    if (id.endsWith('ай')) return id.slice(0, -1) + (feminine ? 'евна' : 'евич');
    return id + (feminine ? 'овна' : 'ович');
  }
  return undefined;
}

const CYRILLIC_FORMS = new Map<string, GivenNameClass[]>();
for (const cls of GIVEN_NAMES) {
  for (const form of cls.forms) {
    if (!/\p{Script=Cyrillic}/u.test(form)) continue;
    const list = CYRILLIC_FORMS.get(form) ?? [];
    if (!list.includes(cls)) list.push(cls);
    CYRILLIC_FORMS.set(form, list);
  }
}

/** Given-name classes whose Cyrillic forms include this exact lowercase word; `[]` if none. */
export function classesOfCyrillic(word: string): GivenNameClass[] {
  return CYRILLIC_FORMS.get(word) ?? [];
}
