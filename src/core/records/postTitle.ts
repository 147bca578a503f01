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
  const trimmed = nominativeHead(dropLeadingAdjective(title.trim(), lang), lang);
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

/** "Russian President" → "President": the post carries its country, the adjective is not part of the title. */
function dropLeadingAdjective(title: string, lang: Language): string {
  const [first] = findCountryMentions(title, lang);
  if (!first || first.start !== 0 || first.form !== 'adjective') return title;
  const rest = title.slice(first.end).trim();
  return rest.length >= 3 ? rest : title;
}

/** Russian titles heading a post, in the nominative. */
const RU_TITLE_HEADS = ['Президент', 'Председатель', 'Премьер-министр', 'Министр', 'Посол', 'Канцлер', 'Султан', 'Король',
  'Эмир', 'Губернатор', 'Спикер', 'Заместитель', 'Генеральный', 'Государственный', 'Секретарь', 'Помощник', 'Советник', 'Глава'];
const RU_NOUN_ENDINGS = ['ом', 'ем', 'ём', 'а', 'я', 'у', 'ю', 'е'];

/**
 * A Russian title read from an oblique case ("с Президентом Республики Мали") is named by its
 * nominative head: the first word goes back to the nominative when a known title head results.
 */
function nominativeHead(title: string, lang: Language): string {
  if (lang !== 'ru') return title;
  const match = /^(\p{L}+(?:-\p{L}+)?)/u.exec(title);
  if (!match) return title;
  const word = match[1]!;
  const lower = (w: string) => w.toLowerCase();
  if (RU_TITLE_HEADS.some((h) => lower(h) === lower(word))) return title;
  for (const ending of RU_NOUN_ENDINGS) {
    if (!lower(word).endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const head = RU_TITLE_HEADS.find((h) => lower(h) === lower(stem) || lower(h) === lower(stem + 'ь'));
    if (head) return (word[0] === word[0]!.toUpperCase() ? head : lower(head)) + title.slice(word.length);
  }
  return title;
}
