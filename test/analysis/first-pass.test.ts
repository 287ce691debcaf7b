/**
 * The rewrites that keep the first pass over a large registry compiled (issue 16) give the same
 * results as before: exact-size id lists, and the nearest engagement of a named concession.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exchangeLedger } from '../../src/analysis/index.ts';
import { buildIdIndex, namesOf, sizedLike } from '../../src/analysis/ids.ts';
import { contact, measure, rel, registry } from './synthetic.ts';

test('sizedLike: length n whether the model list is longer or shorter; namesOf: codes repeated or more than the ids', () => {
  assert.equal(sizedLike<string>(['a', 'b', 'c'], 2).length, 2);
  assert.equal(sizedLike<string>(['a'], 5).length, 5);
  assert.equal(sizedLike<string>([], 0).length, 0);
  const ix = buildIdIndex(['b', 'a', 'c']);
  // Codes follow the ids' order: a = 0, b = 1, c = 2.
  assert.deepEqual(namesOf(ix, Int32Array.of(2, 0)), ['c', 'a']);
  assert.deepEqual(namesOf(ix, [1, 1, 0, 2, 2]), ['b', 'b', 'a', 'c', 'c']);
  // More than 16,000 entries (the size where compiled `new Array(n)` gave up).
  const many = Array.from({ length: 20_000 }, (_, i) => `id-${String(i).padStart(5, '0')}`);
  const big = buildIdIndex(many);
  assert.deepEqual(namesOf(big, big.codes), many);
});

test('ledger: a named concession goes to the nearest episode, a relief one first on a tie, else the earlier one', () => {
  // Two US engagements 15 days either side of the release: a call before, an easing after.
  const tie = (afterKind: 'ease' | 'call') =>
    exchangeLedger(
      registry({
        contacts: [
          contact('before', '2025-04-20', 'call', 'US', 'Ruler'),
          ...(afterKind === 'call' ? [contact('after', '2025-05-20', 'call', 'US', 'Ruler')] : []),
        ],
        measures: afterKind === 'ease' ? [measure('after', '2025-05-20', 'US', 'ease')] : [],
        releases: [rel('r', '2025-05-05', 3, { brokered_by: ['US'], linked_concession: 'eased' })],
      }),
      { regime: ['Ruler'], strongDays: 20 },
    );
  const strongOf = (l: ReturnType<typeof exchangeLedger>) =>
    l.entries.filter((e) => e.releases.some((r) => r.link === 'strong')).map((e) => [e.id, e.releases.map((r) => r.via)]);
  assert.deepEqual(strongOf(tie('ease')), [['after', ['linked_concession']]]);
  assert.deepEqual(strongOf(tie('call')), [['before', ['linked_concession']]]);
  // Nothing within strongDays: the concession becomes its own episode.
  const alone = exchangeLedger(
    registry({
      contacts: [contact('far', '2025-01-01', 'call', 'US', 'Ruler')],
      releases: [rel('r', '2025-05-05', 3, { brokered_by: ['US'], linked_concession: 'eased' })],
    }),
    { regime: ['Ruler'] },
  );
  assert.deepEqual(strongOf(alone), [['r:named', ['linked_concession']]]);
  assert.deepEqual(alone.entries.find((e) => e.id === 'r:named')?.row_ids, []);
});
