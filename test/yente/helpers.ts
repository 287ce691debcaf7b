/**
 * A server over a test store holding yente's zala fixture, imported as OpenSanctions publishes it
 * (`…/zala/entities.ftm.json`, so the collection is named `zala`), and yente's shape check of an
 * entity in an answer (the keys every entity carries, written from yente's contract).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { importListFiles, type Store } from '../../src/app/index.ts';
import { FTM_MODEL } from '../../src/export/ftm/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { fixture } from '../ingest/lists/helpers.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

export const ZAKHAROV = 'NK-aU5ybkbRFJucf8YMwsJvDw';

/** The server over zala, and with `t1` also yente's t1 fixture as a second collection named `t1`. */
export async function zalaServer(name: string, opts: { t1?: boolean } = {}): Promise<{ store: Store; app: FastifyInstance; close: () => Promise<void> }> {
  const store = await openTestStore(name);
  const root = mkdtempSync(join(tmpdir(), 'yente-'));
  const files = [['zala', 'opensanctions-ftm-jsonl__opensanctions_yente__zala_entities.ftm.json']];
  if (opts.t1) files.push(['t1', 'opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json']);
  for (const [collection, file] of files) {
    mkdirSync(join(root, collection!));
    copyFileSync(fixture(file!), join(root, collection!, 'entities.ftm.json'));
    await importListFiles(store, TEST_ACTOR, [join(root, collection!, 'entities.ftm.json')]);
  }
  const app = await buildApp({ store, dashboard: false });
  return {
    store,
    app,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

const KEYS = ['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target', 'first_seen', 'last_seen', 'last_change'];

/** The shape yente promises for every entity in an answer, nested entities included. */
export function assertEntityShape(e: Record<string, unknown>): void {
  for (const k of KEYS) assert.ok(k in e, `entity has ${k}`);
  assert.ok(typeof e.id === 'string' && e.id);
  assert.ok(typeof e.caption === 'string' && e.caption);
  assert.ok(FTM_MODEL.schemata[e.schema as string], `schema ${String(e.schema)}`);
  for (const [prop, values] of Object.entries(e.properties as Record<string, unknown[]>)) {
    assert.ok(Array.isArray(values), prop);
    for (const v of values) {
      if (v && typeof v === 'object') assertEntityShape(v as Record<string, unknown>);
      else assert.equal(typeof v, 'string', `${prop} value`);
    }
  }
  assert.ok(Array.isArray(e.datasets) && (e.datasets as unknown[]).every((d) => typeof d === 'string' && /^[a-z0-9_]+$/.test(d)));
  assert.ok(Array.isArray(e.referents));
  assert.equal(typeof e.target, 'boolean');
  for (const k of ['first_seen', 'last_seen', 'last_change']) if (e[k] !== null) assert.match(e[k] as string, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
}
