import { PRIVATE_FIELDS, SOURCE_FIELDS, type RecordKind } from './record-kind.ts';

/** How people left prison. `unknown` when the source does not say. */
export const RELEASE_MODES = ['pardon', 'deportation', 'exchange', 'amnesty', 'sentence_served', 'unknown'] as const;
/** How firm the count is: confirmed by those freed or their organisations, reported by media, or only announced by the authorities. */
export const COUNT_BASES = ['confirmed', 'reported', 'announced'] as const;

/** A release of political prisoners. Names may be withheld: `count` alone is a valid release. */
export const releaseKind: RecordKind = {
  name: 'release',
  plural: 'releases',
  file: 'releases.csv',
  doc: 'A release of political prisoners on a date: count, mode, who received or brokered it; names when public.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: 'Stable id, e.g. rel-YYYY-MM-DD (its date).' },
    { name: 'date', type: 'edtf', required: true, doc: 'Day of release (or month when the day is unknown).' },
    { name: 'count', type: 'count', required: true, doc: 'People released.' },
    { name: 'count_basis', type: 'enum', values: COUNT_BASES, required: true, doc: 'How firm the count is.' },
    { name: 'mode', type: 'enum', values: RELEASE_MODES, required: true, doc: 'Pardon, deportation, exchange, amnesty, sentence served or unknown.' },
    { name: 'received_by', type: 'list', doc: 'Countries that received the released people (ISO codes).' },
    { name: 'brokered_by', type: 'list', doc: 'Countries or bodies that brokered the release (ISO codes; VA = Holy See).' },
    { name: 'foreign_nationals', type: 'count', doc: 'How many of those released were foreign nationals.' },
    { name: 'notable_people', type: 'list', doc: 'Named people released (;-separated); often withheld.' },
    { name: 'linked_concession', type: 'text', max: 1000, doc: 'The concession a source ties to this release, in words (strong link when present).' },
    { name: 'note', type: 'text', max: 2000, doc: 'Context and caveats.' },
    ...SOURCE_FIELDS,
    ...PRIVATE_FIELDS,
  ],
};
