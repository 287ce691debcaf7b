/**
 * `POST /match/{dataset}` of the yente-compatible API: each query is an FtM-shaped entity; its
 * names go to the names matcher (the screening the server already runs), with what tells
 * namesakes apart mapped from FtM properties (birthDate; nationality, citizenship or country;
 * idNumber, passportNumber, registrationNumber, taxNumber… as identifiers). Candidates are the
 * OpenSanctions entities kept whole and the official lists' designations; the best-scoring name of each gives its score, and the
 * matcher's explanation becomes `features` (name and each property check) and `explanations`.
 */
import { LeverageError } from '../domain/errors.ts';
import { designationEntityId, FTM_MODEL, ftmCountry, ftmDates } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { ftmEntitiesRepository } from '../store/ftm-entities.ts';
import { runTogether } from './yente-compact.ts';
import { matchConfig, matchWeights, weightedScore } from './yente-config.ts';
import { listEntities, officialLists } from './yente-lists.ts';
import { inDataset, knownDataset, toYente, yenteSchema, yenteScope, type YenteEntity, type YenteScope } from './yente.ts';

/** Our one algorithm, and the yente names accepted for it (a client's default keeps working; the answer says which ran). */
export const ALGORITHM = 'leverage-names';
export const ALGORITHM_ALIASES = ['best', 'name-based', 'name-qualified', 'logic-v1', 'logic-v2', 'regression-v1'];
export const MATCH_MAX_LIMIT = 500;
export const MATCH_MAX_BATCH = 100;

/** What the screening answers for one name (the fields of the screen API's hits read here). */
export interface NameHit {
  id: string;
  score: number;
  list_source?: string;
  matched_name: string;
  explanation: Record<string, unknown>;
  name_score?: number;
  properties?: unknown[];
  /** Found by the letters of a name written without spaces (`yente-compact.ts`). */
  compact?: boolean;
}

/** Screens names (one answer per name) for a schema, with the properties that tell namesakes apart. */
export type ScreenNames = (
  names: string[],
  schema: 'Person' | 'Organization' | undefined,
  properties: { birthDate?: string; nationality?: string; identifiers?: string[] },
  limit: number,
) => Promise<NameHit[][]>;

/** Finds the entries nearest names written without spaces, one answer per name. */
export type CompactNames = (names: string[]) => Promise<NameHit[][]>;

export interface YenteMatchOptions {
  algorithm?: string;
  threshold?: number;
  cutoff?: number;
  limit?: number;
  include_dataset?: string[];
  exclude_dataset?: string[];
  exclude_schema?: string[];
  topics?: string[];
  exclude_entity_ids?: string[];
  /** Only entities changed at or after this time (`YYYY-MM-DD[THH:MM[:SS]]`). */
  changed_since?: string;
  /** The request body's `weights` and `config` (`yente-config.ts`). */
  weights?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

export interface YenteExample {
  id?: string | null;
  schema?: string;
  properties?: Record<string, unknown>;
}

const ID_PROPS = [
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'taxNumber',
  'innCode',
  'ogrnCode',
  'okpoCode',
  'vatCode',
  'leiCode',
  'swiftBic',
  'personalNumber',
  'imoNumber',
];

/** The algorithm name checked: ours, or a yente name taken as ours; a 400-style error otherwise. */
export function matchAlgorithm(name: string | undefined): string {
  if (!name || name === ALGORITHM || ALGORITHM_ALIASES.includes(name)) return ALGORITHM;
  throw new LeverageError('invalid_value', `unknown algorithm ${JSON.stringify(name)}`, {
    location: { column: 'algorithm' },
    expected: [ALGORITHM, ...ALGORITHM_ALIASES].join(', '),
  });
}

/** A query's properties as strings, countries as FtM codes, values the schema lacks refused. */
export function cleanExample(key: string, q: YenteExample): { id: string | null; schema: string; properties: Record<string, string[]> } {
  if (!q.schema) throw new LeverageError('missing_field', `query ${key} has no schema`, { location: { column: `queries.${key}.schema` } });
  const schema = yenteSchema(q.schema, `queries.${key}.schema`);
  if (!schema.matchable)
    throw new LeverageError('invalid_value', `schema ${q.schema} cannot be matched`, {
      location: { column: `queries.${key}.schema` },
      expected: 'a matchable schema (Person, Company, Organization, LegalEntity, Vessel…)',
    });
  const properties: Record<string, string[]> = {};
  for (const [prop, raw] of Object.entries(q.properties ?? {})) {
    if (!schema.hasProperty(prop)) continue; // yente drops what the schema does not know
    const type = schema.getProperty(prop).type;
    for (const v of (Array.isArray(raw) ? raw : [raw]).filter((x) => x !== null && x !== undefined).map((x) => String(x).trim())) {
      if (!v) continue;
      const value = type.name === 'country' ? (ftmCountry(v) ?? v.toLowerCase()) : v;
      const list = (properties[prop] ??= []);
      if (!list.includes(value)) list.push(value);
    }
  }
  return { id: q.id ?? null, schema: schema.name, properties };
}

/** The names a query is matched by: name and alias, else the parts of a person's name joined. */
function queryNames(p: Record<string, string[]>): string[] {
  const names = [...(p.name ?? []), ...(p.alias ?? []), ...(p.previousName ?? [])];
  if (names.length) return [...new Set(names)];
  const parts = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'].map((k) => p[k]?.[0]).filter(Boolean);
  return parts.length ? [parts.join(' ')] : [];
}

/** A result's schema fits the query's: the same or a descendant, or both legal entities. */
function schemaFits(query: string, result: string): boolean {
  const q = FTM_MODEL.getSchema(query);
  const r = FTM_MODEL.getSchema(result);
  return r.isA(q) || q.isA(r) || (q.isA('Organization') && r.isA('Organization'));
}

export interface YenteScored extends YenteEntity {
  score: number;
  match: boolean;
  features: Record<string, number>;
  explanations: Record<string, unknown>;
  token: string;
}

/** Answers a batch of queries. */
export async function yenteMatch(
  db: Queryable,
  dataset: string,
  queries: Record<string, YenteExample>,
  options: YenteMatchOptions,
  screen: ScreenNames,
  compact?: CompactNames,
) {
  const algorithm = matchAlgorithm(options.algorithm);
  const config = matchConfig(options.config);
  const weights = matchWeights(options.weights);
  const keys = Object.keys(queries);
  if (!keys.length) throw new LeverageError('invalid_value', 'no queries', { location: { column: 'queries' } });
  if (keys.length > MATCH_MAX_BATCH)
    throw new LeverageError('invalid_value', `${keys.length} queries`, { location: { column: 'queries' }, expected: `at most ${MATCH_MAX_BATCH}` });
  // Every query is checked before any is run: one bad schema fails the batch (as yente does).
  const cleaned = keys.map((k) => [k, cleanExample(k, queries[k]!)] as const);
  const scope = await yenteScope(db);
  if (!(await knownDataset(db, scope, dataset))) throw new LeverageError('not_found', `no dataset ${dataset}`, { location: { column: 'dataset' } });
  const excludedSchemata = (options.exclude_schema ?? []).map((s) => yenteSchema(s, 'exclude_schema'));
  const threshold = options.threshold ?? 0.7;
  // Results under the cutoff are not returned; it defaults to the threshold and never exceeds it
  // (yente's rule), so by default only matches come back.
  const cutoff = Math.min(options.cutoff ?? threshold, threshold);
  const limit = options.limit ?? 5;
  const responses: Record<string, { status: number; results: YenteScored[]; total: { value: number; relation: string }; query: unknown }> = {};
  for (const [key, q] of cleaned) {
    const names = queryNames(q.properties);
    const p = q.properties;
    const birthDate = p.birthDate?.flatMap(ftmDates)[0];
    const nationality = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? []), ...(p.jurisdiction ?? [])][0];
    const identifiers = ID_PROPS.flatMap((k) => p[k] ?? []);
    const schema = FTM_MODEL.getSchema(q.schema);
    const screenSchema = schema.isA('Person') ? 'Person' : schema.isA('Organization') ? 'Organization' : undefined;
    const properties = config.properties
      ? { ...(birthDate ? { birthDate } : {}), ...(nationality ? { nationality } : {}), ...(identifiers.length ? { identifiers } : {}) }
      : {};
    const perName = names.length ? await screen(names, screenSchema, properties, 100) : [];
    const joined = names.filter(runTogether);
    if (config.fuzzy && compact && joined.length) for (const hits of await compact(joined)) perName.push(hits.map((h) => ({ ...h, compact: true })));
    // The best name of each candidate, by screening id (`<list source>:<source id>`).
    const best = new Map<string, NameHit>();
    for (const hits of perName)
      for (const h of hits) if ((h.name_score ?? h.score) >= config.min_name_score && (best.get(h.id)?.score ?? -1) < h.score) best.set(h.id, h);
    const candidates = await candidateEntities(db, scope, [...best.keys()]);
    const excludedIds = new Set(options.exclude_entity_ids ?? []);
    const results: YenteScored[] = [];
    for (const [key, e] of candidates) {
      const h = best.get(key)!;
      const feats = features(h);
      const score = weights ? weightedScore(feats, weights) : round(h.score);
      if (score < cutoff) continue;
      if (!inDataset(e, dataset) || !schemaFits(q.schema, e.schema)) continue;
      if (excludedSchemata.some((x) => FTM_MODEL.getSchema(e.schema).isA(x))) continue;
      if (options.include_dataset?.length && !options.include_dataset.some((d) => e.datasets.includes(d))) continue;
      if (options.exclude_dataset?.some((d) => e.datasets.includes(d))) continue;
      if (options.topics?.length && !options.topics.some((t) => ((e.properties.topics ?? []) as string[]).includes(t))) continue;
      if (options.changed_since && (e.last_change ?? '') < options.changed_since) continue;
      if (excludedIds.has(e.id) || e.referents.some((x) => excludedIds.has(x))) continue;
      results.push({
        ...e,
        score,
        match: score >= threshold,
        features: feats,
        explanations: { [algorithm]: h.explanation, matched_name: h.matched_name },
        token: h.id,
      });
    }
    results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    responses[key] = { status: 200, results: results.slice(0, limit), total: { value: results.filter((r) => r.match).length, relation: 'eq' }, query: q };
  }
  return { responses, limit, algorithm };
}

/**
 * The entities behind screening ids: OpenSanctions entities kept whole (by FtM id), designations
 * of official lists made FtM (by list source and source id). Keyed by screening id.
 */
async function candidateEntities(db: Queryable, scope: YenteScope, keys: string[]): Promise<Map<string, YenteEntity>> {
  const out = new Map<string, YenteEntity>();
  const bySource = new Map<string, string[]>();
  for (const k of keys) {
    const at = k.indexOf(':');
    const source = k.slice(0, at);
    bySource.set(source, [...(bySource.get(source) ?? []), k.slice(at + 1)]);
  }
  const whole = bySource.get('opensanctions') ?? [];
  for (const r of await ftmEntitiesRepository(db).byIds(scope.snapshots, whole)) {
    const key = `opensanctions:${r.entity.id}`;
    if (whole.includes(r.entity.id) && !out.has(key)) out.set(key, toYente(r, scope));
  }
  const lists = await officialLists(db);
  for (const [source, ids] of bySource) {
    if (source === 'opensanctions') continue;
    // A designation's list source may differ from its snapshot's (OFAC advanced XML holds SDN and non-SDN entries).
    const own = lists.filter((l) => l.snapshot.source === source);
    for (const list of own.length ? own : lists) {
      for (const e of await listEntities(
        db,
        list,
        ids.filter((id) => !out.has(`${source}:${id}`)),
      )) {
        const sourceId = ids.find((id) => designationEntityId({ listSource: source as never, sourceId: id }) === e.id);
        if (sourceId) out.set(`${source}:${sourceId}`, e);
      }
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The matcher's explanation as yente's feature scores: the name's score and each property check's effect. */
function features(h: NameHit): Record<string, number> {
  const out: Record<string, number> = { [h.compact ? 'name_compact_match' : 'name_match']: round(h.name_score ?? h.score) };
  for (const c of (h.properties ?? []) as { property?: string; result?: string; effect?: number }[]) {
    if (!c.property) continue;
    out[`${c.property}_${c.result === 'agrees' ? 'match' : 'mismatch'}`] = round(c.effect ?? 0);
  }
  return out;
}
