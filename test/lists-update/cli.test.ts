/**
 * `leverage lists update` as a command, piped (so no progress bar): what it prints for an imported,
 * an unchanged and a failed source, and exit code 1 when a source failed. Served file: the OFAC
 * advanced XML sample.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

const BIN = fileURLToPath(new URL('../../bin/leverage.js', import.meta.url));
let server: FixtureServer;
let env: NodeJS.ProcessEnv;
let sourcesFile: string;
before(async () => {
  server = await startFixtureServer();
  server.set('/sdn.xml', readFileSync(new URL('../fixtures/lists/ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml', import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'leverage-update-cli-'));
  sourcesFile = join(dir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [
        { id: 'sdn', source: 'us-ofac-sdn', files: [{ url: server.url('/sdn.xml'), name: 'sdn_advanced.xml' }] },
        { id: 'gone', source: 'un-sc', enabled: false, files: [{ url: server.url('/missing.xml'), name: 'consolidated.xml' }] },
      ],
    }),
  );
  if (onPostgres) await (await openTestStore('lists_update_cli', { migrated: false })).close();
  env = {
    ...process.env,
    LEVERAGE_DATA_DIR: join(dir, 'data'),
    LEVERAGE_PG_SCHEMA: testSchema('lists_update_cli'),
    LEVERAGE_WEBHOOKS: '',
    LEVERAGE_WEBHOOK_URL: '',
  };
});
after(() => server.close());

/** Runs `lists update` in a child process, piped. */
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  // Not spawnSync: it would block this process, and with it the fixture server.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'lists', 'update', '--sources', sourcesFile, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('piped: imported, then unchanged (304); no progress bar on stderr', async () => {
  const first = await run();
  assert.equal(first.status, 0, first.stderr);
  assert.match(
    first.stdout,
    /^imported sdn: us-ofac-sdn-\w+ published \d{4}-\d{2}-\d{2}, 4 entities\n {2}first snapshot from this source: nothing to compare\n$/,
  );
  assert.doesNotMatch(first.stderr, /bytes|█|░/);
  const second = await run();
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /^unchanged sdn: not modified \(304\) \(snapshot us-ofac-sdn-\w+\)\n$/);
});

test('a failed source is printed with its URL and the command exits 1', async () => {
  const out = await run('sdn', 'gone');
  assert.equal(out.status, 1);
  assert.match(out.stdout, /^failed gone: gone: http:\/\/127\.0\.0\.1:\d+\/missing\.xml: the server answered 404/m);
  assert.match(out.stdout, /^unchanged sdn/m);
});

test('an unknown source is refused with the ids there are', async () => {
  const out = await run('nope');
  assert.equal(out.status, 1);
  assert.match(out.stderr, /no list source nope \(expected sdn, gone\)/);
});
