import type { Language } from '../contracts/index.js';
import { buildCountries } from './countryNames.js';
import { inflect } from './inflect.js';
import { namesData } from './namesData.js';
import { PhraseIndex } from './phraseIndex.js';
import { compoundPrefixes } from './ruAdjective.js';
import { foldWord, tokenize } from './tokens.js';
import { perLanguage } from './perLanguage.js';

/**
 * The country gazetteer of one language, compiled once: every name, formal name, adjective and
 * demonym (with generated inflections) in a {@link PhraseIndex}, plus the compound prefixes
 * ("franco-", "российско-"). A phrase that several countries claim ("Congolese", "Congo") keeps
 * its candidates; the matcher picks the one the rest of the text names, else the data file's
 * default, else nothing, so it never guesses.
 */

/** How a country was named. */
export type MentionForm = 'short' | 'formal' | 'other' | 'adjective' | 'demonym' | 'compound' | 'code';

/** What a gazetteer phrase stands for. */
export interface CountryRef {
  /** The country meant; '' for an ambiguous phrase with no default. */
  code: string;
  form: MentionForm;
  /** Set for phrases that name no country ("New Guinea"): they only stop a shorter match. */
  isBlocker?: boolean;
  /** Set when several countries claim the phrase ("Congolese"): the text's other mentions decide. */
  candidates?: string[];
}

/** One language's compiled gazetteer. */
export interface CountryLexicon {
  phrases: PhraseIndex<CountryRef>;
  /** Folded first part of a compound ("franco", "российско") → code. */
  prefixes: Map<string, string>;
}

function phraseKey(phrase: string): string {
  return tokenize(phrase).map((t) => t.key).join(' ') + (/\.$/u.test(phrase) ? '.' : '');
}

function isAcronym(phrase: string): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters.length <= 5 && letters === letters.toUpperCase();
}

function compile(lang: Language): CountryLexicon {
  const data = namesData(lang);
  const ignore = new Set(data.ignore.map(phraseKey));
  const chosen = new Map(Object.entries(data.ambiguous).map(([p, code]) => [phraseKey(p), code]));
  const candidates: { phrase: string; code: string; form: MentionForm }[] = [];
  for (const c of buildCountries()) {
    const n = c.names[lang];
    // The short name's case forms ("Ирана", "России") count as the short name, so they come first.
    const lists: [MentionForm, string[]][] = [['short', inflect(n.short, lang, 'name')], ['formal', n.formal], ['other', n.other], ['adjective', n.adjectives], ['demonym', n.demonyms]];
    for (const [form, list] of lists) {
      for (const phrase of list) candidates.push({ phrase, code: c.code, form: isAcronym(phrase) ? 'code' : form });
    }
  }
  const claimants = new Map<string, Set<string>>();
  for (const { phrase, code } of candidates) {
    const key = phraseKey(phrase);
    const set = claimants.get(key) ?? new Set<string>();
    set.add(code);
    claimants.set(key, set);
  }
  const phrases = new PhraseIndex<CountryRef>();
  for (const { phrase, code, form } of candidates) {
    const key = phraseKey(phrase);
    if (ignore.has(key)) continue;
    const claimedBy = [...(claimants.get(key) ?? [])];
    if (claimedBy.length > 1) phrases.add(phrase, { code: chosen.get(key) ?? '', form, candidates: claimedBy });
    else phrases.add(phrase, { code, form });
  }
  for (const phrase of data.notCountries) {
    for (const form of inflect(phrase, lang, 'name')) phrases.add(form, { code: '', form: 'other', isBlocker: true });
  }
  const prefixes = new Map<string, string>();
  for (const [prefix, code] of Object.entries(data.compoundPrefixes)) prefixes.set(foldWord(prefix), code);
  if (lang === 'ru') {
    for (const c of buildCountries()) {
      for (const adj of namesData('ru').countries[c.code]?.adjectives ?? []) {
        for (const p of compoundPrefixes(adj)) if (!prefixes.has(foldWord(p))) prefixes.set(foldWord(p), c.code);
      }
    }
  }
  return { phrases, prefixes };
}

/**
 * The compiled gazetteer of a language (compiled on first use).
 * @param lang en, fr or ru
 * @returns its lexicon
 */
export const countryLexicon: (lang: Language) => CountryLexicon = perLanguage(compile);
