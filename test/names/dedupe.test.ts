import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, dedupeSuggestions, type ScreeningEntry } from '../../src/names/index.ts';

// The shipped cases: one per person named in a release. Mikola Statkevich is named in two
// releases (rel-2025-09-11, where he refused to leave, and rel-2026-02-19), so he has two cases.
const cases = parse(readFileSync(new URL('../../data/belarus/cases.csv', import.meta.url)), { columns: true }) as {
  id: string;
  person: string;
  person_names: string;
}[];
const entries: ScreeningEntry[] = cases.map((c) => ({
  id: c.id,
  names: [c.person, ...c.person_names.split(';').filter(Boolean)],
  schema: 'Person',
  origin: 'registry',
}));

test('the two cases of one person are suggested; different people are not', () => {
  const found = dedupeSuggestions(buildCandidateIndex(entries));
  const pairs = found.map((f) => [f.a, f.b].sort().join(' '));
  assert.ok(pairs.includes('case-rel-2025-09-11-2 case-rel-2026-02-19-1'), JSON.stringify(found));
  for (const f of found) assert.ok(f.score >= 0.75);
  // Tsikhanouski is in one case only; relatives or namesakes must not be paired with him.
  assert.ok(!found.some((f) => /Tsikhanouski/.test(f.nameA + f.nameB)));
});

test('designations are not deduplicated against the registry, and each pair appears once', () => {
  const withList: ScreeningEntry[] = [...entries, { id: 'us-ofac-sdn:1', names: ['STATKEVICH, Mikalai'], schema: 'Person', origin: 'designation' }];
  const found = dedupeSuggestions(buildCandidateIndex(withList));
  assert.ok(found.every((f) => !f.a.startsWith('us-ofac') && !f.b.startsWith('us-ofac')));
  const keys = found.map((f) => [f.a, f.b].sort().join(' '));
  assert.equal(new Set(keys).size, keys.length);
});
