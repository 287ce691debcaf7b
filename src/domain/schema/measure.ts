import { ISSUERS, MEASURE_ACTIONS } from '../types/issuer.ts';
import { PRIVATE_FIELDS, SOURCE_FIELDS, type RecordKind } from './record-kind.ts';

export const TARGET_KINDS = ['person', 'entity', 'sector', 'airline', 'country', 'vessel', 'aircraft'] as const;

/** A sanctions measure: imposed, expanded, extended, eased, lifted or delisted by an issuer. */
export const measureKind: RecordKind = {
  name: 'measure',
  plural: 'measures',
  file: 'measures.csv',
  doc: 'A sanctions act by an issuer (EU, US, UK, …): what it did, to whom, under which programme.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: 'Stable id, e.g. m-ISSUER-YYYY-MM-DD (its issuer and date).' },
    { name: 'date', type: 'edtf', required: true, doc: 'Effective or announcement date.' },
    { name: 'issuer', type: 'enum', values: ISSUERS, required: true, doc: 'Who acted.' },
    { name: 'action', type: 'enum', values: MEASURE_ACTIONS, required: true, doc: 'impose, expand, extend (pressure); ease, lift, delist (relief).' },
    { name: 'programme', type: 'list', required: true, doc: 'Programme tags (;-separated) as the issuer names them, prefixed with the issuer (EU-…, US-…).' },
    { name: 'legal_act', type: 'text', max: 1000, doc: 'The legal act(s), when known.' },
    { name: 'target_kind', type: 'list', values: TARGET_KINDS, required: true, doc: 'Kinds of target (;-separated).' },
    { name: 'targets', type: 'text', max: 2000, doc: 'Who or what is targeted, in words.' },
    { name: 'target_count', type: 'count', doc: 'Number of listed targets, when the source counts them.' },
    { name: 'summary', type: 'text', max: 2000, required: true, doc: 'One line on the act, in our words.' },
    ...SOURCE_FIELDS,
    ...PRIVATE_FIELDS,
  ],
};
