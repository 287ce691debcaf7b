/**
 * Who is signed in, and the sign-in / sign-out control of the shell. The session is an HttpOnly
 * cookie set by `POST /api/v1/auth/login` and ended by `POST /api/v1/auth/logout`; the page only
 * ever learns the account and role from `GET /api/v1/auth/me`.
 */
import { h } from './dom.ts';

export interface Me {
  id: string;
  role: 'viewer' | 'editor' | 'admin';
  account?: string;
}

let current: Promise<Me> | undefined;

/** The caller (anonymous callers are viewers), read once per sign-in state. */
export function whoAmI(): Promise<Me> {
  current ??= fetch('/api/v1/auth/me', { headers: { accept: 'application/json' } }).then((r) =>
    r.ok ? (r.json() as Promise<Me>) : { id: 'anonymous', role: 'viewer' as const },
  );
  return current;
}

/** Editors and admins may edit records and see private fields. */
export const mayEdit = (me: Me): boolean => me.role === 'editor' || me.role === 'admin';

/** Reads the problem document of a refused request: its detail and the field at fault. */
export async function problemOf(res: Response): Promise<{ detail: string; field?: string; [k: string]: unknown }> {
  try {
    const p = (await res.json()) as { detail?: string; field?: string };
    return { ...p, detail: p.detail ?? res.statusText };
  } catch {
    return { detail: res.statusText || `HTTP ${res.status}` };
  }
}

function changed(): void {
  current = undefined;
  window.dispatchEvent(new CustomEvent('sessionchange'));
  window.dispatchEvent(new CustomEvent('viewchange'));
}

/** Draws the control into `slot` and redraws it when the session changes. */
export function accountControl(slot: HTMLElement): void {
  const draw = async () => {
    const me = await whoAmI();
    slot.replaceChildren(me.account ? signedIn(me) : signInForm());
  };
  window.addEventListener('sessionchange', () => void draw());
  void draw();
}

function signedIn(me: Me): HTMLElement {
  return h(
    'div',
    { class: 'account', 'data-account': me.account },
    h('span', {}, `${me.account} (${me.role})`),
    h(
      'button',
      {
        type: 'button',
        'data-action': 'sign-out',
        onclick: async () => {
          await fetch('/api/v1/auth/logout', { method: 'POST' });
          changed();
        },
      },
      'Sign out',
    ),
  );
}

function signInForm(): HTMLElement {
  const error = h('span', { class: 'error', role: 'alert' });
  const form = h('form', {
    class: 'account sign-in',
    'aria-label': 'Sign in',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      const res = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ name: String(data.get('name') ?? ''), password: String(data.get('password') ?? '') }),
      });
      if (!res.ok) {
        error.textContent = (await problemOf(res)).detail;
        return;
      }
      changed();
    },
  });
  const details = h(
    'details',
    {},
    h('summary', {}, 'Sign in'),
    h('label', {}, 'Name ', h('input', { name: 'name', autocomplete: 'username', required: true })),
    h('label', {}, 'Password ', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Sign in'),
    error,
  );
  form.append(details);
  return form;
}
