/**
 * Editing by hand: validated as an import is (errors name the field, a source is required),
 * editor and up only, audited with the note, refused when the record changed meanwhile (with
 * what changed), restorable, and its history readable: the diff for editors, only "when" for others.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ANONYMOUS, createRecord, editRecord, recentAudit, recordHistory, restoreRecord, verifyAudit, type Actor, type Store } from '../../src/app/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
before(async () => (store = await openTestStore('app_edit')));
after(() => store.close());

const ed: Actor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' };
const al: Actor = { id: 'al', role: 'editor', via: 'http', account: 'al' };
const viewer: Actor = { id: 'vic', role: 'viewer', via: 'http', account: 'vic' };
const release = {
  id: 'rel-t-1',
  date: '2025-06-21',
  count: 14,
  count_basis: 'confirmed',
  mode: 'pardon',
  source_url: 'https://example.org/r1',
  publisher: 'Example',
  evidence: 'Fourteen people freed.',
};
const err = (code: string, column?: string) => (e: unknown) =>
  e instanceof LeverageError && e.code === code && (column === undefined || e.location?.column === column);

test('create: editors only, validated like an import, a source and a note required', async () => {
  await assert.rejects(createRecord(store, viewer, 'releases', release, 'new'), err('forbidden'));
  await assert.rejects(createRecord(store, ANONYMOUS, 'releases', release, 'new'), err('forbidden'));
  await assert.rejects(createRecord(store, ed, 'releases', { ...release, count: -3 }, 'new'), err('invalid_value', 'count'));
  await assert.rejects(createRecord(store, ed, 'releases', { ...release, source_url: undefined }, 'new'), err('missing_field', 'source_url'));
  await assert.rejects(createRecord(store, ed, 'releases', { ...release, colour: 'red' }, 'new'), err('unknown_column', 'colour'));
  await assert.rejects(createRecord(store, ed, 'releases', release, '  '), err('missing_field', 'note'));
  const { record, etag } = await createRecord(store, ed, 'releases', release, "from the NGO's bulletin");
  assert.equal(record.count, 14);
  assert.match(etag, /^"[0-9a-f]{32}"$/);
  await assert.rejects(createRecord(store, ed, 'releases', release, 'again'), err('conflict'));
  const [last] = await recentAudit(store, 1);
  assert.deepEqual([last!.action, last!.recordKind, last!.recordId, last!.note], ['record.create', 'release', 'rel-t-1', "from the NGO's bulletin"]);
});

test('two editors start from the same version: the first save wins, the second is refused with what changed', async () => {
  const [{ etag }] = [await createRecord(store, ed, 'releases', { ...release, id: 'rel-t-2' }, 'new')];
  const first = await editRecord(store, ed, 'releases', 'rel-t-2', { ...release, id: 'rel-t-2', count: 16 }, { ifMatch: etag, note: 'two more confirmed' });
  assert.ok(first.saved);
  const second = await editRecord(store, al, 'releases', 'rel-t-2', { ...release, id: 'rel-t-2', mode: 'deportation' }, { ifMatch: etag, note: 'mode' });
  assert.equal(second.saved, false);
  if (second.saved) return;
  assert.equal(second.current.count, 16);
  assert.deepEqual(second.changed, { count: { before: 14, after: 16 } });
  assert.equal(second.etag, first.saved ? first.etag : '');
  await assert.rejects(editRecord(store, al, 'releases', 'rel-t-2', release, { note: 'no version' }), err('missing_field', 'If-Match'));
  await assert.rejects(
    editRecord(store, al, 'releases', 'rel-t-2', { ...release, id: 'other' }, { ifMatch: second.etag, note: 'x' }),
    err('invalid_value', 'id'),
  );
});

test('history: editors see who, why and the diff; viewers see only that it changed and when; a restore brings the old value back', async () => {
  const created = await createRecord(store, ed, 'releases', { ...release, id: 'rel-t-3' }, 'new');
  const edited = await editRecord(
    store,
    ed,
    'releases',
    'rel-t-3',
    { ...release, id: 'rel-t-3', count: 20 },
    { ifMatch: created.etag, note: 'corrected count' },
  );
  assert.ok(edited.saved);
  const h = await recordHistory(store, ed, 'releases', 'rel-t-3');
  assert.deepEqual(
    h.map((e) => e.action),
    ['record.create', 'record.edit'],
  );
  assert.deepEqual(h[1]!.changed, { count: { before: 14, after: 20 } });
  assert.equal(h[1]!.note, 'corrected count');
  assert.equal(h[1]!.actor, 'eve');
  const pub = await recordHistory(store, viewer, 'releases', 'rel-t-3');
  assert.deepEqual(Object.keys(pub[1]!).sort(), ['action', 'at', 'version']);
  await assert.rejects(
    restoreRecord(store, viewer, 'releases', 'rel-t-3', h[0]!.version, { ifMatch: edited.saved ? edited.etag : '', note: 'back' }),
    err('forbidden'),
  );
  const restored = await restoreRecord(store, ed, 'releases', 'rel-t-3', h[0]!.version, {
    ifMatch: edited.saved ? edited.etag : '',
    note: 'the first count was right',
  });
  assert.ok(restored.saved && restored.record.count === 14);
  const h2 = await recordHistory(store, ed, 'releases', 'rel-t-3');
  assert.equal(h2[2]!.action, 'record.restore');
  assert.deepEqual(h2[2]!.changed, { count: { before: 20, after: 14 } });
  assert.equal((await verifyAudit(store)).ok, true);
});

test('restore side=before brings back the version a change replaced (an imported record’s first version)', async () => {
  const { etag } = await createRecord(store, ed, 'releases', { ...release, id: 'rel-t-before', count: 7 }, 'as first reported');
  const edited = await editRecord(store, ed, 'releases', 'rel-t-before', { ...release, id: 'rel-t-before', count: 70 }, { ifMatch: etag, note: 'typo?' });
  assert.ok(edited.saved);
  const change = (await recordHistory(store, ed, 'releases', 'rel-t-before')).at(-1)!;
  assert.equal(change.action, 'record.edit');
  const back = await restoreRecord(store, ed, 'releases', 'rel-t-before', change.version, { ifMatch: edited.etag, note: 'it was 7', side: 'before' });
  assert.ok(back.saved && back.record.count === 7);
  const created = (await recordHistory(store, ed, 'releases', 'rel-t-before'))[0]!;
  await assert.rejects(
    restoreRecord(store, ed, 'releases', 'rel-t-before', created.version, { ifMatch: back.etag, note: 'before creation', side: 'before' }),
    err('not_found', 'version'),
  );
});
