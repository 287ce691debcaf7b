/**
 * Look-up of given-name classes by phonetic skeleton, built once from `given-names.ts`:
 * every Latin form under every convention and every Cyrillic form under every
 * romanisation system. Pure; built at module load (about 100 classes, a few ms).
 */
import { GIVEN_NAMES, type GivenNameClass } from './given-names.ts';
import { skeleton, type Convention } from './phonetic.ts';
import { detectScript } from './script.ts';
import { romaniseAll } from './transliterate/index.ts';

const CONVENTIONS: Convention[] = ['english', 'slavic', 'german', 'french', 'nordic'];
const BY_SKELETON = new Map<string, GivenNameClass[]>();
const STEMS = new Map<string, GivenNameClass[]>();

function add(map: Map<string, GivenNameClass[]>, key: string, cls: GivenNameClass): void {
  if (key.length < 2) return;
  const list = map.get(key) ?? [];
  if (!list.includes(cls)) list.push(cls);
  map.set(key, list);
}

/** Patronymics are built on the name without its final vowel or glide (Дмитрий → Дмитри-евич). */
export function nameStem(skel: string): string {
  return skel.replace(/[aeiouj]+$/u, '');
}

for (const cls of GIVEN_NAMES) {
  for (const form of cls.forms) {
    const script = detectScript(form);
    const spellings =
      script === 'latin' || script === 'lacinka'
        ? CONVENTIONS.map((c) => skeleton(form, c))
        : romaniseAll(form, script).map((r) => skeleton(r.text, r.convention));
    for (const s of spellings) {
      add(BY_SKELETON, s, cls);
      add(STEMS, nameStem(s), cls);
    }
  }
}

/** Given-name classes whose forms have this skeleton; `[]` when unknown. */
export function givenClassesBySkeleton(skel: string): GivenNameClass[] {
  return BY_SKELETON.get(skel) ?? [];
}

/** Given-name classes whose stem (skeleton without final vowels) is this; `[]` when unknown. */
export function givenClassesByStem(stem: string): GivenNameClass[] {
  return STEMS.get(stem) ?? [];
}
