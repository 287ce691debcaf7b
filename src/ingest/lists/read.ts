/**
 * The read pipeline: a registered source's records → its pure mappers → `ListEvent`s (meta,
 * designation, patch, delete), streaming. Nothing here knows a format: each source's descriptor
 * says how to read and map it (`sources/<format>/index.ts`).
 */
import type { ListFormat, ListSource } from '../../domain/designation.ts';
import type { Warning } from '../../domain/errors.ts';
import { detach } from './common/text.ts';
import { sourceFor } from './detect.ts';
import type { ListEvent, ListInput } from './types.ts';

/** Options of `readList`. */
export interface ReadOptions {
  /** The list, when the caller knows better than the default for the format. */
  source?: ListSource;
  /** The other files of the input's set (OFAC CSV side tables add/alt/comments), as `planImport` attached them. */
  sides?: ListInput[];
}

/** The list a file belongs to when the caller does not say, as the format's source declares. */
export function defaultSource(format: ListFormat, file: string): ListSource {
  return sourceFor(format).defaultSource(file);
}

/** Streams the events of one input in the given format. */
export async function* readList(input: ListInput, format: ListFormat, options: ReadOptions = {}): AsyncGenerator<ListEvent> {
  const source = options.source ?? defaultSource(format, input.file);
  const warn = (w: Warning, location?: Warning['location']) => {
    const loc = { file: input.file, ...location, ...w.location };
    // Warnings live until the end of the import: detach strings sliced from parser chunks.
    if (loc.record) loc.record = detach(loc.record);
    if (loc.path) loc.path = detach(loc.path);
    input.warn({ code: w.code, message: detach(w.message), location: loc });
  };
  yield { type: 'meta', source };
  const list = sourceFor(format);
  yield* list.events(list.records(input, options.sides ?? []), { source, warn });
}
