/**
 * Whitespace normalisation of read text. Only spacing changes, never letters: the offsets of every
 * later stage (evidence spans) point into the text returned here, and a reader must be able to
 * find each quoted span in the source as displayed.
 */

/** Spaces other than U+0020 (NBSP, the en/em/thin spaces, narrow NBSP, ideographic space, tab...). */
const ODD_SPACES = /[\t\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Invisible characters that only split words for a matcher: zero-width space, BOM, soft hyphen. */
const INVISIBLE = /[\u200B\uFEFF\u00AD]/gu;

/**
 * Normalises line ends and spaces; keeps paragraph breaks as one blank line.
 * @param raw text as decoded or extracted
 * @returns the text with LF line ends, single spaces, no spaces at line ends, at most one blank
 *   line in a row, trimmed
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/gu, '\n')
    .replace(/[\f\u2028\u2029]/gu, '\n\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
