/**
 * What the yente API keeps between requests (the source datasets counted per snapshot for the
 * catalog, the official lists' designations made searchable per snapshot) follows the data: an
 * import after the caches were filled shows at once in the catalog, in search and in match.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { importListFiles, type Store } from '../../src/app/index.ts';
import { fixture } from '../ingest/lists/helpers.ts';
import { TEST_ACTOR } from '../helpers/store.ts';
import { zalaServer } from './helpers.ts';

let app: FastifyInstance;
let store: Store;
let close: () => Promise<void>;
before(async () => {
  ({ app, store, close } = await zalaServer('yente_cache'));
});
after(() => close?.());

type Dataset = { name: string; entity_count: number; children?: string[] };
const catalog = async (): Promise<Dataset[]> => (await app.inject({ url: '/yente/catalog' })).json().datasets;
const search = async (url: string) => (await app.inject({ url: `/yente/search/${url}` })).json();

test('an OpenSanctions collection imported after the catalog was read: counted, searchable, matched', async () => {
  const before = await catalog();
  assert.ok(!before.some((d) => d.name === 't1'));
  const eu = before.find((d) => d.name === 'eu_fsf')!;
  assert.equal((await search('default?q=kuzmenko')).total.value, 0);
  const dir = join(mkdtempSync(join(tmpdir(), 'yente-cache-')), 't1');
  mkdirSync(dir);
  copyFileSync(fixture('opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json'), join(dir, 'entities.ftm.json'));
  await importListFiles(store, TEST_ACTOR, [join(dir, 'entities.ftm.json')]);
  const afterImport = await catalog();
  const t1 = afterImport.find((d) => d.name === 't1')!;
  assert.equal(t1.entity_count, 7);
  assert.deepEqual(t1.children, ['eu_fsf']);
  // Every t1 entity names eu_fsf: the source dataset's count grows by 7.
  assert.equal(afterImport.find((d) => d.name === 'eu_fsf')!.entity_count, eu.entity_count + 7);
  assert.equal(afterImport.find((d) => d.name === 'default')!.entity_count, 91 + 7);
  assert.equal((await search('default?q=kuzmenko')).results[0].id, 'NK-2Ka3UvopqbpZmVDFjWd4LA');
});

test('an official list imported after a search: its designations are searched, all of them, with an exact total', async () => {
  assert.equal((await app.inject({ url: '/yente/search/eu_fsf_list?q=x' })).statusCode, 404);
  const before = (await search('default?q=mohammed')).total.value;
  const [summary] = await importListFiles(store, TEST_ACTOR, [fixture('eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml')]);
  const after = await search('default?q=mohammed');
  assert.ok(after.total.value > before, `${after.total.value} > ${before}`);
  // The list's collection shares OpenSanctions' name eu_fsf; searched without terms it lists every designation.
  const listed = await search('eu_fsf?limit=500');
  // (zala's own Sanction entities have eu-fsf- ids too)
  const designations = listed.results.filter((r: { id: string; schema: string }) => r.id.startsWith('eu-fsf-') && r.schema !== 'Sanction');
  assert.equal(designations.length, summary!.entities);
  assert.equal(listed.total.relation, 'eq');
});
