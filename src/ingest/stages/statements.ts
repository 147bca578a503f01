import type { Language } from '../../contracts/index.js';
import type { Sentence } from './segment.js';

/**
 * Stage: statements. A qualitative claim about trade (or investment) with a trend: "trade remains
 * modest but shows a positive trend", "товарооборот растёт", "les échanges progressent".
 */

export interface StatementDraft { topic: string; claim: string; trend: 'up' | 'down' | 'stable' | 'mixed' | null; start: number; end: number }

const TOPIC: Record<Language, { topic: string; re: RegExp }[]> = {
  en: [{ topic: 'trade', re: /\btrade\b|trade turnover|bilateral trade/i }, { topic: 'investment', re: /\binvestments?\b/i }],
  fr: [{ topic: 'trade', re: /[ée]changes commerciaux|commerce bilat[ée]ral/i }],
  ru: [{ topic: 'trade', re: /товарооборот|взаимн\p{L}* торговл|торговл/iu }],
};
const UP: Record<Language, RegExp> = {
  en: /\b(?:grow(?:s|ing|th)?|grew|increas(?:e|ed|es|ing)|positive trend|ris(?:e|es|ing)|rose|up by|doubled|expand(?:ed|ing))\b/i,
  fr: /progress|augment|croissance|hausse/i,
  ru: /раст[её]т|рост|увеличил|вырос|положительн\p{L}* динамик/iu,
};
const DOWN: Record<Language, RegExp> = {
  en: /\b(?:declin(?:e|ed|ing)|decreas(?:e|ed|ing)|fell|fall(?:ing)?|drop(?:ped)?)\b/i,
  fr: /baisse|recul|diminu/i,
  ru: /снизил|снижени|сократил|падени/iu,
};
const FLAT: Record<Language, RegExp> = {
  en: /\b(?:modest|stable|steady|remain(?:s|ed)? (?:low|modest))\b/i,
  fr: /modeste|stable/i,
  ru: /скромн|стабильн/iu,
};

/**
 * Find trade statements.
 * @param sentences sentences of the readout
 * @param lang its language
 */
export function findStatements(sentences: Sentence[], lang: Language): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const s of sentences) {
    for (const t of TOPIC[lang]) {
      if (!t.re.test(s.text) || s.text.length > 400) continue;
      const up = UP[lang].test(s.text);
      const down = DOWN[lang].test(s.text);
      const flat = FLAT[lang].test(s.text);
      if (!up && !down && !flat) continue;
      const trend = up && (flat || down) ? 'mixed' : up ? 'up' : down ? 'down' : 'stable';
      if (out.some((o) => o.topic === t.topic)) continue;
      out.push({ topic: t.topic, claim: s.text, trend, start: s.start, end: s.end });
    }
  }
  return out;
}
