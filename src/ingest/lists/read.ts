/**
 * The read pipeline: parser records → pure mappers → `ListEvent`s (meta, designation, patch,
 * delete), streaming. Lookups that the formats force on us are kept bounded: OFAC CSV side tables
 * (small files), OFAC advanced reference tables, locations and identity documents (they precede the
 * parties), and the set of party ids (to report sanctions entries that name no party).
 */
import { basename } from 'node:path';
import type { Address, Identifier, ListFormat, ListSource } from '../../domain/designation.ts';
import { LeverageError, type Warning } from '../../domain/errors.ts';
import { parserFor } from './detect.ts';
import type { FtmDeltaOp, FtmEntity } from './ftm-jsonl.ts';
import { euPublished, mapEuEntity } from './map-eu-fsf.ts';
import { mapFtmEntity, mapTargetsSimpleRow } from './map-ftm.ts';
import { mapParty, mapSanctionsEntry } from './map-ofac-advanced.ts';
import { buildRefs, mapIdRegDocument, mapLocation, ymd, type AdvancedRefs } from './map-ofac-advanced-refs.ts';
import { mapOfacCsvEntry } from './map-ofac-csv.ts';
import { mapOfacXmlEntry, ofacXmlPublished } from './map-ofac-xml.ts';
import { mapUkDesignation, ukPublished } from './map-uk-fcdo.ts';
import { mapUnRecord, unPublished } from './map-un-sc.ts';
import { emptySideTables, ofacCsvRole, readOfacCsvSet, readSideTable } from './ofac-csv.ts';
import type { TargetsSimpleRow } from './targets-simple-csv.ts';
import { detach, isoDay } from './text.ts';
import type { ListEvent, ListInput } from './types.ts';
import type { XmlRecord } from './xml-reader.ts';

/** Options of `readList`. */
export interface ReadOptions {
  /** The list, when the caller knows better than the default for the format. */
  source?: ListSource;
  /** OFAC CSV side tables (add/alt/comments) of the set whose primary table is the input. */
  sides?: ListInput[];
}

/**
 * The list a file belongs to when the content cannot say: OFAC CSV and legacy XML files look the
 * same for the SDN and consolidated lists, so `cons` in the file name means `us-ofac-cons`.
 */
export function defaultSource(format: ListFormat, file: string): ListSource {
  if (format === 'ofac-csv' || format === 'ofac-xml' || format === 'ofac-advanced-xml') return /cons/i.test(basename(file)) ? 'us-ofac-cons' : 'us-ofac-sdn';
  if (format === 'eu-fsf-xml') return 'eu-fsf';
  if (format === 'uk-fcdo-xml') return 'gb-fcdo';
  if (format === 'un-sc-xml') return 'un-sc';
  return 'opensanctions';
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
  if (format === 'ofac-csv') {
    const tables = emptySideTables();
    for (const side of options.sides ?? []) {
      const role = ofacCsvRole(side.head ?? side.bytes?.subarray(0, 4096) ?? Buffer.alloc(0));
      if (!role || role === 'prim') throw new LeverageError('bad_format', 'not an OFAC add/alt/comments table', { location: { file: side.file, line: 1 } });
      await readSideTable(side, role, tables);
    }
    for await (const r of readOfacCsvSet(input, tables)) {
      yield { type: 'designation', designation: mapOfacCsvEntry(r.record, source, (w) => warn(w, r.location)), location: r.location };
    }
    return;
  }
  if (format === 'ofac-advanced-xml') {
    yield* readAdvanced(input, source, warn);
    return;
  }
  if (format === 'ftm-jsonl' || format === 'targets-simple-csv' || format === 'ftm-delta') {
    yield* readOpenSanctions(input, format, warn);
    return;
  }
  for await (const r of parserFor(format).records(input) as AsyncGenerator<{ record: XmlRecord; location: Warning['location'] & object }>) {
    const { tag, node } = r.record;
    const w = (x: Warning) => warn(x, r.location);
    if (format === 'ofac-xml') {
      if (tag === 'header') yield { type: 'meta', published: ofacXmlPublished(node) };
      else if (tag === 'entry') yield { type: 'designation', designation: mapOfacXmlEntry(node, source, w), location: r.location };
    } else if (format === 'eu-fsf-xml') {
      if (tag === 'root') yield { type: 'meta', published: euPublished(node) };
      else if (tag === 'entity') yield { type: 'designation', designation: mapEuEntity(node, source, w), location: r.location };
    } else if (format === 'uk-fcdo-xml') {
      if (tag === 'header') yield { type: 'meta', published: ukPublished(node) };
      else if (tag === 'designation') yield { type: 'designation', designation: mapUkDesignation(node, source, w), location: r.location };
    } else if (format === 'un-sc-xml') {
      if (tag === 'root') yield { type: 'meta', published: unPublished(node) };
      else if (tag !== 'root') yield { type: 'designation', designation: mapUnRecord(node, tag, source, w), location: r.location };
    }
  }
}

async function* readAdvanced(input: ListInput, source: ListSource, warn: (w: Warning, l?: Warning['location']) => void): AsyncGenerator<ListEvent> {
  let refs: AdvancedRefs | undefined;
  const locations = new Map<string, Address | null>();
  const documents = new Map<string, Identifier[]>();
  const partyIds = new Set<string>();
  let orphanEntries = 0;
  let relationships = 0;
  let sdnEntries = 0;
  let consEntries = 0;
  const needRefs = (location: Warning['location']) => {
    if (!refs) throw new LeverageError('bad_format', 'data before ReferenceValueSets', { location, expected: 'ReferenceValueSets first (FORMATS.md §1.3)' });
    return refs;
  };
  for await (const r of parserFor('ofac-advanced-xml').records(input) as AsyncGenerator<{ record: XmlRecord; location: Warning['location'] & object }>) {
    const { tag, node } = r.record;
    if (tag === 'header') yield { type: 'meta', published: ymd(node) };
    else if (tag === 'refs') refs = buildRefs(node);
    else if (tag === 'location') {
      locations.set(node.attrs.ID, mapLocation(node, needRefs(r.location)) ?? null);
    } else if (tag === 'doc') {
      const doc = mapIdRegDocument(node, needRefs(r.location));
      if (doc) documents.set(doc.identityId, [...(documents.get(doc.identityId) ?? []), doc.identifier]);
    } else if (tag === 'party') {
      const d = mapParty(node, { refs: needRefs(r.location), locations, documents }, source, (w) => warn(w, r.location));
      partyIds.add(detach(d.sourceId));
      yield { type: 'designation', designation: d, location: { ...r.location, record: d.sourceId } };
    } else if (tag === 'relationship') relationships++;
    else if (tag === 'entry') {
      const { profileId, patch } = mapSanctionsEntry(node, needRefs(r.location));
      if (patch.listSource === 'us-ofac-sdn') sdnEntries++;
      else consEntries++;
      if (!partyIds.has(profileId)) orphanEntries++;
      else yield { type: 'patch', sourceId: profileId, patch, location: { ...r.location, record: profileId } };
    }
  }
  if (orphanEntries) warn({ code: 'orphan_rows', message: `${orphanEntries} SanctionsEntry element(s) name a ProfileID with no DistinctParty` });
  if (relationships) warn({ code: 'not_mapped', message: `${relationships} ProfileRelationship element(s) read but not mapped to designations` });
  if (consEntries && !sdnEntries && source === 'us-ofac-sdn') yield { type: 'meta', source: 'us-ofac-cons' };
}

async function* readOpenSanctions(input: ListInput, format: ListFormat, warn: (w: Warning, l?: Warning['location']) => void): AsyncGenerator<ListEvent> {
  const skipped = new Map<string, number>();
  let latest: string | undefined;
  const seen = (e: { last_change?: string }) => {
    const day = isoDay(e.last_change);
    if (day && (!latest || day > latest)) latest = day;
  };
  for await (const r of parserFor(format).records(input)) {
    if (format === 'targets-simple-csv') {
      const row = r.record as TargetsSimpleRow;
      seen(row);
      const d = mapTargetsSimpleRow(row);
      if (d) yield { type: 'designation', designation: d, location: r.location };
      else skipped.set(`schema ${row.schema}`, (skipped.get(`schema ${row.schema}`) ?? 0) + 1);
      continue;
    }
    const op: FtmDeltaOp = format === 'ftm-delta' ? (r.record as FtmDeltaOp) : { op: 'ADD', entity: r.record as FtmEntity };
    if (op.op === 'DEL') {
      yield { type: 'delete', sourceId: op.entity.id, location: r.location };
      continue;
    }
    seen(op.entity);
    const mapped = mapFtmEntity(op.entity);
    if ('designation' in mapped) yield { type: 'designation', designation: mapped.designation, location: r.location };
    else if ('patch' in mapped) yield { type: 'patch', sourceId: mapped.sourceId, patch: mapped.patch, location: r.location };
    else {
      skipped.set(mapped.skipped, (skipped.get(mapped.skipped) ?? 0) + 1);
      // A MOD that turns a target into a non-target removes it from the list.
      if (format === 'ftm-delta') yield { type: 'delete', sourceId: op.entity.id, location: r.location };
    }
  }
  for (const [reason, n] of skipped) warn({ code: 'not_designation', message: `${n} entit${n === 1 ? 'y' : 'ies'} skipped (${reason})` });
  if (latest) yield { type: 'meta', published: latest };
}
