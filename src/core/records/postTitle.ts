import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from '../../reference/index.js';

/** Words that join a title to the country it belongs to ("President of the Republic of Mali"). */
const LINKS = /(?:\s+(?:of(?:\s+the)?|de(?:\s+la|\s+l['’])?|du|des|d['’]))?\s*$/iu;

/**
 * A post's title without the country it belongs to, since the post carries the country itself:
 * "Interim President of the Republic of Mali" → "Interim President", "Президент России" →
 * "Президент", "président de la République de Turquie" → "président". A title that is only a
 * country phrase, or where the country is inside (Minister of Foreign Affairs of X … of Y), keeps
 * what precedes the last country mention only if that mention ends the title.
 * @param title the title as written
 * @param lang language of the text
 * @returns the title for the post
 */
export function postTitle(title: string, lang: Language): string {
  const trimmed = title.trim();
  const mentions = findCountryMentions(trimmed, lang).filter((m) => m.form !== 'adjective');
  const last = mentions[mentions.length - 1];
  if (!last || trimmed.slice(last.end).replace(/[\s.,)»"]+/g, '') !== '') return trimmed;
  let head = trimmed.slice(0, last.start);
  // "of the Republic of Mali": the formal name may start with words the gazetteer left outside.
  head = head.replace(/\s+(?:the\s+)?(?:Republic|Kingdom|State|Federation|Sultanate|Emirate)\s+of\s*$/iu, ' ')
    .replace(/\s+(?:de\s+la\s+)?(?:République|Royaume|Fédération|État)\s+(?:de|du|d['’])\s*$/iu, ' ')
    .replace(/\s+(?:Республики|Королевства|Федерации|Государства|Султаната)\s*$/u, ' ');
  head = head.replace(LINKS, '').trim();
  return head.length >= 3 ? head : trimmed;
}
