/**
 * Candidate measures from a list diff: for each programme of the country studied, the entries
 * added under it become an `impose` (the programme was empty before) or `expand` measure, and
 * entries removed from it a `delist` measure, dated by the later snapshot's publication date, with
 * the two snapshots as source. Candidates are linked to curated measures describing the same act.
 * Pure, and country-blind: which programmes belong to the country, and the legal acts behind them,
 * come in as a `CountryProgrammes` parameter (a country profile supplies it).
 */
import type { DatasetProfile } from '../../domain/dataset-profile.ts';
import { LIST_INFO, LIST_SOURCES, type EntityKind } from '../../domain/designation.ts';
import type { CandidateMeasure, CuratedMeasure } from '../../domain/list-measure.ts';
import type { DiffEntry, ListDiff } from './diff.ts';

export type { CandidateMeasure, CuratedMeasure } from '../../domain/list-measure.ts';

/** Issuer of each list source (from the lists' declaration in the domain). */
export const ISSUERS: Record<string, string> = Object.fromEntries(LIST_SOURCES.flatMap((s) => (LIST_INFO[s].issuer ? [[s, LIST_INFO[s].issuer]] : [])));

/**
 * A country's programme tags across the lists (FORMATS.md §0), and the legal acts some of them
 * stand for, as a dataset profile names them (e.g. OFAC `RUSSIA-EO14024`, EU `RUS`, the UK regime name).
 */
export interface CountryProgrammes {
  /** Tags that are the country's when they are the whole tag, case-insensitively (EU `RUS`). */
  tags: readonly string[];
  /** Words that make a tag the country's wherever they appear in it, case-insensitively (`russia`). */
  words: readonly string[];
  /** The legal act a tag stands for, when the tag alone says it (OFAC `RUSSIA-EO14024` → Executive Order 14024). */
  legalActs: Readonly<Record<string, string>>;
}

/** True when a programme tag is one of the country's. */
/** The programmes a dataset profile names, as `deriveMeasures` takes them (whole tags, with their legal acts). */
export function programmesOfProfile(profile: Pick<DatasetProfile, 'programmes'>): CountryProgrammes {
  const legalActs: Record<string, string> = {};
  for (const p of profile.programmes) if (p.legal_act) legalActs[p.tag] = p.legal_act;
  return { tags: profile.programmes.map((p) => p.tag), words: [], legalActs };
}

export function isCountryProgramme(programme: string, country: CountryProgrammes): boolean {
  const lower = programme.toLowerCase();
  return country.tags.some((t) => t.toLowerCase() === lower) || country.words.some((w) => lower.includes(w.toLowerCase()));
}

function kindOf(targets: { kind: EntityKind }[]): EntityKind | 'mixed' {
  const kinds = new Set(targets.map((t) => t.kind));
  return kinds.size === 1 ? [...kinds][0] : 'mixed';
}

/**
 * Candidate measures for the programmes of a diff that are the country's. Returns none for sources
 * without an issuer (OpenSanctions is an aggregator, not an issuer).
 */
export function deriveMeasures(diff: ListDiff, country: CountryProgrammes): CandidateMeasure[] {
  const issuer = ISSUERS[diff.b.source];
  if (!issuer) return [];
  const all = [...Object.keys(diff.programmeCounts.a), ...Object.keys(diff.programmeCounts.b)];
  const programmes = new Set(all.filter((p) => isCountryProgramme(p, country)));
  const out: CandidateMeasure[] = [];
  const date = diff.b.published ?? null;
  for (const programme of [...programmes].sort()) {
    const added: DiffEntry[] = [
      ...diff.designated.filter((e) => e.programmes.includes(programme)),
      ...diff.amended.filter((e) => e.programmes.includes(programme) && !e.previousProgrammes.includes(programme)),
    ];
    const removed: DiffEntry[] = [
      ...diff.delisted.filter((e) => e.programmes.includes(programme)),
      ...diff.amended
        .filter((e) => !e.programmes.includes(programme) && e.previousProgrammes.includes(programme))
        .map((e) => ({ ...e, programmes: e.previousProgrammes })),
    ];
    const before = diff.programmeCounts.a[programme] ?? 0;
    for (const [action, list] of [
      [before === 0 ? 'impose' : 'expand', added],
      ['delist', removed],
    ] as const) {
      if (!list.length) continue;
      const targets = list.map((e) => ({ sourceId: e.sourceId, name: e.name, kind: e.kind }));
      out.push({
        id: `list-diff:${issuer}:${programme}:${action}:${date ?? 'undated'}:${diff.a.id}`,
        date,
        issuer,
        action,
        programme,
        ...(country.legalActs[programme] ? { legalAct: country.legalActs[programme] } : {}),
        targetKind: kindOf(targets),
        targets,
        summary: `${issuer} ${programme}: ${list.length} ${action === 'delist' ? 'removed' : 'added'} between ${diff.a.published ?? diff.a.id} and ${diff.b.published ?? diff.b.id}`,
        sourceId: `${diff.a.id}..${diff.b.id}`,
        snapshots: [diff.a.id, diff.b.id],
        curatedMeasureIds: [],
      });
    }
  }
  return out;
}

const DAY = 86_400_000;

/**
 * Links candidates to curated measures describing the same act: same issuer, same programme
 * (case-insensitive), a compatible action (`delist` with `delist`, `impose`/`expand` with either),
 * and a curated date inside the window the diff covers: after the earlier snapshot's publication
 * date and no later than `toleranceDays` (default 7) after the later one's. Without an earlier
 * date, the window is `toleranceDays` either side of the candidate's date.
 */
export function linkCuratedMeasures(
  candidates: CandidateMeasure[],
  curated: CuratedMeasure[],
  options: { from?: string | null; toleranceDays?: number } = {},
): CandidateMeasure[] {
  const tolerance = (options.toleranceDays ?? 7) * DAY;
  return candidates.map((c) => {
    if (!c.date) return c;
    const end = Date.parse(c.date) + tolerance;
    const start = options.from ? Date.parse(options.from) : Date.parse(c.date) - tolerance;
    const ids = curated
      .filter(
        (m) =>
          m.issuer?.toUpperCase() === c.issuer.toUpperCase() &&
          ([] as string[]).concat(m.programme ?? []).some((p) => p.toUpperCase() === c.programme.toUpperCase()),
      )
      .filter((m) => !m.action || (c.action === 'delist') === (m.action === 'delist'))
      .filter((m) => {
        const t = m.date ? Date.parse(m.date) : NaN;
        return Number.isFinite(t) && t > start - (options.from ? 0 : 1) && t <= end;
      })
      .map((m) => m.id);
    return { ...c, curatedMeasureIds: ids };
  });
}
