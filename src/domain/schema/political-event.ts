import { PRIVATE_FIELDS, SOURCE_FIELDS, type RecordKind } from './record-kind.ts';

export const POLITICAL_EVENT_KINDS = ['election', 'protest', 'arrest_wave', 'incident', 'death_in_custody', 'war', 'law', 'statement', 'other'] as const;

/** A political event that is neither a release, a measure nor a contact: elections, arrest waves, deaths in custody. */
export const politicalEventKind: RecordKind = {
  name: 'political_event',
  plural: 'events',
  file: 'events-political.csv',
  doc: 'A political event on the timeline: election, protest, arrest wave, death in custody, law, war.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: 'Stable id, e.g. e-YYYY-MM-DD (its date).' },
    { name: 'date', type: 'edtf', required: true, doc: 'When it happened.' },
    { name: 'kind', type: 'enum', values: POLITICAL_EVENT_KINDS, required: true, doc: 'What kind of event.' },
    { name: 'summary', type: 'text', max: 2000, required: true, doc: 'One line, in our words.' },
    { name: 'quantity', type: 'number', doc: 'A number the source gives (detained, killed, percent).' },
    { name: 'quantity_unit', type: 'text', max: 100, doc: 'What `quantity` counts, e.g. persons_detained.' },
    ...SOURCE_FIELDS,
    ...PRIVATE_FIELDS,
  ],
};
