/** News articles: HTML or plain text to text, language detection, the chrono date parser, the lexicon. */
export { articleText, detectLanguage, looksLikeHtml, MAX_ARTICLE_CHARS, MAX_TEXT_CHARS, type ArticleText } from './text.ts';
export { chronoParser, type ChronoDate, type ChronoParser } from './chrono.ts';
export { loadNewsLexicon, NEWS_LEXICON_FILE, type NewsLexiconData } from './lexicon.ts';
