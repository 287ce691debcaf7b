/**
 * The edit form of a registry record, generated from its kind's field declarations
 * (src/domain/schema): one input per field, typed by the field (a choice for an enum, a number
 * for a count, `;`-separated text for a list), private fields marked, and a required note. The
 * server validates with the same declarations as the import; a refusal names the field and the
 * form shows it beside that field. A record changed meanwhile (412) is shown with what changed.
 */
import type { Field } from '../../../src/domain/fields.ts';
import type { RecordKind } from '../../../src/domain/schema/index.ts';
import { h } from './dom.ts';
import { problemOf } from './session.ts';

export type RecordValue = Record<string, unknown>;

/** The edit note's input: not `note`, which some kinds use for a field of their own. */
export const EDIT_NOTE = 'edit-note';

/** A value as the form shows it. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

/** The value of one input, typed by its field; undefined when empty. */
export function readInput(field: Field, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'count':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text; // a non-number goes to the server, which names the field
    case 'list':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return text;
  }
}

function input(field: Field, value: unknown): HTMLElement {
  const common = { name: field.name, id: `field-${field.name}`, 'aria-describedby': `error-${field.name}` };
  if (field.type === 'id') return h('input', { ...common, value: showValue(value), readonly: true });
  if (field.type === 'enum') {
    const select = h('select', common, field.required ? null : h('option', { value: '' }, '—'));
    for (const v of field.values) select.append(h('option', { value: v, selected: v === value }, v));
    return select;
  }
  if (field.type === 'text' && (field.max ?? 4000) > 300) return h('textarea', { ...common, rows: 3 }, showValue(value));
  return h('input', { ...common, type: 'text', value: showValue(value), inputmode: field.type === 'count' ? 'numeric' : undefined });
}

export interface FormOptions {
  kind: RecordKind;
  record: RecordValue;
  etag: string;
  /** Called with the saved record and its ETag (and a message when it was not this form's save). */
  onSaved: (record: RecordValue, etag: string, message?: string) => void;
}

/** The edit form of one record. */
export function recordForm({ kind, record, etag, onSaved }: FormOptions): HTMLElement {
  const status = h('div', { class: 'form-status', role: 'status' });
  const form = h('form', { class: 'record-form', 'data-form': kind.name, novalidate: true });
  for (const field of kind.fields) {
    form.append(
      h(
        'div',
        { class: 'field', 'data-field': field.name },
        h('label', { for: `field-${field.name}` }, field.name, field.required ? ' *' : '', field.private ? h('span', { class: 'private' }, ' private') : null),
        input(field, record[field.name]),
        h('span', { class: 'hint' }, field.doc),
        h('span', { class: 'field-error', id: `error-${field.name}`, 'data-error-for': field.name, role: 'alert' }),
      ),
    );
  }
  form.append(
    h(
      'div',
      { class: 'field', 'data-field': EDIT_NOTE },
      h('label', { for: `field-${EDIT_NOTE}` }, 'Note for the history *'),
      h('textarea', { name: EDIT_NOTE, id: `field-${EDIT_NOTE}`, rows: 2, required: true, 'aria-describedby': `error-${EDIT_NOTE}` }),
      h('span', { class: 'field-error', id: `error-${EDIT_NOTE}`, 'data-error-for': EDIT_NOTE, role: 'alert' }),
    ),
    h('button', { type: 'submit' }, 'Save'),
    status,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const el of form.querySelectorAll('.field-error')) el.textContent = '';
    status.replaceChildren();
    const data = new FormData(form);
    const value: RecordValue = {};
    for (const field of kind.fields) {
      const v = readInput(field, String(data.get(field.name) ?? ''));
      if (v !== undefined) value[field.name] = v;
    }
    const note = String(data.get(EDIT_NOTE) ?? '').trim();
    if (!note) {
      fieldError(form, EDIT_NOTE, 'a note is required: say why the record changes');
      return;
    }
    const res = await fetch(`/api/v1/${kind.plural}/${encodeURIComponent(String(record.id))}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'if-match': etag },
      body: JSON.stringify({ record: value, note }),
    });
    if (res.ok) {
      onSaved((await res.json()) as RecordValue, res.headers.get('etag') ?? '');
      return;
    }
    const problem = await problemOf(res);
    if (res.status === 412) {
      status.replaceChildren(
        staleNotice(problem as unknown as StaleProblem, () =>
          onSaved(problem.current as RecordValue, res.headers.get('etag') ?? '', 'Loaded the current version: make your change again.'),
        ),
      );
      return;
    }
    const name = fieldName(problem.field, problem.code as string | undefined);
    if (name && form.querySelector(`[data-error-for="${CSS.escape(name)}"]`)) fieldError(form, name, problem.detail);
    else status.replaceChildren(h('p', { class: 'error' }, problem.detail));
  });
  return form;
}

/**
 * The input a problem names: a record field (`count`, `body/record/count` → `count`) or the edit
 * note (`body/note`, or a missing `note`: a record's own `note` field is never required).
 */
export function fieldName(field: string | undefined, code?: string): string | undefined {
  if (!field) return undefined;
  if (field === 'body/note' || (field === 'note' && code === 'missing_field')) return EDIT_NOTE;
  return field.replace(/^body\/(record\/)?/, '').split('/')[0];
}

function fieldError(form: HTMLElement, name: string, message: string): void {
  const slot = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
  if (slot) slot.textContent = message;
  form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
}

interface StaleProblem {
  detail: string;
  current: RecordValue;
  changed: Record<string, { before?: unknown; after?: unknown }>;
}

/** What changed since the editor read the record, and a way to start again from the current version. */
function staleNotice(problem: StaleProblem, reload: () => void): HTMLElement {
  return h(
    'div',
    { class: 'stale', 'data-stale': '' },
    h('p', { class: 'error' }, `Not saved: someone changed this record since you opened it.`),
    diffTable(problem.changed ?? {}, ['Field', 'When you opened it', 'Now']),
    h('button', { type: 'button', onclick: reload }, 'Load the current version (your changes are dropped)'),
  );
}

/** A field-by-field table of changes. */
export function diffTable(changed: Record<string, { before?: unknown; after?: unknown }>, labels = ['Field', 'Before', 'After']): HTMLElement {
  return h(
    'table',
    { class: 'diff' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        labels.map((l) => h('th', { scope: 'col' }, l)),
      ),
    ),
    h(
      'tbody',
      {},
      Object.entries(changed).map(([name, { before, after }]) =>
        h(
          'tr',
          { 'data-diff': name },
          h('th', { scope: 'row' }, name),
          h('td', { class: 'before' }, showValue(before)),
          h('td', { class: 'after' }, showValue(after)),
        ),
      ),
    ),
  );
}
