import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventStudy, MIN_EVENTS } from '../../src/analysis/index.ts';
import { addDays, contact, rel, registry } from './synthetic.ts';

const point = (s: ReturnType<typeof eventStudy>['sensitivity'], k: number, side = 'engagement') => s.points.find((p) => p.k === k && p.side === side)!;
const STUDY = { regime: ['XX'], from: '2024-01-01', to: '2024-12-31' };

test('sensitivity: a release on the event day is shown apart, not counted; events within k days collapse into one', () => {
  const reg = registry({
    contacts: [contact('c1', '2024-03-01', 'visit', 'US', 'XX'), contact('c2', '2024-03-06', 'visit', 'US', 'XX')],
    releases: [rel('same', '2024-03-01', 50), rel('after', '2024-03-04', 5)],
  });
  const s = eventStudy(reg, STUDY).sensitivity;
  const k7 = point(s, 7);
  assert.equal(k7.n, 1); // c2 starts 5 days after c1: one event at k = 7
  assert.deepEqual(k7.event_ids, ['c1']);
  assert.equal(k7.mean_people, 5);
  assert.equal(k7.mean_release_events, 1);
  assert.deepEqual(k7.same_day, { people: 50, release_events: 1 });
  // Without collapsing, the release of the 4th would be counted twice; with k = 3 the two events are apart.
  const short = eventStudy(reg, STUDY).sensitivity.points;
  assert.ok(
    short.every((p) => p.side !== 'engagement' || p.n === 1),
    'every pre-specified k ≥ 7 collapses the two',
  );
});

test('sensitivity: too few events give a description and no test', () => {
  const reg = registry({ contacts: [contact('c1', '2024-03-01', 'visit', 'US', 'XX')], releases: [rel('r', '2024-03-04', 5)] });
  const p = point(eventStudy(reg, STUDY).sensitivity, 30);
  assert.equal(p.p_value, null);
  assert.match(p.verdict, /description only/);
});

test('sensitivity: releases on holiday-pardon days are left out for events and shifted dates alike', () => {
  const profile = { holiday_pardons: [{ month_day: '07-03', label: 'holiday' }] } as unknown as NonNullable<Parameters<typeof eventStudy>[0]['profile']>;
  const reg = {
    ...registry({ contacts: [contact('c1', '2024-06-30', 'visit', 'US', 'XX')], releases: [rel('hol', '2024-07-02', 40), rel('other', '2024-07-10', 3)] }),
    profile,
  };
  const s = eventStudy(reg, STUDY).sensitivity;
  assert.deepEqual(s.excluded_release_ids, ['hol']);
  assert.equal(point(s, 14).mean_people, 3);
});

test('sensitivity: releases that regularly follow events give a small circular-shift p at short k', () => {
  // Ten visits 30 days apart, each followed three days later by a release; nothing else.
  const contacts = Array.from({ length: 10 }, (_, i) => contact(`c${i}`, addDays('2024-01-10', i * 30), 'visit', 'US', 'XX'));
  const releases = contacts.map((c, i) => rel(`r${i}`, addDays(c.date, 3), 10));
  const s = eventStudy(registry({ contacts, releases }), STUDY).sensitivity;
  const k7 = point(s, 7);
  assert.ok(k7.n >= MIN_EVENTS);
  assert.equal(k7.mean_people, 10);
  assert.ok(k7.p_value! < 0.05, String(k7.p_value));
  // At k = 30 windows collapse (events 30 days apart): the curve, not one p, is the answer.
  assert.deepEqual(s.windows, [7, 14, 30, 60, 90]);
});

test('sensitivity: a holiday-pardon day just outside the study period still marks the days next to it', () => {
  const profile = { holiday_pardons: [{ month_day: '01-01', label: 'New Year' }] } as unknown as NonNullable<Parameters<typeof eventStudy>[0]['profile']>;
  const reg = {
    ...registry({
      contacts: [contact('c1', '2024-01-02', 'visit', 'US', 'XX')],
      // 2 January follows the New Year (1 January, outside the period); 31 December precedes the next one.
      releases: [rel('jan2', '2024-01-02', 7), rel('jan5', '2024-01-05', 2), rel('dec31', '2024-12-31', 9)],
    }),
    profile,
  };
  const s = eventStudy(reg, { ...STUDY, from: '2024-01-02', to: '2024-12-31' }).sensitivity;
  assert.deepEqual(s.excluded_release_ids, ['jan2', 'dec31']);
  assert.equal(point(s, 7).same_day.people, 0);
});
