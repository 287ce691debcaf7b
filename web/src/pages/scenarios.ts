/**
 * Scenarios: fan charts (median, 50% and 90% bands) per scenario, side by side, on one y scale;
 * runs, horizon and seed in the permalink; the calibration and its unknowns stated next to them.
 */
import * as Plot from '@observablehq/plot';
import { timeChart } from '../lib/chart.ts';
import { getJson, postJson } from '../lib/api.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { readView, setView } from '../lib/state.ts';
import type { ScenarioCatalogue, ScenarioRunResponse as Run } from '../../../src/server/routes/scenarios.ts';
import type { BacktestResult, Identification, MonthQuantiles as Quantile } from '../../../src/analysis/simulate/index.ts';

const monthDate = (m: string) => new Date(`${m}-01T00:00:00Z`);
/** The calibration's `identification` in words (src/analysis/simulate/identification.ts defines it). */
const RHO_STATUS: Record<Identification, string> = { identified: 'identified', weak: 'only weakly identified', not_identified: 'not identified' };

export async function scenariosPage(page: HTMLElement): Promise<void> {
  const v = readView();
  const cat = await getJson<ScenarioCatalogue>('/api/v1/scenarios');
  const names = cat.scenarios.map((s) => s.name);
  const chosen = (v.scenarios ?? names.slice(0, 3).join(',')).split(',').filter((n) => names.includes(n));
  const runs = Math.min(Number(v.runs ?? 2000) || 2000, cat.limits.runs);
  const months = Math.min(Number(v.months ?? cat.defaults.months) || cat.defaults.months, cat.limits.months);
  const seed = Number(v.seed ?? cat.defaults.seed) || 0;
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        setView({ scenarios: d.getAll('scenario').join(','), runs: String(d.get('runs')), months: String(d.get('months')), seed: String(d.get('seed')) });
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Scenarios'),
      cat.scenarios.map((s) =>
        h(
          'label',
          { title: s.description },
          h('input', { type: 'checkbox', name: 'scenario', value: s.name, checked: chosen.includes(s.name) }),
          ` ${s.name} `,
        ),
      ),
    ),
    h('label', {}, 'Runs ', h('input', { type: 'number', name: 'runs', min: 100, max: cat.limits.runs, step: 100, value: runs })),
    h('label', {}, 'Months ', h('input', { type: 'number', name: 'months', min: 1, max: cat.limits.months, value: months })),
    h('label', {}, 'Seed ', h('input', { type: 'number', name: 'seed', min: 0, value: seed })),
    h('button', { type: 'submit' }, 'Run'),
  );
  const c = cat.calibration;
  page.append(
    h('h1', {}, 'Scenarios'),
    h(
      'p',
      { class: 'caption' },
      `A stock-and-flow model calibrated on ${c.counter}'s counts (${c.window.from} to ${c.window.to}); runs start from ${fmt(c.start.stock)} held on ${c.start.date} (row ${c.start.id}). The bands are the model's uncertainty, not a forecast's.`,
    ),
    h(
      'ul',
      { class: 'caveats' },
      h(
        'li',
        {},
        `Recognitions λ ≈ ${fmt(c.lambda.estimate, 1)}/month (90%: ${fmt(c.lambda.interval90[0], 1)}–${fmt(c.lambda.interval90[1], 1)}); completions δ ≈ ${fmt(c.delta.estimate * 100, 2)}% of the stock per month.`,
      ),
      h(
        'li',
        { class: c.rho.identification === 'identified' ? '' : 'error', 'data-identification': c.rho.identification },
        c.rho.identification === 'identified'
          ? `Arrest response to releases ρ ≈ ${fmt(c.rho.estimate, 2)}.`
          : `The arrest response to releases (ρ) is ${RHO_STATUS[c.rho.identification]} by the data: runs carry its whole range ${c.rho.range[0]} to ${c.rho.range[1]}. ${c.rho.note ?? ''}`,
      ),
      c.start.at_least
        ? h(
            'li',
            { class: 'error at-least' },
            `The start, ${fmt(c.start.stock)} (${c.start.id}), is an "at least" count: a lower bound, not a value. Runs start from the bound, so every band is a lower bound at its start; the calibration reads such counts one-sided.`,
          )
        : [],
      c.warnings.map((w) => h('li', {}, w)),
    ),
    form,
  );
  const results = await Promise.all(chosen.map((scenario) => postJson<Run>('/api/v1/scenarios/run', { scenario, runs, months, seed })));
  const yMax = Math.max(1, ...results.flatMap((r) => r.quantiles.map((q) => q.p95)));
  const fans = h('div', { class: 'fans' });
  for (const r of results) {
    fans.append(
      panel({
        id: `fan-${r.scenario.name}`,
        title: r.scenario.name,
        caption: `${r.scenario.description} ${fmt(r.runs)} runs × ${r.months} months, seed ${r.seed}. Line: median; dark band: 50%; light band: 90%.`,
        rows: r.quantiles,
        columns: ['month', 'p05', 'p25', 'p50', 'p75', 'p95', 'mean', 'arrivals', 'completions', 'deaths', 'releases'].map((key) => ({
          key: key as keyof Quantile,
          label: key,
        })),
        chart: () =>
          timeChart({
            width: 360,
            height: 240,
            y: { domain: [0, yMax], grid: true, label: 'held' },
            marks: [
              Plot.areaY(r.quantiles, {
                x: (q: Quantile) => monthDate(q.month),
                y1: 'p05',
                y2: 'p95',
                fill: '#9ecae1',
                fillOpacity: 0.6,
                className: 'band-90',
              }),
              Plot.areaY(r.quantiles, {
                x: (q: Quantile) => monthDate(q.month),
                y1: 'p25',
                y2: 'p75',
                fill: '#3182bd',
                fillOpacity: 0.6,
                className: 'band-50',
              }),
              Plot.lineY(r.quantiles, { x: (q: Quantile) => monthDate(q.month), y: 'p50', stroke: '#08306b', className: 'median' }),
              Plot.dot([r.start], {
                x: (s: Run['start']) => monthDate(s.month),
                y: 'stock',
                fill: '#000',
                title: (s: Run['start']) => `observed ${s.stock} on ${s.date} (${s.id})`,
              }),
            ],
          }),
        sources: [{ id: r.start.id, label: `start stock, observed ${r.start.date}` }],
        caveats: r.scenario.assumptions,
      }),
    );
  }
  page.append(fans);
  if (chosen.length) await conditionalOnRho(page, chosen[0], c.rho.range, c.rho.identification, { runs: Math.min(runs, 1000), months, seed });
  await backtestPanel(page, { runs: Math.min(runs, 1000), seed });
}

/**
 * The backtest as the API gives it: calibrated only on rows published by the cut (no look-ahead),
 * checked month by month; the status quo (deals forecast) next to the releases given as they happened.
 */
async function backtestPanel(page: HTMLElement, opts: { runs: number; seed: number }): Promise<void> {
  const b = await getJson<BacktestResult>(`/api/v1/scenarios/backtest?runs=${opts.runs}&seed=${opts.seed}`);
  const [quo, given] = b.variants;
  const mark = (x: boolean | null) => (x === null ? '' : x ? 'yes' : 'no');
  const rows = quo.rows.map((r, i) => ({
    month: r.month,
    observed: r.observed ?? '',
    quo_p50: r.p50,
    quo_in90: mark(r.in90),
    given_p50: given.rows[i].p50,
    given_in90: mark(given.rows[i].in90),
    releases_given: given.rows[i].releases,
  }));
  const left = b.published_after_cut_ids;
  page.append(
    panel({
      id: 'backtest',
      title: `Backtest: calibrated on what was published by ${b.cut}`,
      caption:
        `Calibrated only on rows published by ${b.cut} (no look-ahead${left.length ? `: ${left.join(', ')} were dated earlier but published later, so left out` : ''}), ` +
        `started from ${b.start.at_least ? 'at least ' : ''}${fmt(b.start.stock)} (${b.start.id}) and checked against every observed month end to ${b.to}; ${fmt(b.runs)} runs, seed ${b.seed}. ` +
        `Status quo (deals forecast from the channels before the cut): ${Math.round((quo.coverage90 ?? 0) * 100)}% of observed months inside the 90% band; ` +
        `with the releases that really happened given: ${Math.round((given.coverage90 ?? 0) * 100)}%.`,
      rows,
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'observed', label: 'Observed' },
        { key: 'quo_p50', label: 'Status quo median' },
        { key: 'quo_in90', label: 'Status quo in 90%' },
        { key: 'given_p50', label: 'Given releases median' },
        { key: 'given_in90', label: 'Given releases in 90%' },
        { key: 'releases_given', label: 'Releases given' },
      ],
      chart: () =>
        timeChart({
          maxWidth: 900,
          height: 260,
          y: { grid: true, label: 'held' },
          marks: [
            Plot.areaY(given.rows, { x: (r: Quantile) => monthDate(r.month), y1: 'p05', y2: 'p95', fill: '#9ecae1', fillOpacity: 0.5 }),
            Plot.lineY(quo.rows, { x: (r: Quantile) => monthDate(r.month), y: 'p50', stroke: '#999', strokeDasharray: '4 3' }),
            Plot.lineY(given.rows, { x: (r: Quantile) => monthDate(r.month), y: 'p50', stroke: '#08306b' }),
            Plot.dot(
              quo.rows.filter((r) => r.observed !== null),
              { x: (r: Quantile) => monthDate(r.month), y: 'observed', fill: '#000', className: 'observed' },
            ),
          ],
        }),
      sources: [{ id: b.start.id, label: `start stock, published by ${b.cut}` }],
      caveats: [
        'The status quo forecasts deals only from the channels\' history before the cut; with the releases that really happened given, the flows are judged apart from the deals. Read the scenarios as "if deals come at this pace".',
      ],
    }),
  );
}

/**
 * ρ (the arrest response to releases) is not pinned down by the data, so averaging runs over an
 * arbitrary range of it hides a choice. This panel runs one scenario at a few fixed values of ρ
 * instead and shows them side by side: the reader sees how much the answer depends on it.
 */
async function conditionalOnRho(
  page: HTMLElement,
  scenario: string,
  range: [number, number],
  identification: Identification,
  opts: { runs: number; months: number; seed: number },
): Promise<void> {
  const values = [...new Set([range[0], 0, 1, range[1]].filter((x) => x >= range[0] && x <= range[1]))].sort((x, y) => x - y);
  const runs = await Promise.all(values.map((rho) => postJson<Run>('/api/v1/scenarios/run', { params: { base: scenario, rho }, ...opts })));
  const rows = runs.map((r, i) => {
    const end = r.quantiles.at(-1)!;
    return { rho: values[i], month: end.month, p05: end.p05, p50: end.p50, p95: end.p95, releases: end.releases, arrivals: end.arrivals };
  });
  const lines = runs.flatMap((r, i) => r.quantiles.map((q) => ({ rho: `ρ = ${values[i]}`, date: monthDate(q.month), p50: q.p50 })));
  page.append(
    panel({
      id: 'rho-conditional',
      title: `${scenario}, conditional on the arrest response ρ`,
      caption: `The same scenario run with ρ fixed at ${values.join(', ')} (${opts.runs} runs each, seed ${opts.seed}): ${identification === 'identified' ? 'ρ is identified by the data; the runs show how much the answer moves with it.' : `ρ is ${RHO_STATUS[identification]} by the data, so no single value, and no average over a range, is the answer.`} Table: the last month's median and 90% band.`,
      rows,
      columns: [
        { key: 'rho', label: 'ρ' },
        { key: 'month', label: 'Month' },
        { key: 'p05', label: 'p05' },
        { key: 'p50', label: 'Median' },
        { key: 'p95', label: 'p95' },
        { key: 'arrivals', label: 'Arrivals (month)' },
        { key: 'releases', label: 'Releases (month)' },
      ],
      chart: () =>
        timeChart({
          maxWidth: 900,
          height: 260,
          y: { grid: true, label: 'held (median)' },
          color: { legend: true },
          marks: [Plot.lineY(lines, { x: 'date', y: 'p50', stroke: 'rho', className: 'rho-median' })],
        }),
      sources: runs.slice(0, 1).map((r) => ({ id: r.start.id, label: `start stock, observed ${r.start.date}` })),
      caveats: ['Each line is a conditional answer: "if arrests respond to releases by ρ, then …".'],
    }),
  );
}
