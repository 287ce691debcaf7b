/**
 * Secrets: passwords hashed with argon2id (the library's defaults: 19 MiB, 2 passes, one lane,
 * the OWASP minimum), random opaque ids for sessions and tokens, and the SHA-256 under which
 * those ids are stored (a leaked table gives no usable session or token).
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { LeverageError } from '../domain/errors.ts';

/** Shortest and longest password accepted, in characters. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

/** Refuses a password too short or too long (the message says which, never the password). */
export function checkPasswordPolicy(password: string): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new LeverageError('invalid_value', `a password must have ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`, { location: { column: 'password' } });
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked against when the account does not exist, so that an unknown name costs the same
// argon2 work as a known one and the response time does not tell which names exist.
let dummy: Promise<string> | undefined;

/** True when `password` matches `stored`; with no stored hash, does the same work and returns false. */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    await verify(await (dummy ??= hash(randomBytes(16).toString('hex'))), password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** A fresh opaque secret: 32 random bytes, base64url (43 characters). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** How a secret is stored: hex SHA-256. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
