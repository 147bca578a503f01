import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentResult, EvalResult } from './evaluate.js';

/**
 * Writes each document's extraction to `dir/<same file name>` (the `--out` of `bilat eval`).
 * Documents whose extraction failed get `{"error": "..."}` so a missing prediction is visible.
 * @param dir the output folder (created when missing)
 * @param results an evaluation result, or its per-document results
 * @returns the paths written
 */
export async function writePredictions(dir: string, results: EvalResult | readonly DocumentResult[]): Promise<string[]> {
  const documents = 'documents' in results ? results.documents : results;
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const d of documents) {
    const path = join(dir, d.file);
    const body = d.extraction ?? { error: d.error };
    await writeFile(path, `${JSON.stringify(body, null, 2)}\n`, 'utf8');
    written.push(path);
  }
  return written;
}
