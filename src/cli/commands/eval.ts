import type { Command } from 'commander';
import { evaluate, formatReport, formatReportJson, loadCorpus, writePredictions } from '../../eval/index.js';
import { createExtractor } from '../../ingest/extractor.js';
import { printLines, progress } from '../output.js';

interface EvalOptions { out?: string; json?: boolean }

/**
 * `bilat eval DIR [--out PRED_DIR] [--json]`: runs the extraction over a corpus folder
 * (fixtures/corpus/FORMAT.md) and prints precision, recall and F1 per field and per language.
 * @param program the root command
 */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the extraction against a gold corpus: P/R/F1 per field and per language')
    .argument('<dir>', 'folder of NN.json documents with gold blocks')
    .option('--out <dir>', 'write each document\'s extraction to this folder, same file names')
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string, options: EvalOptions) => {
      const docs = await loadCorpus(dir);
      const extractor = createExtractor();
      const result = await evaluate(docs, (text, extractOptions) => extractor.extract(text, extractOptions));
      if (options.out) {
        const written = await writePredictions(options.out, result);
        progress(`wrote ${written.length} predictions to ${options.out}`);
      }
      printLines([options.json ? formatReportJson(result) : formatReport(result)]);
    });
}
