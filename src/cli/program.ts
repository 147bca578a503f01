import { Command, CommanderError } from 'commander';
import { registerAcceptCommand } from './commands/accept.js';
import { registerDbCommand } from './commands/db.js';
import { registerDossierCommand } from './commands/dossier.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerServeCommand } from './commands/serve.js';
import { EXIT_USAGE, printJson, reportError } from './output.js';

const STORAGE_HELP = `
Storage: PostgreSQL when DATABASE_URL=postgres://… is set (schema BILAT_PG_SCHEMA, default public);
otherwise SQLite in --db PATH, or BILAT_DB, or ./bilat.sqlite.`;

/**
 * The `bilat` command tree. Usage errors throw (exitOverride) instead of exiting, so runCli
 * decides the exit code and the --json error output in one place.
 * @returns the root command
 */
export function buildProgram(): Command {
  const program = new Command('bilat')
    .description('The record of a bilateral relationship: take in readouts, review drafts, read dossiers.')
    .option('--db <path>', 'SQLite database file (default: BILAT_DB or ./bilat.sqlite)')
    .addHelpText('after', STORAGE_HELP)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerIngestCommand(program);
  registerAcceptCommand(program);
  registerExtractCommand(program);
  registerEvalCommand(program);
  registerDossierCommand(program);
  registerServeCommand(program);
  registerDbCommand(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

/**
 * Runs the CLI and sets the exit code: 0 on success, 2 for usage and validation errors, 1 for
 * any other failure. Under --json, failures are also printed as `{ "error": { code, message } }`.
 * @param argv process.argv
 */
export async function runCli(argv: string[]): Promise<void> {
  const isJson = argv.includes('--json');
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help) on stderr.
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return;
      if (isJson) printJson({ error: { code: 'usage', message: error.message.replace(/^error: /, '') } });
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.exitCode = reportError(error, isJson);
  }
}
