/**
 * Russian adjective declension (placeholder until the full module lands).
 */

/**
 * Compound first parts of a Russian adjective ("российский" → "российско").
 * @param adjective masculine nominative singular
 * @returns the linking forms
 */
export function compoundPrefixes(adjective: string): string[] {
  const m = /^(.*)(ск|цк)ий$/u.exec(adjective);
  return m ? [`${m[1]}${m[2]}о`] : [];
}
