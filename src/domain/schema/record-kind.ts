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

/** Whether a record is public. An empty value is public. */
export const VISIBILITIES = ['public', 'unpublished'] as const;

/**
 * The editors' own fields on a record, on every kind; they never leave to viewers. `visibility`
 * is the record's publication flag: an `unpublished` record (a name not yet public, a fact still
 * being checked) is absent for everyone below editor, in every list, export and analysis.
 */
export const PRIVATE_FIELDS: readonly Field[] = [
  { name: 'internal_note', type: 'text', max: 4000, private: true, doc: 'Private (editors only): internal notes, leads, doubts; never published.' },
  {
    name: 'visibility',
    type: 'enum',
    values: VISIBILITIES,
    private: true,
    doc: 'public (or empty) or unpublished: an unpublished record is seen by editors and admins only.',
  },
];

/** True when `record` is flagged unpublished (editors and admins only). */
export function isUnpublished(record: object): boolean {
  return (record as { visibility?: unknown }).visibility === 'unpublished';
}

/** The names of a kind's private fields. */
export function privateFieldNames(kind: RecordKind): string[] {
  return kind.fields.filter((f) => f.private).map((f) => f.name);
}

/** A copy of `record` without the kind's private fields (the record itself when it has none set). */
export function withoutPrivateFields<T extends object>(kind: RecordKind, record: T): T {
  const names = privateFieldNames(kind);
  if (!names.some((n) => n in record)) return record;
  const out = { ...record } as Record<string, unknown>;
  for (const n of names) delete out[n];
  return out as T;
}
