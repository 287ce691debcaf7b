/**
 * Scenarios: fan charts (median, 50% and 90% bands) per scenario, side by side, on one y scale;
 * runs, horizon and seed in the permalink; the calibration and its unknowns stated next to them.
 */
import * as Plot from '@observablehq/plot';
import { getJson, postJson } from '../lib/api.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { readView, setView } from '../lib/state.ts';
import type { ScenarioCatalogue, ScenarioRunResponse as Run } from '../../../src/server/routes/scenarios.ts';
import type { MonthQuantiles as Quantile } from '../../../src/analysis/simulate/index.ts';

const monthDate = (m: string) => new Date(`${m}-01T00:00:00Z`);

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
        { class: c.rho.identified ? '' : 'error' },
        c.rho.identified
          ? `Arrest response to releases ρ ≈ ${fmt(c.rho.estimate, 2)}.`
          : `The arrest response to releases (ρ) is not identified by the data: runs carry its whole range ${c.rho.range[0]} to ${c.rho.range[1]}. ${c.rho.note ?? ''}`,
      ),
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
          Plot.plot({
            width: 360,
            height: 240,
            marginLeft: 48,
            x: { type: 'utc', label: null },
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
}
