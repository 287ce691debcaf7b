/**
 * Accounts, sessions and API tokens: SQL only. Secrets arrive here already hashed (a session id
 * or token as hex SHA-256, a password as an argon2id PHC string); times are passed in, so the
 * use cases (and their tests) decide what "now" is.
 */
import type { Queryable } from './db.ts';

export interface AccountRow {
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export async function insertAccount(db: Queryable, a: { name: string; role: string; passwordHash: string }): Promise<boolean> {
  const rows = await db.query('INSERT INTO account (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING name', [
    a.name,
    a.role,
    a.passwordHash,
  ]);
  return rows.length === 1;
}

export async function findAccount(db: Queryable, name: string): Promise<AccountRow | undefined> {
  const [r] = await db.query<AccountRow & Record<string, unknown>>(
    'SELECT name, role, password_hash, created_at::text AS created_at, disabled_at::text AS disabled_at FROM account WHERE name = $1',
    [name],
  );
  return r;
}

export async function listAccounts(db: Queryable): Promise<Omit<AccountRow, 'password_hash'>[]> {
  return db.query('SELECT name, role, created_at::text AS created_at, disabled_at::text AS disabled_at FROM account ORDER BY name');
}

export async function countAdmins(db: Queryable): Promise<number> {
  const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM account WHERE role = 'admin' AND disabled_at IS NULL`);
  return Number(r?.n ?? 0);
}

/** Sets a column of an account; returns false when there is no such account. */
export async function updateAccount(db: Queryable, name: string, change: { role?: string; passwordHash?: string; disabledAt?: Date | null }): Promise<boolean> {
  const rows = await db.query(
    `UPDATE account SET role = coalesce($2, role), password_hash = coalesce($3, password_hash),
       disabled_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE disabled_at END
     WHERE name = $1 RETURNING name`,
    [name, change.role ?? null, change.passwordHash ?? null, change.disabledAt !== undefined, change.disabledAt ? change.disabledAt.toISOString() : null],
  );
  return rows.length === 1;
}

export async function insertSession(db: Queryable, s: { idHash: string; account: string; now: Date; expiresAt: Date }): Promise<void> {
  await db.query('INSERT INTO session (id_hash, account, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
    s.idHash,
    s.account,
    s.now.toISOString(),
    s.expiresAt.toISOString(),
  ]);
}

/** A session that is live at `now` (not revoked, not past its absolute expiry, seen within `idleMs`), with its account. */
export async function liveSession(
  db: Queryable,
  idHash: string,
  now: Date,
  idleMs: number,
): Promise<{ account: string; role: string; last_seen_at: string } | undefined> {
  const [r] = await db.query<{ account: string; role: string; last_seen_at: string }>(
    `SELECT s.account, a.role, s.last_seen_at::text AS last_seen_at FROM session s JOIN account a ON a.name = s.account
     WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND a.disabled_at IS NULL
       AND s.expires_at > $2::timestamptz AND s.last_seen_at > $2::timestamptz - ($3::bigint * interval '1 millisecond')`,
    [idHash, now.toISOString(), idleMs],
  );
  return r;
}

export async function touchSession(db: Queryable, idHash: string, now: Date): Promise<void> {
  await db.query('UPDATE session SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now.toISOString()]);
}

export async function revokeSession(db: Queryable, idHash: string, now: Date): Promise<void> {
  await db.query('UPDATE session SET revoked_at = $2 WHERE id_hash = $1 AND revoked_at IS NULL', [idHash, now.toISOString()]);
}

/** Revokes every live session of an account; returns how many. */
export async function revokeSessionsOf(db: Queryable, account: string, now: Date): Promise<number> {
  const rows = await db.query('UPDATE session SET revoked_at = $2 WHERE account = $1 AND revoked_at IS NULL RETURNING id_hash', [account, now.toISOString()]);
  return rows.length;
}

export interface TokenRow {
  id: string;
  account: string;
  scope: string;
  label: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export async function insertToken(
  db: Queryable,
  t: { id: string; secretHash: string; account: string; scope: string; label?: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO api_token (id, secret_hash, account, scope, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    t.id,
    t.secretHash,
    t.account,
    t.scope,
    t.label ?? null,
    t.now.toISOString(),
    t.expiresAt.toISOString(),
  ]);
}

/** A token live at `now`, with its account's role. */
export async function liveToken(
  db: Queryable,
  secretHash: string,
  now: Date,
): Promise<{ id: string; account: string; scope: string; role: string } | undefined> {
  const [r] = await db.query<{ id: string; account: string; scope: string; role: string }>(
    `SELECT t.id, t.account, t.scope, a.role FROM api_token t JOIN account a ON a.name = t.account
     WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2::timestamptz AND a.disabled_at IS NULL`,
    [secretHash, now.toISOString()],
  );
  return r;
}

export async function markTokenUsed(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE api_token SET last_used_at = $2 WHERE id = $1', [id, now.toISOString()]);
}

const TOKEN_COLUMNS = `id, account, scope, label, created_at::text AS created_at, expires_at::text AS expires_at,
  revoked_at::text AS revoked_at, last_used_at::text AS last_used_at`;

export async function listTokens(db: Queryable, account?: string): Promise<TokenRow[]> {
  return db.query<TokenRow & Record<string, unknown>>(`SELECT ${TOKEN_COLUMNS} FROM api_token WHERE $1::text IS NULL OR account = $1 ORDER BY created_at, id`, [
    account ?? null,
  ]);
}

export async function findToken(db: Queryable, id: string): Promise<TokenRow | undefined> {
  const [r] = await db.query<TokenRow & Record<string, unknown>>(`SELECT ${TOKEN_COLUMNS} FROM api_token WHERE id = $1`, [id]);
  return r;
}

export async function revokeToken(db: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await db.query('UPDATE api_token SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id, now.toISOString()]);
  return rows.length === 1;
}

export async function revokeTokensOf(db: Queryable, account: string, now: Date): Promise<number> {
  const rows = await db.query('UPDATE api_token SET revoked_at = $2 WHERE account = $1 AND revoked_at IS NULL RETURNING id', [account, now.toISOString()]);
  return rows.length;
}
