/** Flows: monthly inflow and outflow by mode, the refill ratio, replacement times and residuals. */
import * as Plot from '@observablehq/plot';
import { timeChart } from '../lib/chart.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel, headline } from '../lib/panel.ts';
import { analysis, datasetProfile, dateOf } from '../lib/data.ts';
import { readView, setView } from '../lib/state.ts';

export async function flowsPage(page: HTMLElement): Promise<void> {
  const v = readView();
  // The dataset profile's period by default; without one, the analyses' own default (all the data).
  const period = (await datasetProfile())?.dashboard;
  const from = v.from ?? period?.from;
  const to = v.to ?? period?.to;
  const window = v.window ?? 'month';
  const [flows, refill] = await Promise.all([analysis('flows', { from, to, window }), analysis('refill', { from, to })]);
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        setView({ from: String(d.get('from')), to: String(d.get('to')), window: String(d.get('window')) });
      },
    },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: from ?? flows.from })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: to ?? flows.to })),
    h(
      'label',
      {},
      'Window ',
      h(
        'select',
        { name: 'window' },
        ['month', 'quarter', 'year'].map((w) => h('option', { value: w, selected: w === window }, w)),
      ),
    ),
    h('button', { type: 'submit' }, 'Apply'),
  );
  page.append(
    h('h1', {}, 'Flows'),
    form,
    h(
      'div',
      { class: 'headlines' },
      headline(
        'refill ratio I/O',
        fmt(refill.refill_ratio, 2),
        `${refill.from} to ${refill.to} (${refill.counter}); interval ${fmt(refill.interval?.low, 2)}–${fmt(refill.interval?.high, 2)}: ${refill.interval?.method ?? 'none'}`,
        'refill',
      ),
      headline('newly recognised (inflow)', fmt(refill.inflow), `over the same window; n = ${refill.n} source rows`, 'inflow'),
      headline('released (outflow)', fmt(refill.outflow), 'all modes, including counts only announced by the authorities', 'outflow'),
    ),
  );

  const rows = flows.windows.map((w) => ({
    from: w.from,
    to: w.to,
    inflow: Math.round(w.inflow.value),
    inflow_exact: w.inflow.exact ? 'observed' : 'partly estimated',
    outflow: w.outflow.total,
    ...w.outflow.by_mode,
    stock_start: w.stock_start.value,
    stock_end: w.stock_end.value,
    residual: w.identity.checked ? w.identity.residual : null,
    stock_basis: w.identity.stock_basis,
    source_ids: w.source_ids.join(';'),
  }));
  const modes = Object.keys(flows.windows[0]?.outflow.by_mode ?? {});
  page.append(
    panel({
      id: 'flows',
      title: `Inflow and outflow per ${window} (${flows.counter})`,
      caption: 'Up: newly recognised political prisoners. Down: people released, by mode. Hatched months have an estimated inflow.',
      rows,
      columns: [
        { key: 'from', label: 'From' },
        { key: 'to', label: 'To' },
        { key: 'inflow', label: 'Inflow' },
        { key: 'inflow_exact', label: 'Inflow basis' },
        { key: 'outflow', label: 'Outflow' },
        ...modes.map((m) => ({ key: m as 'outflow', label: m.replace(/_/g, ' ') })),
        { key: 'residual', label: 'Residual S(t1)−S(t0)−(I−O)' },
        { key: 'stock_basis', label: 'Stock basis' },
      ],
      chart: () =>
        timeChart({
          height: 360,
          marginLeft: 50,
          y: { label: 'people', grid: true },
          color: { legend: true },
          marks: [
            Plot.rectY(rows, {
              x1: (r) => dateOf(r.from),
              x2: (r) => dateOf(r.to),
              y: 'inflow',
              fill: '#b42318',
              fillOpacity: (r) => (r.inflow_exact === 'observed' ? 0.9 : 0.45),
              className: 'inflow',
              title: (r) => `${r.from}–${r.to}: ${r.inflow} newly recognised (${r.inflow_exact})`,
            }),
            Plot.rectY(
              rows.flatMap((r) => modes.map((m) => ({ from: r.from, to: r.to, mode: m, n: -((r as unknown as Record<string, number>)[m] ?? 0) }))),
              Plot.stackY({
                x1: (r) => dateOf(r.from),
                x2: (r) => dateOf(r.to),
                y: 'n',
                fill: 'mode',
                className: 'outflow',
                title: (r: { mode: string; n: number }) => `${r.mode}: ${-r.n}`,
              }),
            ),
            Plot.ruleY([0]),
          ],
        }),
      sources: flows.windows.flatMap((w) => w.source_ids.map((id) => ({ id }))),
      caveats: [
        `Inflow is recognition by the counter (${flows.counter}), which lags arrest; an estimated inflow spreads a period total over its days.`,
        'A residual is what the stock-flow identity leaves unexplained (unrecorded releases, sentence completions, recognition lags); it is shown, not hidden.',
      ],
    }),
  );
  page.append(
    panel({
      id: 'replacement',
      title: 'Replacement time of each release',
      caption: 'Days until the newly recognised since the release reach the number released; "not yet" shows the count so far.',
      rows: refill.replacement.map((r) => ({
        ...r,
        result: r.status === 'reached' ? `${r.days} days (on ${r.reached_on})` : `not yet: ${fmt(r.inflow_so_far)} of ${r.count} by ${r.as_of}`,
      })),
      columns: [
        { key: 'date', label: 'Release' },
        { key: 'count', label: 'Released' },
        { key: 'count_basis', label: 'Count basis' },
        { key: 'result', label: 'Replaced after' },
        { key: 'release_id', label: 'Row' },
      ],
      sources: refill.replacement.flatMap((r) => r.source_ids.map((id) => ({ id }))),
    }),
  );
}
