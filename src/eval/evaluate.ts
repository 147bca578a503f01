import type { Extraction, Language } from '../contracts/index.js';
import type { CorpusDoc } from './corpusSchema.js';
import { extractorInput, type ExtractOptions } from './extractorInput.js';
import { scoreDocument, type DocumentScore } from './scoreDocument.js';
import { addTally, emptyTally, scoreTable, type FieldDetail, type PrfField, type ScoreTable, type Tally } from './scoreTypes.js';

/** The extractor under test: `Extractor.extract` of core/ports, sync or async. */
export type ExtractFn = (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>;

/** One document's outcome. */
export interface DocumentResult {
  file: string;
  id: string;
  language: Language;
  /** What the extractor returned; null when it threw. */
  extraction: Extraction | null;
  /** The extractor's error message when it threw (its gold items all count as missed). */
  error: string | null;
  tally: Tally;
  scores: ScoreTable;
  details: Record<PrfField, FieldDetail>;
}

/** The result of a run: micro-averaged totals, per language, and per document. */
export interface EvalResult {
  documents: DocumentResult[];
  overall: ScoreTable & { tally: Tally; documents: number };
  byLanguage: Partial<Record<Language, ScoreTable & { tally: Tally; documents: number }>>;
}

const EMPTY_PREDICTION = { countries: [], sectors: [], participants: [], agreements: [], engagements: [] };

/**
 * Runs an extractor over corpus documents and scores every prediction by FORMAT.md's rules.
 * Precision, recall and F1 are micro-averaged: counts are summed over documents, then divided.
 * @param docs corpus documents (see `loadCorpus`)
 * @param extract the extractor under test
 * @returns totals, per-language totals and per-document results
 */
export async function evaluate(docs: readonly CorpusDoc[], extract: ExtractFn): Promise<EvalResult> {
  const documents: DocumentResult[] = [];
  for (const doc of docs) {
    const { text, options } = extractorInput(doc);
    let extraction: Extraction | null = null;
    let error: string | null = null;
    try {
      extraction = await extract(text, options);
    } catch (e) {
      // One failing document must not hide the scores of the others: record it and score it as
      // an empty prediction, so its gold counts as missed and the failure shows in the report.
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const score: DocumentScore = scoreDocument(doc.gold, extraction ?? EMPTY_PREDICTION);
    documents.push({ file: doc.file, id: doc.id, language: doc.language, extraction, error, tally: score.tally, scores: scoreTable(score.tally), details: score.details });
  }
  return summarize(documents);
}

/**
 * Totals of already scored documents, overall and per language.
 * @param documents per-document results
 * @returns the full result
 */
export function summarize(documents: DocumentResult[]): EvalResult {
  const overall = emptyTally();
  const perLanguage = new Map<Language, { tally: Tally; documents: number }>();
  for (const d of documents) {
    addTally(overall, d.tally);
    const entry = perLanguage.get(d.language) ?? { tally: emptyTally(), documents: 0 };
    addTally(entry.tally, d.tally);
    entry.documents++;
    perLanguage.set(d.language, entry);
  }
  const byLanguage: EvalResult['byLanguage'] = {};
  for (const language of [...perLanguage.keys()].sort()) {
    const entry = perLanguage.get(language)!;
    byLanguage[language] = { ...scoreTable(entry.tally), tally: entry.tally, documents: entry.documents };
  }
  return { documents, overall: { ...scoreTable(overall), tally: overall, documents: documents.length }, byLanguage };
}
