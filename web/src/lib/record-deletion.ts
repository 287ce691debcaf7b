/**
 * Deleting a record and bringing it back (admins), on the record page: a note is required, and
 * both are kept in the record's history. Editors and admins see a deleted record with a banner.
 */
import type { RecordKind } from '../../../src/domain/schema/index.ts';
import { h } from './dom.ts';
import { problemOf } from './session.ts';

/** The banner of a deleted record (`Leverage-Deleted: <when> by <who>`). */
export function deletedBanner(deleted: string): HTMLElement {
  return h(
    'p',
    { class: 'deleted', role: 'note', 'data-deleted': '' },
    `Deleted ${deleted.replace('T', ' ').slice(0, 19)}${deleted.replace(/^\S+/, '')}: `,
    'hidden from the public and from every analysis.',
  );
}

/** The admin's delete or restore-from-deletion form. */
export function deletionForm(kind: RecordKind, id: string, deleted: boolean, done: (message: string) => void): HTMLElement {
  const error = h('span', { class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'deletion', 'data-deletion': deleted ? 'undelete' : 'delete' },
    h('label', {}, 'Note ', h('input', { name: 'note', required: true, placeholder: deleted ? 'why it comes back' : 'why it is deleted' })),
    h('button', { type: 'submit' }, deleted ? 'Restore from deletion' : `Delete this ${kind.name.replace('_', ' ')}`),
    error,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = String(new FormData(form).get('note') ?? '').trim();
    if (!note) {
      error.textContent = 'a note is required';
      return;
    }
    const url = `/api/v1/${kind.plural}/${encodeURIComponent(id)}${deleted ? '/undelete' : ''}`;
    const res = await fetch(url, {
      method: deleted ? 'POST' : 'DELETE',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ note }),
    });
    if (!res.ok) {
      error.textContent = (await problemOf(res)).detail;
      return;
    }
    done(deleted ? 'Restored from deletion.' : 'Deleted.');
  });
  return h(
    'section',
    { class: 'panel', 'data-panel': 'record-deletion', 'aria-labelledby': 'record-deletion-title' },
    h('h2', { id: 'record-deletion-title' }, deleted ? 'Restore from deletion (admin)' : 'Delete (admin)'),
    form,
  );
}
