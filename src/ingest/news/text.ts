/**
 * An article as text: HTML is reduced with @mozilla/readability over a linkedom document (the
 * offsets of every candidate refer to the reduced text), plain text is kept as is. The language is
 * detected with franc (ISO 639-3) and reported as ISO 639-1. Sizes are bounded.
 */
import { Readability } from '@mozilla/readability';
import { franc } from 'franc';
import { parseHTML } from 'linkedom';
import { LeverageError } from '../../domain/errors.ts';

/** Largest accepted input, in UTF-16 code units (about 2 MB of text: far beyond any article). */
export const MAX_ARTICLE_CHARS = 2_000_000;
/** Largest reduced text extraction looks at. */
export const MAX_TEXT_CHARS = 500_000;

export interface ArticleText {
  text: string;
  title?: string;
  /** ISO 639-1, or 'und' when franc cannot tell. */
  language: string;
}

// Only the languages with a pattern set (and Ukrainian, close to two of them, so it is not taken for either):
// on a short text franc otherwise guesses Italian or Scots for English.
const ISO3_TO_1: Record<string, string> = { eng: 'en', spa: 'es', rus: 'ru', bel: 'be', pol: 'pl', deu: 'de', ukr: 'uk' };
const SUPPORTED = Object.keys(ISO3_TO_1);

/** True when `text` looks like HTML (a tag at the start, or an <html>/<body>/<p> tag early on). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:body|article|p|div|h1)[\s>]/.test(head);
}

/** Reduces an article to text and detects its language. `where` names the input in errors. */
export function articleText(input: string, contentType: 'text/plain' | 'text/html' | undefined, where = 'text'): ArticleText {
  if (typeof input !== 'string') throw new LeverageError('bad_input', `${where}: the article must be text`);
  if (input.length > MAX_ARTICLE_CHARS) {
    throw new LeverageError('bad_input', `${where}: the article has ${input.length} characters, more than the ${MAX_ARTICLE_CHARS} accepted`, {
      location: { file: where },
    });
  }
  if (!input.trim()) throw new LeverageError('bad_input', `${where}: the article is empty`, { location: { file: where } });
  const html = contentType ? contentType === 'text/html' : looksLikeHtml(input);
  let text = input.replace(/\r\n?/g, '\n');
  let title: string | undefined;
  if (html) ({ text, title } = htmlToText(input));
  else {
    const first = text.trimStart().split('\n', 1)[0]!.trim();
    if (first && first.length <= 200 && !/[.!?]$/.test(first)) title = first;
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new LeverageError('bad_input', `${where}: the article text has ${text.length} characters, more than the ${MAX_TEXT_CHARS} extraction reads`, {
      location: { file: where },
    });
  }
  return { text, title, language: detectLanguage(text) };
}

/** ISO 639-1 of the text's language among those franc is asked about, or 'und'. */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, 5000), { only: SUPPORTED, minLength: 10 });
  return ISO3_TO_1[code] ?? 'und';
}

function htmlToText(html: string): { text: string; title?: string } {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  // Readability needs a document it may change; linkedom's is detached from anything else.
  const article = new Readability(document as unknown as Document, { charThreshold: 50 }).parse();
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const headline = article.title?.trim();
    const body = blocksOf(inner.body as unknown as Element);
    return { text: headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body, title: headline || title };
  }
  const { document: again } = parseHTML(html);
  for (const el of again.querySelectorAll('script,style,noscript,nav,footer,header')) el.remove();
  return { text: blocksOf(again.body as unknown as Element), title };
}

const BLOCK = /^(?:P|DIV|H[1-6]|LI|BLOCKQUOTE|SECTION|ARTICLE|TR|BR|FIGCAPTION|PRE|UL|OL|TABLE)$/;

/** Text of an element with one blank line between blocks and whitespace collapsed within them. */
function blocksOf(root: Element): string {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK.test(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}
