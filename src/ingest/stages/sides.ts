import type { Language } from '../../contracts/index.js';
import { findPlaceMentions } from '../../reference/places.js';
import type { CountryMention } from './countries.js';
import type { PersonMention } from './people.js';
import type { PlaceMention } from './places.js';
import type { Sentence } from './segment.js';

/**
 * Stage: the sides. Who the readout is about: the two states that count most (mentions in the
 * headline and the lead weigh more, and the countries of the titled people there weigh most), the
 * publisher's own state when the text speaks for it ("Le président de la République" in a French
 * communiqué is France's president), and a group of states when the text names three or more as
 * co-authors or signatories ("released by the Governments of A, B, C and D", "joining A, B, C …").
 */

export interface Sides {
  dyad: string[];
  /** Three or more states named as one side of a multilateral text, with why. */
  group: { codes: string[]; start: number; end: number; isAuthors: boolean } | null;
  home: string;
}

/** The state a language's official readouts speak for (kremlin.ru, state.gov, elysee.fr). */
export const HOME: Record<Language, string> = { en: 'US', fr: 'FR', ru: 'RU' };

const HOME_IMPLIED: Record<Language, RegExp> = {
  en: /\b(?:[Tt]he Secretary|Secretary of State|[Tt]he White House|[Tt]he Department of State)\b/,
  fr: /(?:[Ll]e (?:président|Président) de la République|[Ll]e chef de l['’][ÉEé]tat|[Ll]a France|[Ll]e Premier ministre|[Ll]e ministre de l['’]Europe)(?! d[eu] | de la | des )/u,
  ru: /(?:Президент\p{L}* России|Глав\p{L}* Российского государства|Российск\p{L}* Федерац\p{L}*|Росси[яию])/u,
};

/**
 * A French text that names France somehow. One that never does, yet speaks of "le Président de la
 * République" or "le Premier ministre", comes from another French-speaking state (Dakar, Bamako,
 * Abidjan …): its own state is where that leader receives.
 */
const FRANCE_NAMED = /[Ff]rance|[Ff]ran[cç]ais\p{L}*|Paris|[ÉE]lys[ée]e|Matignon|Quai d['’]Orsay|ministre de l['’]Europe/u;

/**
 * States whose own services publish readouts in French. A French text that never names France but
 * speaks of "le Premier ministre" and names one of these states (not as a titled guest's country)
 * speaks for that state: Brussels, Bern, Ottawa, Dakar, Abidjan, Rabat, Algiers, Tunis, Yaoundé…
 */
const FRANCOPHONE = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'HT', 'SN', 'ML', 'CI', 'BF', 'NE', 'TD', 'GN', 'BJ', 'TG', 'MR', 'MA', 'DZ', 'TN', 'CM', 'CD', 'CG', 'GA', 'CF', 'GQ', 'RW', 'BI', 'DJ', 'KM', 'MG', 'SC', 'VU']);

/** Offices and services that name the state a French readout speaks for. */
const FR_PUBLISHERS: { pattern: RegExp; code: string }[] = [
  { pattern: /\b(?:Conseil fédéral|conseill[eè]re? fédéral(?:e)?|DFAE|Département fédéral des affaires étrangères|Confédération suisse)\b/u, code: 'CH' },
  { pattern: /\b(?:Affaires mondiales Canada|gouvernement du Canada)\b/u, code: 'CA' },
  { pattern: /\b(?:SPF Affaires étrangères|Service public fédéral Affaires étrangères)\b/u, code: 'BE' },
  { pattern: /(?:Élysée|Quai d['’]Orsay|Matignon)/u, code: 'FR' },
];

/** Bare titles by which a French readout names its own state's officials. */
const FR_OWN_TITLES = /(?:[Ll]e (?:président|Président) de la République|[Ll]e [Cc]hef de l['’][ÉEé]tat|[Ll]e Premier ministre|[Ll]e [Cc]hef du [Gg]ouvernement|[Ll]e ministre des Affaires étrangères|[Ll]e conseiller fédéral)(?! d[eu] | de la | des | d['’])/u;

/** A title whose complement is the country that follows: "le Président de la République du Rwanda", "son homologue rwandais". */
const TITLE_BEFORE = /(?:(?:[Pp]r[ée]sident\p{L}*|[Mm]inistre|[Rr]oi|[Rr]eine|[ÉEée]mir|[Cc]hef de l['’][ÉEée]tat|[Cc]hef du [Gg]ouvernement|[Aa]mbassad\p{L}+)(?:\s+(?:de la|du|de l['’]|des|d['’]|de|et)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?)*\s+(?:de la|du|de l['’]|des|d['’]|de|de la |du )\s*|homologue\s+)$/u;

/**
 * A dateline opens a communiqué or a wire report with the city it is issued in: "Abidjan, le 16 mai
 * 2025 –", "Berne, 09.09.2025 –", "Villers-Cotterêts (France), 4 oct 2024 (AFP) -", "Le 30 janvier
 * 2026 – Ottawa (Ontario) –". Returns the city (and a parenthesised country or region), or null.
 */
export function frenchDateline(line: string): { city: string; paren: string | null } | null {
  const city = "(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2})";
  const lead = new RegExp(`^\\s*${city}\\s*(?:\\(([^)]{2,40})\\))?\\s*,\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?(?:[ .\\/]|\\s*\\p{L})`, 'u');
  const after = new RegExp(`^\\s*(?:[Ll]e\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4}\\s*[–—-]\\s*${city}\\s*(?:\\(([^)]{2,40})\\))?\\s*[–—-]`, 'u');
  const m = lead.exec(line) ?? after.exec(line);
  return m ? { city: m[1]!, paren: m[2] ?? null } : null;
}

/**
 * The state a French readout speaks for: its dateline's country, else an office that names it
 * (Élysée, DFAE, Affaires mondiales Canada), else, when France is never named, the first place in the
 * lead that is no titled guest's, else the first French-speaking state the text names that is not a
 * titled guest's; France by default.
 */
function frenchHome(text: string, countries: CountryMention[], people: PersonMention[], places: PlaceMention[], titleEnd: number, leadEnd: number, isHomeImplied: boolean): string {
  const lines = [text.slice(0, titleEnd), ...text.slice(titleEnd).split('\n').filter((l) => l.trim()).slice(0, 2)];
  for (const line of lines) {
    const d = frenchDateline(line);
    if (!d) continue;
    const place = findPlaceMentions(d.city, 'fr').find((p) => p.countryCode);
    if (place?.countryCode) return place.countryCode;
    if (d.paren) {
      const start = text.indexOf(line) + line.indexOf(`(${d.paren})`) + 1;
      const c = countries.find((x) => x.start >= start && x.end <= start + d.paren!.length);
      if (c) return c.code;
    }
  }
  const head = text.slice(0, 600);
  for (const p of FR_PUBLISHERS) if (p.pattern.test(head)) return p.code;
  if (!isHomeImplied || FRANCE_NAMED.test(text) || countries.some((c) => c.code === 'FR')) return 'FR';
  const guests = new Set(people.filter((p) => p.country && p.via !== 'bare').map((p) => p.country));
  // The first place in the lead whose state is not that of a titled guest is where the host is.
  const local = places.find((p) => p.start < leadEnd && p.countryCode && !guests.has(p.countryCode));
  if (local?.countryCode) return local.countryCode;
  for (const c of countries) if (TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))) guests.add(c.code);
  const own = [...new Set(countries.map((c) => c.code))].filter((c) => FRANCOPHONE.has(c) && !guests.has(c));
  // France is never named: the first French-speaking state the text names speaks ("… entre le Sénégal
  // et la Mauritanie": Dakar writes its own name first); France only when none is named.
  return own[0] ?? 'FR';
}

/**
 * A bare title of the publisher's own officials, not one whose country follows it: "le Président de
 * la République centrafricaine" is a guest's title, "le Président de la République a reçu" the host's.
 */
function ownTitle(re: RegExp, head: string, countries: CountryMention[]): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(head); m; m = g.exec(head)) {
    const end = m.index + m[0].length;
    // A country name that runs on past the title ("République centrafricaine") or follows it.
    if (!countries.some((c) => c.end > end && c.start <= end + 1)) return true;
  }
  return false;
}

const AUTHORS = /governments? of|released by|gouvernements? d|правительств/iu;
/** The states themselves take part: co-authors of the text, or leaders who meet ("Leaders of A, B, C … met"). */
const PARTAKERS = /governments? of|released by|gouvernements? d|правительств|\bleaders of|heads of (?:state|government) of|dirigeants d|chefs d['’][ée]tat (?:et de gouvernement )?d|лидер\p{L}* |глав\p{L}* государств/iu;

const GROUP_CUE = /\b(?:leaders of|heads of|governments? of|released by|sign(?:ed|s|atories|ing)?|join(?:ing|ed|s)?|members?|participants?)\b|gouvernements? d|dirigeants|chefs d['’][ée]tat|signataires|membres|правительств|подписал|присоедин|участник|лидер|глав\p{L}* государств/iu;

/**
 * Decide the sides of a readout.
 * @param text the readout
 * @param lang its language
 * @param countries country mentions
 * @param people person mentions
 * @param sentences sentences of the text
 * @param titleEnd end of the headline (0 when none)
 */
export function findSides(text: string, lang: Language, countries: CountryMention[], people: PersonMention[], sentences: Sentence[], titleEnd: number, places: PlaceMention[] = []): Sides {
  const body = sentences.filter((s) => s.start >= titleEnd);
  const leadEnd = body[2]?.end ?? body[body.length - 1]?.end ?? titleEnd;
  const score = new Map<string, number>();
  const add = (code: string, w: number) => score.set(code, (score.get(code) ?? 0) + w);
  for (const c of countries) add(c.code, c.start < titleEnd ? 3 : c.start < leadEnd ? 2 : 1);
  for (const p of people) if (p.country && p.via !== 'bare') add(p.country, p.start < leadEnd ? 4 : 1);
  const head = text.slice(0, Math.max(leadEnd, 400));
  const isHomeImplied = ownTitle(HOME_IMPLIED[lang], head, countries) || (lang === 'fr' && ownTitle(FR_OWN_TITLES, head, countries));
  const home = lang === 'fr' ? frenchHome(text, countries, people, places, titleEnd, leadEnd, isHomeImplied) : HOME[lang];
  const implied = isHomeImplied;
  if (implied) add(home, 2);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const dyad: string[] = [];
  // Kremlin and Élysée readouts speak for their state even when they never name it ("Состоялся
  // телефонный разговор Владимира Путина с …"); only a report on two other states leaves it out.
  const foreignPrincipals = new Set(people.filter((p) => p.country && p.country !== home && p.via !== 'bare').map((p) => p.country));
  // French is also the language of West African presidencies: France is a side only when named or implied.
  // Russian is also the language of the Belarusian, Kazakh, Uzbek and Kyrgyz presidencies: a text that
  // never names Russia but names the relationship of two other states ("белорусско-китайского",
  // "казахстанско-узбекской") is about those two.
  // English is also the language of other states' readouts and of wire reports: a passing "U.S."
  // ("the two U.S. allies") makes the United States a side only when it ranks among the first two
  // or the text speaks for it ("the Secretary").
  const isHomeSide = lang === 'en' ? (score.get(home) ?? 0) >= 2 && (ranked.indexOf(home) < 2 || HOME_IMPLIED.en.test(text.slice(0, Math.max(leadEnd, 400)))) : lang === 'fr' ? score.has(home)
    : score.has(home) || (foreignPrincipals.size < 2 && !foreignPair(text, countries, home));
  if (isHomeSide) dyad.push(home);
  for (const c of ranked) if (dyad.length < 2 && !dyad.includes(c)) dyad.push(c);
  // Only one state named: the place the lead names is the other side's ("… met the President of the
  // Philippines in Canberra").
  if (dyad.length === 1) {
    const at = places.find((p) => p.start < leadEnd && p.countryCode && p.countryCode !== dyad[0]);
    if (at?.countryCode) dyad.push(at.countryCode);
  }
  const group = findGroup(text, countries, sentences);
  // "Putin took part in the summit … leaders of Brazil, India, China … took part": the publisher's
  // state, a side of the text, is at the meeting too, though the enumeration of the others leaves it out.
  if (group?.isAuthors && dyad.includes(home) && !group.codes.includes(home) && !AUTHORS.test(text.slice(group.start, group.end))) group.codes.push(home);
  return { dyad, group, home };
}

/** A compound adjective of two states other than `home` ("белорусско-китайский", "kazakh-uzbek"). */
export function foreignPair(text: string, countries: CountryMention[], home: string): boolean {
  return countries.some((c, i) => {
    const next = countries[i + 1];
    return !!next && c.code !== home && next.code !== home && next.code !== c.code && next.start === c.end + 1 && text[c.end] === '-';
  });
}

function findGroup(text: string, countries: CountryMention[], sentences: Sentence[]): Sides['group'] {
  let best: Sides['group'] = null;
  for (const s of sentences) {
    const inS = countries.filter((c) => c.start >= s.start && c.end <= s.end && c.form === 'name');
    const codes = [...new Set(inS.map((c) => c.code))];
    if (codes.length < 3 || !GROUP_CUE.test(s.text)) continue;
    // An enumeration: the names are separated only by commas, "and", articles.
    const firstIdx = inS.findIndex((c, i) => i + 1 < inS.length && /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+et\s+|,\s+et\s+|\s+и\s+|,\s*the\s+|\s+and\s+the\s+|,\s+and\s+the\s+)$/.test(text.slice(c.end, inS[i + 1]!.start)));
    if (firstIdx < 0) continue;
    const isAuthors = PARTAKERS.test(s.text);
    if (!best || codes.length > best.codes.length) best = { codes, start: s.start, end: s.end, isAuthors };
  }
  return best;
}
