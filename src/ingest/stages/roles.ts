import type { Language } from '../../contracts/index.js';
import type { CountryMention } from './countries.js';

/**
 * A role as records keep it (ANNOTATION_NOTES.md): the title as written, without a nationality
 * adjective in front ("Kenyan Foreign Minister" → "Foreign Minister", the country is a field of
 * its own) and, in Russian, with the title's head words in the nominative ("Президентом Египта" →
 * "Президент Египта"); the genitive complement after the head stays as written.
 */

/** Russian noun heads of titles, nominative singular, lower case. */
const RU_HEADS = ['президент', 'председатель', 'премьер-министр', 'министр', 'посол', 'канцлер', 'султан', 'король', 'эмир',
  'шейх', 'принц', 'губернатор', 'спикер', 'заместитель', 'секретарь', 'помощник', 'советник', 'глава', 'представитель',
  'спецпредставитель', 'руководитель', 'директор', 'вице-премьер', 'вице-президент', 'лидер', 'королева'];
/** Case endings of those nouns, longest first (-ем/-ём/-ю for soft stems: председателем, королём). */
const RU_NOUN_ENDINGS = ['ом', 'ем', 'ём', 'ой', 'ы', 'а', 'я', 'у', 'ю', 'е', 'и'];
/** Adjective endings in oblique cases back to the masculine nominative: "временным" → "временный". */
const RU_ADJ: [RegExp, string][] = [[/(?<=[кгхжшщч])(?:им|ого|ому)$/u, 'ий'], [/(?:ым|ого|ому)$/u, 'ый'], [/(?:им|его|ему)$/u, 'ий']];

/** One Russian noun back to a known nominative title head, or null. */
function ruNounNominative(word: string): string | null {
  const lower = word.toLowerCase().replace(/^посл(?=[аеуо]|ом)/u, 'посол');
  if (RU_HEADS.includes(lower)) return word;
  for (const ending of RU_NOUN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    const head = RU_HEADS.find((h) => h === stem || h === `${stem}ь` || h === `${stem}а` || (h.endsWith('ь') && h.slice(0, -1) === stem));
    if (head) return word[0] === word[0]!.toUpperCase() ? head[0]!.toUpperCase() + head.slice(1) : head;
  }
  return null;
}

/** "Президентом Египта" → "Президент Египта"; "временным президентом" → "временный президент". */
export function ruTitleNominative(role: string): string {
  const m = /^(\p{L}+(?:-\p{L}+)?)(\s+(\p{L}+(?:-\p{L}+)?))?/u.exec(role);
  if (!m) return role;
  const first = ruNounNominative(m[1]!);
  if (first) return first + role.slice(m[1]!.length);
  // An adjective before the head noun: both go back to the nominative.
  const second = m[3] ? ruNounNominative(m[3]) : null;
  if (!second) return role;
  const rule = RU_ADJ.find(([re]) => re.test(m[1]!));
  const adj = rule ? m[1]!.replace(rule[0], rule[1]) : m[1]!;
  return `${adj} ${second}${role.slice(m[0].length)}`;
}

/**
 * The role to record for a title read from `text[start, end)`.
 * @param countries country mentions of the text; one that opens the role as an adjective is dropped
 */
export function displayRole(text: string, start: number, end: number, lang: Language, countries: CountryMention[]): string {
  let from = start;
  const lead = countries.find((c) => c.start === start && c.end < end);
  // "U.S. Assistant Secretary", "Kenyan Foreign Minister": the country is not part of the title.
  if (lead && (lead.form === 'adjective' || lang === 'en')) from = lead.end;
  // "Nigeria's Minister of Foreign Affairs": the possessive goes with the country.
  let role = text.slice(from, end).trim().replace(/^(?:['’]s\s+)?[-–\s]*/u, '');
  if (role.length < 3) role = text.slice(start, end).trim();
  return lang === 'ru' ? ruTitleNominative(role) : role;
}
