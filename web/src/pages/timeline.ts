/** Timeline: every event, filterable by kind, actor and date range, each with its source. */
import { getJson, withQuery } from '../lib/api.ts';
import { h } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { readView, setView } from '../lib/state.ts';
import { recordHref } from './record.ts';
import type { TimelineEntry as Entry } from '../../../src/store/timeline.ts';

const KINDS = ['release', 'measure', 'contact', 'political_event'];
/** Entries fetched per page (the API pages the timeline; a page is one request). */
const PAGE = 500;

export async function timelinePage(page: HTMLElement): Promise<void> {
  const v = readView();
  const kinds = (v.kinds ?? '').split(',').filter((k) => KINDS.includes(k));
  const url = withQuery('/api/v1/timeline', { from: v.from, to: v.to, cursor: v.cursor, limit: PAGE }) + kinds.map((k) => `&kind=${k}`).join('');
  const { items, next_cursor: next } = await getJson<{ items: Entry[]; next_cursor?: string }>(url);
  const actorQ = (v.actor ?? '').toLowerCase();
  const rows = items.filter((e) => !actorQ || (e.actor ?? '').toLowerCase().includes(actorQ) || e.title.toLowerCase().includes(actorQ));
  page.append(
    h('h1', {}, 'Timeline'),
    filters(v, kinds),
    panel({
      id: 'timeline',
      title: `${rows.length} events${next || v.cursor ? ' on this page' : ''}`,
      caption: 'Releases, sanctions measures, diplomatic contacts and political events in date order.',
      rows,
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'kind', label: 'Kind' },
        { key: 'type', label: 'Type' },
        { key: 'actor', label: 'Actor' },
        { key: 'title', label: 'What' },
        {
          key: 'source_url',
          label: 'Source',
          format: (r) => (r.source_url ? h('a', { href: r.source_url, rel: 'noreferrer', target: '_blank' }, r.publisher ?? 'source') : ''),
        },
        { key: 'id', label: 'Row', format: (r) => h('a', { href: recordHref(r.kind, r.id), 'data-record-link': r.id }, r.id) },
      ],
      sources: rows.map((r) => ({ id: r.id, label: r.publisher ?? undefined, url: r.source_url ?? undefined })),
    }),
    pager(v.cursor, next),
  );
}

/** Links to the first and the next page (the cursor is part of the view, so a page has a permalink). */
function pager(current: string | undefined, next: string | undefined): HTMLElement {
  const nav = h('nav', { class: 'pager', 'aria-label': 'Timeline pages' });
  if (current) nav.append(h('button', { type: 'button', onclick: () => setView({ cursor: null }, { push: true }) }, 'First page'));
  if (next) nav.append(h('button', { type: 'button', 'data-next': '', onclick: () => setView({ cursor: next }, { push: true }) }, 'Next page'));
  return nav;
}

function filters(v: Record<string, string>, kinds: string[]): HTMLElement {
  const form = h('form', {
    class: 'filters',
    'aria-label': 'Filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      setView({
        cursor: null,
        from: String(data.get('from') ?? ''),
        to: String(data.get('to') ?? ''),
        actor: String(data.get('actor') ?? ''),
        kinds: data.getAll('kind').join(',') || null,
      });
    },
  });
  form.append(
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: v.from ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: v.to ?? '' })),
    h('label', {}, 'Actor or text ', h('input', { type: 'search', name: 'actor', value: v.actor ?? '', placeholder: 'an actor code or name…' })),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Kinds'),
      KINDS.map((k) => h('label', {}, h('input', { type: 'checkbox', name: 'kind', value: k, checked: kinds.includes(k) }), ` ${k.replace('_', ' ')} `)),
    ),
    h('button', { type: 'submit' }, 'Apply'),
  );
  return form;
}
