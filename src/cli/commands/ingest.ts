import type { Command } from 'commander';
import { DraftAcceptReqSchema, type Draft } from '../../contracts/index.js';
import { acceptDraft } from '../../core/commands/draftAccepter.js';
import { intakeSource } from '../../core/commands/sourceIntaker.js';
import type { CommandContext } from '../../core/ports.js';
import { formatSummary, isDraftSettled, summarizeExtraction, type ExtractionSummary } from '../draftSummary.js';
import { readDocumentFile } from '../files.js';
import { parseDay } from '../options.js';
import { describeError, plural, printJson, printLines, progress, reportError } from '../output.js';
import { withContext } from '../storage.js';

interface IngestOptions { date?: string; published?: string; accept?: boolean; json?: boolean }

/** What happened to one file. */
export interface IngestFileResult {
  file: string;
  sourceId: string;
  draftId: string;
  isDuplicate: boolean;
  draftStatus: Draft['status'];
  summary: ExtractionSummary;
  /** Records written by --accept; null without --accept or when the draft was already taken in. */
  written: Array<{ kind: string; id: string; isNew: boolean }> | null;
  isAlreadyTakenIn: boolean;
}

async function ingestFile(ctx: CommandContext, file: string, options: IngestOptions): Promise<IngestFileResult> {
  const raw = await readDocumentFile(file);
  const { source, draft, isDuplicate } = await intakeSource(ctx, { ...raw, referenceDate: options.date ?? null, publishedOn: options.published ?? null });
  const base = {
    file, sourceId: source.id, draftId: draft.id, isDuplicate, summary: summarizeExtraction(draft.extraction),
  };
  if (!options.accept) return { ...base, draftStatus: draft.status, written: null, isAlreadyTakenIn: false };
  if (isDraftSettled(draft)) return { ...base, draftStatus: draft.status, written: null, isAlreadyTakenIn: true };
  const accepted = await acceptDraft(ctx, draft.id, DraftAcceptReqSchema.parse({}));
  return { ...base, draftStatus: accepted.draft.status, written: accepted.written, isAlreadyTakenIn: false };
}

function describe(result: IngestFileResult): string[] {
  const lines = [
    result.file,
    `  source  ${result.sourceId}${result.isDuplicate ? '  (duplicate: this text was taken in before)' : '  (new)'}`,
    `  draft   ${result.draftId}  ${result.draftStatus}`,
    `  found   ${formatSummary(result.summary)}`,
  ];
  if (result.isAlreadyTakenIn) lines.push('  accept  already taken in: nothing left to accept');
  else if (result.written) {
    const isNew = result.written.filter((entry) => entry.isNew).length;
    lines.push(`  accept  wrote ${plural(result.written.length, 'record')} (${isNew} new, ${result.written.length - isNew} updated)`);
  }
  return lines;
}

/**
 * `bilat ingest FILE… [--date YYYY-MM-DD] [--accept] [--json]`. Each file is taken in on its own:
 * one that fails is reported and the others still go in; the exit code is non-zero if any failed.
 * @param program the root command
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('take in readouts (text, HTML, PDF) and show the draft of each')
    .argument('<files...>', 'documents to take in')
    .option('--date <YYYY-MM-DD>', 'reference date: the day the reports were taken in (for dates without a year)')
    .option('--published <YYYY-MM-DD>', 'publication date of the reports (dates the reported meeting when the text names none)')
    .option('--accept', 'accept each draft whole and write its records')
    .option('--json', 'print the results as JSON')
    .action(async (files: string[], options: IngestOptions, command: Command) => {
      const isJson = Boolean(options.json);
      try {
        if (options.date) parseDay(options.date);
        if (options.published) parseDay(options.published);
      } catch (error) {
        process.exitCode = reportError(error, isJson);
        return;
      }
      const results: IngestFileResult[] = [];
      let firstError: { error: unknown; file: string } | null = null;
      await withContext(command, async (ctx) => {
        for (const [index, file] of files.entries()) {
          if (files.length > 1) progress(`[${index + 1}/${files.length}] ${file}`);
          try {
            const result = await ingestFile(ctx, file, options);
            results.push(result);
            if (!isJson) printLines(describe(result));
          } catch (error) {
            firstError ??= { error, file };
            process.stderr.write(`bilat: ${file}: ${describeError(error).message}\n`);
            process.exitCode = Math.max(Number(process.exitCode ?? 0), describeError(error).exitCode);
          }
        }
      });
      if (!isJson) return;
      if (firstError) {
        const { error, file } = firstError as { error: unknown; file: string };
        const { code, message } = describeError(error);
        printJson({ error: { code, message, file }, results });
      } else printJson({ results });
    });
}
