/** The review queue's use cases on a seeded store: submitting, de-duplication, each decision, undo, bulk, roles. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decideCandidate,
  decideMany,
  listQueue,
  queueArticle,
  readArticle,
  recordCitations,
  seed,
  undoDecision,
  type Actor,
  type Store,
} from '../../src/app/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { getRecord } from '../../src/app/index.ts';
import { releaseKind } from '../../src/domain/schema/release.ts';
import { loadTimeline } from '../../src/store/timeline.ts';
import { openTestStore } from '../helpers/store.ts';
import { ARTICLE_TEXT, EASING, EXTRACTION, RELEASE, eventIn } from './events.ts';

let store: Store;
const eve: Actor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' };
const vic: Actor = { id: 'vic', role: 'viewer', via: 'http', account: 'vic' };
const URL1 = 'https://news.example.org/2026/05/11/freed';

before(async () => {
  store = await openTestStore('news_review_queue');
  await seed(store);
});
after(() => store.close());

const audit = async (action: string) =>
  store.query<{ note: string; record_id: string | null; after: unknown }>(`SELECT note, record_id, after FROM audit WHERE action = $1 ORDER BY id`, [action]);
const rejects = (p: Promise<unknown>, code: string, column?: string) =>
  assert.rejects(p, (e: unknown) => e instanceof LeverageError && e.code === code && (!column || e.location?.column === column));

test('an article is stored once: by URL, then by its text; background mentions are not queued', async () => {
  const first = await queueArticle(store, eve, { text: ARTICLE_TEXT, url: URL1, published: '2026-05-11', title: 'Freed' }, EXTRACTION);
  assert.equal(first.duplicate, false);
  assert.equal(first.created.length, 2);
  assert.equal(first.background, 1);
  const again = await queueArticle(store, eve, { text: `${ARTICLE_TEXT} Updated.`, url: URL1 }, EXTRACTION);
  assert.equal(again.duplicate, true);
  assert.equal(again.article.id, first.article.id);
  const copied = await queueArticle(store, eve, { text: `${ARTICLE_TEXT}\r\n`, url: 'https://mirror.example.net/copy' }, EXTRACTION);
  assert.equal(copied.duplicate, true, 'the same text under another URL is the same article');
  const queue = await listQueue(store, eve);
  assert.deepEqual(
    queue.items.map((i) => i.kind),
    ['release', 'sanction_change'],
  );
  assert.equal((await audit('news.submit')).length, 3);
});

test('the same event told by a second article joins the candidate as a further source', async () => {
  const text = 'Fourteen prisoners walked free on 9 May, a rights group confirmed.';
  const event = eventIn(text, text, { kind: 'release', date: '2026-05-09', date_basis: 'explicit', count: 14, mode: 'pardon' });
  const out = await queueArticle(store, eve, { text, url: 'https://other.example.com/a/1', published: '2026-05-10' }, { events: [event] });
  assert.equal(out.created.length, 0);
  assert.equal(out.attached.length, 1);
  const [item] = (await listQueue(store, eve)).items.filter((i) => i.kind === 'release');
  assert.equal(item!.sources.length, 2);
  assert.deepEqual(
    item!.sources.map((s) => s.url),
    [URL1, 'https://other.example.com/a/1'],
  );
  assert.equal(text.slice(item!.sources[1]!.start, item!.sources[1]!.end), text);
});

test('a viewer can neither read the queue nor decide; nothing is written', async () => {
  await rejects(listQueue(store, vic), 'forbidden');
  const [item] = (await listQueue(store, eve)).items;
  await rejects(decideCandidate(store, vic, item!.id, { decision: 'reject', reason: 'no' }), 'forbidden');
  await rejects(queueArticle(store, vic, { text: 'x' }, { events: [] }), 'forbidden');
  assert.equal((await audit('news.reject')).length, 0);
});

test('accept creates the drafted record with the article as its source; it is on the timeline and audited', async () => {
  const item = (await listQueue(store, eve)).items.find((i) => i.kind === 'release')!;
  assert.deepEqual(item.draft.missing, []);
  const out = await decideCandidate(store, eve, item.id, { decision: 'accept', note: 'checked with a second outlet' });
  assert.deepEqual(out.record && { kind: out.record.kind, id: out.record.id, created: out.record.created }, {
    kind: 'release',
    id: 'rel-2026-05-09',
    created: true,
  });
  const record = (await getRecord(store, releaseKind, 'rel-2026-05-09'))!;
  assert.equal(record.source_url, URL1);
  assert.equal(record.publisher, 'news.example.org');
  assert.equal(record.count, 14);
  assert.equal(record.mode, 'pardon');
  assert.doesNotMatch(String(record.evidence), /their lawyers said/, 'evidence is our own words, not the sentence');
  const timeline = await loadTimeline(store, { from: '2026-05-01' });
  assert.ok(timeline.some((e) => e.id === 'rel-2026-05-09' && e.source_url === URL1));
  const [row] = await audit('news.accept');
  assert.equal(row!.record_id, 'rel-2026-05-09');
  assert.match(row!.note, /checked with a second outlet/);
  await rejects(decideCandidate(store, eve, item.id, { decision: 'reject', reason: 'late' }), 'conflict', 'candidate');
});

test('reject needs a reason, and keeps it in the audit log', async () => {
  const item = (await listQueue(store, eve)).items.find((i) => i.kind === 'sanction_change')!;
  await rejects(decideCandidate(store, eve, item.id, { decision: 'reject', reason: '  ' }), 'missing_field', 'reason');
  await decideCandidate(store, eve, item.id, { decision: 'reject', reason: 'the airline relief was announced, not done' });
  const [row] = await audit('news.reject');
  assert.match(row!.note, /announced, not done/);
  const rejected = await listQueue(store, eve, { status: 'rejected' });
  assert.equal(rejected.items[0]!.decision!.reason, 'the airline relief was announced, not done');
  assert.equal((await listQueue(store, eve)).items.length, 0);
});

test('undo: the last decision is reversed (a rejected candidate is pending again), then the one before (the created record goes)', async () => {
  const first = await undoDecision(store, eve);
  assert.equal(first.undone, 'reject');
  assert.equal(first.status, 'pending');
  const second = await undoDecision(store, eve);
  assert.equal(second.undone, 'accept');
  assert.equal(await getRecord(store, releaseKind, 'rel-2026-05-09'), undefined);
  assert.equal((await store.query('SELECT id FROM source WHERE url = $1', [URL1])).length, 0, 'the source the accept brought in goes with the record');
  assert.equal((await listQueue(store, eve)).items.length, 2);
  assert.equal((await audit('news.undo')).length, 2);
  await rejects(undoDecision(store, vic), 'forbidden');
});

test('a sanction change needs the fields the article cannot give: unedited accept names them and writes nothing; edited accept passes', async () => {
  const item = (await listQueue(store, eve)).items.find((i) => i.kind === 'sanction_change')!;
  assert.deepEqual(item.draft.missing, ['programme', 'target_kind']);
  await rejects(decideCandidate(store, eve, item.id, { decision: 'accept' }), 'missing_field', 'programme');
  assert.equal((await listQueue(store, eve)).items.length, 2, 'still pending');
  const out = await decideCandidate(store, eve, item.id, {
    decision: 'accept',
    edits: { programme: ['US-TEST'], target_kind: ['airline'], targets: 'the national carrier' },
    note: 'programme from the notice',
  });
  assert.equal(out.record!.id, 'm-US-2026-05-09');
  assert.equal((await audit('news.accept_edited')).length, 1);
});

test('an edited record cannot be undone away; undo says to edit or restore it', async () => {
  const { editRecord, recordEtag } = await import('../../src/app/index.ts');
  const { measureKind } = await import('../../src/domain/schema/measure.ts');
  const m = (await getRecord(store, measureKind, 'm-US-2026-05-09'))!;
  await editRecord(
    store,
    eve,
    'measure',
    'm-US-2026-05-09',
    { ...m, summary: 'Eased: servicing of the fleet.' },
    { ifMatch: recordEtag(m), note: 'tighter summary' },
  );
  await rejects(undoDecision(store, eve), 'conflict', 'record');
});

test('a candidate matching a known record: accept cites the article on it and changes nothing else', async () => {
  const text = 'Fifty-two prisoners were handed over at the border on Thursday.';
  const event = eventIn(text, text, {
    kind: 'release',
    date: '2025-09-11',
    count: 52,
    mode: 'deportation',
    match: { status: 'matches', id: 'rel-2025-09-11' },
  });
  const { created } = await queueArticle(store, eve, { text, url: 'https://third.example.org/x' }, { events: [event] });
  const before = await getRecord(store, releaseKind, 'rel-2025-09-11');
  const out = await decideCandidate(store, eve, created[0]!, { decision: 'accept' });
  assert.deepEqual(out.record, { kind: 'release', id: 'rel-2025-09-11', created: false });
  assert.deepEqual(await getRecord(store, releaseKind, 'rel-2025-09-11'), before);
  assert.deepEqual(
    (await recordCitations(store, eve, 'release', 'rel-2025-09-11')).map((c) => c.url),
    ['https://third.example.org/x'],
  );
});

test('merge cites every source article on the named record; an unknown record is refused', async () => {
  const text = 'An envoy met the leadership in the capital yesterday.';
  const event = eventIn(text, text, { kind: 'contact', date: '2026-05-20', from: 'US', to: 'XX', mode: 'meeting' });
  const { created } = await queueArticle(store, eve, { text, url: 'https://fourth.example.org/y' }, { events: [event] });
  await rejects(decideCandidate(store, eve, created[0]!, { decision: 'merge', kind: 'release', record: 'rel-1900-01-01' }), 'not_found', 'record');
  const out = await decideCandidate(store, eve, created[0]!, { decision: 'merge', kind: 'release', record: 'rel-2025-09-11', note: 'same visit' });
  assert.equal(out.status, 'merged');
  assert.equal((await recordCitations(store, eve, 'release', 'rel-2025-09-11')).length, 2);
});

test('snooze hides a candidate until its time; a past time is refused', async () => {
  const text = 'Seven people were detained at a concert on Friday.';
  const event = eventIn(text, text, { kind: 'arrest', date: '2026-05-22', count: 7 });
  const { created } = await queueArticle(store, eve, { text, url: 'https://fifth.example.org/z' }, { events: [event] });
  const now = new Date('2026-06-01T00:00:00Z');
  await rejects(decideCandidate(store, eve, created[0]!, { decision: 'snooze', until: '2026-05-01' }, now), 'invalid_value', 'until');
  await decideCandidate(store, eve, created[0]!, { decision: 'snooze', until: '2026-06-03T00:00:00Z', reason: 'wait for names' }, now);
  const ids = async (at: string) => (await listQueue(store, eve, { now: new Date(at) })).items.map((i) => i.id);
  assert.ok(!(await ids('2026-06-02T00:00:00Z')).includes(created[0]!));
  assert.ok((await ids('2026-06-04T00:00:00Z')).includes(created[0]!));
});

test('bulk reject: one reason for all, each candidate its own audited decision; an unknown id is reported, not fatal', async () => {
  const text = 'Officials spoke about prisoners on Monday. Two more were detained on Monday.';
  const events = [
    eventIn(text, 'Officials spoke about prisoners on Monday.', { kind: 'statement', date: '2026-05-25', who: ['an official'] }),
    eventIn(text, 'Two more were detained on Monday.', { kind: 'arrest', date: '2026-05-25', count: 2 }),
  ];
  const { created } = await queueArticle(store, eve, { text, url: 'https://sixth.example.org/w' }, { events });
  await rejects(decideMany(store, eve, created, { decision: 'reject', reason: '' }), 'missing_field', 'reason');
  const before = (await audit('news.reject')).length;
  const out = await decideMany(store, eve, [...created, '999999'], { decision: 'reject', reason: 'too vague' });
  assert.deepEqual(
    out.map((o) => o.ok),
    [true, true, false],
  );
  assert.match(out[2]!.error!, /no news candidate/);
  assert.equal((await audit('news.reject')).length, before + 2);
});

test('readArticle gives the text and every candidate with its offsets in that text', async () => {
  const { items } = await listQueue(store, eve, { status: 'all' });
  const release = items.find((i) => i.kind === 'release' && i.sources.some((s) => s.url === URL1))!;
  const view = await readArticle(store, eve, release.sources[0]!.article);
  assert.equal(view.article.text, ARTICLE_TEXT);
  const own = view.candidates.map((c) => c.sources.find((s) => s.article === view.article.id)!);
  assert.deepEqual(
    own.map((s) => view.article.text.slice(s.start, s.end)),
    [RELEASE.sentence, EASING.sentence],
  );
  await rejects(readArticle(store, eve, 'nope'), 'not_found');
});

test('draft edits: null or "" drops a field, and a "__proto__" key never reaches the prototype', async () => {
  const { draftRecord } = await import('../../src/app/index.ts');
  const { applyEdits } = await import('../../src/app/news-queue-record.ts');
  const { record } = draftRecord(RELEASE, { url: URL1, published: '2026-05-11', title: null });
  const edited = applyEdits(record, JSON.parse('{"__proto__": {"polluted": true}, "note": "x", "mode": null, "count": ""}'));
  assert.equal((edited as { polluted?: boolean }).polluted, undefined);
  assert.equal(Object.getPrototypeOf(edited), Object.prototype);
  assert.equal(edited.note, 'x');
  assert.ok(!('mode' in edited) && !('count' in edited));
});
