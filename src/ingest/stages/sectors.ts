import type { Language, Sector } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import { PhraseMatcher, wordStarts } from './matcher.js';

/**
 * Stage: sectors. Every term of the language's sector lexicon that the text uses, with its span.
 * Russian terms are stems, so they match any ending. The document's sectors and each instrument's
 * sectors are read from these mentions by position.
 */

export interface SectorMention { sector: Sector; start: number; end: number; text: string }

const cache = new Map<Language, PhraseMatcher<Sector>>();

function matcher(lang: Language): PhraseMatcher<Sector> {
  let m = cache.get(lang);
  if (!m) {
    // French and Russian terms are stems: let them run to the end of the word.
    const tail = lang === 'en' ? '' : '\\p{L}*';
    m = new PhraseMatcher(LEXICONS[lang].sectors.map((t) => ({ pattern: `(?:${t.pattern})${tail}`, value: t.sector })), 'i');
    cache.set(lang, m);
  }
  return m;
}

/**
 * Find the sector terms of a text.
 * @param text the readout
 * @param lang its language
 * @returns mentions in text order
 */
export function findSectorMentions(text: string, lang: Language): SectorMention[] {
  return matcher(lang).findAll(text, wordStarts(text)).map((m) => ({ sector: m.value, start: m.start, end: m.end, text: m.text }));
}

/** The distinct sectors of the mentions inside [start, end). */
export function sectorsWithin(mentions: SectorMention[], start: number, end: number): Sector[] {
  return [...new Set(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.sector))];
}
