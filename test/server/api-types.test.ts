/**
 * The dashboard types its reads with `RecordTypes` (src/server/routes/records.ts), a map written
 * by hand: this keeps it in step with the record routes, which are generated from the kinds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORD_KINDS } from '../../src/domain/schema/index.ts';
import type { RecordTypes } from '../../src/server/routes/records.ts';

test('RecordTypes has one entry per record route, keyed by the kind plural', () => {
  // A key missing here or unknown to RecordTypes fails `tsc`; a kind missing from RecordTypes fails below.
  const plurals: Record<keyof RecordTypes, true> = { releases: true, measures: true, contacts: true, events: true, observations: true, cases: true };
  assert.deepEqual(Object.keys(plurals).sort(), RECORD_KINDS.map((k) => k.plural).sort());
});
