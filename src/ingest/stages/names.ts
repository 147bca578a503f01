import type { Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import { perLanguage } from '../../reference/perLanguage.js';
import { isSpaceUnit } from './matcher.js';

/**
 * Reading one personal name at a position: capitalised words, initials ("Antony J. Blinken",
 * "В.В.Путин"), lower-case particles inside the name ("bin", "de", "al-"), with honorifics before it
 * stripped ("Dr.", "H.E.", "Her Royal Highness Princess", "Son Excellence Monsieur", "господин").
 */

export interface NameSpan { start: number; end: number; words: string[] }

/** Words that are honorifics or styles, never part of the name itself. */
const HONORIFIC_WORDS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'h.e.', 'hon.', 'sir', 'his', 'her', 'royal', 'highness', 'excellency', 'majesty', 'princess',
  'm.', 'mme', 'mme.', 'mlle', 'son', 'sa', 'excellence', 'monsieur', 'madame', 'majesté', 'altesse', 's.e.', 's.e.m.', 'h.e.m.',
  'colonel', 'general', 'général', 'lieutenant', 'capitaine', 'captain', 'major', 'commandant', 'marshal', 'maréchal', 'admiral', 'amiral',
  // Unpointed British forms ("Mr Ronald Lamola", "The Rt Hon Yvette Cooper"), Indian styles ("Shri", "Smt."),
  // and styles of office used as forms of address ("Ambassador Yusuf Tuggar", "Senator the Hon Don Farrell").
  'mr', 'mrs', 'ms', 'dr', 'hon', 'rt', 'rt.', 'shri', 'sri', 'smt', 'smt.', 'shrimati', 'ambassador', 'amb.', 'senator', 'sayyid',
  'the', 'le', 'la', 'l',
  // Canadian style: "L'honorable Mélanie Joly", "le très honorable".
  "l'honorable", 'l’honorable', 'honorable', 'très',
  'господин', 'госпожа', 'господина', 'господину', 'господином', 'госпожи',
]);

/** The language's name particles and words that are never names, as sets built once. */
export const wordSets = perLanguage((lang): { particles: Set<string>; notNames: Set<string> } =>
  ({ particles: new Set(LEXICONS[lang].nameParticles), notNames: new Set(LEXICONS[lang].notNames) }));

const MILITARY_RANK = new Set(['général', 'general', 'colonel', 'lieutenant', 'capitaine', 'commandant', 'maréchal', 'amiral']);
const RANK_TAIL = /^(?:d['’]arm[ée]e|de (?:division|brigade|corps d['’]arm[ée]e)|-colonel|-g[ée]n[ée]ral)\s+/iu;

/** Given names that are written short with a point: Filipino "Ma." (Maria), South Asian "Md.", Malay "Mohd.", Indonesian "Muh.". */
const ABBREVIATED_GIVEN = new Set(['ma', 'md', 'mohd', 'muhd', 'muh']);

/** Lower-case words that never belong to a name, whatever their case. */
const STOP = new Set(['the', 'and', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'et', 'avec', 'и', 'с']);

const TOKEN = /(?:\p{Lu}\.){1,3}(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)*)?|\p{Lu}{3,}(?:-\p{Lu}+)?(?![\p{L}])|(?:al|el|ad|as|ash|at|ul|ал|аль|ас|ад|аш|ат|эль)-\p{Lu}[\p{L}'’]+|\p{Lu}[\p{Ll}'’]*[\p{Ll}](?:\p{Lu}\p{Ll}+)*(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}(?=[\s,;:)]|$)|[\p{Ll}]+/uy;

/** Whether a word ends in a possessive "'s" / "’s" after at least one character (/.['’]s$/u). */
function endsPossessive(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 0x73) return false;
  const q = w.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019;
}

/** Whether a unit is a lower-case ASCII or basic Cyrillic letter (a quick "not a capital"). */
function isPlainLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f);
}

/** \p{Ll} of each unit of the Basic Multilingual Plane, filled on first sight: 0 unknown, 1 yes, 2 no. */
const LOWER_LETTER = new Uint8Array(0x10000);

/** Whether a word starts with a lower-case letter (/^\p{Ll}/u), with a table instead of a regex. */
function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{Ll}/u.test(w);
  let known = LOWER_LETTER[c]!;
  if (known === 0) {
    known = /^\p{Ll}$/u.test(String.fromCharCode(c)) ? 1 : 2;
    LOWER_LETTER[c] = known;
  }
  return known === 1;
}

/**
 * Read a personal name starting at `pos` (after optional honorifics).
 * @returns the name's span and words, or null when fewer than two name words (or one glued
 *   initial-and-surname such as "В.Путин") are found
 */
export function readName(text: string, pos: number, lang: Language): NameSpan | null {
  const { particles, notNames } = wordSets(lang);
  const words: string[] = [];
  let start = -1;
  let end = pos;
  let p = pos;
  let sawHonorific = false;
  for (let guard = 0; guard < 14; guard++) {
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) break;
    let w = m[0];
    // Possessive ends the name: "Kerry’s Call".
    const isPossessive = endsPossessive(w);
    if (isPossessive) w = w.slice(0, -2);
    const lw = w.toLowerCase();
    // French articles are styles only in French ("le Président"); in English "Le" is a surname ("Le Hoai Trung").
    const isArticle = lang !== 'fr' && (lw === 'le' || lw === 'la' || lw === 'l');
    const isHonorific = !isArticle && (HONORIFIC_WORDS.has(lw) || (text.charCodeAt(p + w.length) === 0x2e && HONORIFIC_WORDS.has(`${lw}.`)));
    if (isHonorific && words.length === 0) sawHonorific = true;
    // An honorific inside a run of capitals starts the name afresh ("au Palais de Koulouba S.E.M. Igor Gromyko").
    if (isHonorific && words.length > 0 && /^\p{Lu}/u.test(w) && w.includes('.')) { words.length = 0; start = -1; }
    if (words.length === 0 && isHonorific) {
      p += w.length;
      if (text[p] === '.') p++;
      const sp = /^\s+/.exec(text.slice(p, p + 4));
      if (!sp) break;
      p += sp[0].length;
      // A French rank runs on: "le Général d'Armée", "Général de division", "Général de corps d'armée".
      const rank = MILITARY_RANK.has(lw) ? RANK_TAIL.exec(text.slice(p, p + 32)) : null;
      if (rank) p += rank[0].length;
      continue;
    }
    const isLower = startsLower(w) && !/^(?:al|el|ad|as|ash|at|ul|ал|аль|ас|ад|аш|ат|эль)-/u.test(w);
    if (isLower && (!particles.has(lw) || STOP.has(lw))) break;
    // A name does not open on a particle: after a title "des Relations Extérieures" is the title's complement.
    if (isLower && words.length === 0) break;
    // An all-capitals word is an acronym, except a surname after a given name ("Assimi GOÏTA").
    // Japanese and Korean official English puts the surname first in capitals after a style ("Mr. MOTEGI Toshimitsu").
    const isCapsSurname = !isPlainLower(w.charCodeAt(1)) && /^\p{Lu}{3,}(?:-\p{Lu}+)?$/u.test(w) && (words.some((x) => /^\p{Lu}\p{Ll}/u.test(x))
      || (words.length === 0 && sawHonorific && /^ \p{Lu}\p{Ll}+(?![\p{L}])/u.test(text.slice(p + w.length, p + w.length + 30))));
    if (!isLower && (notNames.has(lw) || (/^\p{Lu}{2,}$/u.test(w) && !isCapsSurname))) break;
    // Russian puts initials before the surname; a lone capital after a full word is the last syllable
    // of a Chinese or Korean name ("Ван И."), and a point after it ends the sentence.
    if (lang === 'ru' && /^\p{Lu}\.$/u.test(w) && words.length > 0 && /\p{Ll}$/u.test(words[words.length - 1]!)) {
      words.push(w.slice(0, -1));
      end = p + 1;
      break;
    }
    if (start < 0) start = p;
    words.push(w);
    p += w.length;
    end = p;
    if (isPossessive) break;
    // A given name written short with a point ("Ma. Theresa Lazaro", "Md. Touhid Hossain") goes on.
    if (ABBREVIATED_GIVEN.has(lw) && words.length === 1 && /^\. \p{Lu}/u.test(text.slice(p, p + 3))) { words[0] = `${w}.`; p += 1; end = p; }
    // One space and a word after it (/^ (?=\S)/ on the next two units).
    if (text.charCodeAt(p) !== 0x20 || p + 1 >= text.length || isSpaceUnit(text.charCodeAt(p + 1))) break;
    p += 1;
  }
  while (words.length && /^\p{Ll}/u.test(words[words.length - 1]!) && !/-/.test(words[words.length - 1]!)) {
    const w = words.pop()!;
    end = text.lastIndexOf(w, end) ;
    end = text.slice(start, end).trimEnd().length + start;
  }
  const isGluedInitial = words.length === 1 && /^(?:\p{Lu}\.)+\p{Lu}\p{Ll}/u.test(words[0]!);
  const full = words.filter((w) => !/^\p{Lu}\.?$/u.test(w));
  if (start < 0 || (!isGluedInitial && (words.length < 2 || full.length < 1))) return null;
  if (!isGluedInitial && words.filter((w) => /^\p{Lu}/u.test(w)).length < 2) return null;
  return { start, end, words };
}

/**
 * A lone surname right after a title ("President Putin concurred", "le Président Macron"): a
 * capitalised word that is not a possessive ("President Biden’s Summit" names an event, not a
 * participant) and not followed by another capitalised word.
 */
export function readSurname(text: string, pos: number, lang: Language): NameSpan | null {
  const m = /\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?\p{Ll}+)*/uy;
  m.lastIndex = pos;
  const hit = m.exec(text);
  if (!hit) return null;
  const w = hit[0];
  const rest = text.slice(pos + w.length, pos + w.length + 3);
  if (/^['’]s?(?![\p{L}])/u.test(rest) || /^\s\p{Lu}/u.test(rest) || /^[\p{L}\p{N}]/u.test(rest)) return null;
  if (wordSets(lang).notNames.has(w.toLowerCase()) || HONORIFIC_WORDS.has(w.toLowerCase())) return null;
  return { start: pos, end: pos + w.length, words: [w] };
}
