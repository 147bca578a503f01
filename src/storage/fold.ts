/**
 * Folding for name lookups and substring search: the same text typed with or without accents, in
 * any case, with ё or е, folds to one key. Stored beside names as `search_name`, so both databases
 * compare plain lower-case text and need no collation or extension (unaccent, ICU).
 */

/** Combining marks left by NFKD (accents, diaeresis, breve). */
const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;

/**
 * Folds text for comparison: NFKD, strip combining marks, lower-case, ё→е, whitespace collapsed.
 * Idempotent: `fold(fold(x)) === fold(x)`, so callers may pass folded or raw names.
 * @param text any text
 * @returns the folded key ("Goïta" → "goita", "Гойта" → "гоита", "Алёна" → "алена")
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    // ё decomposes to е + U+0308 under NFKD, so it is already gone; й likewise loses its breve,
    // which is wanted: "Гойта" and "Гоита" are the same name typed two ways.
    .replace(/ё/gu, 'е')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Escapes LIKE wildcards so a user's "%" or "_" matches itself; use with `ESCAPE '\'`.
 * @param text folded text to look for
 * @returns the text with `\`, `%` and `_` escaped
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
