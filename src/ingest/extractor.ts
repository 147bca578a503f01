import type { Extractor } from '../core/ports.js';
import { extract } from './extract.js';
import { readDocument } from './read/index.js';

/**
 * The intake adapter behind the core's Extractor port: documents are read (text, HTML through a
 * readability step, PDF) with their language detected, and extraction runs the stages of pipeline.ts.
 * @returns the extractor
 */
export function createExtractor(): Extractor {
  return { read: readDocument, extract };
}
