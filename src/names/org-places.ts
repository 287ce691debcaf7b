/**
 * Countries as concepts of organisation names (data only, part of `CONCEPTS`): a place weighs
 * less than a distinctive word (`location`), its adjective and its name in other languages and
 * cases meet (Белорусский / Belarusian / Беларусі, Российской / Russia), and a contraction leaves
 * it out after the name it runs together (Минобороны / Министерство обороны Республики Беларусь).
 */
export const PLACE_CONCEPTS: ReadonlyArray<{ id: string; generic: boolean; location: boolean; forms: readonly string[] }> = [
  {
    id: 'belarus',
    generic: false,
    location: true,
    forms: [
      'belarus',
      'belarusian',
      'byelorussian',
      'беларусь',
      'беларусі',
      'белоруссия',
      'белорусская',
      'белорусский',
      'беларуская',
      'беларускі',
      'belorusskaya',
      'belorusskiy',
      'belaruskaya',
      'belarusky',
      'belaruski',
      'belarusi',
      'belarusskaya',
      'białoruś',
      'białorusi',
      'białoruski',
      'białoruskie',
    ],
  },
  {
    id: 'russia',
    generic: false,
    location: true,
    forms: [
      'russia',
      'russian',
      'россия',
      'россии',
      'российская',
      'российский',
      'российской',
      'российского',
      'rossii',
      'rossiya',
      'rossiyskaya',
      'rossiyskiy',
      'rossiyskoy',
      'rossiiskoi',
      'расія',
      'расіі',
      'расійская',
      'расійскай',
    ],
  },
];
