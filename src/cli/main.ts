/**
 * The `leverage` command. Each command family lives in its own file; this one only assembles them.
 */
import { Command } from 'commander';
import { registerAnalyseCommands } from './analyse.ts';
import { registerAuditCommands } from './audit.ts';
import { registerUsersCommands } from './users.ts';
import { registerExportCommands } from './export.ts';
import { registerListsCommands } from './lists.ts';
import { registerNamesCommands } from './names.ts';
import { registerNewsCommands } from './news.ts';
import { registerRegistryCommands } from './registry.ts';
import { registerServeCommands } from './serve.ts';
import { registerSimulateCommands } from './simulate.ts';

const program = new Command('leverage')
  .description('Leverage: an open observatory of political prisoners, sanctions and diplomacy')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Data lives in ./var/leverage (embedded PostgreSQL) unless LEVERAGE_DATA_DIR or DATABASE_URL say otherwise.`,
  );

registerRegistryCommands(program);
registerServeCommands(program);
registerAnalyseCommands(program);
registerListsCommands(program);
registerNamesCommands(program);
registerSimulateCommands(program);
registerExportCommands(program);
registerAuditCommands(program);
registerUsersCommands(program);
registerNewsCommands(program);

await program.parseAsync(process.argv);
