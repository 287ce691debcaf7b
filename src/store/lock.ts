/**
 * One process per embedded store. PGlite has no lock of its own: two processes on one data
 * directory overwrite each other's pages and lose or corrupt data. The process that opens a
 * directory creates `leverage.lock` in it (O_EXCL, owner-only), holding its pid, host and command;
 * a server adds the port and token of its admin channel, so other processes can send it their
 * work instead. A lock whose process is gone (killed with -9, machine rebooted) is stale and is
 * taken over. The lock is removed on close and when the process exits.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LeverageError } from '../domain/errors.ts';

export const LOCK_FILE = 'leverage.lock';

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The holder's command line, for messages (`leverage lists import …`). */
  command: string;
  since: string;
  /** Set by a server: where its admin channel listens (loopback) and the token it takes. */
  admin?: { port: number; token: string };
}

/** A held lock. */
export interface DirLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Publishes the admin channel of the server holding the lock. */
  advertise(admin: { port: number }): { token: string };
  release(): void;
}

/** True when a process with this pid runs on this host (a holder on another host is trusted to be alive). */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder of a directory's lock, or undefined when there is none (or it is unreadable). */
export function readLock(dir: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `dir`, replacing a stale one. Throws `locked` naming the live holder.
 */
export function acquireDirLock(dir: string): DirLock {
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), command: commandLine(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw err;
      const current = readLock(dir);
      if (current && holderAlive(current)) throw lockedError(dir, current);
      // Stale (or half-written by a process that died): take it over.
      try {
        unlinkSync(path);
      } catch {
        /* another process removed it first; try again */
      }
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const current = readLock(dir);
    if (current?.pid === holder.pid && current.host === holder.host) {
      try {
        unlinkSync(path);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', release);
  return {
    path,
    holder,
    advertise({ port }) {
      const token = randomBytes(32).toString('hex');
      holder.admin = { port, token };
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(holder), { mode: 0o600 });
      renameSync(tmp, path);
      return { token };
    },
    release,
  };
}

/** The error for a directory another live process holds. */
export function lockedError(dir: string, holder: LockHolder): LeverageError {
  const who = `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''} (${holder.command})`;
  return new LeverageError('locked', `the embedded store ${dir} is in use by ${who} since ${holder.since}`, {
    expected: holder.admin
      ? 'a command routed to that server (this happens by itself unless its admin channel is unreachable)'
      : 'that process to finish; or stop it; or use PostgreSQL (DATABASE_URL) for several writers',
  });
}

function commandLine(): string {
  const args = process.argv.slice(2).map((a) => (/\s/.test(a) ? JSON.stringify(a) : a));
  const script = process.argv[1]?.split('/').pop() ?? 'node';
  return [script === 'main.ts' ? 'leverage' : script, ...args].join(' ').slice(0, 300);
}
