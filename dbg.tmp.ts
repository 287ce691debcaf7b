import { compilePatterns } from './src/analysis/news/compile.ts';
import { LANGUAGES } from './src/analysis/news/index.ts';
const p = compilePatterns(LANGUAGES.en!);
const t = 'The European Union extended sanctions for another year, diplomats said on Friday.';
console.log(p.sanction.exec(t)?.[0], p.sanctionActions.map(([a, r]) => [a, r.exec(t)?.[0]]), p.negation.exec(t)?.[0], p.offer.exec(t)?.[0]);
console.log(p.sanctionActions[3]![1].source.slice(0, 300));
const r = p.sanctionActions[3]![1];
console.log(r.flags, r.exec('The European Union extended sanctions'), new RegExp(r.source, r.flags).exec('The European Union extended sanctions')?.[0], JSON.stringify(r.source.slice(0, 60)));
