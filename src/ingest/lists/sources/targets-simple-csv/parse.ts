/**
 * OpenSanctions `targets.simple.csv` (FORMATS.md §5.2): a header row, every field quoted, several
 * values joined with `;`. Columns are read by header name: newer exports add `program_ids`.
 */
import { LeverageError } from '../../../../domain/errors.ts';
import { csvParser, csvRows } from '../../../csv-rows.ts';
import { pipeText } from '../../common/input.ts';
import type { ListInput, ListReader, SourceRecord } from '../../types.ts';

/** One row, by header name. */
export type TargetsSimpleRow = Record<string, string>;

const REQUIRED = ['id', 'schema', 'name'];

/** The `targets.simple.csv` parser. */
export const reader: ListReader<TargetsSimpleRow> = {
  sniff: (firstBytes) => {
    const header = firstBytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)[0];
    const cols = header.split(',').map((c) => c.replace(/^"|"$/g, ''));
    return cols[0] === 'id' && cols.includes('schema') && cols.includes('name');
  },
  async *records(input: ListInput): AsyncGenerator<SourceRecord<TargetsSimpleRow>> {
    const parser = pipeText(input, csvParser({ bom: true, relax_column_count: false, skip_empty_lines: true }, input.limits));
    let header: string[] | undefined;
    for await (const { record: fields, line } of csvRows(parser, input.file, { limits: input.limits, columns: 'first-row' })) {
      if (!header) {
        header = fields;
        const missing = REQUIRED.filter((c) => !header!.includes(c));
        if (missing.length) {
          const location = { file: input.file, line: 1 };
          throw new LeverageError('unknown_column', `header lacks ${missing.join(', ')}`, { location, expected: 'columns id, schema, name, …' });
        }
        continue;
      }
      const record: TargetsSimpleRow = {};
      for (const [i, h] of header.entries()) record[h] = fields[i] ?? '';
      if (!record.id) throw new LeverageError('missing_field', 'row without id', { location: { file: input.file, line, column: 'id' } });
      yield { record, location: { file: input.file, line, record: record.id }, fileHash: input.hash };
    }
  },
};
