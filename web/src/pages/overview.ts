/**
 * Overview: the stock of political prisoners over time (observed points, and a line between them
 * that is labelled as interpolation), releases and concessions on the same axis, the measures
 * strip, and the headline figures with their windows.
 */
import * as Plot from '@observablehq/plot';
import { timeChart } from '../lib/chart.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel, headline } from '../lib/panel.ts';
import { analysis, dateOf, records, sourceOf, type Measure, type Observation, type Release } from '../lib/data.ts';
import type { LedgerTotal } from '../../../src/analysis/index.ts';

const RELIEF = new Set(['ease', 'lift', 'delist']);

export async function overviewPage(page: HTMLElement): Promise<void> {
  const [stock, releases, measures] = await Promise.all([records('observations', { metric: 'current' }), records('releases'), records('measures')]);
  const counters = [...new Set(stock.map((o) => o.source_org))];
  const main = mostRows(stock);
  const latest = stock.filter((o) => o.source_org === main).at(-1);
  const to = latest?.date.slice(0, 10);
  const from = to ? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}` : undefined;
  const refill = to ? await analysis('refill', { from, to }).catch(() => undefined) : undefined;
  const ledger = await analysis('ledger').catch(() => undefined);

  // Releases after the last count are not in it yet: say so rather than let the figure look current.
  const since = latest ? releases.filter((r) => r.date.slice(0, 10) > latest.date.slice(0, 10)) : [];
  const sinceNote = since.length
    ? `; ${fmt(since.reduce((n, r) => n + r.count, 0))} released since (${since.map((r) => r.id).join(', ')}), not yet in a published count`
    : '';
  page.append(
    h('h1', {}, 'Political prisoners, releases and sanctions'),
    h(
      'div',
      { class: 'headlines' },
      headline(
        'political prisoners held',
        fmt(latest?.value),
        latest ? `${latest.source_org}, observed ${latest.date} (row ${latest.id})${sinceNote}` : 'no observation',
        'stock',
      ),
      headline(
        'refill ratio (new recognitions per person released)',
        refill?.refill_ratio != null ? fmt(refill.refill_ratio, 2) : '—',
        refill
          ? h(
              'span',
              {},
              `${refill.from} to ${refill.to}; inflow ${fmt(refill.inflow)} vs outflow ${fmt(refill.outflow)}` +
                `${refill.interval?.low != null ? `; interval ${fmt(refill.interval.low, 2)}–${fmt(refill.interval.high, 2)} (${refill.interval.kind})` : ''}; `,
              h('span', { class: 'estimated-share' }, `${Math.round(refill.estimated_share * 100)} % of the inflow estimated`),
              '. ',
              pressureLink(),
            )
          : 'not computable',
        'refill',
      ),
      headline(
        'people released per engagement (source-linked)',
        ledgerHeadline(ledger?.by_counterpart),
        h(
          'span',
          {},
          `top counterpart, ${ledger?.from ?? ''} to ${ledger?.to ?? ''}; strong links only; `,
          h('span', { class: 'estimated-share' }, `inflow over the period ${Math.round((ledger?.inflow?.estimated_share ?? 0) * 100)} % estimated`),
          '. ',
          pressureLink(),
        ),
        'ledger',
      ),
    ),
  );

  page.append(
    panel({
      id: 'stock',
      title: 'Political prisoners held (stock)',
      caption: `Dots are published counts (${stock.length} observations from ${counters.length} counter${counters.length === 1 ? '' : 's'}); the thin line only joins them and is not data. Green rules mark releases (height = people released), triangles mark sanctions relief.`,
      rows: stock.map((o) => ({ id: o.id, date: o.date, value: o.value, counter: o.source_org, publisher: o.publisher })),
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'value', label: 'Held' },
        { key: 'counter', label: 'Counter' },
        { key: 'id', label: 'Row' },
        { key: 'publisher', label: 'Source' },
      ],
      chart: () => stockChart(stock, releases, measures),
      sources: [...stock, ...releases].map(sourceOf),
      caveats: [
        'Counters are never mixed: each counter is its own series.',
        'Between two dots the stock is unknown; the line is an interpolation, not an observation.',
        'Release counts marked "announced" come from the authorities and are not confirmed by rights groups.',
      ],
    }),
  );

  page.append(
    panel({
      id: 'measures-strip',
      title: 'Sanctions measures by issuer',
      caption: 'Each tick is a measure; triangles are relief (ease, lift, delist).',
      rows: measures.map((m) => ({ id: m.id, date: m.date, issuer: m.issuer, action: m.action, summary: m.summary })),
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'issuer', label: 'Issuer' },
        { key: 'action', label: 'Action' },
        { key: 'summary', label: 'What' },
        { key: 'id', label: 'Row' },
      ],
      chart: () => measuresStrip(measures),
      sources: measures.map(sourceOf),
    }),
  );
}

function mostRows(obs: Observation[]): string | undefined {
  const n = new Map<string, number>();
  for (const o of obs) n.set(o.source_org, (n.get(o.source_org) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function ledgerHeadline(totals: LedgerTotal[] | undefined): string {
  if (!totals?.length) return '—';
  const top = [...totals].filter((t) => t.people_strong > 0).sort((a, b) => b.people_strong - a.people_strong)[0];
  return top ? `${top.key}: ${fmt(top.people_per_episode, 1)} (${fmt(top.people_strong)} in ${top.episodes})` : '—';
}

function stockChart(stock: Observation[], releases: Release[], measures: Measure[]): Element {
  const obs = stock.map((o) => ({ ...o, day: dateOf(o.date) }));
  const rel = releases.map((r) => ({ ...r, day: dateOf(r.date) }));
  const relief = measures.filter((m) => RELIEF.has(m.action)).map((m) => ({ ...m, day: dateOf(m.date) }));
  return timeChart({
    height: 380,
    marginLeft: 50,
    y: { label: 'people', grid: true, zero: true },
    color: { legend: true },
    marks: [
      Plot.lineY(obs, { x: 'day', y: 'value', z: 'source_org', stroke: '#bbb', strokeWidth: 1, strokeDasharray: '3,3', className: 'stock-interpolated' }),
      Plot.ruleX(rel, {
        x: 'day',
        y1: 0,
        y2: 'count',
        stroke: '#1a7f37',
        strokeWidth: 2,
        className: 'releases',
        title: (r: Release) => `${r.date}: ${r.count} released (${r.mode}, ${r.count_basis}) [${r.id}]`,
      }),
      Plot.dot(relief, {
        x: 'day',
        y: 0,
        symbol: 'triangle',
        r: 6,
        fill: '#b35900',
        className: 'relief',
        title: (m: Measure) => `${m.date} ${m.issuer} ${m.action}: ${m.summary} [${m.id}]`,
      }),
      Plot.dot(obs, {
        x: 'day',
        y: 'value',
        fill: 'source_org',
        r: 3,
        className: 'stock-observed',
        title: (o: Observation) => `${o.date}: ${o.value} (${o.source_org}) [${o.id}]`,
      }),
    ],
  });
}

function measuresStrip(measures: Measure[]): Element {
  const rows = measures.map((m) => ({ ...m, day: dateOf(m.date), relief: RELIEF.has(m.action) }));
  return timeChart({
    height: 40 + 28 * new Set(measures.map((m) => m.issuer)).size,
    marginLeft: 50,
    y: { label: null },
    marks: [
      Plot.tickX(
        rows.filter((r) => !r.relief),
        { x: 'day', y: 'issuer', stroke: '#555', className: 'measures', title: (m: Measure) => `${m.date} ${m.issuer} ${m.action}: ${m.summary}` },
      ),
      Plot.dot(
        rows.filter((r) => r.relief),
        {
          x: 'day',
          y: 'issuer',
          symbol: 'triangle',
          fill: '#b35900',
          r: 5,
          className: 'measures-relief',
          title: (m: Measure) => `${m.date} ${m.issuer} ${m.action}: ${m.summary}`,
        },
      ),
    ],
  });
}

/** Link from a headline card to the page that answers the question behind it. */
function pressureLink(): HTMLElement {
  return h('a', { href: '/?tab=pressure', class: 'to-pressure' }, 'Pressure and engagement');
}
