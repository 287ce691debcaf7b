import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents, LANGUAGES, matchEvent, type NewsLexicon } from '../../src/analysis/news/index.ts';
import { loadNewsLexicon } from '../../src/ingest/news/index.ts';

const lexicon = loadNewsLexicon() as NewsLexicon;
const run = (text: string, published = '2025-09-14', lang = 'en') => extractEvents(text, { published, patterns: LANGUAGES[lang]!, lexicon });

test('a release: count, mode, date from the weekday, offsets into the text', () => {
  const text = 'Intro line.\nThe president pardoned 31 political prisoners on Saturday, his office said.';
  const [e] = run(text);
  assert.equal(e!.kind, 'release');
  assert.equal(e!.count, 31);
  assert.equal(e!.mode, 'pardon');
  assert.equal(e!.date, '2025-09-13');
  assert.equal(e!.date_basis, 'relative');
  assert.equal(text.slice(e!.start, e!.end), e!.sentence);
  assert.equal(e!.offer, false);
  assert.equal(e!.background, false);
});

test('a sanction change: issuer, action, target, number of listings', () => {
  const [e] = run('The US Treasury on Friday eased sanctions on Belavia, the state airline.');
  assert.deepEqual([e!.kind, e!.issuer, e!.action, e!.target, e!.date], ['sanction_change', 'US', 'ease', 'Belavia', '2025-09-12']);
  const [l] = run('The European Union on Monday added 25 individuals and three companies to its sanctions list.');
  assert.deepEqual([l!.issuer, l!.action, l!.count], ['EU', 'expand', 28]);
});

test('a contact: the two sides, the mode, a multi-day date', () => {
  const [e] = run('A US delegation visited Minsk on 10-11 September for talks with officials.');
  assert.deepEqual([e!.kind, e!.from, e!.to, e!.mode, e!.date, e!.date_end], ['contact', 'US', 'BY', 'visit', '2025-09-10', '2025-09-11']);
});

test('a contact the release followed: dated back by the gap the sentence gives, or left undated; the visiting delegation is the side that initiated it', () => {
  const events = run('Minsk released 14 prisoners on Saturday, two days after talks with an American delegation.');
  const release = events.find((e) => e.kind === 'release')!;
  const contact = events.find((e) => e.kind === 'contact')!;
  assert.equal(release.date, '2025-09-13');
  assert.deepEqual([contact.from, contact.to, contact.date, contact.date_basis], ['US', 'BY', '2025-09-11', 'relative']);
  assert.match(contact.date_note!, /2 days before the release of 2025-09-13/);
  const week = run('Minsk freed 20 prisoners on Friday, a week after a visit by an envoy from the United States.').find((e) => e.kind === 'contact')!;
  assert.deepEqual([week.from, week.to], ['US', 'BY']);
  assert.equal(week.date_basis, 'unknown', 'the gap "a week" has no number: the day is not claimed');
  const three = run('Minsk freed 20 prisoners on Friday, 3 weeks after talks with a delegation from the United States.').find((e) => e.kind === 'contact')!;
  assert.deepEqual([three.from, three.date], ['US', '2025-08-22']);
  const undated = run('Minsk freed 20 prisoners on Friday following talks with an American delegation.').find((e) => e.kind === 'contact')!;
  assert.equal(undated.date, undefined);
  assert.equal(undated.date_basis, 'unknown');
  assert.match(undated.date_note!, /before the release of 2025-09-12/);
});

test('the same in Spanish, Russian, Polish and German: the contact two days before the release, the side of the delegation first', () => {
  const cases: Array<[string, string]> = [
    ['es', 'Minsk liberó a 14 presos políticos el sábado, dos días después de las conversaciones con una delegación estadounidense.'],
    ['ru', 'Лукашенко помиловал 14 заключённых в субботу, через два дня после переговоров с американской делегацией.'],
    ['pl', 'Łukaszenka ułaskawił w sobotę 14 więźniów politycznych, dwa dni po rozmowach z amerykańską delegacją.'],
    ['de', 'Minsk hat am Samstag 14 politische Gefangene freigelassen, zwei Tage nach Gesprächen mit einer Delegation aus den USA.'],
  ];
  for (const [lang, text] of cases) {
    const contact = run(text, '2025-09-14', lang).find((e) => e.kind === 'contact');
    assert.deepEqual([contact?.from, contact?.to, contact?.date], ['US', 'BY', '2025-09-11'], lang);
  }
});

test('an arrest needs a political article; a recognition has its counter and total', () => {
  const [a] = run('Police detained 14 opposition activists on Tuesday.');
  assert.deepEqual([a!.kind, a!.count, a!.date], ['arrest', 14, '2025-09-09']);
  assert.deepEqual(run('Police arrested a man for stealing a car on Tuesday.'), []);
  const [r] = run('Viasna recognised 17 more people as political prisoners, bringing the total to 1,150.');
  assert.deepEqual([r!.kind, r!.count, r!.total, r!.counter], ['recognition', 17, 1150, 'Viasna']);
});

test('offers and threats are marked offer, never changes', () => {
  for (const s of [
    'Washington is willing to ease sanctions on the potash industry.',
    'The EU threatened new sanctions against the officials.',
    'The US could lift sanctions on the airline if more prisoners are freed.',
  ]) {
    const events = run(s).filter((e) => e.kind === 'sanction_change');
    assert.ok(events.length > 0, s);
    assert.ok(
      events.every((e) => e.offer),
      s,
    );
  }
  const [ru] = run('Минск готов освободить 20 заключенных.', '2025-09-14', 'ru');
  assert.equal(ru?.offer, true);
  const [es] = run('El Gobierno está dispuesto a liberar a 30 presos políticos.', '2025-09-14', 'es');
  assert.equal(es?.offer, true);
});

test('background: an earlier event recalled is not the news', () => {
  const [a] = run('The rights defender Ales Bialiatski, who was arrested in 2021, remains a political prisoner.');
  assert.equal(a!.background, true);
  const events = run('Three prisoners were freed on Saturday. Last week, the authorities pardoned 23 people.');
  assert.deepEqual(
    events.map((e) => [e.count, e.background]),
    [
      [3, false],
      [23, true],
    ],
  );
  const [old] = run('In 2024 more than 200 political prisoners were pardoned.');
  assert.equal(old!.background, true);
});

test('distractors give nothing: sport, weather, economy', () => {
  assert.deepEqual(run('The striker, released by his club in the summer, scored twice on Saturday.'), []);
  assert.deepEqual(run('The central bank released its quarterly report on Friday.'), []);
  assert.deepEqual(run('Heavy snow left more than 300 villages without power on Thursday.'), []);
});

test('negation: nothing happened', () => {
  assert.deepEqual(run('The authorities did not release any political prisoners this week.'), []);
});

test('one event per real event: the headline and the lead merge', () => {
  const text =
    'Authorities free 52 political prisoners\n\nThe authorities freed 52 political prisoners on Saturday. The 52 prisoners were released after talks.';
  const events = run(text).filter((e) => e.kind === 'release');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-09-13');
});

test('matching: same kind, near date, same count → matches; a different count → may_match; else new', () => {
  const known = {
    releases: [{ id: 'rel-a', date: '2025-09-13', count: 52, count_basis: 'confirmed', mode: 'pardon' }],
    measures: [],
    contacts: [],
    observations: [],
  } as never;
  const [e] = run('The president pardoned 52 political prisoners on Saturday.');
  assert.deepEqual(matchEvent(e!, known), { status: 'matches', id: 'rel-a' });
  const [f] = run('The president pardoned 50 political prisoners on Friday.');
  const m = matchEvent(f!, known);
  assert.equal(m.status, 'may_match');
  assert.deepEqual(m.differences!.count, { candidate: 50, record: 52 });
  const [g] = run('The president pardoned 52 political prisoners on 1 August.');
  assert.deepEqual(matchEvent(g!, known), { status: 'new' });
});

test('matching: a record dated to the month is near every day of it; the differing action is named', () => {
  const known = {
    releases: [],
    measures: [{ id: 'm-month', date: '2025-09', issuer: 'US', action: 'ease', programme: [], target_kind: [], summary: '' }],
    contacts: [],
    observations: [],
  } as never;
  const [e] = run('The US Treasury on Friday lifted sanctions on Belavia.');
  const m = matchEvent(e!, known);
  assert.equal(m.status, 'may_match');
  assert.equal(m.id, 'm-month');
  assert.deepEqual(m.differences!.action, { candidate: 'lift', record: 'ease' });
  assert.equal(run('The ministry released a list of people it called extremists.').length, 0);
});
