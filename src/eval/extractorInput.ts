import type { Language } from '../contracts/index.js';
import type { CorpusDoc } from './corpusSchema.js';

/** The options an extractor is called with (the `Extractor.extract` signature of core/ports). */
export interface ExtractOptions {
  language: Language;
  referenceDate: string | null;
  title?: string | null;
  publishedOn?: string | null;
}

/** What the extractor gets for one corpus document. */
export interface ExtractorInput {
  text: string;
  options: ExtractOptions;
}

/**
 * Builds the extractor's input exactly as FORMAT.md says: the headline as the first line where
 * `title` is not null, then a blank line, then `text`; reference date `published`, else
 * `reference_date`.
 * @param doc a corpus document
 * @returns the text and options to call the extractor with
 */
export function extractorInput(doc: CorpusDoc): ExtractorInput {
  const text = doc.title !== null ? `${doc.title}\n\n${doc.text}` : doc.text;
  return { text, options: { language: doc.language, referenceDate: doc.published ?? doc.reference_date ?? null, title: doc.title, publishedOn: doc.published ?? null } };
}
