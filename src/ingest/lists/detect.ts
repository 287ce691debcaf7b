/**
 * Format detection from content (never the file name): each registered source's `sniff` looks at
 * the first bytes, in registry order. `--format` overrides, checked against the registry here
 * (the domain only knows a format id's shape).
 */
import type { ListFormat } from '../../domain/designation.ts';
import { LeverageError } from '../../domain/errors.ts';
import { sniffRoot } from './common/xml-reader.ts';
import { SOURCES } from './sources/index.ts';
import type { ListSourceDescriptor } from './types.ts';

/** Every registered format id, in sniffing order. */
export const LIST_FORMATS: readonly ListFormat[] = SOURCES.map((s) => s.format);

/** The format of a file from its first bytes; throws `bad_format` naming the file when none fits. */
export function detectFormat(firstBytes: Buffer, file = ''): ListFormat {
  for (const s of SOURCES) if (s.sniff(firstBytes)) return s.format;
  for (const s of SOURCES) {
    const why = s.refuse?.(firstBytes);
    if (why) throw new LeverageError('bad_format', why, { location: { file, offset: 0 } });
  }
  const root = sniffRoot(firstBytes);
  const what = root
    ? `XML with root <${root}>`
    : firstBytes.length === 0
      ? 'an empty file'
      : `content starting ${JSON.stringify(firstBytes.subarray(0, 40).toString('latin1'))}`;
  throw new LeverageError('bad_format', `unrecognised list format: ${what}`, {
    location: { file, offset: 0 },
    expected: `one of ${LIST_FORMATS.join(', ')} (or give --format)`,
  });
}

/** Checks a `--format` value against the registry. */
export function parseFormat(value: string): ListFormat {
  if (LIST_FORMATS.includes(value)) return value;
  throw new LeverageError('invalid_value', `unknown format ${JSON.stringify(value)}`, { expected: LIST_FORMATS.join(', ') });
}

/** The registered source of a format; throws `invalid_value` for an id no source declares. */
export function sourceFor(format: ListFormat): ListSourceDescriptor {
  const s = SOURCES.find((x) => x.format === format);
  if (!s) throw new LeverageError('invalid_value', `unknown format ${JSON.stringify(format)}`, { expected: LIST_FORMATS.join(', ') });
  return s;
}
