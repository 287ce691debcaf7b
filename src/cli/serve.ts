/** `serve` and `start` (what `npm start` runs). */
import type { Command } from 'commander';
import { serve } from '../server/start.ts';
import { reportError } from './run.ts';

export function registerServeCommands(program: Command): void {
  const action = async (opts: { port: string; host: string; updateListsEvery?: string }): Promise<void> => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      reportError(new Error(`--port must be a whole number from 0 to 65535, not "${opts.port}"`));
      return;
    }
    await serve({ port, host: opts.host, updateListsEvery: opts.updateListsEvery }).catch(reportError);
  };
  program
    .command('serve')
    .description('serve the dashboard and the API (migrates, and loads the shipped dataset into an empty store)')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <host>', 'interface to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--update-lists-every <interval>', 'run `lists update` on a schedule (30m, 6h, 1d); default LEVERAGE_UPDATE_LISTS_EVERY, else off')
    .action(action);
  program
    .command('start', { hidden: true })
    .description('same as serve (npm start)')
    .option('-p, --port <port>', 'port', process.env.PORT ?? '8080')
    .option('--host <host>', 'interface', process.env.HOST ?? '127.0.0.1')
    .option('--update-lists-every <interval>', 'run `lists update` on a schedule (30m, 6h, 1d)')
    .action(action);
}
