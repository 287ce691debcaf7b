/**
 * One registry record (`?tab=record&kind=release&id=…`), for every record kind: its fields, its
 * source, its history; for editors and admins also its private fields, an edit form generated
 * from the kind's declaration, and restore buttons in the history.
 */
import { RECORD_KINDS, recordKindByName, type RecordKind } from '../../../src/domain/schema/index.ts';
import { append, h } from '../lib/dom.ts';
import { deletedBanner, deletionForm } from '../lib/record-deletion.ts';
import { historyPanel, type HistoryItem } from '../lib/record-history.ts';
import { recordForm, showValue, type RecordValue } from '../lib/record-form.ts';
import { readView } from '../lib/state.ts';
import { mayEdit, problemOf, whoAmI } from '../lib/session.ts';

/** The record page's address: `kind` is a kind's name or plural (a timeline entry's kind works). */
export function recordHref(kind: string, id: string): string {
  return `/?tab=record&kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id)}`;
}

export async function recordPage(page: HTMLElement): Promise<void> {
  const v = readView();
  const kind = recordKindByName(v.kind ?? '');
  if (!kind || !v.id) {
    page.append(
      h('h1', {}, 'Record'),
      h('p', { class: 'error', role: 'alert' }, `Name a record: kind (one of ${RECORD_KINDS.map((k) => k.name).join(', ')}) and id.`),
    );
    return;
  }
  const id = v.id;
  const [me, res] = await Promise.all([whoAmI(), fetch(`/api/v1/${kind.plural}/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } })]);
  if (!res.ok) {
    page.append(h('h1', {}, `${kind.name} ${id}`), h('p', { class: 'error', role: 'alert' }, (await problemOf(res)).detail));
    return;
  }
  const editor = mayEdit(me);
  const draw = async (record: RecordValue, etag: string, saved?: string, deleted?: string | null) => {
    const history = (await (await fetch(`/api/v1/${kind.plural}/${encodeURIComponent(id)}/history`)).json()) as { items: HistoryItem[] };
    const redraw = (r: RecordValue, e: string, message: string) => void draw(r, e, message, deleted);
    page.replaceChildren();
    append(page, [
      h('h1', {}, `${kind.name.replace('_', ' ')} ${id}`),
      h('p', { class: 'caption' }, kind.doc),
      saved ? h('p', { class: 'saved', role: 'status' }, saved) : null,
      deleted ? deletedBanner(deleted) : null,
      record.visibility === 'unpublished' ? h('p', { class: 'unpublished', role: 'note' }, 'Unpublished: only editors and admins see this record.') : null,
      fieldsList(kind, record),
      historyPanel({ kind, id, items: history.items, editor: editor ? { etag, onRestored: (r, e) => redraw(r, e, 'Restored.') } : undefined }),
      editor
        ? h(
            'section',
            { class: 'panel', 'data-panel': 'record-edit', 'aria-labelledby': 'record-edit-title' },
            h('h2', { id: 'record-edit-title' }, 'Edit'),
            recordForm({ kind, record, etag, onSaved: (r, e, m) => redraw(r, e, m ?? 'Saved.') }),
          )
        : null,
      me.role === 'admin' ? deletionForm(kind, id, Boolean(deleted), (message) => void reload(message)) : null,
    ]);
  };
  /** Reads the record again (after a delete or undelete: its state is in a header). */
  const reload = async (message?: string) => {
    const again = await fetch(`/api/v1/${kind.plural}/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
    await draw((await again.json()) as RecordValue, again.headers.get('etag') ?? '', message, again.headers.get('leverage-deleted'));
  };
  await draw((await res.json()) as RecordValue, res.headers.get('etag') ?? '', undefined, res.headers.get('leverage-deleted'));
}

/** The record's fields, in declaration order; the source as a link. */
function fieldsList(kind: RecordKind, record: RecordValue): HTMLElement {
  const dl = h('dl', { class: 'record', 'data-record': String(record.id) });
  for (const field of kind.fields) {
    const value = record[field.name];
    if (value === undefined || value === null || value === '') continue;
    const shown = field.type === 'url' ? h('a', { href: String(value), rel: 'noreferrer', target: '_blank' }, String(value)) : showValue(value);
    dl.append(
      h('dt', { 'data-field': field.name }, field.name, field.private ? h('span', { class: 'private' }, ' private') : null),
      h('dd', { 'data-value': field.name }, shown),
    );
  }
  return dl;
}
