/**
 * English demonym plurals by rule: "Malian" → "Malians", "Frenchman" → "Frenchmen"; words in
 * -ese, -ss, -sh, -ch and "Thai"-like invariable forms keep one form ("the Congolese", "the Swiss").
 */

const INVARIABLE = /(ese|ss|sh|ch|s|x|z)$/u;

/**
 * A demonym and its plural.
 * @param singular "Malian", "Briton", "Frenchman"
 * @returns singular first, then the plural when it differs
 */
export function enDemonymForms(singular: string): string[] {
  if (/man$/u.test(singular)) return [singular, `${singular.slice(0, -3)}men`];
  if (INVARIABLE.test(singular)) return [singular];
  return [singular, `${singular}s`];
}
