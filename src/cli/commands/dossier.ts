import type { Command } from 'commander';
import { buildDossier } from '../../core/commands/dossierBuilder.js';
import { formatDossier } from '../dossierText.js';
import { parseCountry } from '../options.js';
import { printJson, printLines } from '../output.js';
import { withContext } from '../storage.js';

/**
 * `bilat dossier A B [--json]`: the record of one relationship, as text or as the Dossier JSON.
 * Country codes are checked before the database is opened.
 * @param program the root command
 */
export function registerDossierCommand(program: Command): void {
  program
    .command('dossier')
    .description('show the whole record of the relationship between two countries')
    .argument('<a>', 'ISO 3166-1 alpha-2 code, e.g. RU')
    .argument('<b>', 'ISO 3166-1 alpha-2 code, e.g. ML')
    .option('--json', 'print the Dossier JSON')
    .action(async (a: string, b: string, options: { json?: boolean }, command: Command) => {
      const codes = [parseCountry(a), parseCountry(b)] as const;
      const dossier = await withContext(command, (ctx) => buildDossier(ctx, codes[0], codes[1]));
      if (options.json) printJson(dossier);
      else printLines(formatDossier(dossier));
    });
}
