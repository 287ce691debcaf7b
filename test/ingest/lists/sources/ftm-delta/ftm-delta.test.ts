/**
 * OpenSanctions delta files (FORMATS.md §5.3), applied in version order to a snapshot. Expected
 * ops from grep: grep -o '"op": *"[A-Z]*"' FILE | sort | uniq -c (files without a final newline included).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LeverageError } from '../../../../../src/domain/errors.ts';
import { collectDesignations, detectFormat, openInput, readList } from '../../../../../src/ingest/lists/index.ts';
import { fixture, readFixture } from '../../helpers.ts';

const VERSIONS = ['20240527194702-wnk', '20240528014702-pfh', '20240528074703-npf', '20240528134729-3iv'];
const file = (v: string) => `opensanctions-delta-jsonl__opensanctions_yente__t2_${v}_entities.delta.json`;

test('each delta file is detected by content', async () => {
  for (const v of VERSIONS) {
    const input = await openInput(fixture(file(v)));
    assert.equal(detectFormat(input.probe.head, file(v)), 'ftm-delta');
  }
});

test('deltas applied in order: ADD, MOD replace; DEL removes (NK-500Poltergeist added then deleted)', async () => {
  let state = new Map();
  const seenIds: string[] = [];
  for (const v of VERSIONS) {
    const input = await openInput(fixture(file(v)));
    for await (const e of readList(input, 'ftm-delta')) if (e.type === 'designation') seenIds.push(e.designation.sourceId);
    state = (await collectDesignations(readList(await openInput(fixture(file(v))), 'ftm-delta'), state)).designations;
  }
  assert.ok(seenIds.includes('NK-500Poltergeist'));
  assert.ok(!state.has('NK-500Poltergeist'));
  assert.ok(state.size > 0);
});

test('the delta index (delta.json) is refused with a hint', async () => {
  await assert.rejects(
    readFixture('opensanctions-delta-index__opensanctions_yente__t2_delta.json', [], 'ftm-delta'),
    (e: unknown) => e instanceof LeverageError && /delta index/.test(e.message),
  );
});

test('an unknown op is an error naming the line and field', async () => {
  const input = await openInput('d.json', { bytes: Buffer.from('{"op":"ADD","entity":{"id":"a","schema":"Person"}}\n{"op":"UPSERT","entity":{"id":"b"}}') });
  await assert.rejects(
    async () => {
      for await (const _ of readList(input, 'ftm-delta')) void _;
    },
    (e: unknown) => e instanceof LeverageError && e.location?.line === 2 && e.location?.column === 'op',
  );
});
