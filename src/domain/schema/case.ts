import { SOURCE_FIELDS, type RecordKind } from './record-kind.ts';
import { RELEASE_MODES } from './release.ts';

/** How a detention ended; `died_in_custody` is an exit too. */
export const EXIT_MODES = [...RELEASE_MODES.filter((m) => m !== 'unknown'), 'died_in_custody', 'unknown'] as const;

/**
 * A detention case of one person. Recognition as a political prisoner is recorded per counter
 * (`recognised_by`), never as one boolean: one rights group may recognise a case another does not.
 */
export const caseKind: RecordKind = {
  name: 'case',
  plural: 'cases',
  file: 'cases.csv',
  doc: 'A detention case: person, arrest, charges, court, judge, sentence, facility, recognition per counter, exit.',
  fields: [
    { name: 'id', type: 'id', required: true, doc: "Stable id, e.g. the counter's own case number." },
    { name: 'person', type: 'text', max: 300, required: true, doc: 'Full name as the source writes it (any script).' },
    { name: 'person_names', type: 'list', doc: 'Other spellings of the name (;-separated), any script.' },
    { name: 'detained', type: 'edtf', doc: 'Date of detention.' },
    { name: 'charges', type: 'list', doc: 'Charges, e.g. criminal code articles (;-separated).' },
    { name: 'court', type: 'text', max: 300, doc: 'Court that tried the case.' },
    { name: 'judge', type: 'text', max: 300, doc: 'Judge, by name.' },
    { name: 'prosecutor', type: 'text', max: 300, doc: 'Prosecutor, by name.' },
    { name: 'sentence', type: 'text', max: 300, doc: 'Sentence as given, e.g. "10 years, strict regime".' },
    { name: 'facility', type: 'text', max: 300, doc: 'Where held.' },
    { name: 'recognised_by', type: 'list', doc: 'Counters that recognise the person as a political prisoner (;-separated).' },
    { name: 'recognised_on', type: 'edtf', doc: 'When the first of them recognised the person.' },
    { name: 'exit_date', type: 'edtf', doc: 'When the detention ended.' },
    { name: 'exit_mode', type: 'enum', values: EXIT_MODES, doc: 'How it ended.' },
    { name: 'release_id', type: 'id', doc: 'The release this exit was part of, when known.' },
    ...SOURCE_FIELDS,
  ],
};
