/**
 * The `leverage` command. Each command family lives in its own file; this one only assembles them.
 */
import { Command } from 'commander';
import { registerRegistryCommands } from './registry.ts';
import { registerServeCommands } from './serve.ts';

const program = new Command('leverage')
  .description('Leverage: an open observatory of political prisoners, sanctions and diplomacy')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText('after', `
Data lives in ./var/leverage (embedded PostgreSQL) unless LEVERAGE_DATA_DIR or DATABASE_URL say otherwise.`);

registerRegistryCommands(program);
registerServeCommands(program);

await program.parseAsync(process.argv);
