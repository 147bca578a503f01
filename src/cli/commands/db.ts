import type { Command } from 'commander';
import { printJson, printLines } from '../output.js';
import { withContext } from '../storage.js';

/**
 * `bilat db migrate [--json]`: applies pending migrations and names them.
 * @param program the root command
 */
export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations')
    .option('--json', 'print the applied migrations as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const applied = await withContext(command, (ctx) => ctx.store.migrate(), { shouldMigrate: false });
      if (options.json) printJson({ applied });
      else printLines(applied.length > 0 ? applied.map((name) => `applied ${name}`) : ['the database is up to date: no migration to apply']);
    });
}
