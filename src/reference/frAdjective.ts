/**
 * French adjective agreement by rule: from the masculine singular, the feminine and both plurals
 * ("malien" → malienne, maliens, maliennes; "français" → française, françaises). Irregular
 * feminines are given after a bar in the data ("turc|turque", "grec|grecque").
 */

function feminine(masc: string): string {
  if (/e$/u.test(masc)) return masc;
  if (/(ien|éen|en)$/u.test(masc)) return `${masc}ne`;
  if (/on$/u.test(masc)) return `${masc}ne`;
  if (/el$/u.test(masc)) return `${masc}le`;
  if (/eux$/u.test(masc)) return `${masc.slice(0, -1)}se`;
  if (/c$/u.test(masc)) return `${masc.slice(0, -1)}que`;
  return `${masc}e`;
}

function plural(word: string): string {
  if (/[sxz]$/u.test(word)) return word;
  if (/al$/u.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/**
 * All four forms of a French adjective of nationality.
 * @param spec masculine singular, optionally "masculine|feminine" for irregular feminines
 * @returns distinct forms: m.sg, f.sg, m.pl, f.pl
 */
export function frAdjectiveForms(spec: string): string[] {
  const [masc = '', given] = spec.split('|');
  const fem = given ?? feminine(masc);
  return [...new Set([masc, fem, plural(masc), `${fem}s`.replace(/ss$/u, 's')])];
}

/**
 * Demonyms from an adjective: French capitalises the noun ("les Maliens", "une Française").
 * @param spec as for {@link frAdjectiveForms}
 * @returns the capitalised forms
 */
export function frDemonymForms(spec: string): string[] {
  return frAdjectiveForms(spec).map((f) => f.charAt(0).toUpperCase() + f.slice(1));
}
