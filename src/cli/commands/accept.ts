import type { Command } from 'commander';
import { DraftAcceptReqSchema } from '../../contracts/index.js';
import { acceptDraft } from '../../core/commands/draftAccepter.js';
import { plural, printJson, printLines } from '../output.js';
import { withContext } from '../storage.js';

/**
 * `bilat accept DRAFT_ID [--json]`: accepts every pending item of a draft (as `ingest --accept`
 * does), for drafts taken in without --accept. Accepting a settled draft is an error (exit 1).
 * @param program the root command
 */
export function registerAcceptCommand(program: Command): void {
  program
    .command('accept')
    .description('accept a draft whole and write its records')
    .argument('<draftId>', 'the draft id that `bilat ingest` printed')
    .option('--json', 'print the accepted draft and the records written as JSON')
    .action(async (draftId: string, options: { json?: boolean }, command: Command) => {
      const result = await withContext(command, (ctx) => acceptDraft(ctx, draftId, DraftAcceptReqSchema.parse({})));
      if (options.json) {
        printJson(result);
        return;
      }
      const isNew = result.written.filter((entry) => entry.isNew).length;
      printLines([`draft ${result.draft.id} ${result.draft.status}: wrote ${plural(result.written.length, 'record')} (${isNew} new)`]);
    });
}
