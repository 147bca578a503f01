import { UnreadableDocumentError } from '../../core/errors.js';

/**
 * Bytes → string for text and HTML documents: BOMs (UTF-8, UTF-16 LE/BE) decide the encoding when
 * present; otherwise a declared charset (HTML meta or media type) where one is given; otherwise
 * strict UTF-8. Binary content is refused here, with the reason.
 */

/** Share of control characters (other than tab, LF, CR, FF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a text document.
 * @param bytes the document
 * @param declaredCharset a charset the document or its media type declares, if any
 * @param isHtml whether the bytes are HTML (a wrong declared charset is then tolerated)
 * @returns the decoded text, BOM removed
 * @throws UnreadableDocumentError for NUL bytes, many control characters or invalid UTF-8
 */
export function decodeText(bytes: Uint8Array, declaredCharset: string | null, isHtml: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checkControls(strictUtf8(bytes.subarray(3), isHtml));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkControls(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkControls(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UnreadableDocumentError(`The document looks binary: it has a NUL byte at offset ${nul}. Bilat reads plain text (UTF-8 or UTF-16 with a BOM), HTML and PDF.`);
  }
  const charset = declaredCharset?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    const decoder = tryDecoder(charset);
    if (decoder) return checkControls(decoder.decode(bytes));
  }
  return checkControls(strictUtf8(bytes, isHtml));
}

/**
 * The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv), or the
 * media type's `charset=` parameter.
 * @param bytes the document
 * @param mediaType MIME type when known
 * @returns the charset label, or null
 */
export function declaredCharset(bytes: Uint8Array, mediaType?: string | null): string | null {
  const fromType = /charset\s*=\s*"?([\w-]+)/iu.exec(mediaType ?? '')?.[1];
  if (fromType) return fromType;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ?? null;
}

function strictUtf8(bytes: Uint8Array, isHtml: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    // A web page with a stray byte is still a page: decode it with replacement characters.
    if (isHtml) return new TextDecoder('utf-8').decode(bytes);
    const at = firstInvalidUtf8(bytes);
    throw new UnreadableDocumentError(
      `The document is not valid UTF-8 text (first bad byte at offset ${at}) and is neither PDF nor HTML; it may be binary or in a legacy encoding. Save it as UTF-8 and try again.`,
      { cause },
    );
  }
}

function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label in a page's meta tag is common and harmless: fall back to UTF-8.
    return null;
  }
}

function checkControls(text: string): string {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new UnreadableDocumentError(`The document looks binary: ${controls} of its ${text.length} characters are control characters. Bilat reads plain text, HTML and PDF.`);
  }
  return text;
}

/** Offset where the first malformed UTF-8 sequence starts (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
