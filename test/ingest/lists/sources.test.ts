/**
 * The registry of list sources is complete: every folder under src/ingest/lists/sources/ is
 * registered and holds the same cast of files, every descriptor has every member, and every source
 * claims at least one fixture in test/fixtures/lists/, reads it without error, and claims no other
 * source's fixture. Adding a list source = one folder + one registry line; forgetting a part fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { LIST_FORMAT_PATTERN, LIST_SOURCES } from '../../../src/domain/designation.ts';
import { LeverageError, type Warning } from '../../../src/domain/errors.ts';
import { detectFormat, LIST_FORMATS, openInput, parseFormat, planImport, readList, SOURCES, type ListEvent } from '../../../src/ingest/lists/index.ts';
import { fixture } from './helpers.ts';

const SOURCES_DIR = fileURLToPath(new URL('../../../src/ingest/lists/sources/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/lists/', import.meta.url));
/** The files every source folder holds: the descriptor, the source-shaped reader, the pure mappers. */
const CAST = ['index.ts', 'parse.ts', 'map.ts'];

const folders = readdirSync(SOURCES_DIR)
  .filter((f) => statSync(SOURCES_DIR + f).isDirectory())
  .sort();
const fixtures = readdirSync(FIXTURES_DIR)
  .filter((f) => !f.endsWith('.md'))
  .sort();

test('every folder under sources/ is registered under its own name, and every registered source has a folder', () => {
  assert.deepEqual([...SOURCES.map((s) => s.format)].sort(), folders);
  assert.equal(new Set(LIST_FORMATS).size, LIST_FORMATS.length, 'format ids are unique');
});

test('every source folder holds the same cast of files', () => {
  for (const folder of folders) {
    const files = readdirSync(SOURCES_DIR + folder);
    for (const f of CAST) assert.ok(files.includes(f), `sources/${folder}/ lacks ${f}`);
  }
});

test('every descriptor has every required member', () => {
  for (const s of SOURCES) {
    assert.match(s.format, LIST_FORMAT_PATTERN);
    for (const key of ['label', 'publisher', 'spec'] as const) assert.ok(typeof s[key] === 'string' && s[key].length > 0, `${s.format}: ${key}`);
    for (const key of ['sniff', 'records', 'events', 'defaultSource'] as const) assert.equal(typeof s[key], 'function', `${s.format}: ${key}`);
    assert.ok((LIST_SOURCES as readonly string[]).includes(s.defaultSource('list.xml')), `${s.format}: defaultSource names a known list`);
    assert.equal(s.sniff(Buffer.alloc(0)), false, `${s.format}: an empty file is not this format`);
    if (s.companions) {
      assert.ok(s.companions.order.includes(s.companions.primary), `${s.format}: the primary role is in the hash order`);
      assert.ok(s.companions.orphan.length > 0);
    }
  }
});

/** The sources whose sniffer claims a fixture's first bytes. */
async function claimants(name: string): Promise<string[]> {
  const input = await openInput(fixture(name));
  return SOURCES.filter((s) => s.sniff(input.probe.head)).map((s) => s.format);
}

test('no fixture is claimed by two sources, and a fixture nobody claims is refused with a reason', async () => {
  for (const name of fixtures) {
    const claimed = await claimants(name);
    assert.ok(claimed.length <= 1, `${name} is claimed by ${claimed.join(' and ')}`);
    if (claimed.length === 0) {
      const input = await openInput(fixture(name));
      assert.ok(
        SOURCES.some((s) => s.refuse?.(input.probe.head)),
        `${name}: no source claims or refuses it`,
      );
    }
  }
});

test('every source claims at least one fixture and reads every primary one without error', async () => {
  for (const s of SOURCES) {
    let read = 0;
    for (const name of fixtures) {
      if ((await claimants(name))[0] !== s.format) continue;
      const warnings: Warning[] = [];
      const input = await openInput(fixture(name), { warnings });
      if (s.companions && (s.companions.role(input.probe.head) ?? s.companions.primary) !== s.companions.primary) continue;
      assert.equal(detectFormat(input.probe.head, name), s.format);
      const events: ListEvent[] = [];
      for await (const e of readList(input, s.format)) events.push(e);
      assert.ok(
        events.some((e) => e.type !== 'meta'),
        `${name}: no designation, patch or delete`,
      );
      read++;
    }
    assert.ok(read > 0, `${s.format}: no fixture in test/fixtures/lists/ that it claims and reads`);
  }
});

test('a --format value is checked against the registry; the error lists every registered format', () => {
  for (const f of LIST_FORMATS) assert.equal(parseFormat(f), f);
  assert.throws(
    () => parseFormat('ofac-pdf'),
    (e: unknown) => e instanceof LeverageError && e.code === 'invalid_value' && e.expected === LIST_FORMATS.join(', '),
  );
});

test('planning marks a delta file as changes to the latest snapshot, a full list as not', async () => {
  const delta = 'opensanctions-delta-jsonl__opensanctions_yente__t2_20240528134729-3iv_entities.delta.json';
  const full = 'opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json';
  const jobs = await planImport([fixture(delta), fixture(full)]);
  assert.deepEqual(
    jobs.map((j) => [j.format, j.delta]),
    [
      ['ftm-delta', true],
      ['ftm-jsonl', false],
    ],
  );
});
