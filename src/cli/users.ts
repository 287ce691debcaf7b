/**
 * Account commands: `users add|list|set-role|disable|reset-password|sign-out|token`. Whoever runs
 * the CLI on the data owns it, so these act as the operator (an admin); the first admin of an
 * install is made here (`leverage users add <name> --admin`): there is no default account and no
 * default password. A password is read from the terminal (not echoed, asked twice) or from the
 * first line of standard input, never from the command line (where `ps` and shell history see it).
 */
import type { Command } from 'commander';
import {
  addAccount,
  createToken,
  disableAccount,
  listAccounts,
  PASSWORD_MIN,
  resetPassword,
  setAccountRole,
  signOutEverywhere,
  TOKEN_SCOPES,
} from '../app/index.ts';
import { cliActor, reportError, withStore } from './run.ts';

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('accounts: add, list, change role, disable, reset password, sign out, issue tokens');
  const quiet = { log: () => undefined };

  users
    .command('add')
    .description(`add an account; the password (at least ${PASSWORD_MIN} characters) is asked for, or read from stdin`)
    .argument('<name>', 'account name (lower-case letters, digits, . _ @ -)')
    .option('--admin', 'make it an admin (the way to create the first one)')
    .option('--role <role>', 'viewer, editor or admin', 'viewer')
    .action((name: string, opts: { admin?: boolean; role: string }) =>
      withStore(async (store) => {
        const password = await readPassword(`password for ${name}: `);
        const account = await addAccount(store, cliActor(), { name, role: opts.admin ? 'admin' : opts.role, password });
        console.log(`added ${account.name} (${account.role})`);
      }, quiet).catch(reportError),
    );

  users
    .command('list')
    .description('every account with its role and state')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) =>
      withStore(async (store) => {
        const all = await listAccounts(store, cliActor());
        if (opts.json) return console.log(JSON.stringify(all, null, 2));
        for (const a of all) console.log(`${a.name.padEnd(24)} ${a.role.padEnd(7)} ${a.disabledAt ? `disabled ${a.disabledAt}` : 'active'}`);
      }, quiet).catch(reportError),
    );

  users
    .command('set-role')
    .description("change an account's role (the last active admin cannot be demoted)")
    .argument('<name>')
    .argument('<role>', 'viewer, editor or admin')
    .action((name: string, role: string) =>
      withStore(async (store) => {
        const a = await setAccountRole(store, cliActor(), name, role);
        console.log(`${a.name} is now ${a.role}`);
      }, quiet).catch(reportError),
    );

  users
    .command('disable')
    .description('disable an account: its sessions end and its tokens are revoked at once')
    .argument('<name>')
    .option('--enable', 'enable it again instead')
    .action((name: string, opts: { enable?: boolean }) =>
      withStore(async (store) => {
        const a = await disableAccount(store, cliActor(), name, !opts.enable);
        console.log(`${a.name} is ${a.disabledAt ? 'disabled' : 'enabled'}`);
      }, quiet).catch(reportError),
    );

  users
    .command('reset-password')
    .description('set a new password (asked for, or read from stdin); the account is signed out everywhere')
    .argument('<name>')
    .action((name: string) =>
      withStore(async (store) => {
        await resetPassword(store, cliActor(), name, await readPassword(`new password for ${name}: `));
        console.log(`password of ${name} reset; its sessions have ended`);
      }, quiet).catch(reportError),
    );

  users
    .command('sign-out')
    .description('end every session of an account and revoke its tokens')
    .argument('<name>')
    .action((name: string) =>
      withStore(async (store) => {
        const r = await signOutEverywhere(store, cliActor(), name);
        console.log(`${name}: ${r.sessions} sessions ended, ${r.tokens} tokens revoked`);
      }, quiet).catch(reportError),
    );

  users
    .command('token')
    .description('issue an API token for an account; the token is printed once and never stored')
    .argument('<name>')
    .option('--scope <scope>', TOKEN_SCOPES.join(', '), 'read')
    .option('--days <days>', 'days until it expires', '90')
    .option('--label <label>', 'what it is for')
    .action((name: string, opts: { scope: string; days: string; label?: string }) =>
      withStore(async (store) => {
        const t = await createToken(store, cliActor(), { account: name, scope: opts.scope, days: Number(opts.days), label: opts.label });
        console.error(`token ${t.id} (${t.scope}) for ${t.account}, expires ${t.expiresAt}; send it as "Authorization: Bearer <token>":`);
        console.log(t.secret);
      }, quiet).catch(reportError),
    );
}

/** A password from the terminal (hidden, typed twice) or the first line of standard input. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const first = await askHidden(prompt);
  const second = await askHidden('again: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
