import type { Command } from 'commander';
import { createExtractor } from '../../ingest/extractor.js';
import { formatSummary, summarizeExtraction } from '../draftSummary.js';
import { readDocumentFile } from '../files.js';
import { parseDay } from '../options.js';
import { printJson, printLines } from '../output.js';

interface ExtractOptions { date?: string; published?: string; json?: boolean }

/**
 * `bilat extract FILE [--json] [--date YYYY-MM-DD]`: reads and extracts one document and prints the
 * Extraction (the corpus gold format plus evidence). No database is opened.
 * @param program the root command
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('read one document and print what Bilat extracts from it (no database)')
    .argument('<file>', 'the document')
    .option('--date <YYYY-MM-DD>', 'reference date for dates without a year')
    .option('--published <YYYY-MM-DD>', 'publication date: the day of the reported meeting when the text names none')
    .option('--json', 'print the Extraction JSON (the default prints a summary)')
    .action(async (file: string, options: ExtractOptions) => {
      const publishedOn = options.published ? parseDay(options.published) : null;
      const referenceDate = options.date ? parseDay(options.date) : publishedOn;
      const raw = await readDocumentFile(file);
      const extractor = createExtractor();
      const read = await extractor.read(raw);
      const extraction = extractor.extract(read.text, { language: read.language, referenceDate, title: read.title, publishedOn });
      if (options.json) printJson(extraction);
      else printLines([`${file} (${read.format}, ${read.language})`, `  found   ${formatSummary(summarizeExtraction(extraction))}`]);
    });
}
