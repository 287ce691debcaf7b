/**
 * Use cases: signing in and out, and API tokens. A session id and a token are opaque random
 * secrets handed to the caller once and stored only as their SHA-256. A session ends at logout,
 * when an admin signs the account out, after `idleMs` without a request, and at `maxAgeMs`
 * whatever happens. A token is scoped (read / write / admin, never above its account's role),
 * expires, and can be revoked.
 *
 * Signing in writes a session row but no audit row: sessions are not registry data, and an audit
 * row per sign-in would also change the data version every cache keys on.
 */
import { LeverageError } from '../domain/errors.ts';
import * as sql from '../store/accounts.ts';
import type { Store } from '../store/db.ts';
import { authorise, ROLES, type Actor, type Role } from './actor.ts';
import { checkPassword, newSecret, secretHash } from './credentials.ts';
import { write } from './write.ts';

/** Session lifetimes, in ms. */
export interface SessionPolicy {
  /** A session unused this long ends. Default 8 hours. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. Default 7 days. */
  maxAgeMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 8 * 3600_000, maxAgeMs: 7 * 24 * 3600_000 };

/** A session's last-seen time is written at most this often (a read-mostly dashboard should not write on every request). */
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  /** The secret for the cookie: shown once, never stored. */
  sessionId: string;
  actor: Actor;
  expiresAt: Date;
}

/**
 * Signs in: checks the password (an unknown or disabled account costs the same time and gets the
 * same answer as a wrong password), then starts a NEW session; a session the caller already held
 * (`previousSessionId`) is ended, so an id planted before sign-in is worthless after it.
 */
export async function signIn(
  store: Store,
  input: { name: string; password: string; previousSessionId?: string },
  options: { now?: Date; policy?: SessionPolicy } = {},
): Promise<SignedIn> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const name = input.name.trim().toLowerCase();
  const account = name.length <= 64 ? await sql.findAccount(store, name) : undefined;
  const ok = await checkPassword(account?.password_hash, input.password);
  if (!ok || !account || account.disabled_at) throw new LeverageError('unauthorised', 'wrong account name or password');
  const sessionId = newSecret();
  const expiresAt = new Date(now.getTime() + policy.maxAgeMs);
  await store.transaction(async (tx) => {
    if (input.previousSessionId) await sql.revokeSession(tx, secretHash(input.previousSessionId), now);
    await sql.insertSession(tx, { idHash: secretHash(sessionId), account: account.name, now, expiresAt });
  });
  return { sessionId, actor: accountActor(account.name, account.role as Role), expiresAt };
}

/** Ends a session (logout). Unknown ids are ignored. */
export async function signOut(store: Store, sessionId: string, now = new Date()): Promise<void> {
  await sql.revokeSession(store, secretHash(sessionId), now);
}

/** The actor behind a session id, or undefined when the session is unknown, ended, idle too long or past its age. */
export async function sessionActor(store: Store, sessionId: string, options: { now?: Date; policy?: SessionPolicy } = {}): Promise<Actor | undefined> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const idHash = secretHash(sessionId);
  const live = await sql.liveSession(store, idHash, now, policy.idleMs);
  if (!live) return undefined;
  if (now.getTime() - new Date(live.last_seen_at).getTime() > TOUCH_EVERY_MS) await sql.touchSession(store, idHash, now);
  return accountActor(live.account, live.role as Role);
}

function accountActor(name: string, role: Role, token?: string): Actor {
  return { id: name, role, via: 'http', account: name, ...(token ? { token } : {}) };
}

/** What a token may do: read (a viewer's view), write (an editor's), admin. */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
const SCOPE_ROLE: Record<TokenScope, Role> = { read: 'viewer', write: 'editor', admin: 'admin' };

/** A token as listed (never its secret). */
export interface ApiToken {
  id: string;
  account: string;
  scope: TokenScope;
  label?: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

/** The longest a token may live, in days. */
export const TOKEN_MAX_DAYS = 366;
const TOKEN_PREFIX = 'lvg_';

/**
 * Issues a token for the actor's own account (or, for an admin, another's): the secret is in the
 * result and nowhere else. Its scope may not exceed the account's role.
 */
export async function createToken(
  store: Store,
  actor: Actor,
  input: { scope: string; days: number; label?: string; account?: string },
  now = new Date(),
): Promise<ApiToken & { secret: string }> {
  if (!(TOKEN_SCOPES as readonly string[]).includes(input.scope)) {
    throw new LeverageError('invalid_value', `"${input.scope}" is not a token scope`, { location: { column: 'scope' }, expected: TOKEN_SCOPES.join(', ') });
  }
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > TOKEN_MAX_DAYS) {
    throw new LeverageError('invalid_value', `a token lives 1 to ${TOKEN_MAX_DAYS} days`, { location: { column: 'days' } });
  }
  const scope = input.scope as TokenScope;
  const accountName = (input.account ?? actor.account ?? '').toLowerCase();
  const forOther = accountName !== actor.account;
  const useCase = { permission: forOther ? 'administer' : 'read', action: 'tokens.create', what: 'issue tokens for other accounts' } as const;
  if (!forOther && actor.token) throw new LeverageError('forbidden', 'a token may not issue tokens: sign in');
  const id = `tok_${newSecret(6)}`;
  const secret = `${TOKEN_PREFIX}${newSecret()}`;
  return write(store, actor, useCase, async (tx) => {
    const account = await sql.findAccount(tx, accountName);
    if (!account || account.disabled_at) throw new LeverageError('not_found', `no active account "${accountName}"`, { location: { column: 'account' } });
    if (ROLES.indexOf(SCOPE_ROLE[scope]) > ROLES.indexOf(account.role as Role)) {
      throw new LeverageError('forbidden', `a ${account.role} may not hold a ${scope} token`, {
        expected: `a scope up to ${TOKEN_SCOPES[ROLES.indexOf(account.role as Role)]}`,
      });
    }
    const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
    await sql.insertToken(tx, { id, secretHash: secretHash(secret), account: account.name, scope, label: input.label, now, expiresAt });
    const token = toToken((await sql.findToken(tx, id))!);
    return { result: { ...token, secret }, audit: { id, scope, expiresAt: token.expiresAt }, record: { kind: 'account', id: account.name } };
  });
}

/** The actor behind a bearer token, or undefined when it is unknown, expired, revoked or its account disabled. */
export async function tokenActor(store: Store, secret: string, now = new Date()): Promise<Actor | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const live = await sql.liveToken(store, secretHash(secret), now);
  if (!live) return undefined;
  await sql.markTokenUsed(store, live.id, now);
  const scopeRole = SCOPE_ROLE[live.scope as TokenScope];
  const role = ROLES[Math.min(ROLES.indexOf(scopeRole), ROLES.indexOf(live.role as Role))]!;
  return accountActor(live.account, role, live.id);
}

/** The actor's own tokens; an admin may ask for every account's (`all`). */
export async function listTokens(store: Store, actor: Actor, all = false): Promise<ApiToken[]> {
  if (all || !actor.account) authorise(actor, 'administer', "list every account's tokens");
  return (await sql.listTokens(store, all ? undefined : actor.account)).map(toToken);
}

/** Revokes a token: its owner or an admin. */
export async function revokeToken(store: Store, actor: Actor, id: string, now = new Date()): Promise<void> {
  const token = await sql.findToken(store, id);
  if (!token) throw new LeverageError('not_found', `no token "${id}"`, { location: { column: 'id' } });
  const own = actor.account === token.account;
  const useCase = { permission: own ? 'read' : 'administer', action: 'tokens.revoke', what: "revoke other accounts' tokens" } as const;
  await write(store, actor, useCase, async (tx) => {
    await sql.revokeToken(tx, id, now);
    return { result: undefined, audit: { id }, record: { kind: 'account', id: token.account } };
  });
}

function toToken(r: sql.TokenRow): ApiToken {
  return {
    id: r.id,
    account: r.account,
    scope: r.scope as TokenScope,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    ...(r.label ? { label: r.label } : {}),
    ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
    ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}),
  };
}
