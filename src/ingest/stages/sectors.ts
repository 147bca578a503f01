import type { Language, Sector } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import { PhraseMatcher, wordStarts } from './matcher.js';
import { perLanguage } from '../../reference/perLanguage.js';

/**
 * Stage: sectors. Every term of the language's sector lexicon that the text uses, with its span.
 * French and Russian terms are stems, so they match any ending. Terms inside the name of an
 * organisation ("Ministry of Industry and Trade", "ministère du commerce", "Министерство
 * промышленности и торговли") name the organisation, not an area of cooperation, and are marked.
 */

export interface SectorMention { sector: Sector; start: number; end: number; text: string; isInOrgName: boolean }

const matcher = perLanguage((lang): PhraseMatcher<Sector[]> => {
  const tail = lang === 'en' ? '' : '\\p{L}*';
  return new PhraseMatcher(LEXICONS[lang].sectors.map((t) => ({ pattern: `(?:${t.pattern})${tail}`, value: t.also ? [t.sector, t.also] : [t.sector] })), 'i');
});

/** Organisation names: a head ("Ministry", "ministère", "Министерство") and its chain of complements. */
const ORG: Record<Language, { heads: string[]; tail: string; flags: string }> = {
  en: {
    heads: ['Ministry', 'Department', 'Bureau', 'Office', 'Agency', 'Administration', 'Minister', 'Secretary', 'Service', 'Council'],
    tail: '(?:,?\\s+(?:of|for|and|the|on)?\\s*\\p{Lu}[\\p{L}-]*)+', flags: '',
  },
  fr: {
    heads: ['minist[èe]re', 'ministre', "secr[ée]taire d['’][ée]tat", 'agence', 'office', 'direction', 'commission des nations unies', 'organisation'],
    tail: "(?:\\s*(?:,\\s*)?(?:(?:et\\s+)?(?:de l['’]|de la|du|des|de|d['’])|et|pour le|pour la)\\s*[\\p{L}-]+(?:\\s+(?:\\p{Ll}+(?:ale?s?|aux|ique|iques|elle|el)))?)+", flags: 'i',
  },
  ru: {
    // "Министры обсудили вопросы торговли": ministers in the plural are people, and a verb ends
    // the name of a minister's post ("министр энергетики отметил …").
    // An adjective may open the name ("Федеральная таможенная служба", "Государственный таможенный комитет");
    // a commission "по торгово-экономическому … сотрудничеству" is named, not a topic of the text.
    heads: ['[Мм]инистерств\\p{L}*', '[Мм]инистр(?:а|у|ом|е)?(?![\\p{L}])', '[Аа]гентств\\p{L}*', '[Сс]лужб\\p{L}*', '[Кк]омитет\\p{L}*', '(?:[Фф]едеральн|[Гг]осударственн|[Нн]ациональн)\\p{L}* \\p{Ll}+ (?:служб|агентств|комитет)\\p{L}*', '[Кк]омисси\\p{L}* по'],
    tail: '(?:\\s*,?\\s*(?:и\\s+)?(?!(?:обсуди|обсужд|провёл|провел|провели|отмети|подчеркну|заяви|сообщи|встрети|рассмотре|обменял|выступи|принял|приняли|подписа)\\p{L}*)\\p{Ll}[\\p{L}-]*)+', flags: '',
  },
};
/** An English institution named by capitalised words before its head, with its complement ("Andean Institute of Marine Science"). */
const EN_ORG_HEAD_LAST = /(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Institute|University|Academy|Centre|Center|Foundation|Corporation|Company|Bank|Fund)(?:,?\s+(?:of|for|and|the|on)?\s*\p{Lu}[\p{L}-]*)*/gu;
/** Its heads alone: most texts name none, and the whole pattern is then not run. */
const EN_ORG_HEAD = /Institute|University|Academy|Centre|Center|Foundation|Corporation|Company|Bank|Fund/u;
const orgMatcher = perLanguage((lang): PhraseMatcher<true> => {
  const o = ORG[lang];
  return new PhraseMatcher(o.heads.map((h) => ({ pattern: `${h}${o.tail}`, value: true as const })), o.flags);
});

/**
 * Find the sector terms of a text.
 * @param text the readout
 * @param lang its language
 * @returns mentions in text order
 */
export function findSectorMentions(text: string, lang: Language): SectorMention[] {
  const starts = wordStarts(text);
  const orgs: (readonly [number, number])[] = orgMatcher(lang).findAll(text, starts).map((m) => [m.start, m.end] as const);
  // English also names institutions with the head last ("National Agricultural Research Institute", "Development Bank of …").
  if (lang === 'en' && EN_ORG_HEAD.test(text)) for (const m of text.matchAll(EN_ORG_HEAD_LAST)) orgs.push([m.index, m.index + m[0].length]);
  return matcher(lang).findAll(text, starts).flatMap((m) => m.value.map((sector) => ({
    sector, start: m.start, end: m.end, text: m.text,
    isInOrgName: orgs.some(([a, b]) => m.start >= a && m.end <= b && m.start > a),
  })));
}

/**
 * The distinct sectors of the mentions inside [start, end) (an instrument's title). Organisation
 * names count only when the title names no area itself: a defence ministries' programme is about
 * defence, but an industry agreement between ministries of industry and trade is not about trade.
 */
export function sectorsWithin(mentions: SectorMention[], start: number, end: number): Sector[] {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const own = inside.filter((m) => !m.isInOrgName);
  return [...new Set((own.length ? own : inside).map((m) => m.sector))];
}
