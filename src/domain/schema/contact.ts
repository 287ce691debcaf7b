import { PRIVATE_FIELDS, SOURCE_FIELDS, type RecordKind } from './record-kind.ts';

export const CONTACT_KINDS = ['visit', 'call', 'letter', 'meeting', 'statement', 'embassy'] as const;

/** A diplomatic contact or public statement between actors. Actors are codes (US, EU) or person names. */
export const contactKind: RecordKind = {
  name: 'contact',
  plural: 'contacts',
  file: 'contacts.csv',
  doc: 'A diplomatic contact: envoy visit, call, letter, meeting, embassy step or formal statement.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: 'Stable id, e.g. con-YYYY-MM-DD (its date).' },
    { name: 'date', type: 'edtf', required: true, doc: 'Day of the contact.' },
    { name: 'kind', type: 'enum', values: CONTACT_KINDS, required: true, doc: 'visit, call, letter, meeting, statement or embassy.' },
    { name: 'from_actor', type: 'text', max: 200, required: true, doc: 'Who initiated it: a country/bloc code or a person.' },
    { name: 'to_actor', type: 'text', max: 200, required: true, doc: 'Who received it.' },
    { name: 'place', type: 'text', max: 200, doc: 'Where, when known.' },
    { name: 'summary', type: 'text', max: 2000, required: true, doc: 'One line on the contact, in our words.' },
    { name: 'outcome', type: 'text', max: 2000, doc: 'What followed according to the source.' },
    ...SOURCE_FIELDS,
    ...PRIVATE_FIELDS,
  ],
};
