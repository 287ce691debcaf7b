/** The review page's pieces: the article with its sentences highlighted, a candidate's card, and the decision forms. */
import { h, type Child } from './dom.ts';
import { facts, type Article, type QueueItem } from './review-api.ts';

export type FormKind = 'reject' | 'edit' | 'merge' | 'snooze' | 'bulk-reject';

/** The article's text with each candidate's sentence (as this article told it) in a <mark>; overlapping spans keep the first. */
export function highlighted(article: Article, candidates: QueueItem[]): Child[] {
  const spans = candidates
    .map((c) => ({ c, s: c.sources.find((s) => s.article === article.id) }))
    .filter((x): x is { c: QueueItem; s: QueueItem['sources'][number] } => Boolean(x.s))
    .sort((a, b) => a.s.start - b.s.start);
  const out: Child[] = [];
  let at = 0;
  for (const { c, s } of spans) {
    if (s.start < at || s.end > article.text.length) continue;
    out.push(article.text.slice(at, s.start));
    out.push(h('mark', { 'data-candidate': c.id, class: `kind-${c.kind}`, title: `${c.kind} (${c.status})` }, article.text.slice(s.start, s.end)));
    at = s.end;
  }
  out.push(article.text.slice(at));
  return out;
}

const BUTTONS: [key: string, label: string][] = [
  ['a', 'Accept'],
  ['e', 'Edit'],
  ['m', 'Merge'],
  ['r', 'Reject'],
  ['s', 'Snooze'],
];

export function candidateCard(
  item: QueueItem,
  o: { current: boolean; selected: boolean; articleId?: string; onSelect: () => void; onAction: (key: string) => void },
): HTMLElement {
  const e = item.event;
  const own = item.sources.find((s) => s.article === o.articleId) ?? item.sources[0];
  const match = e.match;
  const open = item.status === 'pending' || item.status === 'snoozed';
  return h(
    'article',
    {
      class: `candidate${o.current ? ' current' : ''}${o.selected ? ' selected' : ''}`,
      'data-candidate': item.id,
      'data-kind': item.kind,
      'data-status': item.status,
      'aria-current': o.current ? 'true' : undefined,
    },
    h(
      'header',
      {},
      h('input', { type: 'checkbox', 'aria-label': 'select', checked: o.selected, onchange: o.onSelect }),
      h('strong', {}, ` ${item.kind.replace('_', ' ')}`),
      e.offer ? h('span', { class: 'flag' }, 'offer or threat') : '',
      h('span', { class: `status status-${item.status}` }, item.status),
    ),
    own ? h('blockquote', {}, own.sentence) : '',
    h(
      'p',
      { class: 'when', 'data-field': 'date' },
      `${e.date ?? 'no date'}${e.date_end ? `–${e.date_end}` : ''} `,
      h('span', { class: 'basis' }, `(${e.date_basis})`),
      e.date_note ? h('span', { class: 'note' }, ` ${e.date_note}`) : '',
    ),
    h('p', { class: 'facts' }, facts(e).join(' · ') || '—'),
    h(
      'p',
      { class: 'match', 'data-field': 'match' },
      !match || match.status === 'new' ? 'new: matches no known record' : `${match.status === 'matches' ? 'matches' : 'may match'} ${match.id ?? '?'}`,
    ),
    match?.differences && Object.keys(match.differences).length
      ? h(
          'table',
          { class: 'differences' },
          h('thead', {}, h('tr', {}, h('th', {}, 'field'), h('th', {}, 'article'), h('th', {}, 'record'))),
          h(
            'tbody',
            {},
            Object.entries(match.differences).map(([k, d]) => h('tr', {}, h('td', {}, k), h('td', {}, show(d.candidate)), h('td', {}, show(d.record)))),
          ),
        )
      : '',
    h(
      'p',
      { class: 'note draft' },
      `becomes ${item.draft.kind} ${String(item.draft.record.id ?? '')}`,
      item.draft.missing.length ? h('span', { class: 'missing' }, ` · needs ${item.draft.missing.join(', ')} (e to edit)`) : '',
    ),
    item.sources.length > 1 ? h('p', { class: 'note' }, `${item.sources.length} articles: `, sourceLinks(item)) : '',
    item.decision
      ? h(
          'p',
          { class: 'note decision' },
          `${item.status} by ${item.decision.by}`,
          item.decision.reason ? `: ${item.decision.reason}` : '',
          item.decision.record ? ` → ${item.decision.record.kind} ${item.decision.record.id}` : '',
        )
      : '',
    open
      ? h(
          'div',
          { class: 'actions' },
          BUTTONS.map(([key, label]) => h('button', { type: 'button', 'data-action': key, onclick: () => o.onAction(key) }, `${label} (${key})`)),
        )
      : '',
  );
}

function sourceLinks(item: QueueItem): Child[] {
  return item.sources.map((s, i) => [
    i ? ', ' : '',
    s.url ? h('a', { href: `/?tab=review&article=${s.article}` }, new URL(s.url).hostname) : `article ${s.article}`,
  ]);
}

function show(v: unknown): string {
  return v === undefined || v === null ? '—' : Array.isArray(v) ? v.join('; ') : String(v);
}

const KINDS = ['release', 'measure', 'contact', 'political_event', 'observation', 'case'];

/** The inline form a key opens: a reason, the draft as JSON to edit, a record to merge into, a time to snooze until. */
export function decisionForm(
  kind: FormKind,
  item: QueueItem | undefined,
  o: { submit: (body: Record<string, unknown>) => void; cancel: () => void },
): HTMLElement {
  const problem = h('p', { class: 'error', role: 'alert' });
  const fields: Child[] = [];
  let body: (d: FormData) => Record<string, unknown>;
  if (kind === 'reject' || kind === 'bulk-reject') {
    fields.push(
      h('label', {}, kind === 'reject' ? 'Why reject? ' : 'Why reject the selected? ', h('input', { name: 'reason', required: true, maxlength: 2000 })),
    );
    body = (d) => ({ decision: 'reject', reason: String(d.get('reason') ?? '') });
  } else if (kind === 'merge') {
    const guess = item?.event.match?.id;
    fields.push(
      h(
        'label',
        {},
        'Record kind ',
        h(
          'select',
          { name: 'kind' },
          KINDS.map((k) => h('option', { value: k, selected: k === item?.draft.kind }, k)),
        ),
      ),
      h('label', {}, ' id ', h('input', { name: 'record', required: true, value: guess ?? '', maxlength: 128 })),
      h('label', {}, ' note ', h('input', { name: 'note', maxlength: 2000 })),
    );
    body = (d) => ({
      decision: 'merge',
      kind: String(d.get('kind')),
      record: String(d.get('record')),
      ...(d.get('note') ? { note: String(d.get('note')) } : {}),
    });
  } else if (kind === 'snooze') {
    fields.push(
      h('label', {}, 'Snooze until ', h('input', { type: 'date', name: 'until', required: true })),
      h('label', {}, ' why ', h('input', { name: 'reason', maxlength: 2000 })),
    );
    body = (d) => ({ decision: 'snooze', until: String(d.get('until')), ...(d.get('reason') ? { reason: String(d.get('reason')) } : {}) });
  } else {
    const draft = { ...Object.fromEntries((item?.draft.missing ?? []).map((m) => [m, ''])), ...(item?.draft.record ?? {}) };
    fields.push(
      h(
        'label',
        {},
        'The record to create (JSON; a field set to null is left out) ',
        h('textarea', { name: 'record', rows: 10 }, JSON.stringify(draft, null, 2)),
      ),
      h('label', {}, 'note ', h('input', { name: 'note', maxlength: 2000 })),
    );
    body = (d) => ({ decision: 'accept', edits: JSON.parse(String(d.get('record'))), ...(d.get('note') ? { note: String(d.get('note')) } : {}) });
  }
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'decision-form',
      'data-form': kind,
      onsubmit: (e: Event) => {
        e.preventDefault();
        try {
          o.submit(body(new FormData(form)));
        } catch (err) {
          problem.textContent = `Not valid JSON: ${(err as Error).message}`;
        }
      },
    },
    fields,
    h('button', { type: 'submit' }, kind === 'edit' ? 'Accept with edits' : kind.endsWith('reject') ? 'Reject' : kind === 'merge' ? 'Merge' : 'Snooze'),
    h('button', { type: 'button', onclick: o.cancel }, 'Cancel (Esc)'),
    problem,
  );
  return form;
}
