import { SOURCE_FIELDS, type RecordKind } from './record-kind.ts';

/**
 * Count metrics. `current` is the stock on a date; `*_in_period` are flows over
 * [period_start, period_end]; `*_cumulative` are running totals since the counter began.
 */
export const METRICS = [
  'current',
  'recognised_in_period',
  'released_in_period',
  'recognised_cumulative',
  'former_cumulative',
  'pardoned_cumulative',
  'served_cumulative',
  'died_in_custody_cumulative',
] as const;
export type Metric = (typeof METRICS)[number];

/** An aggregate count published by a counter (a rights group, a media tally, the authorities). */
export const observationKind: RecordKind = {
  name: 'observation',
  plural: 'observations',
  file: 'observations.csv',
  doc: 'A published count of political prisoners (stock or flow) by one counter on a date or over a period.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: 'Stable id, e.g. BY-0001.' },
    { name: 'date', type: 'edtf', required: true, doc: 'Date the count refers to.' },
    { name: 'metric', type: 'enum', values: METRICS, required: true, doc: 'What is counted.' },
    { name: 'value', type: 'count', required: true, doc: 'The count.' },
    { name: 'period_start', type: 'edtf', doc: 'Start of the period, for *_in_period metrics.' },
    { name: 'period_end', type: 'edtf', doc: 'End of the period, for *_in_period metrics.' },
    {
      name: 'source_org',
      type: 'text',
      max: 300,
      required: true,
      doc: 'The counter (a rights group, a media tally, the authorities): counts of different counters are never mixed silently.',
    },
    ...SOURCE_FIELDS,
  ],
};
