/**
 * The one door for writes: the actor's role is checked before anything is written, the use
 * case's audit row names the actor, and a write that fails leaves neither data nor audit behind.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS, importListFiles, importRegistryFiles, operator, recentAudit, write, type Actor, type Store } from '../../src/app/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'leverage-write-'));
before(async () => (store = await openTestStore('app_write')));
after(() => store.close());

const CSV = `id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence
W-1,2025-01-31,current,1200,,,Counter,https://example.org/w1,Counter,2025-02-01,Monthly count.
`;
const csv = join(dir, 'observations.csv');
writeFileSync(csv, CSV);
const editor: Actor = { id: 'ed', role: 'editor', via: 'http' };

const count = async (table: string) => Number((await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n);

test('a viewer or an editor may not import registry files or lists: forbidden, nothing written, no audit row', async () => {
  const audits = await count('audit');
  for (const actor of [ANONYMOUS, editor]) {
    await assert.rejects(
      importRegistryFiles(store, actor, [csv]),
      (e: unknown) => e instanceof LeverageError && e.code === 'forbidden' && e.message.includes(actor.id),
    );
    await assert.rejects(importListFiles(store, actor, [csv]), (e: unknown) => e instanceof LeverageError && e.code === 'forbidden');
  }
  assert.equal(await count('observation'), 0);
  assert.equal(await count('audit'), audits);
});

test('an import by an operator writes the data and one audit row naming them', async () => {
  await importRegistryFiles(store, operator('ana'), [csv]);
  assert.equal(await count('observation'), 1);
  const [last] = await recentAudit(store, 1);
  assert.equal(last!.actor, 'cli:ana');
  assert.equal(last!.action, 'import');
  assert.deepEqual((last!.after as { records: number }[])[0]!.records, 1);
});

test('work that throws rolls back its writes and leaves no audit row', async () => {
  const audits = await count('audit');
  const useCase = { permission: 'edit', action: 'test.fail', what: 'fail on purpose' } as const;
  await assert.rejects(
    write(store, editor, useCase, async (tx) => {
      await tx.query(`INSERT INTO source (id, url, publisher) VALUES ('s-fail', 'https://example.org/fail', 'x')`);
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal(await count('audit'), audits);
  assert.equal(Number((await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM source WHERE id = 's-fail'`))[0]!.n), 0);
});

test('an editor passes the check for an edit use case, and the audit row says what the work returned', async () => {
  const useCase = { permission: 'edit', action: 'test.edit', what: 'edit' } as const;
  const result = await write(store, editor, useCase, async () => ({ result: 42, audit: { changed: 'nothing' } }));
  assert.equal(result, 42);
  const [last] = await recentAudit(store, 1);
  assert.deepEqual([last!.actor, last!.action, last!.after], ['ed', 'test.edit', { changed: 'nothing' }]);
});
