/**
 * A panel: one chart or table with what every figure here carries — a chart/table toggle held in
 * the URL, a CSV download of exactly the rows shown, a permalink, and a sources & caveats list
 * naming the source rows behind it.
 */
import { h, type Child } from './dom.ts';
import { downloadCsv, toCsv } from './csv.ts';
import { readView, setView } from './state.ts';

export interface Column<R> {
  key: keyof R & string;
  label: string;
  /** How to show a cell (default: the value as text). */
  format?: (row: R) => Child;
}

export interface SourceRef {
  id: string;
  label?: string;
  url?: string;
}

export interface PanelSpec<R extends object> {
  /** Stable id: names the panel in the URL and in tests (`data-panel`). */
  id: string;
  title: string;
  caption?: Child;
  rows: R[];
  columns: Column<R>[];
  /** Draws the chart; absent for table-only panels. */
  chart?: () => Element;
  sources: SourceRef[];
  caveats?: string[];
}

export function panel<R extends object>(spec: PanelSpec<R>): HTMLElement {
  const key = `view.${spec.id}`;
  const mode = spec.chart && readView()[key] !== 'table' ? 'chart' : 'table';
  const body = h('div', { class: 'panel-body' });
  body.append(mode === 'chart' && spec.chart ? spec.chart() : table(spec));
  const toggle = spec.chart
    ? h(
        'button',
        {
          type: 'button',
          class: 'toggle',
          'aria-pressed': String(mode === 'table'),
          onclick: () => {
            setView({ [key]: mode === 'chart' ? 'table' : null });
          },
        },
        mode === 'chart' ? 'Show table' : 'Show chart',
      )
    : null;
  const csv = h(
    'button',
    {
      type: 'button',
      class: 'csv',
      onclick: () => downloadCsv(`${spec.id}.csv`, toCsv(spec.columns, spec.rows as Record<string, unknown>[])),
    },
    `Download CSV (${spec.rows.length} rows)`,
  );
  const link = h('a', { class: 'permalink', href: location.href, title: 'This view, with its filters, as a link' }, 'Permalink');
  return h(
    'section',
    { class: 'panel', 'data-panel': spec.id, 'data-mode': mode, 'aria-labelledby': `${spec.id}-title` },
    h('header', { class: 'panel-head' }, h('h2', { id: `${spec.id}-title` }, spec.title), h('div', { class: 'panel-actions' }, toggle, csv, link)),
    spec.caption ? h('p', { class: 'caption' }, spec.caption) : null,
    body,
    sourcesBlock(spec.sources, spec.caveats ?? []),
  );
}

export function table<R extends object>(spec: Pick<PanelSpec<R>, 'rows' | 'columns' | 'id'>): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { 'data-table': spec.id },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          spec.columns.map((c) => h('th', { scope: 'col' }, c.label)),
        ),
      ),
      h(
        'tbody',
        {},
        spec.rows.map((r) =>
          h(
            'tr',
            {},
            spec.columns.map((c) => h('td', {}, c.format ? c.format(r) : text((r as Record<string, unknown>)[c.key]))),
          ),
        ),
      ),
    ),
  );
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  if (typeof v === 'number') return v.toLocaleString('en', { maximumFractionDigits: 2 });
  return String(v);
}

function sourcesBlock(sources: SourceRef[], caveats: string[]): HTMLElement {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return h(
    'details',
    { class: 'sources' },
    h('summary', {}, `Sources (${unique.length} rows)${caveats.length ? ' and caveats' : ''}`),
    caveats.length
      ? h(
          'ul',
          { class: 'caveats' },
          caveats.map((c) => h('li', {}, c)),
        )
      : null,
    h(
      'ul',
      { class: 'source-rows' },
      unique.map((s) =>
        h(
          'li',
          { 'data-source-id': s.id },
          h('code', {}, s.id),
          s.label ? ' ' : '',
          s.url ? h('a', { href: s.url, rel: 'noreferrer', target: '_blank' }, s.label ?? s.url) : (s.label ?? ''),
        ),
      ),
    ),
  );
}

/** A headline figure: value, what it is, its window, and where it comes from. */
export function headline(label: string, value: string, note: Child, id: string): HTMLElement {
  return h(
    'div',
    { class: 'headline', 'data-headline': id },
    h('div', { class: 'value' }, value),
    h('div', { class: 'label' }, label),
    h('div', { class: 'note' }, note),
  );
}
