/**
 * The registry of list sources: one line per source folder, in sniffing order (the delta before
 * FtM: both are JSON lines; the OFAC CSV sniffer, the loosest, last). Detection, reading, planning,
 * the format list and its defaults all derive from this array; `test/ingest/lists/sources.test.ts`
 * fails when a folder under `sources/` is missing here or lacks a member or a fixture.
 */
import type { ListSourceDescriptor } from '../types.ts';
import { euFsfXml } from './eu-fsf-xml/index.ts';
import { ftmDelta } from './ftm-delta/index.ts';
import { ftmJsonl } from './ftm-jsonl/index.ts';
import { ofacAdvancedXml } from './ofac-advanced-xml/index.ts';
import { ofacCsv } from './ofac-csv/index.ts';
import { ofacXml } from './ofac-xml/index.ts';
import { targetsSimpleCsv } from './targets-simple-csv/index.ts';
import { ukFcdoXml } from './uk-fcdo-xml/index.ts';
import { unScXml } from './un-sc-xml/index.ts';

/** Every list source, in sniffing order: one line per folder under `sources/`. */
export const SOURCES: readonly ListSourceDescriptor[] = [
  ofacXml,
  ofacAdvancedXml,
  euFsfXml,
  ukFcdoXml,
  unScXml,
  ftmDelta,
  ftmJsonl,
  targetsSimpleCsv,
  ofacCsv,
  // The record type of each source is forgotten here. Sound: a descriptor's `events` only ever
  // receives what its own `records` yields (see `readList`).
] as unknown as readonly ListSourceDescriptor[];
