/** The extractor the watch tests use: the real one (src/app/news-extract.ts). */
import { extractArticle, type Extractor } from '../../src/app/index.ts';

export const EXTRACT: Extractor = extractArticle;
