/** Document reading: bytes of a text, HTML or PDF file → normalised text, title and language. */
export { readDocument } from './readDocument.js';
export { detectFormat } from './format.js';
export { normalizeText } from './normalize.js';
