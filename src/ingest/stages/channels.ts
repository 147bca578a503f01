import type { Channel, Language } from '../../contracts/index.js';
import type { Rank } from '../lexicon/types.js';

/**
 * Stage: channels. The lines of contact the text says the two sides use: heads of state, foreign
 * ministers, parliaments, governments (intergovernmental), commissions.
 */

const CUES: Record<Language, { channel: Channel; re: RegExp }[]> = {
  en: [
    { channel: 'parliamentary', re: /\bparliament(?:s|ary)?\b|\blegislat/i },
    { channel: 'foreign_ministers', re: /foreign ministers?|ministers? of foreign affairs/i },
    { channel: 'intergovernmental', re: /\bintergovernmental\b/i },
    { channel: 'head_of_state', re: /heads? of state|\bpresidents\b|leaders[’']? level/i },
  ],
  fr: [
    { channel: 'parliamentary', re: /parlement|parlementaire/i },
    { channel: 'foreign_ministers', re: /ministres? des affaires [ée]trang[èe]res|ministres? de l['’]Europe et des affaires/i },
    { channel: 'intergovernmental', re: /intergouvernement/i },
    { channel: 'head_of_state', re: /chefs d['’][ée]tat/i },
  ],
  ru: [
    { channel: 'parliamentary', re: /парламент|межпарламент|депутат/iu },
    { channel: 'foreign_ministers', re: /министр\p{L}* иностранных дел|министерств\p{L}* иностранных дел|внешнеполитическ/iu },
    { channel: 'intergovernmental', re: /межправительствен/iu },
    { channel: 'head_of_state', re: /глав\p{L}* государств|президенты/iu },
  ],
};

/**
 * Channels named in a text, plus head_of_state when heads of state take part.
 * @param ranks ranks of the participants
 */
export function findChannels(text: string, lang: Language, ranks: (Rank | null)[], hasCommission: boolean): Channel[] {
  const out = new Set<Channel>();
  if (ranks.filter((r) => r === 'head_of_state').length >= 1) out.add('head_of_state');
  // A channel already known (heads of state by rank) needs no scan of the text.
  for (const c of CUES[lang]) if (!out.has(c.channel) && c.re.test(text)) out.add(c.channel);
  if (hasCommission) out.add('commission');
  return [...out];
}
