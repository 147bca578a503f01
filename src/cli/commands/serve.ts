import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { DraftAcceptReqSchema } from '../../contracts/index.js';
import { acceptDraft } from '../../core/commands/draftAccepter.js';
import { intakeSource } from '../../core/commands/sourceIntaker.js';
import type { CommandContext } from '../../core/ports.js';
import { createApp } from '../../http/app.js';
import { parsePort } from '../options.js';
import { progress } from '../output.js';
import { openCliContext } from '../storage.js';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const SEED_FILE = fileURLToPath(new URL('../../../fixtures/seed/putin-goita.txt', import.meta.url));
/** The day the reference report was taken in: its "June 23" is read as 2025-06-23. */
const SEED_REFERENCE_DATE = '2025-06-24';

interface ServeOptions { port: string; host: string; seed?: boolean }

/**
 * Takes in and accepts the reference report when the database has no sources, so a first start
 * shows a filled Russia–Mali dossier.
 * @param ctx the command context
 * @returns whether it seeded
 */
export async function seedIfEmpty(ctx: CommandContext): Promise<boolean> {
  if ((await ctx.store.read.count('source')) > 0) return false;
  const bytes = new Uint8Array(await readFile(SEED_FILE));
  const { draft } = await intakeSource(ctx, { bytes, filename: 'putin-goita.txt', mediaType: 'text/plain', referenceDate: SEED_REFERENCE_DATE });
  if (draft.status === 'pending' || draft.status === 'partially_accepted') await acceptDraft(ctx, draft.id, DraftAcceptReqSchema.parse({}));
  return true;
}

/**
 * `bilat serve [--port N] [--host H] [--seed]`: the API and, when web/dist exists, the UI.
 * @param program the root command
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the REST API and the web UI')
    .option('--port <n>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--seed', 'take in the reference report when the database is empty')
    .action(async (options: ServeOptions, command: Command) => {
      const port = parsePort(options.port);
      const ctx = await openCliContext(command);
      try {
        if (options.seed && (await seedIfEmpty(ctx))) progress('seeded the database with the reference report (Russia–Mali)');
      } catch (error) {
        await ctx.close();
        throw error;
      }
      const staticDir = existsSync(WEB_DIST) ? WEB_DIST : null;
      const app = createApp(ctx, { staticDir });
      const server = serve({ fetch: app.fetch, port, hostname: options.host }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        process.stdout.write(`Bilat is listening on http://${host}:${info.port}/${staticDir ? '' : ' (API only: run `npm run build:web` to serve the UI too)'}\n`);
      });
      const stop = () => {
        server.close(() => void ctx.close().finally(() => process.exit(0)));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
