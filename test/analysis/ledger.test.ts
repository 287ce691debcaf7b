import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exchangeLedger, readActors } from '../../src/analysis/index.ts';
import { contact, measure, rel, registry } from './synthetic.ts';

const reg = registry({
  contacts: [
    // A visit whose outcome names the 5 freed the same day, and a call with no outcome.
    contact('c1', '2025-03-01', 'visit', 'Envoy', 'Ruler', { outcome: '5 prisoners freed' }),
    contact('c2', '2025-03-01', 'statement', 'XX', 'Ruler'),
    contact('c3', '2025-06-01', 'call', 'XX', 'Ruler'),
  ],
  measures: [measure('m1', '2025-05-02', 'US', 'ease'), measure('p1', '2025-08-01', 'EU', 'expand')],
  releases: [
    rel('r1', '2025-03-01', 5, { brokered_by: ['US'] }),
    rel('r2', '2025-03-11', 7), // 10 days after the visit: by window
    rel('r3', '2025-05-05', 9, { brokered_by: ['US'], linked_concession: 'US eased sanctions' }), // names the concession: strong
    rel('r4', '2025-08-10', 4), // after the EU package (and within 30 days of no engagement)
  ],
});

test('ledger: strong ties come from sources, by-window ties from dates, and each release counts once', () => {
  const l = exchangeLedger(reg, { regime: ['XX', 'Ruler'] });
  const byId = Object.fromEntries(l.entries.map((e) => [e.id, e]));
  // The envoy is mapped to US from r1, brokered by US the same day.
  assert.equal(byId.c1.counterpart, 'US');
  assert.deepEqual(
    byId.c1.releases.map((r) => [r.id, r.link, r.via]),
    [
      ['r1', 'strong', 'contact_outcome:c1'],
      ['r2', 'by_window', 'window'],
    ],
  );
  assert.equal(byId.c1.people_strong, 5);
  assert.equal(byId.c1.people_by_window, 7);
  assert.deepEqual(
    byId.m1.releases.map((r) => [r.id, r.link, r.via]),
    [['r3', 'strong', 'linked_concession']],
  );
  assert.equal(byId.m1.relief, true);
  // The statement is words, not engagement: no row for c2.
  assert.equal(byId.c2, undefined);
  // US: 2 episodes (c1, m1), 14 people with a strong tie → 7 per episode.
  const us = l.by_counterpart.find((t) => t.key === 'US')!;
  assert.deepEqual([us.episodes, us.relief_episodes, us.people_strong, us.people_by_window, us.people_per_episode], [2, 1, 14, 7, 7]);
  // Pressure: the EU package is followed by r4 within 30 days (shown, not linked).
  assert.deepEqual(
    byId.p1.releases.map((r) => [r.id, r.link]),
    [['r4', 'by_window']],
  );
  assert.deepEqual(
    l.pressure_by_issuer.map((t) => [t.key, t.people_by_window]),
    [['EU', 4]],
  );
});

test('ledger: a named concession with no recorded measure becomes its own episode', () => {
  const l = exchangeLedger(registry({ releases: [rel('r9', '2025-01-10', 3, { brokered_by: ['VA'], linked_concession: 'at the request of the Pope' })] }));
  assert.deepEqual(
    l.entries.map((e) => [e.id, e.counterpart, e.kinds, e.people_strong]),
    [['r9:named', 'VA', ['named_in_source'], 3]],
  );
});

test('actors: the regime is inferred from who contacts are addressed to; names unresolved stay names', () => {
  const a = readActors(reg);
  // Every contact is addressed to "Ruler"; no code is ever a recipient, so none is read as the regime.
  assert.deepEqual(a.regime, ['Ruler']);
  assert.deepEqual(a.inferred, { Envoy: 'US' });
  assert.deepEqual(a.unresolved, []);
});
