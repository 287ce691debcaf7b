/** Sanctions: measures by issuer and programme; list snapshots and their diffs with the entries. */
import * as Plot from '@observablehq/plot';
import { timeChart } from '../lib/chart.ts';
import { getJson, withQuery } from '../lib/api.ts';
import { h } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { dateOf, records, sourceOf, type Measure } from '../lib/data.ts';
import { readView, setView } from '../lib/state.ts';
import type { ListsDiffResponse, SnapshotItem } from '../../../src/server/routes/lists.ts';

export async function sanctionsPage(page: HTMLElement): Promise<void> {
  const v = readView();
  const measures = await records('measures', { issuer: v.issuer });
  const issuers = [...new Set((await records('measures')).map((m) => m.issuer))].sort();
  page.append(
    h('h1', {}, 'Sanctions'),
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      h(
        'label',
        {},
        'Issuer ',
        h(
          'select',
          { name: 'issuer', onchange: (e: Event) => setView({ issuer: (e.target as HTMLSelectElement).value || null }) },
          ['', ...issuers].map((i) => h('option', { value: i, selected: i === (v.issuer ?? '') }, i || 'all')),
        ),
      ),
    ),
  );
  const byProgramme = measures.flatMap((m) => m.programme.map((p) => ({ ...m, programme_tag: p, day: dateOf(m.date) })));
  page.append(
    panel({
      id: 'measures',
      title: `${measures.length} measures${v.issuer ? ` by ${v.issuer}` : ''}, by programme`,
      rows: measures.map((m) => ({ ...m, programme: m.programme.join(';') })),
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'issuer', label: 'Issuer' },
        { key: 'action', label: 'Action' },
        { key: 'programme', label: 'Programme' },
        { key: 'target_count', label: 'Targets' },
        { key: 'summary', label: 'What' },
        { key: 'id', label: 'Row' },
      ],
      chart: () =>
        timeChart({
          height: 60 + 24 * new Set(byProgramme.map((m) => m.programme_tag)).size,
          marginLeft: 190,
          y: { label: null },
          color: {
            legend: true,
            domain: ['impose', 'expand', 'extend', 'ease', 'lift', 'delist'],
            range: ['#7a0019', '#c2410c', '#a16207', '#15803d', '#16a34a', '#4ade80'],
          },
          marks: [
            Plot.dot(byProgramme, {
              x: 'day',
              y: 'programme_tag',
              fill: 'action',
              r: 5,
              className: 'measures',
              title: (m: Measure) => `${m.date} ${m.issuer} ${m.action}: ${m.summary}`,
            }),
          ],
        }),
      sources: measures.map(sourceOf),
    }),
  );
  await listsSection(page, v);
}

async function listsSection(page: HTMLElement, v: Record<string, string>): Promise<void> {
  const { items: snapshots } = await getJson<{ items: SnapshotItem[] }>('/api/v1/snapshots');
  page.append(
    panel({
      id: 'snapshots',
      title: `${snapshots.length} official list snapshots`,
      caption: snapshots.length
        ? 'Imported with `leverage lists import`. Pick two of the same source to see what changed.'
        : 'No list imported yet: run `leverage lists import FILE` (OFAC, EU, UK, UN, OpenSanctions).',
      rows: snapshots,
      columns: [
        { key: 'id', label: 'Snapshot' },
        { key: 'source', label: 'List' },
        { key: 'format', label: 'Format' },
        { key: 'published', label: 'Published' },
        { key: 'entities', label: 'Entities' },
        { key: 'names', label: 'Names' },
      ],
      sources: snapshots.map((s) => ({ id: s.id, label: `${s.source} ${s.published ?? ''}` })),
    }),
  );
  if (snapshots.length < 2) return;
  // Without a choice in the URL, the API picks the two latest snapshots of one source (older first).
  let diff: ListsDiffResponse;
  try {
    diff = await getJson<ListsDiffResponse>(withQuery('/api/v1/lists/diff', { a: v.a, b: v.b, programme: v.programme }));
  } catch (err) {
    page.append(h('p', { class: 'error' }, (err as Error).message));
    return;
  }
  const a = diff.a.id;
  const b = diff.b.id;
  const pick = (name: 'a' | 'b', value: string) =>
    h(
      'select',
      { name, onchange: (e: Event) => setView({ [name]: (e.target as HTMLSelectElement).value }) },
      snapshots.map((s) => h('option', { value: s.id, selected: s.id === value }, `${s.source} ${s.published ?? ''} (${s.id})`)),
    );
  page.append(
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      h('label', {}, 'From ', pick('a', a)),
      h('label', {}, 'To ', pick('b', b)),
      h(
        'label',
        {},
        'Programme ',
        h('input', {
          name: 'programme',
          value: v.programme ?? '',
          placeholder: 'a programme tag',
          onchange: (e: Event) => setView({ programme: (e.target as HTMLInputElement).value || null }),
        }),
      ),
    ),
  );
  const rows = [...diff.designated, ...diff.delisted, ...diff.amended].map((e) => ({
    ...e,
    programmes: e.programmes.join(';'),
    fields: (e.fields ?? []).join(';'),
  }));
  page.append(
    panel({
      id: 'diff',
      title: `${diff.designated.length} designated, ${diff.delisted.length} delisted, ${diff.amended.length} amended`,
      caption: 'Keyed on the list\'s stable ids, never on names. No official file marks removals: an id that disappears is "delisted".',
      rows,
      columns: [
        { key: 'change', label: 'Change' },
        { key: 'source_id', label: 'List id' },
        { key: 'name', label: 'Name' },
        { key: 'programmes', label: 'Programmes' },
        { key: 'fields', label: 'Fields changed' },
      ],
      sources: [diff.a, diff.b].map((s) => ({ id: s.id, label: `${s.source} ${s.published ?? ''}` })),
      caveats: diff.skipped_fields?.length ? [`Not compared, because one snapshot lacks them: ${diff.skipped_fields.join(', ')}.`] : [],
    }),
  );
}
