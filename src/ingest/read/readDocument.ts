import { MAX_SOURCE_BYTES } from '../../contracts/source.js';
import { DocumentTooLargeError, UnreadableDocumentError } from '../../core/errors.js';
import type { RawDocument, ReadDocument } from '../../core/ports.js';
import { detectLanguage } from '../language.js';
import { declaredCharset, decodeText } from './decode.js';
import { detectFormat } from './format.js';
import { readHtml } from './html.js';
import { normalizeText } from './normalize.js';
import { readPdf } from './pdf.js';

/**
 * Reads a document into normalised text: PDF (pdfjs), HTML (Readability's main text) or plain
 * text (UTF-8, or UTF-16 with a BOM), and tells its language.
 * @param doc the bytes with their file name and media type when known
 * @returns the text every later stage's offsets point into, its format, title and language
 * @throws UnreadableDocumentError when the document is empty, too large, binary, a PDF without a
 *   text layer, or in a language other than English, French or Russian; the message says which
 */
export async function readDocument(doc: RawDocument): Promise<ReadDocument> {
  const { bytes } = doc;
  if (bytes.length === 0) throw new UnreadableDocumentError('The document is empty (0 bytes).');
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new DocumentTooLargeError(`The document is ${formatSize(bytes.length)} (${bytes.length} bytes), over the limit of ${formatSize(MAX_SOURCE_BYTES)} (${MAX_SOURCE_BYTES} bytes). Split it or keep only the relevant pages.`);
  }
  const format = detectFormat(bytes, doc.mediaType, doc.filename);
  const { text, title } = await readByFormat(format, doc);
  if (text === '') throw new UnreadableDocumentError(emptyMessage(format));
  return { text, format, title, language: detectLanguage(text) };
}

async function readByFormat(format: ReadDocument['format'], doc: RawDocument): Promise<{ text: string; title: string | null }> {
  if (format === 'pdf') {
    const pdf = await readPdf(doc.bytes);
    if (pdf.text === '') {
      throw new UnreadableDocumentError(`The PDF has ${pdf.pages} page(s) but no extractable text: it is probably scanned images. Run it through OCR first, or paste the text.`);
    }
    return pdf;
  }
  if (format === 'html') return readHtml(decodeText(doc.bytes, declaredCharset(doc.bytes, doc.mediaType), true));
  const charset = /charset\s*=\s*"?([\w-]+)/iu.exec(doc.mediaType ?? '')?.[1] ?? null;
  return { text: normalizeText(decodeText(doc.bytes, charset, false)), title: null };
}

function emptyMessage(format: ReadDocument['format']): string {
  return format === 'html'
    ? 'The HTML page has no readable text (only markup, scripts or whitespace).'
    : 'The document contains only whitespace: there is no text to read.';
}

/** "50.0 MB", "20 MB", "312 KB": sizes in binary units, as the limit is defined. */
function formatSize(n: number): string {
  const mb = n / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}
