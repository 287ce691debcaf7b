/**
 * `GET /search/{dataset}` of the yente-compatible API: a text query over the entities kept whole,
 * with yente's filters (schema and its descendants, exclude_schema, datasets in and out,
 * countries with OR/AND, topics, target, changed_since, `properties.X:value`), facets (countries,
 * topics, datasets by default; schema on request), sorting and paging. `q` is read as terms that
 * must all occur; a query with Lucene syntax we do not read (`/` regular expressions, unbalanced
 * quotes or brackets) is refused unless `simple` is set, then its punctuation is ignored.
 */
import { LeverageError } from '../domain/errors.ts';
import { FTM_MODEL } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { ftmEntitiesRepository } from '../store/ftm-entities.ts';
import { officialLists, searchList } from './yente-lists.ts';
import { inDataset, knownDataset, toYente, yenteSchema, yenteScope, type YenteEntity } from './yente.ts';

export const SEARCH_MAX_LIMIT = 500;
export const SEARCH_MAX_OFFSET = 9499;
/** The most entities a search reads before filtering (the answer's total says `gte` beyond it). */
const CANDIDATES = 10_000;
const DEFAULT_FACETS = ['countries', 'topics', 'datasets'];

export interface YenteSearchQuery {
  q?: string;
  simple?: boolean;
  schema?: string;
  exclude_schema?: string[];
  include_dataset?: string[];
  exclude_dataset?: string[];
  countries?: string[];
  topics?: string[];
  filter_op?: 'AND' | 'OR';
  target?: boolean;
  changed_since?: string;
  filter?: string[];
  facets?: string[];
  sort?: string[];
  limit?: number;
  offset?: number;
}

interface Facet {
  label: string;
  values: { name: string; label: string; count: number }[];
}

/** The terms of `q`, or a refusal naming what is not understood. */
export function searchTerms(q: string | undefined, simple: boolean): string[] {
  const text = (q ?? '').trim();
  if (!simple) {
    const quotes = (text.match(/"/g) ?? []).length;
    const open = (text.match(/[([{]/g) ?? []).length;
    const close = (text.match(/[)\]}]/g) ?? []).length;
    if (text.includes('/') || quotes % 2 || open !== close)
      throw new LeverageError(
        'invalid_value',
        `cannot read the query ${JSON.stringify(text)}: "/" starts a regular expression, and quotes and brackets must pair`,
        {
          location: { column: 'q' },
          expected: 'plain terms, or simple=true to ignore query syntax',
        },
      );
  }
  return text
    .toLowerCase()
    .split(/[\s"'()[\]{}/\\:+\-!^~*?&|]+/u)
    .filter((t) => t.length > 0 && !['and', 'or', 'not'].includes(t));
}

const countryPropsOf = new Map<string, string[]>();
/** The country-typed properties of a schema (looked up once per schema). */
const countryProps = (schemaName: string): string[] => {
  let props = countryPropsOf.get(schemaName);
  if (!props) {
    const schema = FTM_MODEL.getSchema(schemaName);
    props = [...schema.getProperties().values()].filter((p) => p.type.name === 'country').map((p) => p.name);
    countryPropsOf.set(schemaName, props);
  }
  return props;
};

function countriesOf(e: YenteEntity): string[] {
  return [...new Set(countryProps(e.schema).flatMap((p) => (e.properties[p] ?? []) as string[]))];
}

/** How well `e` answers the terms: terms found in names count double, then terms found anywhere. */
function relevance(e: YenteEntity, terms: string[]): number {
  const names = [e.caption, ...((e.properties.name ?? []) as string[]), ...((e.properties.alias ?? []) as string[])].join(' ').toLowerCase();
  return terms.reduce((s, t) => s + (names.includes(t) ? 2 : 1), 0) + (e.target ? 0.5 : 0);
}

export async function yenteSearch(db: Queryable, dataset: string, query: YenteSearchQuery) {
  const scope = await yenteScope(db);
  if (!(await knownDataset(db, scope, dataset))) throw new LeverageError('not_found', `no dataset ${dataset}`, { location: { column: 'dataset' } });
  const limit = query.limit ?? 10;
  const offset = query.offset ?? 0;
  const schema = query.schema ? yenteSchema(query.schema, 'schema') : undefined;
  const excluded = (query.exclude_schema ?? []).map((s) => yenteSchema(s, 'exclude_schema'));
  const terms = searchTerms(query.q, query.simple === true);
  const schemata = schema ? [schema, ...schema.getChildren()].filter((s) => !s.abstract).map((s) => s.name) : undefined;
  const rows = await ftmEntitiesRepository(db).find(scope.snapshots, { terms, schemata, max: CANDIDATES });
  const filters = (query.filter ?? []).map((f) => {
    const m = /^properties\.(\w+):(.*)$/.exec(f);
    if (!m) throw new LeverageError('invalid_value', `filter ${JSON.stringify(f)}`, { location: { column: 'filter' }, expected: 'properties.<name>:<value>' });
    return { prop: m[1], value: m[2] };
  });
  const countries = query.countries ?? [];
  const listed: YenteEntity[] = [];
  const lists = await officialLists(db);
  for (const list of lists) {
    if (dataset !== 'default' && dataset !== list.collection) continue;
    if (schemata && !schemata.some((s) => ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane'].includes(s))) continue;
    for (const e of await searchList(db, list, terms, lists)) listed.push(e);
  }
  const hits = [...rows.map((r) => toYente(r, scope)), ...listed.filter((e) => !schemata || schemata.includes(e.schema))]
    .filter((e) => inDataset(e, dataset))
    .filter((e) => !excluded.some((x) => FTM_MODEL.getSchema(e.schema).isA(x)))
    .filter((e) => !query.include_dataset?.length || query.include_dataset.some((d) => e.datasets.includes(d)))
    .filter((e) => !query.exclude_dataset?.some((d) => e.datasets.includes(d)))
    .filter((e) => {
      if (!countries.length) return true;
      const own = countriesOf(e);
      return query.filter_op === 'AND' ? countries.every((c) => own.includes(c)) : countries.some((c) => own.includes(c));
    })
    .filter((e) => !query.topics?.length || query.topics.some((t) => ((e.properties.topics ?? []) as string[]).includes(t)))
    .filter((e) => query.target === undefined || e.target === query.target)
    .filter((e) => !query.changed_since || (e.last_change ?? '') >= query.changed_since)
    .filter((e) => filters.every((f) => ((e.properties[f.prop] ?? []) as string[]).includes(f.value)));
  const [sortField, sortDir] = (query.sort?.[0] ?? '').split(':');
  if (sortField && ['first_seen', 'last_seen', 'last_change', 'caption'].includes(sortField)) {
    const key = sortField as 'first_seen' | 'last_seen' | 'last_change' | 'caption';
    const sign = sortDir === 'desc' ? -1 : 1;
    hits.sort((a, b) => sign * String(a[key] ?? '').localeCompare(String(b[key] ?? '')));
  } else if (terms.length) hits.sort((a, b) => relevance(b, terms) - relevance(a, terms));
  const facets: Record<string, Facet> = {};
  for (const name of query.facets?.length ? query.facets : DEFAULT_FACETS) {
    const counts = new Map<string, number>();
    for (const e of hits) {
      const values =
        name === 'countries'
          ? countriesOf(e)
          : name === 'topics'
            ? ((e.properties.topics ?? []) as string[])
            : name === 'datasets'
              ? e.datasets
              : name === 'schema'
                ? [e.schema]
                : [];
      for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    facets[name] = {
      label: name,
      values: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v, count]) => ({ name: v, label: v, count })),
    };
  }
  return {
    results: hits.slice(offset, offset + limit),
    facets,
    total: { value: hits.length, relation: rows.length >= CANDIDATES ? 'gte' : 'eq' },
    limit,
    offset,
  };
}
