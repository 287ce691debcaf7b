/**
 * OpenSanctions `targets.simple.csv` (FORMATS.md §5.2): a header row, every field quoted, several
 * values joined with `;`. Columns are read by header name: newer exports add `program_ids`.
 */
import { parse } from 'csv-parse';
import { LeverageError } from '../../../../domain/errors.ts';
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
    const parser = pipeText(input, parse({ columns: true, bom: true, info: true, relax_column_count: false, skip_empty_lines: true }));
    let checked = false;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: TargetsSimpleRow; info: { lines: number } }>) {
        if (!checked) {
          const missing = REQUIRED.filter((c) => !(c in record));
          if (missing.length)
            throw new LeverageError('unknown_column', `header lacks ${missing.join(', ')}`, {
              location: { file: input.file, line: 1 },
              expected: 'columns id, schema, name, …',
            });
          checked = true;
        }
        if (!record.id) throw new LeverageError('missing_field', 'row without id', { location: { file: input.file, line: info.lines, column: 'id' } });
        yield { record, location: { file: input.file, line: info.lines, record: record.id }, fileHash: input.hash };
      }
    } catch (err) {
      if (err instanceof LeverageError) throw err;
      const e = err as Error & { lines?: number };
      throw new LeverageError('bad_format', `malformed CSV: ${e.message}`, { location: { file: input.file, line: e.lines }, cause: err });
    }
  },
};
