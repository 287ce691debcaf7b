/** Ledger: engagement episodes with the releases tied to them (strong vs by window), and pressure. */
import * as Plot from '@observablehq/plot';
import { pageWidth } from '../lib/chart.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { FOLLOWED_COLUMNS, followedRows, followedSources } from '../lib/pressure-followed.ts';
import { analysis } from '../lib/data.ts';
import { readView, setView } from '../lib/state.ts';

export async function ledgerPage(page: HTMLElement): Promise<void> {
  const v = readView();
  const window = v.window ?? '30';
  const data = await analysis('ledger', { from: v.from, to: v.to, window });
  const side = v.side === 'pressure' ? 'pressure' : 'engagement';
  const entries = data.entries.filter((e) => e.side === side && (!v.counterpart || e.counterpart === v.counterpart));
  const counterparts = [...new Set(data.entries.map((e) => e.counterpart))].sort();
  page.append(
    h('h1', {}, 'Exchange ledger'),
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      h('label', {}, 'Side ', select('side', ['engagement', 'pressure'], side)),
      h('label', {}, 'Counterpart ', select('counterpart', ['', ...counterparts], v.counterpart ?? '')),
      h('label', {}, 'Window (days after) ', select('window', ['7', '14', '30', '60', '90'], window)),
    ),
  );
  if (side === 'pressure') {
    // A list, never a total: one release follows several issuers' packages at once.
    const followed = followedRows(data.pressure_followed);
    page.append(
      panel({
        id: 'ledger-totals',
        title: "What followed each issuer's pressure packages",
        caption: `Releases within ${data.window_days} days after a package, each listed once per issuer. Not a link, and not additive: the same release appears under every issuer whose package it followed, so these rows must not be summed across issuers. ${data.from} to ${data.to}.`,
        rows: followed,
        columns: FOLLOWED_COLUMNS,
        sources: followedSources(followed),
        caveats: ['Non-additive: do not sum the people column; a release is listed under each issuer whose package preceded it.'],
      }),
    );
  }
  const totals = data.by_counterpart;
  if (side === 'engagement')
    page.append(
      panel({
        id: 'ledger-totals',
        title: side === 'engagement' ? 'People released per engagement, by counterpart' : 'Pressure episodes by issuer, and releases after them',
        caption: `Strong = a source names the link; by window = the release fell within ${data.window_days} days after (weaker: it only came after). ${data.from} to ${data.to}.`,
        rows: totals,
        columns: [
          { key: 'key', label: side === 'engagement' ? 'Counterpart' : 'Issuer' },
          { key: 'episodes', label: 'Episodes' },
          { key: 'people_strong', label: 'Released (strong)' },
          { key: 'people_by_window', label: 'Released (by window)' },
          { key: 'people_per_episode', label: 'Strong per episode', format: (t) => fmt(t.people_per_episode, 1) },
        ],
        chart: () =>
          Plot.plot({
            width: pageWidth(900),
            marginLeft: Math.min(200, 12 + 7 * Math.max(...totals.map((t) => t.key.length), 4)),
            x: { label: 'people released', grid: true },
            y: { label: null },
            color: { legend: true, domain: ['strong', 'by window'], range: ['#1a7f37', '#9fd3ad'] },
            marks: [
              Plot.barX(
                totals.flatMap((t) => [
                  { key: t.key, link: 'strong', n: t.people_strong },
                  { key: t.key, link: 'by window', n: t.people_by_window },
                ]),
                Plot.stackX({ y: 'key', x: 'n', fill: 'link', className: 'ledger-bars' }),
              ),
            ],
          }),
        sources: totals.flatMap((t) => t.source_ids.map((id) => ({ id }))),
        caveats: [
          'Episodes with fewer than a handful of releases are too few for a rate: read the counts, not the ratio.',
          'A release is tied to at most one engagement episode.',
        ],
      }),
    );
  page.append(
    panel({
      id: 'ledger-entries',
      title: `${entries.length} ${side} episodes`,
      rows: entries.map((e) => ({ ...e, tied: e.releases.map((r) => `${r.id} (${r.count}, ${r.link})`).join('; '), inflow: e.inflow_window.value })),
      columns: [
        { key: 'from', label: 'From' },
        { key: 'counterpart', label: 'Counterpart' },
        { key: 'kinds', label: 'What' },
        { key: 'tied', label: 'Releases tied' },
        { key: 'people_strong', label: 'Strong' },
        { key: 'people_by_window', label: 'By window' },
        { key: 'inflow', label: 'New recognitions in the window', format: (e) => fmt(e.inflow) },
        { key: 'row_ids', label: 'Rows' },
      ],
      sources: entries.flatMap((e) => e.source_ids.map((id) => ({ id }))),
    }),
  );
}

function select(name: string, options: string[], value: string): HTMLSelectElement {
  return h(
    'select',
    { name, onchange: (e: Event) => setView({ [name]: (e.target as HTMLSelectElement).value || null }) },
    options.map((o) => h('option', { value: o, selected: o === value }, o || 'all')),
  );
}
