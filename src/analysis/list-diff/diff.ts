/**
 * Diffs of two list snapshots, keyed on stable source ids and never on names (OFAC changes
 * a head of state's primary spelling between releases, FORMATS.md §1.1): designated (id appears),
 * delisted (id disappears; no official file marks removals, §0), amended (which fields changed).
 * Pure. Candidate measures derived from a diff live in `measures.ts`.
 *
 * It lives in the analysis core, not in ingest: comparing two snapshots is a pure function over
 * domain values (designations), like the other analyses, and it needs nothing from parsing. So it
 * imports only `src/domain`, and the store, the CLI and the server can use it without ingest.
 */
import { primaryName, type Designation, type EntityKind } from '../../domain/designation.ts';
import { programmeMatches } from './programme.ts';

/** The snapshot side of a diff. */
export interface SnapshotRef {
  id: string;
  source: string;
  published?: string | null;
  /** Field groups the snapshot lacks (`names`, `addresses`, `remarks`); those fields are not compared. */
  missing?: string[];
}

/** One entry in a diff list. */
export interface DiffEntry {
  sourceId: string;
  name: string;
  kind: EntityKind;
  programmes: string[];
}

/** What changed in one field: values only in the later (added) or the earlier (removed) snapshot. */
export interface FieldChange {
  added: string[];
  removed: string[];
}

/** An amended entry: the later version, with the earlier programmes and the changed fields. */
export interface Amendment extends DiffEntry {
  previousName: string;
  previousProgrammes: string[];
  fields: string[];
  changes: Record<string, FieldChange>;
}

/** A diff of two snapshots, optionally restricted to one programme. */
export interface ListDiff {
  a: SnapshotRef;
  b: SnapshotRef;
  programme?: string;
  designated: DiffEntry[];
  delisted: DiffEntry[];
  amended: Amendment[];
  unchanged: number;
  /** Fields left out because one snapshot lacks them. */
  skippedFields: string[];
  /** Entries per programme in scope, on each side. */
  programmeCounts: { a: Record<string, number>; b: Record<string, number> };
}

/** Fields compared, as canonical string sets. `primary_name` is always compared, even when aliases are missing. */
export const DIFF_FIELDS: Record<string, { group?: string; values: (d: Designation) => string[] }> = {
  primary_name: { values: (d) => [primaryName(d)] },
  names: { group: 'names', values: (d) => d.names.filter((n) => n.kind !== 'weak_alias').map((n) => `${n.kind}: ${n.value}`) },
  // Weak aliases come from the record itself (OFAC remarks), so they are compared even when a set lacks alt.csv.
  weak_aliases: { values: (d) => d.names.filter((n) => n.kind === 'weak_alias').map((n) => n.value) },
  entity_kind: { values: (d) => [d.entityKind] },
  programmes: { values: (d) => d.programmes },
  legal_basis: { values: (d) => d.legalBasis },
  listed_on: { values: (d) => (d.listedOn ? [d.listedOn] : []) },
  identifiers: { values: (d) => d.identifiers.map((i) => `${i.type}: ${i.value}${i.country ? ` (${i.country})` : ''}`) },
  addresses: { group: 'addresses', values: (d) => d.addresses.map((a) => a.full) },
  birth_dates: { values: (d) => d.birthDates },
  birth_places: { values: (d) => d.birthPlaces },
  nationalities: { values: (d) => d.nationalities },
  titles: { values: (d) => d.titles },
  remarks: { group: 'remarks', values: (d) => (d.remarks ? [d.remarks] : []) },
  // `remark` entries are clauses of `remarks`, compared whole above.
  other_info: { values: (d) => d.otherInfo.filter((o) => o.type !== 'remark').map((o) => `${o.type}: ${o.value}`) },
};

function entry(d: Designation): DiffEntry {
  return { sourceId: d.sourceId, name: primaryName(d), kind: d.entityKind, programmes: d.programmes };
}

function compare(a: Designation, b: Designation, fields: string[]): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const before = new Set(DIFF_FIELDS[field].values(a));
    const after = new Set(DIFF_FIELDS[field].values(b));
    const added = [...after].filter((v) => !before.has(v));
    const removed = [...before].filter((v) => !after.has(v));
    if (added.length || removed.length) changes[field] = { added, removed };
  }
  return changes;
}

const byId = (x: DiffEntry, y: DiffEntry) => x.sourceId.localeCompare(y.sourceId, 'en', { numeric: true });

/**
 * Diffs snapshot `a` (earlier) against `b` (later). With `programme`, only entries carrying it (or,
 * unless `exact`, one of its sub-programmes: `RUSSIA` takes `RUSSIA-EO14024`) on either side are considered; an entry that gained or lost the programme while staying listed is
 * amended (field `programmes`), not designated or delisted.
 */
export function diffDesignations(
  a: SnapshotRef,
  before: Iterable<Designation>,
  b: SnapshotRef,
  after: Iterable<Designation>,
  options: { programme?: string; exact?: boolean } = {},
): ListDiff {
  const selected = (p: string) => !options.programme || programmeMatches(p, options.programme, options.exact);
  const inScope = (d: Designation) => !options.programme || d.programmes.some(selected);
  const mapA = new Map<string, Designation>();
  const mapB = new Map<string, Designation>();
  for (const d of before) mapA.set(d.sourceId, d);
  for (const d of after) mapB.set(d.sourceId, d);
  const missing = new Set([...(a.missing ?? []), ...(b.missing ?? [])]);
  const fields = Object.keys(DIFF_FIELDS).filter((f) => !DIFF_FIELDS[f].group || !missing.has(DIFF_FIELDS[f].group!));
  const skippedFields = Object.keys(DIFF_FIELDS).filter((f) => !fields.includes(f));
  const diff: ListDiff = {
    a,
    b,
    ...(options.programme ? { programme: options.programme } : {}),
    designated: [],
    delisted: [],
    amended: [],
    unchanged: 0,
    skippedFields,
    programmeCounts: { a: {}, b: {} },
  };
  const count = (side: Record<string, number>, d: Designation) => {
    for (const p of d.programmes) if (selected(p)) side[p] = (side[p] ?? 0) + 1;
  };
  for (const [id, d] of mapA) {
    if (!inScope(d) && !(mapB.get(id) && inScope(mapB.get(id)!))) continue;
    if (inScope(d)) count(diff.programmeCounts.a, d);
    const later = mapB.get(id);
    if (!later) {
      diff.delisted.push(entry(d));
      continue;
    }
    const changes = compare(d, later, fields);
    if (Object.keys(changes).length) {
      diff.amended.push({ ...entry(later), previousName: primaryName(d), previousProgrammes: d.programmes, fields: Object.keys(changes), changes });
    } else diff.unchanged++;
  }
  for (const [id, d] of mapB) {
    if (!inScope(d)) continue;
    count(diff.programmeCounts.b, d);
    if (!mapA.has(id)) diff.designated.push(entry(d));
  }
  diff.designated.sort(byId);
  diff.delisted.sort(byId);
  diff.amended.sort(byId);
  return diff;
}
