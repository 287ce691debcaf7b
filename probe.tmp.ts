import { extractArticle } from './src/app/index.ts';
const lines = process.argv.slice(2).length ? process.argv.slice(2) : (await import('node:fs')).readFileSync('/tmp/probe.txt', 'utf8').split('\n').filter(Boolean);
for (const t of lines) {
  const r = await extractArticle(undefined, { text: t, published: '2025-09-14', contentType: 'text/plain' });
  console.log(`\n> ${t}\n  ${r.language}: ` + r.events.map((e) => `${e.kind}${e.offer ? '(OFFER)' : ''}${e.background ? '(BG)' : ''} d=${e.date} c=${e.count ?? ''}${e.count_qualifier ? '/' + e.count_qualifier : ''} ${e.issuer ?? ''} ${e.action ?? ''} ${e.target ? 't=' + e.target : ''} ${e.from ?? ''}${e.to ? '→' + e.to : ''} ${e.mode ?? ''} ${e.who ? 'who=' + e.who.join('|') : ''}`).join('\n      '));
}
