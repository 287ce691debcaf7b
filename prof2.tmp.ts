import { readdirSync, readFileSync } from 'node:fs';
import { extractEvents, LANGUAGES } from './src/analysis/news/index.ts';
import { loadNewsLexicon } from './src/ingest/news/index.ts';
const dir = 'test/fixtures/news/en/';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
let article = '';
for (let i = 0; article.split(/\s+/).length < 5000; i++) article += texts[i % texts.length] + '\n\n';
const lexicon = loadNewsLexicon() as never;
for (let i = 0; i < 20; i++) extractEvents(article, { published: '2025-09-14', patterns: LANGUAGES.en!, lexicon });
