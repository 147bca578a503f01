import { createRequire } from 'node:module';
import type { Country, Language } from '../contracts/index.js';
import { countryLexicon, type MentionForm } from './countryLexicon.js';
import { buildCountries } from './countryNames.js';
import { TokenTable } from './tokenTable.js';
import { isDashGap, type Token } from './tokens.js';

/**
 * The country gazetteer: every ISO 3166-1 country with its names in English, French and Russian,
 * and a fast matcher that finds the countries a text names.
 */

export type { MentionForm } from './countryLexicon.js';

/** A country named in a text, with the exact span of the words that name it. */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

const require = createRequire(import.meta.url);
let byCode: Map<string, Country> | undefined;
let unMembers: Set<string> | undefined;

/**
 * Whether a country is one of the 193 member states of the United Nations.
 * @param code alpha-2 code
 * @returns true for a member state (observers such as VA and PS are not members)
 */
export function isUnMember(code: string): boolean {
  unMembers ??= new Set((require('./data/unMembers.json') as { members: string[] }).members);
  return unMembers.has(code);
}

function index(): Map<string, Country> {
  byCode ??= new Map(buildCountries().map((c) => [c.code, c]));
  return byCode;
}

/**
 * All ISO 3166-1 countries (plus Kosovo, XK), with their names in en/fr/ru.
 * @returns the countries, sorted by alpha-2 code
 */
export function allCountries(): Country[] {
  return buildCountries();
}

/**
 * One country by its alpha-2 code.
 * @param code alpha-2 code, any case ("ml", "ML")
 * @returns the country, or undefined when the code is not a country
 */
export function getCountry(code: string): Country | undefined {
  return index().get(code.toUpperCase());
}

/**
 * Whether a string is the alpha-2 code of a country ("ML" yes, "XX" no). Case-sensitive: codes
 * are upper case everywhere in Bilat.
 * @param code the candidate
 * @returns true for a known code
 */
export function isCountryCode(code: string): boolean {
  return index().has(code);
}

/**
 * The display name of a country.
 * @param code alpha-2 code
 * @param lang en, fr or ru
 * @returns the short name, or the code itself when unknown
 */
export function countryName(code: string, lang: Language): string {
  return getCountry(code)?.names[lang].short ?? code;
}

/**
 * Finds every country a text names: names, formal names, abbreviations, adjectives, demonyms and
 * each part of compounds ("российско-малийских", "U.S.-Tanzania", "franco-colombien"). The longest
 * phrase wins at a position ("Democratic Republic of the Congo" over "Congo"); mentions never overlap.
 * @param text any text
 * @param lang the language of the text
 * @param tokens the text's tokens from `tokenize`, when the caller already has them
 * @returns mentions in text order
 */
export function findCountryMentions(text: string, lang: Language, tokens?: Token[]): CountryMention[] {
  const { phrases, prefixes } = countryLexicon(lang);
  const table = tokens ? TokenTable.fromTokens(text, tokens) : TokenTable.of(text);
  const out: CountryMention[] = [];
  const ambiguity = new Map<CountryMention, string[]>();
  for (let i = 0; i < table.length; ) {
    const hit = phrases.mayStartAt(table, i) ? phrases.matchAt(table, i) : undefined;
    if (hit?.value.isBlocker) {
      i = hit.endToken;
      continue;
    }
    if (hit) {
      // French writes the people with a capital and the adjective without: "les Maliens", "malienne".
      const isFrenchPeople = lang === 'fr' && hit.value.form === 'adjective' && /^\p{Lu}/u.test(hit.text) && !isSentenceStart(text, hit.start);
      const form = isFrenchPeople ? 'demonym' : hit.value.form;
      const mention: CountryMention = { code: hit.value.code, start: hit.start, end: hit.end, text: hit.text, form };
      if (hit.value.candidates) ambiguity.set(mention, hit.value.candidates);
      out.push(mention);
      i = hit.endToken;
      continue;
    }
    // A compound prefix only counts before a dash and another word: "франко-" yes, "Франко" (a name) no.
    const end = table.end(i);
    if (i + 1 < table.length && table.start(i + 1) - end === 1 && isDashUnit(text.charCodeAt(end))) {
      const prefixCode = prefixes.get(table.key(i));
      if (prefixCode) out.push({ code: prefixCode, start: table.start(i), end, text: table.raw(i), form: 'compound' });
    }
    i += 1;
  }
  markCompounds(text, out);
  return resolveAmbiguous(out, ambiguity);
}

/**
 * Settles phrases several countries claim: the candidate the text also names plainly wins
 * ("Congolese" in a text about the Republic of the Congo); otherwise the data's default, else the
 * mention is dropped.
 */
function resolveAmbiguous(mentions: CountryMention[], ambiguity: Map<CountryMention, string[]>): CountryMention[] {
  if (ambiguity.size === 0) return mentions;
  const named = new Set(mentions.filter((m) => !ambiguity.has(m)).map((m) => m.code));
  const out: CountryMention[] = [];
  for (const m of mentions) {
    const candidates = ambiguity.get(m);
    if (candidates) {
      const inText = candidates.filter((c) => named.has(c));
      const code = inText.length === 1 ? inText[0]! : m.code;
      if (!code) continue;
      m.code = code;
    }
    out.push(m);
  }
  return out;
}

function isSentenceStart(text: string, at: number): boolean {
  return /(^|[.!?…]\s*|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
}

const DASH_CHAR = /[-‐‑–—]/u;
/**
 * Whether a unit is one of the dashes that join a compound prefix to the next word (- ‐ ‑ – —),
 * tested on its code: nearly every word is followed by one character, so this runs per word.
 */
function isDashUnit(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014;
}
const DASH_THEN_WORD = /^(\s?)[-‐‑–—]\1(\p{L}+)/u;
const WORD_THEN_DASH = /(\p{L}+)(\s?)[-‐‑–—]\2$/u;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Marks as 'compound' the mentions joined to another by a dash ("Россия–Африка", "India-U.S."). */
function markCompounds(text: string, mentions: CountryMention[]): void {
  for (let k = 0; k < mentions.length; k += 1) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (next && isDashGap(text.slice(m.end, next.start))) {
      m.form = 'compound';
      next.form = 'compound';
      continue;
    }
    // A dash straight into a word that is no country ("Russia-Africa", "Россия – Африка"): spaced
    // dashes count only before or after a capitalised word, so "Russia – the largest…" stays plain.
    if (DASH_CHAR.test(text.slice(m.end, m.end + 2))) {
      const after = DASH_THEN_WORD.exec(text.slice(m.end, m.end + 40));
      if (after && (after[1] === '' || isCapitalised(after[2]!))) m.form = 'compound';
    }
    if (DASH_CHAR.test(text.slice(Math.max(0, m.start - 2), m.start))) {
      const before = WORD_THEN_DASH.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (before && (before[2] === '' || isCapitalised(before[1]!))) m.form = 'compound';
    }
  }
}
