import type { ReadDocument } from '../../core/ports.js';

/** The formats Bilat reads. */
export type DocumentFormat = ReadDocument['format'];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)[\s>]/iu;

/**
 * Tells the format of a document: magic bytes first (they cannot lie about a PDF), then the media
 * type, then the file extension, then a look at the first bytes for an HTML start tag.
 * @param bytes the document
 * @param mediaType MIME type when known
 * @param filename file name or URL path when known
 * @returns 'pdf', 'html' or 'text'
 */
export function detectFormat(bytes: Uint8Array, mediaType?: string | null, filename?: string | null): DocumentFormat {
  if (hasPdfMagic(bytes)) return 'pdf';
  const type = (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  const ext = /\.([a-z0-9]+)$/iu.exec((filename ?? '').split(/[?#]/u)[0]!)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (type === '' || type === 'text/plain' || type === 'application/octet-stream') {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/u, '');
    if (HTML_START.test(head)) return 'html';
  }
  return 'text';
}

/**
 * Whether the bytes start with "%PDF-" (allowing the up to 1024 bytes of junk before the header
 * that PDF readers accept).
 * @param bytes the document
 * @returns true for a PDF
 */
export function hasPdfMagic(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let start = 0; start <= limit; start++) {
    if (PDF_MAGIC.every((b, k) => bytes[start + k] === b)) return true;
  }
  return false;
}
