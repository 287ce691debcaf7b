import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventStudy } from '../../src/analysis/index.ts';
import type { Contact, Release } from '../../src/domain/index.ts';
import { addDays, contact, measure, rel, registry } from './synthetic.ts';

test('event study: outcome by hand, seeded replay, and small n said plainly', () => {
  const reg = registry({
    contacts: [contact('c1', '2025-01-10', 'visit', 'US', 'BY'), contact('c2', '2025-04-10', 'visit', 'US', 'BY')],
    measures: [measure('p1', '2025-02-10', 'EU', 'expand')],
    releases: [rel('r1', '2025-01-12', 10), rel('r2', '2025-04-10', 4), rel('r3', '2025-02-25', 1)],
  });
  const r = eventStudy(reg, { k: 7, seed: 42, permutations: 500, from: '2025-01-01', to: '2025-06-30' });
  // c1: r1 two days later (10); c2: r2 the same day (4). Mean 7. p1: r3 is 15 days later → 0.
  assert.deepEqual(
    r.engagement.events.map((e) => [e.id, e.people, e.release_ids]),
    [
      ['c1', 10, ['r1']],
      ['c2', 4, ['r2']],
    ],
  );
  assert.equal(r.engagement.mean, 7);
  assert.equal(r.pressure.mean, 0);
  assert.equal(r.engagement.small_sample, true);
  assert.match(r.engagement.verdict, /too small/);
  assert.equal(r.engagement.p_value, null); // fewer than 3 events: no p-value at all
  assert.deepEqual(eventStudy(reg, { k: 7, seed: 42, permutations: 500, from: '2025-01-01', to: '2025-06-30' }), r);
});

test('event study: many engagement events each followed by a release stand out from placebo dates', () => {
  const contacts: Contact[] = [];
  const releases: Release[] = [];
  for (let i = 0; i < 20; i++) {
    const d = addDays('2024-01-05', i * 30);
    contacts.push(contact(`c${i}`, d, 'visit', 'US', 'BY'));
    releases.push(rel(`r${i}`, addDays(d, 1), 20));
  }
  const r = eventStudy(registry({ contacts, releases }), { k: 3, seed: 1, permutations: 999, from: '2024-01-01', to: '2025-12-31' });
  assert.equal(r.engagement.n, 20);
  assert.equal(r.engagement.mean, 20);
  assert.equal(r.engagement.small_sample, false);
  assert.ok(r.engagement.p_value! <= 0.002, String(r.engagement.p_value));
  assert.ok(r.engagement.interval.low! > 0);
});

test('event study: events whose window runs past the period are left out, not counted as zero', () => {
  const reg = registry({ contacts: [contact('c1', '2025-06-28', 'visit', 'US', 'BY')], releases: [rel('r1', '2025-01-01', 1)] });
  const r = eventStudy(reg, { k: 7, from: '2025-01-01', to: '2025-06-30' });
  assert.deepEqual(r.engagement.censored_ids, ['c1']);
  assert.equal(r.engagement.n, 0);
});
