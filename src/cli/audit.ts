/** Audit commands: `audit verify` recomputes the hash chain, `audit checkpoint` prints its head to publish. */
import type { Command } from 'commander';
import { auditCheckpoint, verifyAudit } from '../app/index.ts';
import { reportError, withStore } from './run.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit log: verify its hash chain, print its head');
  audit
    .command('verify')
    .description("recompute every row's hash; name the first row that does not match (exit 1)")
    .option('--checkpoint <id:hash>', 'also check a published checkpoint (as `audit checkpoint` printed it)')
    .option('--json', 'print the result as JSON')
    .action((opts: { checkpoint?: string; json?: boolean }) =>
      withStore(
        async (store) => {
          const v = await verifyAudit(store, opts.checkpoint);
          if (!v.ok) process.exitCode = 1;
          if (opts.json) return console.log(JSON.stringify(v, null, 2));
          if (v.broken) return console.log(`BROKEN at audit row ${v.broken.id}: stored hash ${v.broken.stored ?? '(none)'}, recomputed ${v.broken.expected}`);
          if (v.checkpointMismatch) {
            const m = v.checkpointMismatch;
            return console.log(`the chain holds (${v.rows} rows) but NOT the published checkpoint: row ${m.id} is now ${m.stored ?? '(absent)'}`);
          }
          console.log(`ok: ${v.rows} rows${v.head ? `, head ${v.head.id}:${v.head.hash}` : ''}`);
        },
        { log: () => undefined },
      ).catch(reportError),
    );
  audit
    .command('checkpoint')
    .description('print the head of the chain as <id>:<hash>, to publish with a data release')
    .action(() =>
      withStore(
        async (store) => {
          const cp = await auditCheckpoint(store);
          console.log(cp ? cp.checkpoint : 'the audit log is empty');
        },
        { log: () => undefined },
      ).catch(reportError),
    );
}
