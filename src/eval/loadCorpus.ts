import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import { CorpusDocSchema, type CorpusDoc } from './corpusSchema.js';

/**
 * Loads every `*.json` file of a corpus folder (other files, such as FORMAT.md, are skipped), in
 * file-name order, each checked against the corpus format.
 * @param dir the corpus folder
 * @returns the documents with their file names
 * @throws ValidationError naming every file that is not valid JSON or breaks the format, with the
 *   first offending field of each ("03.json: gold.participants[1].country: must be an ISO …")
 */
export async function loadCorpus(dir: string): Promise<CorpusDoc[]> {
  const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
  if (files.length === 0) throw new ValidationError(`No corpus documents (*.json) in ${dir}.`, 'dir');
  const docs: CorpusDoc[] = [];
  const problems: Array<{ file: string; field: string | null; message: string }> = [];
  for (const file of files) {
    const raw = await readFile(join(dir, file), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (cause) {
      problems.push({ file, field: null, message: `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})` });
      continue;
    }
    const parsed = CorpusDocSchema.safeParse(data);
    if (parsed.success) docs.push({ ...parsed.data, file });
    else problems.push({ file, ...firstIssue(parsed.error) });
  }
  if (problems.length > 0) {
    const lines = problems.map((p) => `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    const first = problems[0]!;
    throw new ValidationError(`${problems.length} corpus file(s) in ${dir} are not in the format of FORMAT.md:\n${lines.join('\n')}`, first.field ? `${first.file}:${first.field}` : first.file);
  }
  return docs;
}

function firstIssue(error: z.ZodError): { field: string | null; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`), '');
  return { field: field === '' ? null : field, message: issue.message };
}
