/**
 * Which snapshots a default diff, a screening or an export should use. Pure: works on the facts a
 * snapshot row carries (source, list, publication date, version, import order, size, declared
 * completeness).
 *
 * A snapshot is a *sample* when the importer declared it one, or, undeclared, when it holds fewer
 * than `SAMPLE_RATIO` of the entities of the largest snapshot of the same source and list: a
 * four-entity excerpt of a list that has eleven thousand entries is not a publication of that list,
 * and diffing against it would "delist" nearly everyone. Declaring a snapshot complete overrides the
 * ratio (a list that really shrank).
 */

/** What the pairing needs to know about a snapshot. */
export interface SnapshotFacts {
  id: string;
  source: string;
  /** The list within the source (OpenSanctions datasets); null when the source has one list. */
  list_key?: string | null;
  published: string | null;
  version?: string | null;
  seq?: number | string | null;
  entities: number;
  /** Declared: true = an excerpt, false = a full list, null/undefined = decide by size. */
  sample?: boolean | null;
}

/** Below this share of the largest snapshot of the same list, an undeclared snapshot is a sample. */
export const SAMPLE_RATIO = 0.1;

/** The list a snapshot belongs to: its source plus its list key. */
export function listOf(s: SnapshotFacts): string {
  return s.list_key ? `${s.source}/${s.list_key}` : s.source;
}

/** Older first: publication date, then version, then import order. Undated snapshots sort before dated ones. */
export function compareSnapshots(a: SnapshotFacts, b: SnapshotFacts): number {
  const key = (s: SnapshotFacts) => [s.published ?? '', s.version ?? ''] as const;
  const [pa, va] = key(a);
  const [pb, vb] = key(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (va !== vb) return va < vb ? -1 : 1;
  return Number(a.seq ?? 0) - Number(b.seq ?? 0);
}

/** Why a snapshot is not a complete, dated publication of its list, or undefined when it is one. */
export function incompleteness(s: SnapshotFacts, all: readonly SnapshotFacts[]): string | undefined {
  if (!s.published) return 'no publication date (set one with `lists snapshots set-date`)';
  if (s.sample === true) return 'declared a sample';
  if (s.sample === false) return undefined;
  const largest = Math.max(0, ...all.filter((o) => listOf(o) === listOf(s) && o.sample !== true).map((o) => o.entities));
  if (largest > 0 && s.entities < largest * SAMPLE_RATIO) {
    return `a sample: ${s.entities} entities against ${largest} in the largest snapshot of ${listOf(s)}`;
  }
  return undefined;
}

/** The pair a diff compares, and why. */
export interface SnapshotPair<S extends SnapshotFacts> {
  a: S;
  b: S;
  /** One sentence saying which pair was used and why. */
  reason: string;
  /** Later snapshots of the same list that were passed over, with the reason. */
  skipped: { id: string; reason: string }[];
}

/**
 * The default pair: the two latest complete snapshots of one list (older first). The list is
 * `source`'s (the one with the most recent complete snapshot when the source has several lists),
 * or, without a source, the list whose latest complete snapshot was imported last. Undefined when
 * no list has two complete snapshots.
 */
export function defaultPair<S extends SnapshotFacts>(all: readonly S[], options: { source?: string } = {}): SnapshotPair<S> | undefined {
  const complete = all.filter((s) => !incompleteness(s, all));
  const lists = new Map<string, S[]>();
  for (const s of complete) if (!options.source || s.source === options.source) lists.set(listOf(s), [...(lists.get(listOf(s)) ?? []), s]);
  const candidates = [...lists.values()].filter((l) => l.length >= 2);
  if (!candidates.length) return undefined;
  const lastImported = (l: S[]) => Math.max(...l.map((s) => Number(s.seq ?? 0)));
  const chosen = candidates.sort((x, y) => lastImported(y) - lastImported(x))[0].sort(compareSnapshots);
  const [a, b] = chosen.slice(-2);
  const skipped = all
    .filter((s) => listOf(s) === listOf(b) && compareSnapshots(s, a) > 0 && s !== b && incompleteness(s, all))
    .map((s) => ({ id: s.id, reason: incompleteness(s, all)! }));
  const reason = `default pair: the two latest complete snapshots of ${listOf(b)}, ${a.id} (${a.published}) → ${b.id} (${b.published})`;
  return { a, b, reason, skipped };
}

/** The latest complete snapshot of every list (falling back to the latest of a list that has no complete one). */
export function currentSnapshots<S extends SnapshotFacts>(all: readonly S[]): S[] {
  const lists = new Map<string, S[]>();
  for (const s of all) lists.set(listOf(s), [...(lists.get(listOf(s)) ?? []), s]);
  const out: S[] = [];
  for (const list of lists.values()) {
    const sorted = [...list].sort(compareSnapshots);
    const complete = sorted.filter((s) => !incompleteness(s, all));
    out.push((complete.length ? complete : sorted).at(-1)!);
  }
  return out;
}
