import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, LANGUAGES } from '../../src/analysis/news/index.ts';

// 2025-09-14 is a Sunday.
const PUB = '2025-09-14';
const one = (lang: string, text: string, published: string | undefined = PUB) => {
  const d = findDates(text, published, LANGUAGES[lang]!.dates).filter((x) => !x.coarse)[0];
  return d && { date: d.date, date_end: d.date_end, basis: d.basis };
};

test('weekdays resolve to the latest such day on or before publication, in each language', () => {
  assert.deepEqual(one('en', 'pardoned 52 people on Saturday'), { date: '2025-09-13', date_end: undefined, basis: 'relative' });
  assert.deepEqual(one('pl', 'we wtorek ułaskawił'), { date: '2025-09-09', date_end: undefined, basis: 'relative' });
  assert.deepEqual(one('ru', 'в субботу освободили'), { date: '2025-09-13', date_end: undefined, basis: 'relative' });
  assert.deepEqual(one('be', 'у суботу вызвалілі'), { date: '2025-09-13', date_end: undefined, basis: 'relative' });
  assert.deepEqual(one('es', 'el lunes fueron excarcelados'), { date: '2025-09-08', date_end: undefined, basis: 'relative' });
  assert.deepEqual(one('de', 'am Donnerstag freigelassen'), { date: '2025-09-11', date_end: undefined, basis: 'relative' });
  assert.equal(one('en', 'the envoy met him on Sunday')!.date, '2025-09-14');
});

test('a weekday in the future tense looks forward', () => {
  assert.equal(one('en', 'the envoy will visit on Tuesday')!.date, '2025-09-16');
});

test('relative words: yesterday, last week, ayer, вчера, wczoraj', () => {
  assert.equal(one('en', 'freed yesterday')!.date, '2025-09-13');
  assert.equal(one('en', 'last week 52 were freed')!.date, '2025-09-07');
  assert.equal(one('es', 'dijo ayer')!.date, '2025-09-13');
  assert.equal(one('ru', 'вчера задержали')!.date, '2025-09-13');
  assert.equal(one('pl', 'wczoraj zatrzymano')!.date, '2025-09-13');
  const note = findDates('freed yesterday', PUB, LANGUAGES.en!.dates)[0]!.note;
  assert.match(note, /yesterday.*2025-09-14/);
});

test('written-out days, ranges and the year when none is written', () => {
  assert.deepEqual(one('en', 'visited Minsk on 10-11 September'), { date: '2025-09-10', date_end: '2025-09-11', basis: 'explicit' });
  assert.deepEqual(one('en', 'on September 3, 2024'), { date: '2024-09-03', date_end: undefined, basis: 'explicit' });
  assert.deepEqual(one('ru', '12 сентября'), { date: '2025-09-12', date_end: undefined, basis: 'explicit' });
  assert.deepEqual(one('es', 'el 2 de septiembre'), { date: '2025-09-02', date_end: undefined, basis: 'explicit' });
  assert.deepEqual(one('pl', '5 września'), { date: '2025-09-05', date_end: undefined, basis: 'explicit' });
  // A December day in a September article without a year is last December.
  assert.equal(one('en', 'on 20 December')!.date, '2024-12-20');
});

test('without a publication date a relative word is unresolved, and says so', () => {
  const d = findDates('freed on Saturday', undefined, LANGUAGES.en!.dates)[0]!;
  assert.equal(d.basis, 'unknown');
  assert.equal(d.date, undefined);
});

test('a year alone is coarse (a background clue)', () => {
  const d = findDates('who was arrested in 2020', PUB, LANGUAGES.en!.dates)[0]!;
  assert.equal(d.coarse, true);
  assert.equal(d.date, '2020');
});

test('chrono-node adds written forms the rules miss, but no day after publication in a past-tense sentence', async () => {
  const { chronoParser } = await import('../../src/ingest/news/index.ts');
  const parser = chronoParser('en');
  const d = findDates('The pardons were signed Sep 9th.', PUB, LANGUAGES.en!.dates, parser).filter((x) => !x.coarse);
  assert.equal(d[0]?.date, '2025-09-09');
  const ahead = findDates('They were freed after two days of talks.', PUB, LANGUAGES.en!.dates, parser).filter((x) => x.date && x.date > PUB);
  assert.deepEqual(ahead, []);
});
