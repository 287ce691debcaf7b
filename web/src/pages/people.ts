/**
 * People: search in any script or spelling (the name matcher), case pages with the case history,
 * recognition per counter, officials involved and their designations.
 */
import { getJson, postJson } from '../lib/api.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { records } from '../lib/data.ts';
import { readView, setView } from '../lib/state.ts';
import { recordHref } from './record.ts';
import type { Case } from '../../../src/domain/records.ts';
import type { ScreenResults } from '../../../src/server/routes/screen.ts';

export async function peoplePage(page: HTMLElement): Promise<void> {
  const v = readView();
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        setView({ q: String(new FormData(form).get('q') ?? ''), case: null });
      },
    },
    h(
      'label',
      {},
      'Name in any script or spelling ',
      h('input', { type: 'search', name: 'q', value: v.q ?? '', placeholder: 'a name in Cyrillic or Latin, any spelling…', autocomplete: 'off' }),
    ),
    h('button', { type: 'submit' }, 'Search'),
  );
  page.append(h('h1', {}, 'People'), form);
  if (v.case) return casePage(page, v.case);
  if (v.q) {
    const { results } = await postJson<ScreenResults>('/api/v1/screen', { name: v.q, limit: 20 });
    page.append(
      panel({
        id: 'search',
        title: `${results.length} candidates for “${v.q}”`,
        caption:
          'Scored by the cross-script matcher: a match is at or above its threshold (docs/matching.md). A weak alias (one a list marks low quality) weighs ×0.7 and never matches alone. Registry people link to their case.',
        rows: results.map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 })),
        columns: [
          {
            key: 'name',
            label: 'Name',
            format: (r) =>
              r.case_id
                ? h('a', { href: `/?tab=people&case=${encodeURIComponent(r.case_id)}`, 'data-result': r.id }, r.name)
                : h('span', { 'data-result': r.id }, r.name),
          },
          { key: 'matched_name', label: 'Matched spelling', format: (r) => (r.weak_alias ? `${r.matched_name} (weak alias)` : r.matched_name) },
          { key: 'origin', label: 'From' },
          { key: 'score', label: 'Score' },
          { key: 'match', label: 'Match', format: (r) => (r.match ? 'yes' : 'no') },
        ],
        sources: results.map((r) => ({ id: r.id, label: r.origin })),
      }),
    );
    return;
  }
  const cases = await records('cases');
  page.append(
    panel({
      id: 'cases',
      title: `${cases.length} cases in the registry`,
      caption: 'People named in releases and cases imported by rights groups. Many releases are count-only: names are often withheld.',
      rows: cases,
      columns: [
        { key: 'person', label: 'Person', format: (c) => h('a', { href: `/?tab=people&case=${encodeURIComponent(c.id)}` }, c.person) },
        { key: 'exit_date', label: 'Exit' },
        { key: 'exit_mode', label: 'How' },
        {
          key: 'release_id',
          label: 'Release',
          format: (c) => (c.release_id ? h('a', { href: recordHref('release', c.release_id), 'data-record-link': c.release_id }, c.release_id) : ''),
        },
        { key: 'id', label: 'Record', format: (c) => h('a', { href: recordHref('case', c.id), 'data-record-link': c.id }, c.id) },
        { key: 'recognised_by', label: 'Recognised by' },
      ],
      sources: cases.map((c) => ({ id: c.id, label: c.publisher, url: c.source_url })),
    }),
  );
}

async function casePage(page: HTMLElement, id: string): Promise<void> {
  const c = await getJson<Case>(`/api/v1/cases/${encodeURIComponent(id)}`);
  const history = [
    c.detained && { date: c.detained, what: 'detained' },
    c.sentence && { date: '', what: `sentenced: ${c.sentence}${c.court ? ` (${c.court})` : ''}` },
    ...(c.recognised_by ?? []).map((org) => ({ date: '', what: `recognised as a political prisoner by ${org}` })),
    c.exit_date && { date: c.exit_date, what: `left prison: ${c.exit_mode ?? 'unknown'}${c.release_id ? ` (release ${c.release_id})` : ''}` },
  ].filter(Boolean) as { date: string; what: string }[];
  page.append(
    h(
      'article',
      { class: 'case', 'data-case': c.id },
      h('h2', {}, c.person),
      h('p', {}, h('a', { href: recordHref('case', c.id), 'data-record-link': c.id }, 'The record, its history and edits')),
      c.person_names?.length ? h('p', {}, 'Also written: ', c.person_names.join(', ')) : null,
      h(
        'dl',
        {},
        [
          ['Charges', c.charges?.join('; ')],
          ['Court', c.court],
          ['Judge', c.judge],
          ['Prosecutor', c.prosecutor],
          ['Facility', c.facility],
          ['Recognised by', c.recognised_by?.join(', ') || 'no counter recorded'],
        ]
          .filter(([, x]) => x)
          .map(([k, x]) => [h('dt', {}, k!), h('dd', {}, x!)]),
      ),
    ),
  );
  page.append(
    panel({
      id: 'case-history',
      title: 'Case history',
      rows: history,
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'what', label: 'What' },
      ],
      sources: [{ id: c.id, label: c.publisher, url: c.source_url }],
      caveats: [c.evidence],
    }),
  );
  const officials = [c.judge, c.prosecutor].filter((x): x is string => Boolean(x));
  if (officials.length) {
    const screened = await Promise.all(
      officials.map((name) =>
        postJson<ScreenResults>('/api/v1/screen', { name, limit: 3 }).then((r) => ({ name, hits: r.results.filter((x) => x.origin === 'designation') })),
      ),
    );
    page.append(
      panel({
        id: 'officials',
        title: 'Officials in this case and their designations',
        rows: screened.flatMap((s) =>
          s.hits.length
            ? s.hits.map((hit) => ({ official: s.name, designation: hit.name, score: fmt(hit.score, 3), match: hit.match ? 'yes' : 'no' }))
            : [{ official: s.name, designation: 'none found', score: '', match: '' }],
        ),
        columns: [
          { key: 'official', label: 'Official' },
          { key: 'designation', label: 'Designation' },
          { key: 'score', label: 'Score' },
          { key: 'match', label: 'Match' },
        ],
        sources: [{ id: c.id, label: c.publisher, url: c.source_url }],
      }),
    );
  }
}
