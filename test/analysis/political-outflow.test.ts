/**
 * Political outflow over any window: with whole counts it is read off running sums and the noted
 * exits (no loop over every exit); with a count that is not whole, one exit at a time. Both give
 * what adding up each exit's on-list people gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, politicalOutflow, prepareFlows } from '../../src/analysis/index.ts';
import type { Registry } from '../../src/domain/index.ts';
import { addDays, registry, rel } from './synthetic.ts';

const NOTE = (n: number) => `Some were held for other reasons. On the counter's list: ${n}.`;

/** 60 releases over 2024, every fifth with a note (some above their count), and two deaths in custody. */
function sample(countOf: (k: number) => number): Registry {
  return registry({
    releases: Array.from({ length: 60 }, (_, k) =>
      rel(`r${String(k).padStart(2, '0')}`, addDays('2024-01-01', k * 6), countOf(k), k % 5 === 0 ? { note: NOTE(k % 3 === 0 ? 50 : 1) } : {}),
    ),
    events: [
      { id: 'd1', date: '2024-03-01', kind: 'death_in_custody', summary: 's', source_url: 'https://example.org/s', publisher: 'test', evidence: 'test' },
      {
        id: 'd2',
        date: '2024-09-15',
        kind: 'death_in_custody',
        summary: 's',
        quantity: 2,
        source_url: 'https://example.org/s',
        publisher: 'test',
        evidence: 'test',
      },
    ],
  });
}

/** The reference: every release and death in [a, b], its on-list people added one by one. */
function byHand(reg: Registry, a: number, b: number) {
  let total = 0;
  let recorded = 0;
  const adjusted: Array<[number, string]> = [];
  for (const r of reg.releases) {
    const d = dayOf(r.date);
    if (d < a || d > b) continue;
    const m = r.note ? /On the counter's list:\s*(\d+)/.exec(r.note) : null;
    const listed = m ? Math.min(r.count, Number(m[1])) : r.count;
    total += listed;
    recorded += r.count;
    if (listed !== r.count) adjusted.push([d, r.id]);
  }
  for (const e of reg.events) {
    const d = dayOf(e.date);
    if (d >= a && d <= b) {
      total += e.quantity ?? 1;
      recorded += e.quantity ?? 1;
    }
  }
  return { total, recorded, adjusted: adjusted.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1)).map((x) => x[1]) };
}

for (const [name, countOf] of [
  ['whole counts (running sums)', (k: number) => 1 + (k % 7)],
  ['a count that is not whole (one by one)', (k: number) => (k === 13 ? 2.5 : 1 + (k % 7))],
] as const) {
  test(`political outflow, ${name}: every window equals the sum exit by exit`, () => {
    const reg = sample(countOf);
    const ctx = prepareFlows(reg);
    assert.equal(ctx.exitCountSums === null, name.startsWith('a count'));
    const first = dayOf('2024-01-01');
    for (let a = first - 3; a < first + 370; a += 17)
      for (const len of [0, 5, 40, 200, 400]) {
        const got = politicalOutflow(reg, ctx, a, a + len);
        const want = byHand(reg, a, a + len);
        assert.equal(got.total, want.total, `total ${a}+${len}`);
        assert.equal(got.total_recorded, want.recorded, `recorded ${a}+${len}`);
        assert.deepEqual(got.adjusted_ids, want.adjusted, `adjusted ${a}+${len}`);
      }
  });
}
