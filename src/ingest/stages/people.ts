import type { Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import type { Rank } from '../lexicon/types.js';
import type { CountryMention } from './countries.js';
import { findPlaceMentions } from '../../reference/places.js';
import { PhraseMatcher, wordStarts, wrappedRe } from './matcher.js';
import { toNominative } from './ruNames.js';
import { findBareEnglish, findBareFrench, findBareRussian, findLabels } from './speakers.js';
import { readName, readSurname, type NameSpan } from './names.js';
import { displayRole } from './roles.js';
import { perLanguage } from '../../reference/perLanguage.js';

/**
 * Stage: people. A person is a name next to a title ("Secretary of State Antony J. Blinken",
 * "Aïssata Tall Sall, Foreign Minister", "Президентом Ирана Масудом Пезешкианом"), a speaker label
 * of a transcript ("В.Путин:", "SECRETARY BLINKEN:"), or, in Russian, where capitals mark only proper
 * names, a bare first name and surname. The title's country comes from an adjective or a country
 * name before it, or a genitive or "of X" after it.
 */

export interface PersonMention {
  name: string; start: number; end: number; text: string;
  role: string | null; roleStart: number; roleEnd: number;
  rank: Rank | null; country: string | null;
  /** How the person was found; a bare name is weaker evidence than a titled one. */
  via: 'title_before' | 'title_after' | 'label' | 'bare';
  /** For "Ambassador to X": the country the person is posted to, never their own. */
  postedTo: string | null;
  /** An official of an international organisation ("Secretary-General of the United Nations"): no country. */
  isIntlOrg?: boolean;
  /** The title follows a word that looks like a nationality the gazetteer does not know ("Philippine Secretary"). */
  isForeignLike?: boolean;
  /** Named with another person under one plural title ("les présidents X et Y"): the partner's start; the two are on different sides. */
  pairedWith?: number;
}

/** International organisations: their officials have no country (ANNOTATION_NOTES.md). */
const INTL_ORG = /United Nations|\bUN\b|\bUNESCO\b|\bWHO\b|\bIAEA\b|African Union|European (?:Union|Commission|Council)|\bNATO\b|\bOSCE\b|\bASEAN\b|Arab League|League of Arab States|\bOPEC\b|World Bank|International Monetary Fund|\bIMF\b|Nations unies|\bONU\b|Union africaine|Union européenne|Commission européenne|\bOTAN\b|\bООН\b|Африканск\p{L}* союз\p{L}*|Европейск\p{L}* (?:союз|комисси)\p{L}*|\bНАТО\b|\bОБСЕ\b|\bАСЕАН\b|\bМАГАТЭ\b|Лиг\p{L}* арабских государств|\bСНГ\b|\bЕАЭС\b|\bШОС\b|\bОДКБ\b|\bБРИКС\b/u;

/** The title patterns of a language, compiled once: the matcher, a title at the start of a text, and each title whole. */
interface Titles { matcher: PhraseMatcher<Rank>; atStart: RegExp; whole: { re: RegExp; rank: Rank }[] }
const titlesOf = perLanguage((lang): Titles => {
  const titles = LEXICONS[lang].titles;
  return {
    matcher: new PhraseMatcher(titles.map((x) => ({ pattern: x.pattern, value: x.rank })), 'i'),
    atStart: wrappedRe('^(?:', titles.map((x) => x.pattern).join('|'), ')(?![\\p{L}])', 'iu'),
    whole: titles.map((x) => ({ re: wrappedRe('^', withoutLookahead(x.pattern), '$', 'iu'), rank: x.rank })),
  };
});

/** The role's own country: an adjective or name just before the title, or a complement after it. */
function roleCountry(text: string, lang: Language, cs: CountryMention[], tStart: number, tEnd: number): { country: string | null; start: number; end: number; postedTo: string | null } {
  let start = tStart;
  let end = tEnd;
  let country: string | null = null;
  let postedTo: string | null = null;
  // Before: "Senegalese Foreign Minister", "U.S. Assistant Secretary", "Croatian Ministry of … Director".
  const before = cs.filter((c) => c.end <= tStart && c.end >= tStart - 70).pop();
  if (before) {
    // A possessive country is the title's own: "Nigeria's Minister of Foreign Affairs".
    const gap = text.slice(before.end, tStart).replace(/^['’]s(?=\s)/u, '');
    // "… of New Zealand Winston Peters and Ambassador …": a title right after "and" starts a new person.
    if (/^[ \p{Lu}\p{Ll}&,'’-]*$/u.test(gap) && !/\s(?:and|et)\s+(?:(?:the|du|de|des|la|le|les)\s+|l['’]\s*)*$/u.test(gap) && !/[,;]/.test(gap.replace(/,? (?:and|et|и) /g, '')) && (gap.trim() === '' || /^\s*(?:\p{Lu}[\p{L}'’-]*|of|and|for|de|des|du|et|la)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|de|des|du|et|la))*\s*$/u.test(gap))) {
      country = before.code;
      start = before.start;
    }
  }
  // An adjective right after the title: "son homologue indien", "le ministre sénégalais des Affaires étrangères".
  const adjAfter = cs.find((c) => c.form === 'adjective' && c.start === tEnd + 1 && text[tEnd] === ' ');
  if (adjAfter && !country && lang !== 'ru') {
    country = adjAfter.code;
    end = adjAfter.end;
    tEnd = adjAfter.end;
  } else if (lang === 'fr') {
    // A nationality the gazetteer cannot place ("congolais": of Brazzaville or of Kinshasa) still
    // belongs to the title, and the name follows it ("le président congolais Denis Sassou Nguesso").
    const demonym = /^ \p{Ll}+(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne)(?= \p{Lu})/u.exec(text.slice(tEnd, tEnd + 30));
    if (demonym) { end = tEnd + demonym[0].length; tEnd = end; }
  }
  // After: "of the Republic of Mali", "de la République de Turquie", "России", "Исламской Республики Иран".
  // French complements run long ("ministre délégué auprès du Chef du gouvernement chargé de … du Royaume du Maroc").
  const after = text.slice(tEnd, tEnd + (lang === 'fr' ? 160 : 90));
  const comp = lang === 'en'
    // An enumeration inside the complement keeps its commas ("for Economic Growth, Energy, and the Environment").
    // A style ("Minister of Health Mr Peter Banda") starts the name, not more of the complement.
    // A portfolio may go on with "and" before its country ("Minister of Foreign Affairs and Cooperation of
    // the Republic of Malawi", "Minister of Finance, Planning and Development, Ms …").
    ? /^(?:(?:, (?!(?:Mr|Mrs|Ms|Dr|Hon|Rt|Shri|Sri|Smt|President|Prime|Minister|Secretary)(?![\p{L}]))\p{Lu}[\p{L}'’-]*)* and (?!(?:Mr|Mrs|Ms|Dr|Hon|Rt|Shri|Sri|Smt|President|Prime|Minister|Secretary)(?![\p{L}]))\p{Lu}[\p{L}'’-]*(?=, | of ))?(?:(?: (?:of|for|to|from|at|on)(?: the)?(?:(?:,(?= \p{Lu}[\p{L}'’-]*,)|,(?= and ))? (?!(?:Mr|Mrs|Ms|Dr|Hon|Rt|Shri|Sri|Smt)(?![\p{L}]))(?:\p{Lu}[\p{L}'’-]*|and|of|for|the|on|to)){1,14}))?/u.exec(after)
    : lang === 'fr'
      ? /^(?: \p{Ll}+(?:ique|ale|aire|elle|ienne|aise|ée)s?)?(?: charg[ée]e?s?)?(?: (?:de|du|des|d['’]|à|auprès)(?: la| l['’]|les)?\s?(?:(?:\p{Lu}[\p{L}'’-]*|et|des|du|de|la|[ld]['’]\p{Lu}[\p{L}-]*|\p{Ll}+(?:ique|ale|aire|elle|ienne|aise|ée|é|ère|er|eur|ion|ité|ie|ement|e)s?)(?![\p{L}'’])[ ]?){1,18})/u.exec(after)
      // Russian: read word by word below (a genitive portfolio, then the country and its state words).
      : /^ (?=\p{L})/u.exec(after);
  if (comp) {
    let compText = comp[0].replace(/\s+$/, '');
    // "… for Nonproliferation Mallory Stewart and Ghanaian Minister of Energy …": "and" before a
    // country or another title starts the next person, not more of this title.
    if (lang !== 'ru') {
      const titleStart = titlesOf(lang).atStart;
      const and = / (?:and|et) (?:(?:the|le|la|les|l['’])\s*)?(?=\p{L})/gu;
      for (let m = and.exec(compText); m; m = and.exec(compText)) {
        const at = tEnd + m.index + m[0].length;
        if (cs.some((c) => c.start === at) || titleStart.test(text.slice(at, at + 60))) { compText = compText.slice(0, m.index); break; }
      }
    }
    // A country followed straight by a capitalised word ends the complement: the name starts there
    // ("President of Brazil Luiz Inácio Lula da Silva"); "of Chile to Russia" runs on.
    if (lang !== 'ru') {
      const cut = cs.find((c) => c.form === 'name' && c.start >= tEnd && c.end < tEnd + compText.length && /^ \p{Lu}/u.test(text.slice(c.end, c.end + 2)) && (readName(text, c.end + 1, lang)?.words.length ?? 0) >= 2);
      if (cut) compText = text.slice(tEnd, cut.end);
    }
    // Russian: the genitive complement is the country and its state words; the name follows it.
    if (lang === 'ru') {
      let stop = tEnd;
      // A portfolio in the genitive may come first ("Министр сельского хозяйства", "энергетики и шахт").
      // An organisation in quotes and an abbreviation belong to the title too ("генеральный директор
      // госкорпорации «Росатом»", "председатель Комитета СФ по международным делам").
      const wordRe = /\s([«"„][^«»"“\n]{1,40}[»"“]|\p{Lu}[\p{L}-]*|\p{Ll}+)/uy;
      wordRe.lastIndex = tEnd;
      let seenCapital = false;
      let portfolio = 0;
      for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
        const ws = m.index + 1;
        if (/^[«"„]/u.test(m[1]!) || (/^\p{Lu}{2,6}$/u.test(m[1]!) && !cs.some((x) => x.start <= ws && x.end > ws))) {
          stop = ws + m[1]!.length;
          continue;
        }
        // A committee's or a post's field after "по" runs up to the name ("по международным делам Григорий …").
        if (m[1] === 'по' && !seenCapital) {
          const field = /^(?:\s(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6})){1,6}(?=\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll})/u.exec(text.slice(ws + 2, ws + 120));
          if (!field) break;
          stop = ws + 2 + field[0].length;
          wordRe.lastIndex = stop;
          continue;
        }
        if (/^\p{Ll}/u.test(m[1]!)) {
          // "дел" ("иностранных дел") ends like a verb in the past but is the portfolio's noun.
          if (seenCapital || ++portfolio > 6 || !(m[1] === 'и' || m[1] === 'дел' || (RU_GENITIVE.test(m[1]!) && !RU_VERB.test(m[1]!)))) break;
          stop = ws + m[1]!.length;
          continue;
        }
        // The body a committee belongs to, before its field ("Комитета Государственной Думы по …").
        const body = !seenCapital ? /^(?:\p{Lu}[\p{L}-]*\s){1,3}(?=по\s\p{Ll})/u.exec(text.slice(ws, ws + 80)) : null;
        if (body) {
          stop = ws + body[0].length - 1;
          wordRe.lastIndex = stop;
          continue;
        }
        seenCapital = true;
        const isCountry = cs.some((x) => x.start <= ws && x.end > ws);
        if (!isCountry && !/^(?:Республик|Федераци|Королевств|Султанат|Исламск|Демократическ|Объедин|Арабск|Соединён)/u.test(m[1]!)) break;
        stop = ws + m[1]!.length;
      }
      compText = text.slice(tEnd, stop);
    }
    const inComp = cs.filter((c) => c.start >= tEnd && c.end <= tEnd + compText.length);
    if (inComp.length) {
      const first = inComp[0]!;
      const prep = text.slice(Math.max(tEnd, first.start - 30), first.start);
      if (/\b(?:to|in)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*$/u.test(prep) && !/Mission|Embassy/.test(prep)) postedTo = first.code;
      else if (!country) country = first.code;
      end = tEnd + compText.length;
    } else if (compText.trim().length > 0) {
      end = tEnd + compText.length;
    }
  }
  return { country, start, end, postedTo };
}

/** A preposition of place right before a word: "à Ottawa", "in Hanoi", "в Минске". */
const PLACE_PREP = /(?:^|[\s(])(?:à|au|in|at|в|во)\s+$/iu;

/**
 * A name read back from a title can take in the town the sentence names just before it ("a rencontré
 * aujourd'hui à Ottawa Thérèse Kayikwamba Wagner, ministre …"): a known place after a preposition
 * is not the first word of the name.
 */
function dropLeadingPlace(text: string, lang: Language, nm: NameSpan | null): NameSpan | null {
  if (!nm || nm.words.length < 3 || !PLACE_PREP.test(text.slice(Math.max(0, nm.start - 6), nm.start))) return nm;
  const first = nm.words[0]!;
  if (!findPlaceMentions(first, lang).some((p) => p.start === 0 && p.end === first.length)) return nm;
  const start = text.indexOf(nm.words[1]!, nm.start + first.length);
  return start < 0 ? nm : { start, end: nm.end, words: nm.words.slice(1) };
}

/**
 * Find the people a text names with their roles and countries.
 * @param text the readout
 * @param lang its language
 * @param countries country mentions of the same text
 */
export function findPeople(text: string, lang: Language, countries: CountryMention[]): PersonMention[] {
  const starts = wordStarts(text);
  const out: PersonMention[] = [];
  const isBlocked = (s: number, e: number) => countries.some((c) => c.start < e && c.end > s);
  const titles = titlesOf(lang).matcher.findAll(text, starts);
  for (const t of titles) {
    // "bin Sultan", "Бен Тарек": a title word inside a name is part of the name.
    if (/(?:^|\s)(?:bin|bint|ibn|бен|бин|ибн)\s$/iu.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    let rc = roleCountry(text, lang, countries, t.start, t.end);
    if (lang === 'fr' && !rc.country) rc = { ...rc, country: chainedTitleCountry(text, lang, countries, rc.end, titles) };
    // A lower-case English title after a state's name or adjective is still a title ("his Lao
    // counterpart Sonexay Siphandone", "Thailand's foreign minister Somchai Boonmee").
    const isCased = lang !== 'en' || /\p{Lu}/u.test(t.text[0]!) 
      || countries.some((c) => c.start === rc.start && c.end < t.start && /^(?:['’]s)?\s+$/u.test(text.slice(c.end, t.start)));
    // Name before the title, set off by a comma: "Mohammed Saud al-Tamimi, CEO of …". In an
    // enumeration "A, Title1, B, Title2" this reading wins over "Title1, B".
    const win = text.slice(Math.max(0, rc.start - 120), rc.start);
    // The name must end at the window's last comma (nothing after it may hold one), so the costly
    // search runs only when what follows that comma fits.
    const comma = win.lastIndexOf(',');
    const pre = comma >= 0 && AFTER_NAME_COMMA.test(win.slice(comma)) && !(lang === 'ru' && ruNameFollows(text, t.end, rc.end, countries)) ? NAME_THEN_COMMA.exec(win) : null;
    if (pre) {
      const nm = dropLeadingPlace(text, lang, readName(text, rc.start - win.length + pre.index + pre[0].indexOf(pre[1]!), lang));
      // A Russian title, capitalised, is no name ("Заместитель Премьер-министра, Министр иностранных дел …").
      if (nm && nm.end <= rc.start && !isBlocked(nm.start, nm.end) && !out.some((p) => p.start === nm.start) && !(lang === 'ru' && titles.some((x) => x.start < nm.end && x.end > nm.start))) {
        push(out, text, lang, nm, t.text, rc, 'title_after', countries);
        continue;
      }
    }
    // A lower-case English title takes only a name set off by a comma ("his Indian counterpart, Dr. S. Jaishankar").
    const name = nameAfterTitle(text, lang, t.end, rc, titles.map((x) => x.start), countries, isCased, t.value);
    if (name && !isBlocked(name.start, name.end)) {
      push(out, text, lang, name, t.text, { ...rc, end: Math.min(rc.end, name.start) }, 'title_before', countries);
      // A plural title names two people, one per side: "les présidents Emmanuel Macron et Alassane Ouattara".
      const second = PLURAL_TITLE[lang]?.test(t.text) ? /^\s+(?:et|and)\s+/u.exec(text.slice(name.end, name.end + 6)) : null;
      const other = second ? readName(text, name.end + second[0].length, lang) : null;
      if (other && other.words.length >= 2 && !isBlocked(other.start, other.end)) {
        const first = out.find((p) => p.start === name.start);
        push(out, text, lang, other, t.text, { ...rc, end: Math.min(rc.end, name.start) }, 'title_before', countries);
        const partner = out.find((p) => p.start === other.start);
        if (first && partner && first !== partner) { first.pairedWith = partner.start; partner.pairedWith = first.start; }
      }
    }
  }
  findLabels(text, lang, out);
  if (lang === 'ru') findBareRussian(text, out, countries);
  if (lang === 'en') findBareEnglish(text, out, countries);
  else if (lang === 'fr') findBareFrench(text, out, countries);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A French office often runs through a second title or a chain of portfolios before the state is
 * named ("ministre d'État et ministre des Affaires étrangères de la République de X", "ministre
 * d'État, ministre des Affaires étrangères, de l'Intégration africaine … de la République de X,
 * M. Y"): the state that closes the chain, right before the name, is the title's own.
 */
function chainedTitleCountry(text: string, lang: Language, cs: CountryMention[], from: number, titles: { start: number; end: number }[]): string | null {
  // A second title joined by "et" or a comma: its own complement names the state.
  const next = titles.find((x) => x.start > from && x.start <= from + 6 && /^(?:,|\s+et)\s+$/u.test(text.slice(from, x.start)));
  if (next) {
    const rc = roleCountry(text, lang, cs, next.start, next.end);
    if (rc.country && !rc.postedTo) return rc.country;
  }
  // A chain of portfolios between commas that closes on a state, then the name ("…, M. Y").
  const chain = /^(?:,\s+(?:(?:et\s+)?(?:ministre\s+)?(?:de la|du|des|de l['’]|d['’])\s*)[^,.;\n]{1,90}){1,4}(?=,\s+(?:M\.|Mme|Monsieur|Madame|S\.E\.?)?\s*\p{Lu})/u.exec(text.slice(from, from + 400));
  if (!chain) return null;
  const end = from + chain[0].length;
  const last = cs.filter((c) => c.form === 'name' && c.start >= from && c.end === end).pop();
  return last && /(?:de la|du|de l['’]|d['’]|de)\s+(?:R[ée]publique|Royaume|F[ée]d[ée]ration|[ÉE]tat)?[^,]*$/u.test(text.slice(from, last.end)) ? last.code : null;
}

/** Titles in the plural, which name two people joined by "et". */
const PLURAL_TITLE: Partial<Record<Language, RegExp>> = { fr: /^(?:pr[ée]sidents|premiers ministres|chefs de gouvernement|ministres)$/iu };

/**
 * Russian writes the title before the name: a title that a capitalised name follows, right after it
 * or after its country ("…, премьер-министр Кохир Расулзода", "…, Министр науки Российской Федерации
 * Валерий Фальков"), is that name's, not the title of the name before the comma in an enumeration.
 */
function ruNameFollows(text: string, tEnd: number, compEnd: number, cs: CountryMention[]): boolean {
  return [tEnd, compEnd].some((at) => {
    const gap = /^[^\S\n]+(?=\p{Lu}\p{Ll})/u.exec(text.slice(at, at + 4));
    if (!gap) return false;
    const nm = readName(text, at + gap[0].length, 'ru');
    return !!nm && nm.words.length >= 2 && !cs.some((c) => c.start < nm.end && c.end > nm.start);
  });
}

/** A name set off by a comma at the end of the text before a title: "Mohammed Saud al-Tamimi, (the) ". */
const NAME_THEN_COMMA = /(?:^|[\s(])((?:\p{Lu}[\p{L}.'’-]*|bin|bint|ibn|al|el|de|van|von|du|da)(?:\s(?:\p{Lu}[\p{L}.'’-]*|bin|bint|ibn|al|el|de|van|von|du|da|al-\p{Lu}[\p{L}-]*)){1,10}),\s+(?:(?:the|le|la|l['’])\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u;
/** What may follow that comma up to the title. */
const AFTER_NAME_COMMA = /^,\s+(?:(?:the|le|la|l['’])\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u;

const COMPLEMENT_WORD = /^(?:of|for|to|on|at|from|de|du|des|d['’]|la|l['’])$/i;

/**
 * The name that follows a title: right after it ("Foreign Minister Sergey Lavrov"), after its
 * complement and a comma ("Prime Minister of the Republic of Senegal, Ousmane Sonko"), or closing the
 * complement's run of capitals ("Envoy for the Horn of Africa Mike Hammer", "Director for European Affairs
 * Jan Novak"): there the name is the last two capitalised words, with initials and particles.
 */
function nameAfterTitle(text: string, lang: Language, tEnd: number, rc: { end: number }, titleStarts: number[], cs: CountryMention[], isCased = true, rank: Rank | null = null): NameSpan | null {
  // A blank line ends the title's reach: a headline's last title is not that of the dateline's city.
  const direct = isCased ? /^\s+/.exec(text.slice(tEnd, tEnd + 3)) : null;
  if (direct && /\n\s*\n/.test(direct[0])) return null;
  if (direct) {
    const at = tEnd + direct[0].length;
    const nm = readName(text, at, lang) ?? readSurname(text, at, lang);
    // Russian: capitals the complement took in are the title's body, not a name ("Комитета Государственной Думы по …").
    if (nm && !cs.some((c) => c.start < nm.end && c.end > nm.start) && !(lang === 'ru' && nm.start < rc.end)) return nm;
  }
  // A paragraph break ends the title's reach: a headline "Talks with President of Kazakhstan X" is not
  // the title of the name that opens the body.
  const comma = rc.end > tEnd ? /^,?[^\S\n]+/.exec(text.slice(rc.end, rc.end + 3)) : /^,[^\S\n]+/.exec(text.slice(rc.end, rc.end + 3));
  if (comma) {
    // "Наследным принцем, Председателем Совета министров …": a second title, not a name.
    const at = rc.end + comma[0].length;
    const nm = lang === 'ru' && titleStarts.includes(at) ? null : readName(text, at, lang);
    if (nm && !(lang === 'ru' && cs.some((c) => c.start < nm.end && c.end > nm.start))) return nm;
  }
  // A French minister's portfolios run on between commas before the name: "le ministre des Affaires
  // étrangères, de la Coopération africaine et des Marocains résidant à l'étranger, M. Nasser Bourita".
  if (lang === 'fr') {
    const portfolios = /^(?:,\s+(?:et\s+)?(?:de la|du|des|de l['’]|d['’])\s*[^,.;\n]{1,90})+,\s+/u.exec(text.slice(rc.end, rc.end + 400));
    if (portfolios) {
      const nm = readName(text, rc.end + portfolios[0].length, lang);
      if (nm) return nm;
    }
  }
  if (lang === 'ru') {
    // An ambassador's posting between the title and the name: "посол Азербайджана в России Рахман
    // Мустафаев" (after other titles "в …" is where someone goes: "визита Султана Омана в Российскую Федерацию").
    const posting = rank === 'ambassador' ? /^[^\S\n]+во?\s+/u.exec(text.slice(rc.end, rc.end + 6)) : null;
    const host = posting ? cs.find((c) => c.start === rc.end + posting[0].length) : undefined;
    if (host && /^[^\S\n]+\p{Lu}\p{Ll}/u.test(text.slice(host.end, host.end + 3))) {
      const nm = readName(text, host.end + 1, lang);
      if (nm && nm.words.length >= 2 && !titleStarts.includes(nm.start)) return nm;
    }
    return initialsAhead(text, lang, rc.end, titleStarts, cs);
  }
  if (!isCased) return null;
  // The run of capitals and complement words after the title, up to the next title or "and <country>".
  const tok = /(?:,(?=\s\p{Lu}[\p{L}'’-]*,)|,(?=\sand\s))?\s((?:Dr|Mr|Mrs|Ms|Hon|Prof|Gen|H\.E)\.|(?:\p{Lu}\.)+(?![\p{L}])|(?:Ma|Md|Mohd|Muhd|Muh)\.(?= \p{Lu})|\p{Lu}[\p{L}'’-]*|of|for|and|the|to|on|at|from|de|du|des|la|et|d['’]|l['’]|bin|bint|ibn|al|el|da|dos|das|del|di|von|van|der|den)(?![\p{L}])/uy;
  const run: { w: string; s: number; e: number }[] = [];
  tok.lastIndex = tEnd;
  for (let m = tok.exec(text); m && run.length < 16; m = tok.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    if (titleStarts.includes(s)) {
      // "… Affairs Jane Doe and Energy Cabinet Secretary …": the words after "and" open the next title.
      const and = run.map((r) => r.w).lastIndexOf('and');
      if (and > 0 && run.length - and <= 3 && run.slice(and + 1).every((r) => /^\p{Lu}/u.test(r.w))) run.length = and;
      break;
    }
    if (m[1] === 'and' && cs.some((c) => c.start === s + 4)) break;
    // A possessive closes the run: "Envoy for Climate John Kerry’s Call".
    const poss = /^(.+)['’]s$/u.exec(m[1]!);
    run.push({ w: poss ? poss[1]! : m[1]!, s, e: s + (poss ? poss[1]!.length : m[1]!.length) });
    if (poss) break;
  }
  if (run.length < 3 || !COMPLEMENT_WORD.test(run[0]!.w)) return null;
  // A complement that ends with a country ends the title: the whole name follows it ("President of
  // the Republic of Ghana John Dramani Mahama").
  const runEnd = run[run.length - 1]!.e;
  const country = cs.filter((c) => c.form === 'name' && c.start > run[0]!.s && c.end < runEnd).pop();
  const afterCountry = country ? run.find((r) => r.s > country.end) : undefined;
  if (afterCountry && /^\p{Lu}/u.test(afterCountry.w)) {
    const whole = readName(text, afterCountry.s, lang);
    if (whole && whole.end <= runEnd && whole.words.length >= 2) return whole;
  }
  let i = run.length - 1;
  let capitals = 0;
  while (i >= 0 && capitals < 2) {
    const w = run[i]!.w;
    if (/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w)) capitals++;
    // Particles inside the name go with it ("Juan Ramón de la Fuente", "Ursula von der Leyen").
    else if (!/^(?:\p{Lu}\.)+$/u.test(w) && !/^(?:bin|bint|ibn|al|el)$/.test(w) && !(capitals > 0 && /^(?:de|la|du|des|da|dos|das|del|di|von|van|der|den)$/.test(w))) break;
    i--;
  }
  // Initials, or a given name written short ("Ma. Theresa Lazaro"), go with the name.
  while (i >= 0 && /^(?:(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{1,3}\.)$/u.test(run[i]!.w)) i--;
  const first = run[i + 1];
  const nm = first && capitals >= 2 ? readName(text, first.s, lang) : null;
  if (nm && nm.end <= run[run.length - 1]!.e) return nm;
  // A lone surname closing the run ("Secretary of Foreign Affairs Locsin").
  const last = run[run.length - 1]!;
  return /^\p{Lu}[\p{L}'’-]*\p{Ll}/u.test(last.w) ? readSurname(text, last.s, lang) : null;
}

/** Genitive endings of a portfolio's words ("сельского хозяйства", "энергетики и шахт", "иностранных дел"). */
const RU_GENITIVE = /(?:ого|его|ых|их|ой|ей|ия|ии|а|я|ы|и|ов|ев|ел|ер|[^еиуюая]т|д|л)$/u;
/** Verb endings: a verb after a bare title ends it ("Министр поблагодарил …"). */
const RU_VERB = /(?:[аеиоуыяю]л[аио]?|[еиюяуа]т|ется|ится)$/u;

/**
 * Russian titles may run on through a posting or a second office before the name ("Посла Республики
 * Судан в Москве М.С.Ахмеда", "… – Специальный представитель Президента по Ближнему Востоку
 * М.Л.Богданов"): the first name written with initials later in the clause, before any other title.
 */
function initialsAhead(text: string, lang: Language, from: number, titleStarts: number[], cs: CountryMention[]): NameSpan | null {
  const win = text.slice(from, from + 160);
  const stop = /[.;:!?\n](?!\p{Lu}?\.?\p{Lu}[\p{Ll}])|,\s/u.exec(win.replace(/(\p{Lu})\.(?=\s?\p{Lu})/gu, '$1_'));
  const m = /(?<![\p{L}.])(?:\p{Lu}\.){1,2}\s?\p{Lu}\p{Ll}+/u.exec(win.slice(0, stop ? stop.index : win.length));
  if (!m) return null;
  const at = from + m.index;
  // Another title on the way is part of this one's chain ("… – Специальный представитель Президента …")
  // unless a verb or "с" comes first: then it is the next person's ("… встретился с Послом …").
  const gap = text.slice(from, at);
  if (titleStarts.some((t) => t > from && t < at) && (/(?:^|\s)(?:с|со)\s/u.test(gap) || gap.split(/\s+/).some((w) => (RU_VERB.test(w) && w !== 'дел') || /(?:лся|лась|лись)$/u.test(w)))) return null;
  const nm = readName(text, at, lang);
  return nm && !cs.some((c) => c.start < nm.end && c.end > nm.start) ? nm : null;
}

/** A title pattern without its lookaheads ("председател… (?= КНР)"), to test a title's own words. */
function withoutLookahead(pattern: string): string {
  return pattern.replace(/\(\?=(?:[^()]|\([^()]*\))*\)/g, '');
}

function push(out: PersonMention[], text: string, lang: Language, name: NameSpan, titleText: string, rc: ReturnType<typeof roleCountry>, via: PersonMention['via'], cs: CountryMention[] = []): void {
  if (out.some((p) => p.start === name.start)) return;
  const rank = titlesOf(lang).whole.find((x) => x.re.test(titleText))?.rank ?? null;
  // The case of a Russian name follows the title's head noun: the first word that is not an
  // adjective ("Министра иностранных дел" → genitive, "Государственным секретарём" → instrumental).
  const titleWords = titleText.split(' ');
  const headWord = titleWords.find((w) => !/(?:ый|ий|ой|ого|его|ому|ему|ым|им|ая|ую)$/u.test(w)) ?? titleWords[titleWords.length - 1] ?? '';
  const display = lang === 'ru' ? toNominative(name.words.join(' '), headWord) : name.words.join(' ');
  const roleRaw = text.slice(rc.start, rc.end);
  const role = roleRaw.trim();
  const roleEnd = rc.start + roleRaw.trimEnd().length;
  let country = rc.country;
  // "President Emmanuel Macron of France": the country after the name.
  const of = /^,?\s+(?:of|de|du|de la)\s+(?:the\s+|l['’])?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})/u.exec(text.slice(name.end, name.end + 60));
  if (!country && of && cs.length) country = cs.find((c) => c.start >= name.end && c.start <= name.end + (of.index + of[0].length))?.code ?? null;
  const isForeignLike = !country && /(?<![\p{L}])\p{Lu}\p{Ll}+(?:an|ian|ese|ine|i|ish|ch)\s+$/u.test(text.slice(Math.max(0, rc.start - 25), rc.start));
  const isIntlOrg = INTL_ORG.test(role) || INTL_ORG.test(text.slice(rc.end, rc.end + 60).split(/[,;.]/)[0] ?? '');
  out.push({
    name: display, start: name.start, end: name.end, text: text.slice(name.start, name.end),
    role: role ? displayRole(text, rc.start, roleEnd, lang, cs) : role, roleStart: rc.start, roleEnd, rank, country: isIntlOrg ? null : country, via, postedTo: rc.postedTo, isIntlOrg, isForeignLike,
  });
}
