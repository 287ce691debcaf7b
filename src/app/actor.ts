/**
 * Who acts. Every use case that writes takes an `Actor` and checks it against the permission the
 * use case needs before it opens its transaction; the actor's id goes into the audit row.
 * Roles are ordered: a viewer reads public data, an editor also edits registry records and works
 * the review queue, an admin also imports lists and registry files and manages settings.
 */
import { LeverageError } from '../domain/errors.ts';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a use case needs. */
export type Permission = 'read' | 'edit' | 'import' | 'administer';

/** Someone or something acting: a person through the CLI or HTTP, or the system itself (the first seed). */
export interface Actor {
  /** The name written to the audit log: a user name, `cli:<login>`, `seed`. */
  id: string;
  role: Role;
  /** How the actor reached us. */
  via: 'cli' | 'http' | 'system';
  /** The account behind an HTTP actor that signed in or holds a token (absent for anonymous callers). */
  account?: string;
  /** The API token used, by its public id. */
  token?: string;
}

const LEAST_ROLE: Record<Permission, Role> = { read: 'viewer', edit: 'editor', import: 'admin', administer: 'admin' };

/** Anyone on the public dashboard or API. */
export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', role: 'viewer', via: 'http' });

/** The system loading the shipped dataset into an empty store. */
export const SYSTEM: Actor = Object.freeze({ id: 'seed', role: 'admin', via: 'system' });

/**
 * The person at the terminal. Whoever can run the CLI on the data directory (or holds the
 * database URL) owns the data, so the CLI acts as an admin under the login name it is given.
 */
export function operator(login: string): Actor {
  const name = login.trim() || 'operator';
  return { id: name.startsWith('cli:') ? name : `cli:${name}`, role: 'admin', via: 'cli' };
}

/** True when `actor` may do what `permission` covers. */
export function can(actor: Actor, permission: Permission): boolean {
  return ROLES.indexOf(actor.role) >= ROLES.indexOf(LEAST_ROLE[permission]);
}

/** Throws `forbidden` naming the actor, the permission and the role it needs. */
export function authorise(actor: Actor, permission: Permission, what: string): void {
  if (can(actor, permission)) return;
  throw new LeverageError('forbidden', `${actor.id} (${actor.role}) may not ${what}`, { expected: `the ${LEAST_ROLE[permission]} role` });
}
