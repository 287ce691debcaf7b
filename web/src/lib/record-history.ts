/**
 * A record's history (`GET /api/v1/<kind>/<id>/history`): everyone sees when it changed and how;
 * editors also see who, the note, the fields that changed (before and after), and can restore
 * the version an entry wrote, or the one just before it, as a new edit with its own note.
 */
import type { RecordKind } from '../../../src/domain/schema/index.ts';
import { h } from './dom.ts';
import { diffTable, type RecordValue } from './record-form.ts';
import { problemOf } from './session.ts';

/** One entry as the API gives it (`HistoryEntry` in src/app/history.ts). */
export interface HistoryItem {
  version: string;
  at: string;
  action: string;
  actor?: string;
  note?: string;
  changed?: Record<string, { before?: unknown; after?: unknown }>;
}

const ACTION_LABEL: Record<string, string> = {
  'record.create': 'created',
  'record.edit': 'edited',
  'record.restore': 'restored an earlier version',
  'record.delete': 'deleted',
  'record.undelete': 'restored from deletion',
  update: 're-imported with changes',
  insert: 'imported',
};

/** Entries that wrote a version of the record (a delete or undelete changes no field). */
const VERSIONED = new Set(['record.create', 'record.edit', 'record.restore']);

export interface HistoryOptions {
  kind: RecordKind;
  id: string;
  items: HistoryItem[];
  /** Editors get restore buttons: they need the ETag of the version now shown. */
  editor?: { etag: string; onRestored: (record: RecordValue, etag: string) => void };
}

/** The history panel, newest first. */
export function historyPanel({ kind, id, items, editor }: HistoryOptions): HTMLElement {
  const list = h('ol', { class: 'history', reversed: true });
  for (const item of [...items].reverse()) {
    const edit = editor && VERSIONED.has(item.action);
    const latest = item === items[items.length - 1];
    list.append(
      h(
        'li',
        { 'data-version': item.version, 'data-action': item.action },
        h(
          'p',
          {},
          h('time', { datetime: item.at }, item.at.replace('T', ' ').slice(0, 19)),
          ' — ',
          ACTION_LABEL[item.action] ?? item.action,
          item.actor ? ` by ${item.actor}` : '',
        ),
        item.note ? h('p', { class: 'note' }, `Note: ${item.note}`) : null,
        item.changed && Object.keys(item.changed).length ? diffTable(item.changed) : null,
        edit && !latest ? restoreForm(kind, id, item.version, 'after', editor) : null,
        edit && item.action !== 'record.create' ? restoreForm(kind, id, item.version, 'before', editor) : null,
      ),
    );
  }
  return h(
    'section',
    { class: 'panel', 'data-panel': 'record-history', 'aria-labelledby': 'record-history-title' },
    h('h2', { id: 'record-history-title' }, `History (${items.length} ${items.length === 1 ? 'change' : 'changes'})`),
    editor ? null : h('p', { class: 'caption' }, 'When this record changed. Editors also see who changed what, and why.'),
    list,
  );
}

function restoreForm(kind: RecordKind, id: string, version: string, side: 'after' | 'before', editor: NonNullable<HistoryOptions['editor']>): HTMLElement {
  const error = h('span', { class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'restore', 'data-restore': version, 'data-side': side },
    h('label', {}, 'Note ', h('input', { name: 'note', required: true, placeholder: 'why restore this version' })),
    h('button', { type: 'submit' }, side === 'after' ? 'Restore this version' : 'Restore the version before this change'),
    error,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = String(new FormData(form).get('note') ?? '').trim();
    if (!note) {
      error.textContent = 'a note is required';
      return;
    }
    const res = await fetch(`/api/v1/${kind.plural}/${encodeURIComponent(id)}/restore`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'if-match': editor.etag },
      body: JSON.stringify({ version, side, note }),
    });
    if (!res.ok) {
      error.textContent = (await problemOf(res)).detail;
      return;
    }
    editor.onRestored((await res.json()) as RecordValue, res.headers.get('etag') ?? '');
  });
  return form;
}
