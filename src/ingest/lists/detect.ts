/**
 * Format detection from content (never the file name): each parser's `sniff` looks at the first
 * bytes. `--format` overrides. The OFAC CSV set's side tables (add/alt/comments) are told apart
 * by `ofacCsvRole`.
 */
import { LIST_FORMATS, type ListFormat } from '../../domain/designation.ts';
import { LeverageError } from '../../domain/errors.ts';
import { euFsfXml } from './eu-fsf-xml.ts';
import { ftmDelta, ftmJsonl } from './ftm-jsonl.ts';
import { ofacAdvancedXml } from './ofac-advanced-xml.ts';
import { ofacCsv } from './ofac-csv.ts';
import { ofacXml } from './ofac-xml.ts';
import { targetsSimpleCsv } from './targets-simple-csv.ts';
import type { ListParser } from './types.ts';
import { ukFcdoXml } from './uk-fcdo-xml.ts';
import { unScXml } from './un-sc-xml.ts';
import { sniffRoot } from './xml-reader.ts';

/** Every parser, in sniffing order (delta before FtM: both are JSON lines). */
export const PARSERS: readonly ListParser<unknown>[] = [
  ofacXml, ofacAdvancedXml, euFsfXml, ukFcdoXml, unScXml, ftmDelta, ftmJsonl, targetsSimpleCsv, ofacCsv,
] as ListParser<unknown>[];

/** The format of a file from its first bytes; throws `bad_format` naming the file when none fits. */
export function detectFormat(firstBytes: Buffer, file = ''): ListFormat {
  for (const p of PARSERS) if (p.sniff(firstBytes)) return p.format;
  if (/^\s*\{\s*"versions"\s*:/.test(firstBytes.toString('utf8'))) {
    throw new LeverageError('bad_format', 'this is an OpenSanctions delta index (delta.json); import the entities.delta.json files it lists, oldest first', { location: { file, offset: 0 } });
  }
  const root = sniffRoot(firstBytes);
  const what = root ? `XML with root <${root}>` : firstBytes.length === 0 ? 'an empty file' : `content starting ${JSON.stringify(firstBytes.subarray(0, 40).toString('latin1'))}`;
  throw new LeverageError('bad_format', `unrecognised list format: ${what}`, {
    location: { file, offset: 0 },
    expected: `one of ${LIST_FORMATS.join(', ')} (or give --format)`,
  });
}

/** Checks a `--format` value. */
export function parseFormat(value: string): ListFormat {
  if ((LIST_FORMATS as readonly string[]).includes(value)) return value as ListFormat;
  throw new LeverageError('invalid_value', `unknown format ${JSON.stringify(value)}`, { expected: LIST_FORMATS.join(', ') });
}

/** The parser object of a format. */
export function parserFor(format: ListFormat): ListParser<unknown> {
  return PARSERS.find((p) => p.format === format)!;
}
