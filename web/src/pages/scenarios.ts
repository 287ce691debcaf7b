/** Scenarios: fan charts (median, 50%, 90%) per scenario, side by side; parameters in the permalink. */
import * as Plot from '@observablehq/plot';
import { getJson, postJson } from '../lib/api.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { readView, setView } from '../lib/state.ts';

interface Quantile { month: string; p05: number; p25: number; p50: number; p75: number; p95: number }
interface Run { scenario: string; runs: number; months: number; seed: number; quantiles: Quantile[]; params?: Record<string, unknown> }
interface Catalogue { scenarios: { name: string; description?: string }[] }

export async function scenariosPage(page: HTMLElement): Promise<void> {
  const v = readView();
  const catalogue = await getJson<Catalogue>('/api/v1/scenarios');
  const names = catalogue.scenarios.map((s) => s.name);
  const chosen = (v.scenarios ?? names.slice(0, 3).join(',')).split(',').filter((n) => names.includes(n));
  const runs = Number(v.runs ?? 2000);
  const months = Number(v.months ?? 36);
  const seed = Number(v.seed ?? 1);
  const form = h('form', { class: 'filters', onsubmit: (e: Event) => {
    e.preventDefault();
    const d = new FormData(form);
    setView({ scenarios: d.getAll('scenario').join(','), runs: String(d.get('runs')), months: String(d.get('months')), seed: String(d.get('seed')) });
  } },
    h('fieldset', {}, h('legend', {}, 'Scenarios'), catalogue.scenarios.map((s) => h('label', { title: s.description ?? '' }, h('input', { type: 'checkbox', name: 'scenario', value: s.name, checked: chosen.includes(s.name) }), ` ${s.name} `))),
    h('label', {}, 'Runs ', h('input', { type: 'number', name: 'runs', min: 100, max: 100000, step: 100, value: runs })),
    h('label', {}, 'Months ', h('input', { type: 'number', name: 'months', min: 1, max: 120, value: months })),
    h('label', {}, 'Seed ', h('input', { type: 'number', name: 'seed', min: 0, value: seed })),
    h('button', { type: 'submit' }, 'Run'));
  page.append(h('h1', {}, 'Scenarios'), h('p', { class: 'caption' }, 'A calibrated stock-and-flow model; the bands show its uncertainty, including the weakly identified response of arrests to releases. These are model outputs, not forecasts.'), form);
  const results = await Promise.all(chosen.map((scenario) => postJson<Run>('/api/v1/scenarios/run', { scenario, runs, months, seed })));
  const fans = h('div', { class: 'fans' });
  const yMax = Math.max(...results.flatMap((r) => r.quantiles.map((q) => q.p95)), 1);
  for (const r of results) {
    fans.append(panel({
      id: `fan-${r.scenario}`,
      title: r.scenario,
      caption: `${fmt(r.runs)} runs × ${r.months} months, seed ${r.seed}. Line: median; dark band 50%; light band 90%.`,
      rows: r.quantiles,
      columns: [{ key: 'month', label: 'Month' }, { key: 'p05', label: '5%' }, { key: 'p25', label: '25%' }, { key: 'p50', label: 'Median' }, { key: 'p75', label: '75%' }, { key: 'p95', label: '95%' }],
      chart: () => Plot.plot({
        width: 360, height: 240, marginLeft: 48,
        x: { type: 'utc', label: null }, y: { domain: [0, yMax], grid: true, label: 'held' },
        marks: [
          Plot.areaY(r.quantiles, { x: (q: Quantile) => new Date(q.month), y1: 'p05', y2: 'p95', fill: '#9ecae1', fillOpacity: 0.5, className: 'band-90' }),
          Plot.areaY(r.quantiles, { x: (q: Quantile) => new Date(q.month), y1: 'p25', y2: 'p75', fill: '#3182bd', fillOpacity: 0.5, className: 'band-50' }),
          Plot.lineY(r.quantiles, { x: (q: Quantile) => new Date(q.month), y: 'p50', stroke: '#08306b', className: 'median' }),
        ],
      }),
      sources: [{ id: 'calibration', label: 'calibrated on the registry (see docs/methodology.md#scenarios)' }],
    }));
  }
  page.append(fans);
}
