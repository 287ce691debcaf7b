import type { Field } from '../fields.ts';

/**
 * A kind of registry record as data: its names, the file it ships in, its fields and what makes
 * its `date`. Every kind carries the citation fields (`SOURCE_FIELDS`): a fact without a source
 * is not accepted.
 */
export interface RecordKind {
  /** Singular name used in code, docs and the API (`release`). */
  name: string;
  /** Plural used in file names, stats keys and API paths (`releases`). */
  plural: string;
  /** File name of the shipped CSV under `data/<country>/`. */
  file: string;
  doc: string;
  fields: readonly Field[];
}

/** The citation every record carries: where the fact was seen and our own one-line note of it. */
export const SOURCE_FIELDS: readonly Field[] = [
  { name: 'source_url', type: 'url', required: true, doc: 'Where the fact was published.' },
  { name: 'publisher', type: 'text', max: 300, required: true, doc: 'Who published it (outlet, NGO, government).' },
  { name: 'published', type: 'edtf', doc: 'When the source was published, if known.' },
  { name: 'evidence', type: 'text', max: 2000, required: true, doc: 'What the source says, in our own words (never copied sentences).' },
];
