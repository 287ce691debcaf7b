/**
 * Use cases: managing accounts. Only an admin (or the operator at the terminal) adds accounts,
 * changes roles, disables them and resets passwords; each is one audited write. Passwords never
 * reach the audit log; disabling an account or resetting its password signs it out everywhere.
 * There is no default account: the first admin is made by `leverage users add --admin`.
 */
import { LeverageError } from '../domain/errors.ts';
import * as sql from '../store/accounts.ts';
import type { Queryable, Store } from '../store/db.ts';
import { authorise, ROLES, type Actor, type Role } from './actor.ts';
import { checkPasswordPolicy, hashPassword } from './credentials.ts';
import { write } from './write.ts';

/** An account as shown to an admin (never its password hash). */
export interface Account {
  name: string;
  role: Role;
  createdAt: string;
  disabledAt?: string;
}

const NAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

function checkName(name: string): string {
  const n = name.trim().toLowerCase();
  if (!NAME.test(n))
    throw new LeverageError('invalid_value', `"${name}" is not an account name`, {
      location: { column: 'name' },
      expected: 'lower-case letters, digits and . _ @ - (at most 64)',
    });
  return n;
}

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role))
    throw new LeverageError('invalid_value', `"${role}" is not a role`, { location: { column: 'role' }, expected: ROLES.join(', ') });
  return role as Role;
}

const ADMINISTER = (what: string) => ({ permission: 'administer', action: `accounts.${what.split(' ')[0]}`, what: `${what} accounts` }) as const;

/** Adds an account. Throws `conflict` when the name is taken. */
export async function addAccount(store: Store, actor: Actor, input: { name: string; role: string; password: string }): Promise<Account> {
  const name = checkName(input.name);
  const role = checkRole(input.role);
  checkPasswordPolicy(input.password);
  authorise(actor, 'administer', 'add accounts');
  const passwordHash = await hashPassword(input.password);
  return write(store, actor, ADMINISTER('add'), async (tx) => {
    if (!(await sql.insertAccount(tx, { name, role, passwordHash }))) throw new LeverageError('conflict', `an account "${name}" exists already`);
    const account = toAccount((await sql.findAccount(tx, name))!);
    return { result: account, audit: { name, role }, record: { kind: 'account', id: name } };
  });
}

/** Every account, for an admin. */
export async function listAccounts(store: Store, actor: Actor): Promise<Account[]> {
  authorise(actor, 'administer', 'list accounts');
  return (await sql.listAccounts(store)).map(toAccount);
}

/** Changes an account's role; the last active admin cannot be demoted. */
export async function setAccountRole(store: Store, actor: Actor, name: string, role: string): Promise<Account> {
  const r = checkRole(role);
  return write(store, actor, ADMINISTER('set-role of'), async (tx) => {
    const before = await existing(tx, name);
    if (before.role === 'admin' && r !== 'admin') await keepOneAdmin(tx);
    await sql.updateAccount(tx, before.name, { role: r });
    return {
      result: toAccount((await sql.findAccount(tx, before.name))!),
      audit: { role: r },
      record: { kind: 'account', id: before.name, before: { role: before.role } },
    };
  });
}

/** Disables an account (or enables it again with `disabled: false`): a disabled account's sessions and tokens stop at once. */
export async function disableAccount(store: Store, actor: Actor, name: string, disabled = true, now = new Date()): Promise<Account> {
  return write(store, actor, ADMINISTER('disable'), async (tx) => {
    const before = await existing(tx, name);
    if (disabled && before.role === 'admin' && !before.disabled_at) await keepOneAdmin(tx);
    await sql.updateAccount(tx, before.name, { disabledAt: disabled ? now : null });
    const signedOut = disabled ? await signOut(tx, before.name, now) : { sessions: 0, tokens: 0 };
    return { result: toAccount((await sql.findAccount(tx, before.name))!), audit: { disabled, ...signedOut }, record: { kind: 'account', id: before.name } };
  });
}

/** Sets a new password and signs the account out everywhere. */
export async function resetPassword(store: Store, actor: Actor, name: string, password: string, now = new Date()): Promise<void> {
  checkPasswordPolicy(password);
  authorise(actor, 'administer', 'reset passwords of accounts');
  const passwordHash = await hashPassword(password);
  await write(store, actor, ADMINISTER('reset-password of'), async (tx) => {
    const before = await existing(tx, name);
    await sql.updateAccount(tx, before.name, { passwordHash });
    const sessions = await sql.revokeSessionsOf(tx, before.name, now);
    return { result: undefined, audit: { password: 'reset', sessions }, record: { kind: 'account', id: before.name } };
  });
}

/** Ends every session of an account and revokes its tokens ("sign out everywhere"): an admin for anyone, anyone for themselves. */
export async function signOutEverywhere(store: Store, actor: Actor, name: string, now = new Date()): Promise<{ sessions: number; tokens: number }> {
  const self = actor.account !== undefined && actor.account === name;
  const useCase = { permission: self ? 'read' : 'administer', action: 'accounts.sign-out', what: 'sign out other accounts' } as const;
  return write(store, actor, useCase, async (tx) => {
    const account = await existing(tx, name);
    const result = await signOut(tx, account.name, now);
    return { result, audit: result, record: { kind: 'account', id: account.name } };
  });
}

async function signOut(tx: Queryable, name: string, now: Date): Promise<{ sessions: number; tokens: number }> {
  return { sessions: await sql.revokeSessionsOf(tx, name, now), tokens: await sql.revokeTokensOf(tx, name, now) };
}

async function existing(tx: Queryable, name: string): Promise<sql.AccountRow> {
  const row = await sql.findAccount(tx, checkName(name));
  if (!row) throw new LeverageError('not_found', `no account "${name}"`, { location: { column: 'name' } });
  return row;
}

async function keepOneAdmin(tx: Queryable): Promise<void> {
  if ((await sql.countAdmins(tx)) <= 1) throw new LeverageError('conflict', 'this is the last active admin: make another admin first');
}

function toAccount(r: Omit<sql.AccountRow, 'password_hash'>): Account {
  return { name: r.name, role: r.role as Role, createdAt: r.created_at, ...(r.disabled_at ? { disabledAt: r.disabled_at } : {}) };
}
