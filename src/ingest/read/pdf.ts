import { UnreadableDocumentError } from '../../core/errors.js';
import { normalizeText } from './normalize.js';

/** What a PDF yields: its text and the title of its metadata, if any. */
export interface PdfReading {
  text: string;
  title: string | null;
  pages: number;
}

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  height: number;
}

/** A vertical gap larger than this many line heights between two lines starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/**
 * Extracts the text of a PDF with pdfjs (legacy build, no worker thread: parsing runs in this
 * process, which suits a CLI and a job worker alike).
 * @param bytes the PDF file
 * @returns the normalised text of all pages, pages separated by a blank line, and the title
 * @throws UnreadableDocumentError when the file is not a PDF pdfjs can parse (damaged, encrypted)
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new UnreadableDocumentError(`The PDF cannot be opened (${why}). It may be damaged or password-protected.`, { cause });
  }
  try {
    const pageTexts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(joinItems(content.items.filter((it): it is TextItemLike & typeof it => 'str' in it)));
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    return { text: normalizeText(pageTexts.join('\n\n')), title, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * Joins a page's text items: items on one baseline with the spacing pdfjs reports, a line break
 * where pdfjs marks an end of line or the baseline moves, a blank line where the gap is larger
 * than a line (a new paragraph).
 */
function joinItems(items: readonly TextItemLike[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  let pendingEol = false;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = item.height || lastHeight || 10;
    if (lastY !== null && Math.abs(lastY - y) > height * 0.5) {
      const gap = Math.abs(lastY - y);
      out += gap > Math.max(height, lastHeight) * PARAGRAPH_GAP ? '\n\n' : '\n';
    } else if (pendingEol) {
      out += '\n';
    }
    pendingEol = false;
    out += item.str;
    if (item.hasEOL) pendingEol = true;
    if (item.str !== '' || lastY === null) {
      lastY = y;
      lastHeight = height;
    }
  }
  return out;
}
