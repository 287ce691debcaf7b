/**
 * The shipped lists (data/lists/lists.json) load into an empty store with their dates, loading
 * again changes nothing, and screening the Belarusian spelling "Лукашэнка" finds Lukashenka's OFAC
 * entry first (issue 17, part 5).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedLists, shippedLists, loadScreeningEntries } from '../../src/app/index.ts';
import { buildCandidateIndex, screenName } from '../../src/names/candidate-index.ts';
import type { Store } from '../../src/store/db.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

let store: Store;
before(async () => {
  store = await openTestStore('lists_seed');
});
after(async () => store?.close());

test('the manifest names existing files with a date for each OFAC CSV set', () => {
  const lists = shippedLists();
  assert.equal(lists.length, 3);
  assert.deepEqual(
    lists.map((l) => l.as_of ?? null),
    ['2019-01-15', '2023-01-21', null],
  );
});

test('seedLists loads OFAC SDN 2019, 2023 and UN 2025 with their dates; again is a no-op; Лукашэнка screens to OFAC 9760 first', async () => {
  const first = await seedLists(store, undefined, { actor: TEST_ACTOR });
  assert.deepEqual(
    first.map((r) => [r.source, r.published, r.entities, r.skipped]),
    [
      ['us-ofac-sdn', '2019-01-15', 7379, false],
      ['us-ofac-sdn', '2023-01-21', first[1].entities, false],
      ['un-sc', '2025-11-20', 1000, false],
    ],
  );
  assert.ok(first[1].entities > 11000);
  const again = await seedLists(store, undefined, { actor: TEST_ACTOR });
  assert.deepEqual(
    again.map((r) => r.skipped),
    [true, true, true],
  );

  const index = buildCandidateIndex(await loadScreeningEntries(store));
  const [top] = screenName(index, 'Лукашэнка');
  assert.equal(top?.id, 'us-ofac-sdn:9760');
});
