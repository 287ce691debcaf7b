/**
 * Review (editors): paste or upload an article with its date and URL; its candidate events are
 * extracted and queued. The article is shown with each candidate's sentence highlighted, and
 * each candidate with its resolved date and how it was found, its match among known records and
 * the fields that differ. Keyboard: j/k move, a accept, e edit then accept, m merge, r reject
 * (asks the reason), s snooze, x select, u undo; selected candidates are accepted or rejected
 * together. Every decision is the API's, audited with its reason.
 */
import './review.css';
import { h, type Child } from '../lib/dom.ts';
import { readView, setView } from '../lib/state.ts';
import * as api from '../lib/review-api.ts';
import { candidateCard, decisionForm, highlighted, type FormKind } from '../lib/review-view.ts';

interface State {
  root: HTMLElement;
  items: api.QueueItem[];
  current: number;
  selected: Set<string>;
  status: HTMLElement;
  list: HTMLElement;
  /** The open form (reason, edit, merge, snooze), if any. */
  form?: { kind: FormKind; id: string };
  refresh: () => Promise<void>;
}

let state: State | undefined;
let keysBound = false;
/** A message for the next drawing of the page. */
let flash: string | undefined;

// The Review tab is shown to editors only (review.css hides it for others): the role is read once when the dashboard loads.
void api
  .whoAmI()
  .then((me) => (document.body.dataset.role = me.role))
  .catch(() => undefined);

export async function reviewPage(page: HTMLElement): Promise<void> {
  const me = await api.whoAmI();
  if (me.role !== 'editor' && me.role !== 'admin') {
    page.append(
      h('h1', {}, 'Review'),
      h('p', { class: 'note', 'data-review': 'signed-out' }, 'The review queue is for editors: sign in with an editor account.'),
    );
    return;
  }
  const v = readView();
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' }, flash ?? '');
  flash = undefined;
  const list = h('div', { class: 'review-list', 'data-review': 'candidates' });
  const s: State = { root: page, items: [], current: 0, selected: new Set(), status, list, refresh: async () => undefined };
  state = s;
  page.append(h('h1', {}, 'Review'), submitForm(), status);
  const body = h('div', { class: 'review-body' });
  page.append(body);
  s.refresh = async () => {
    if (v.article) {
      const { article, candidates } = await api.readArticle(v.article);
      s.items = candidates;
      body.replaceChildren(articlePanel(article, candidates), h('section', { class: 'review-side' }, bulkBar(s), list));
    } else {
      const q = await api.readQueue(v.status ?? 'pending');
      s.items = q.items;
      body.replaceChildren(h('section', {}, h('h2', {}, `${q.total} candidates ${v.status ?? 'pending'}`), bulkBar(s), list));
    }
    s.current = Math.min(s.current, Math.max(s.items.length - 1, 0));
    draw(s);
  };
  await s.refresh();
  if (!keysBound) {
    document.addEventListener('keydown', onKey);
    keysBound = true;
  }
}

function submitForm(): HTMLElement {
  const text = h('textarea', { name: 'text', rows: 8, required: true, placeholder: 'Paste the article here, or upload a .txt or .html file' });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  let contentType: 'text/plain' | 'text/html' | undefined;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    text.value = await f.text();
    contentType = /\.html?$/i.test(f.name) || f.type === 'text/html' ? 'text/html' : 'text/plain';
  });
  text.addEventListener('input', () => (contentType = /^\s*</.test(text.value) ? 'text/html' : undefined));
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'review-submit',
      'data-review': 'submit',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        const out = await api
          .submit({
            text: text.value,
            ...(contentType ? { contentType } : {}),
            ...(d.get('published') ? { published: String(d.get('published')) } : {}),
            ...(d.get('url') ? { url: String(d.get('url')) } : {}),
          })
          .catch((err: Error) => say(err.message, true));
        if (!out) return;
        // Said on the page drawn for the article (setView draws it anew).
        flash = out.duplicate
          ? 'This article was submitted before: showing it.'
          : `${out.created.length} new candidates, ${out.attached.length} added as sources.`;
        setView({ article: out.article.id }, { push: true });
      },
    },
    h('label', { class: 'review-text' }, 'Article ', text),
    h('label', {}, 'Published ', h('input', { type: 'date', name: 'published', required: true })),
    h('label', {}, 'URL ', h('input', { type: 'url', name: 'url', placeholder: 'https://…' })),
    h('label', {}, 'or a file ', file),
    h('button', { type: 'submit' }, 'Extract and queue'),
  );
  return form;
}

function articlePanel(article: api.Article, candidates: api.QueueItem[]): HTMLElement {
  return h(
    'section',
    { class: 'review-article', 'data-review': 'article', 'data-article': article.id },
    h('h2', {}, article.title ?? 'Article'),
    h(
      'p',
      { class: 'note' },
      article.url ? h('a', { href: article.url, rel: 'noreferrer', target: '_blank' }, article.url) : 'no URL',
      article.published ? ` · published ${article.published}` : '',
      article.language ? ` · ${article.language}` : '',
    ),
    h('div', { class: 'review-text-body' }, highlighted(article, candidates)),
    h('p', {}, h('a', { href: '/?tab=review' }, 'Back to the whole queue')),
  );
}

function bulkBar(s: State): HTMLElement {
  return h(
    'div',
    { class: 'review-bulk', 'data-review': 'bulk' },
    h('button', { type: 'button', 'data-bulk': 'accept', onclick: () => void bulk(s, 'accept') }, 'Accept selected'),
    h('button', { type: 'button', 'data-bulk': 'reject', onclick: () => openForm(s, 'bulk-reject') }, 'Reject selected…'),
    h('button', { type: 'button', onclick: () => void runUndo(s) }, 'Undo (u)'),
  );
}

function draw(s: State): void {
  const cards: Child[] = s.items.map((item, i) =>
    candidateCard(item, {
      current: i === s.current,
      selected: s.selected.has(item.id),
      articleId: readView().article,
      onSelect: () => {
        s.current = i;
        toggleSelect(s, item.id);
      },
      onAction: (key) => {
        s.current = i;
        act(s, key);
      },
    }),
  );
  if (s.form) {
    const at = s.items.findIndex((i) => i.id === s.form!.id);
    const form = decisionForm(s.form.kind, s.items[at], {
      submit: (body) => void submitForm2(s, body),
      cancel: () => {
        s.form = undefined;
        draw(s);
      },
    });
    cards.splice(at < 0 ? 0 : at + 1, 0, form);
  }
  s.list.replaceChildren(...(s.items.length ? cards : [h('p', { class: 'note' }, 'Nothing to review here.')]).map((c) => c as Node));
  for (const el of s.root.querySelectorAll('.review-text-body mark'))
    el.classList.toggle('current', (el as HTMLElement).dataset.candidate === s.items[s.current]?.id);
  s.list.querySelector<HTMLElement>('[data-form] input, [data-form] textarea')?.focus();
}

function say(message: string, error = false): undefined {
  if (!state) return;
  state.status.textContent = message;
  state.status.classList.toggle('error', error);
  return undefined;
}

function toggleSelect(s: State, id: string): void {
  if (s.selected.has(id)) s.selected.delete(id);
  else s.selected.add(id);
  draw(s);
}

function openForm(s: State, kind: FormKind): void {
  const item = s.items[s.current];
  if (!item && kind !== 'bulk-reject') return;
  s.form = { kind, id: item?.id ?? '' };
  draw(s);
}

async function submitForm2(s: State, body: Record<string, unknown>): Promise<void> {
  const form = s.form;
  if (!form) return;
  s.form = undefined;
  if (form.kind === 'bulk-reject') return bulk(s, 'reject', String(body.reason ?? ''));
  await decideOne(s, form.id, body);
}

async function decideOne(s: State, id: string, body: Record<string, unknown>): Promise<void> {
  try {
    const out = await api.decide(id, body);
    say(
      `Candidate ${id}: ${out.status}${out.record ? ` — ${out.record.kind} ${out.record.id}${out.record.created ? ' created' : ' cites the article'}` : ''}.`,
    );
  } catch (err) {
    say((err as Error).message, true);
  }
  await s.refresh();
}

async function bulk(s: State, decision: 'accept' | 'reject', reason?: string): Promise<void> {
  const ids = [...s.selected];
  if (!ids.length) return void say('Select candidates first (x or the checkboxes).', true);
  try {
    const { results } = await api.decideMany(ids, decision === 'reject' ? { decision, reason } : { decision });
    const failed = results.filter((r) => !r.ok);
    say(
      `${results.length - failed.length} ${decision}ed${failed.length ? `; ${failed.length} failed: ${failed.map((f) => f.error).join('; ')}` : ''}.`,
      failed.length > 0,
    );
    s.selected.clear();
  } catch (err) {
    say((err as Error).message, true);
  }
  await s.refresh();
}

async function runUndo(s: State): Promise<void> {
  try {
    const out = await api.undo();
    say(`Undone: ${out.undone} on candidate ${out.candidate} (now ${out.status}).`);
  } catch (err) {
    say((err as Error).message, true);
  }
  await s.refresh();
}

function act(s: State, key: string): void {
  const item = s.items[s.current];
  if (key === 'j' || key === 'k') {
    s.current = Math.max(0, Math.min(s.items.length - 1, s.current + (key === 'j' ? 1 : -1)));
    draw(s);
    s.list.querySelector<HTMLElement>('.candidate.current')?.scrollIntoView({ block: 'nearest' });
  } else if (key === 'u') void runUndo(s);
  else if (!item) return;
  else if (key === 'a') void decideOne(s, item.id, { decision: 'accept' });
  else if (key === 'x') toggleSelect(s, item.id);
  else if (key === 'e') openForm(s, 'edit');
  else if (key === 'm') openForm(s, 'merge');
  else if (key === 'r') openForm(s, 'reject');
  else if (key === 's') openForm(s, 'snooze');
}

function onKey(e: KeyboardEvent): void {
  const s = state;
  if (!s || !document.body.contains(s.root) || e.metaKey || e.ctrlKey || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
    if (e.key === 'Escape' && s.form) {
      s.form = undefined;
      draw(s);
    }
    return;
  }
  if (!/^[jkaemrsxu]$/.test(e.key)) return;
  e.preventDefault();
  act(s, e.key);
}
