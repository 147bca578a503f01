import type { Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import type { Rank } from '../lexicon/types.js';
import type { CountryMention } from './countries.js';
import { PhraseMatcher, wordStarts } from './matcher.js';
import { toNominative } from './ruNames.js';
import { readName, type NameSpan } from './names.js';

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
}

const matcherCache = new Map<Language, PhraseMatcher<Rank>>();
function titleMatcher(lang: Language): PhraseMatcher<Rank> {
  let m = matcherCache.get(lang);
  if (!m) {
    m = new PhraseMatcher(LEXICONS[lang].titles.map((t) => ({ pattern: t.pattern, value: t.rank })), 'i');
    matcherCache.set(lang, m);
  }
  return m;
}

/** The role's own country: an adjective or name just before the title, or a complement after it. */
function roleCountry(text: string, lang: Language, cs: CountryMention[], tStart: number, tEnd: number): { country: string | null; start: number; end: number; postedTo: string | null } {
  let start = tStart;
  let end = tEnd;
  let country: string | null = null;
  let postedTo: string | null = null;
  // Before: "Senegalese Foreign Minister", "U.S. Assistant Secretary", "Croatian Ministry of … Director".
  const before = cs.filter((c) => c.end <= tStart && c.end >= tStart - 70).pop();
  if (before) {
    const gap = text.slice(before.end, tStart);
    if (/^[\s\p{Lu}\p{Ll}&,'’-]*$/u.test(gap) && !/[,;]/.test(gap.replace(/,? (?:and|et|и) /g, '')) && (gap.trim() === '' || /^\s*(?:\p{Lu}[\p{L}'’-]*|of|and|for|de|des|du|et|la)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|de|des|du|et|la))*\s*$/u.test(gap))) {
      country = before.code;
      start = before.start;
    }
  }
  // After: "of the Republic of Mali", "de la République de Turquie", "России", "Исламской Республики Иран".
  const after = text.slice(tEnd, tEnd + 90);
  const comp = lang === 'en'
    ? /^(?: (?:of|for|to|from|at|on)(?: the)?(?: (?:\p{Lu}[\p{L}'’-]*|and|of|for|the|on|to)){1,14})/u.exec(after)
    : lang === 'fr'
      ? /^(?: (?:de|du|des|d['’]|à|auprès)(?: la| l['’]|les)?\s?(?:(?:\p{Lu}[\p{L}'’-]*|et|de|du|des|la|l['’]|l['’]\p{Lu}[\p{L}-]*)[ ]?){1,12})/u.exec(after)
      : /^(?: (?:\p{Lu}[\p{L}-]*(?: |$)){1,4})/u.exec(after);
  if (comp) {
    let compText = comp[0].replace(/\s+$/, '');
    // The complement ends before the name that follows the title.
    if (lang === 'ru') {
      const words = compText.trim().split(' ');
      const keep: string[] = [];
      for (const w of words) {
        const c = cs.find((x) => x.start >= tEnd && x.start <= tEnd + compText.length && x.text.split(' ')[0] === w);
        if (c || /^(?:Республик|Федераци|Королевств|Султанат|Исламск|Демократическ|Объедин|Арабск|Соединён)/.test(w)) keep.push(w);
        else break;
      }
      compText = keep.length ? ` ${keep.join(' ')}` : '';
    }
    const inComp = cs.filter((c) => c.start >= tEnd && c.end <= tEnd + compText.length);
    if (inComp.length) {
      const first = inComp[0]!;
      const prep = text.slice(Math.max(tEnd, first.start - 30), first.start);
      if (/\b(?:to|in)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*$/u.test(prep) && !/Mission|Embassy/.test(prep)) postedTo = first.code;
      else if (!country) country = first.code;
      end = tEnd + compText.length;
    } else if (lang === 'en' && comp[0].length > 0) {
      end = tEnd + compText.length;
    }
  }
  return { country, start, end, postedTo };
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
  const titles = titleMatcher(lang).findAll(text, starts);
  for (const t of titles) {
    const rc = roleCountry(text, lang, countries, t.start, t.end);
    // Name after the title (and its complement), possibly after a comma: "President of Mali, Assimi Goïta".
    const afterRole = /^,?\s+/.exec(text.slice(rc.end));
    const isCased = lang !== 'en' || /\p{Lu}/u.test(t.text[0]!);
    let name: NameSpan | null = afterRole ? readName(text, rc.end + afterRole[0].length, lang) : null;
    if (!name && rc.end !== t.end) {
      const a2 = /^,?\s+/.exec(text.slice(t.end));
      name = a2 ? readName(text, t.end + a2[0].length, lang) : null;
    }
    if (name && isCased && !isBlocked(name.start, name.end) && name.words.length >= 1) {
      push(out, text, lang, name, t.text, rc, 'title_before');
      continue;
    }
    // Name before the title: "Mohammed Saud al-Tamimi, CEO of …", "Satya Narayan Pradhan, Director General".
    const pre = /(?:^|[\s(])((?:\p{Lu}[\p{L}.'’-]*|bin|bint|ibn|al|el|de|van|von|du|da)(?:\s(?:\p{Lu}[\p{L}.'’-]*|bin|bint|ibn|al|el|de|van|von|du|da|al-\p{Lu}[\p{L}-]*)){1,10}),\s+(?:(?:the|le|la|l['’])\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u.exec(text.slice(Math.max(0, rc.start - 120), rc.start));
    if (pre) {
      const s0 = rc.start - (text.slice(Math.max(0, rc.start - 120), rc.start).length - pre.index - pre[0].indexOf(pre[1]!));
      const nm = readName(text, s0, lang);
      if (nm && nm.end <= rc.start && !isBlocked(nm.start, nm.end)) push(out, text, lang, nm, t.text, rc, 'title_after');
    }
  }
  findLabels(text, lang, out);
  if (lang === 'ru') findBareRussian(text, out, countries);
  return out.sort((a, b) => a.start - b.start);
}

function push(out: PersonMention[], text: string, lang: Language, name: NameSpan, titleText: string, rc: ReturnType<typeof roleCountry>, via: PersonMention['via']): void {
  if (out.some((p) => p.start === name.start)) return;
  const rank = LEXICONS[lang].titles.find((x) => new RegExp(`^(?:${x.pattern})$`, 'iu').test(titleText))?.rank ?? null;
  const display = lang === 'ru' ? toNominative(name.words.join(' '), titleText.split(' ').pop() ?? '') : name.words.join(' ');
  out.push({
    name: display, start: name.start, end: name.end, text: text.slice(name.start, name.end),
    role: text.slice(rc.start, rc.end), roleStart: rc.start, roleEnd: rc.end, rank, country: rc.country, via, postedTo: rc.postedTo,
  });
}

/** Transcript speaker labels: "В.Путин:", "Д.Сассу-Нгессо (как переведено):", "SECRETARY BLINKEN:". */
function findLabels(text: string, lang: Language, out: PersonMention[]): void {
  const re = lang === 'en'
    ? /(?:^|\n|\.\s+|["”]\s+)((?:[A-Z][A-Z.'’-]+ ){0,4}([A-Z][A-Z'’-]+)):\s/g
    : /(?:^|\n|[.!?…»]\s+)((?:\p{Lu}\.){1,2}\s?(?:\p{Lu}[\p{Ll}'’-]+)(?:[ -]\p{Lu}[\p{Ll}'’-]+)*)(?:\s\((?:как переведено|traduction)\))?:\s/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (out.some((p) => p.start === start)) continue;
    let name = m[1]!;
    let role: string | null = null;
    if (lang === 'en') {
      const sur = m[2]!;
      role = name.slice(0, name.length - sur.length).trim() || null;
      name = sur[0] + sur.slice(1).toLowerCase();
      if (!role) continue; // bare ALL-CAPS words before a colon are headings, not speakers
    }
    out.push({ name, start, end, text: m[1]!, role, roleStart: start, roleEnd: end, rank: null, country: null, via: 'label', postedTo: null });
  }
}

/** Russian capitals mark proper names: a bare "Имя Фамилия" pair is a person unless it is a place, country or title. */
function findBareRussian(text: string, out: PersonMention[], countries: CountryMention[]): void {
  const re = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
  const adjective = /(?:ой|ая|ий|ый|ое|ые|ых|ого|ому|ыми|ими|ском|ской|ская|ское|ские|ских)$/;
  const notNames = new Set(LEXICONS.ru.notNames);
  const pronoun = /^(?:Вы|Вас|Вам|Вами|Ваш\p{Ll}*|Он|Она|Они|Мы|Их|Его|Её|Это|Как|Если|Когда|Так|Все|Наш\p{Ll}*)$/u;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [w1, w2] = [m[1]!, m[2]!];
    const s = m.index;
    re.lastIndex = s + w1.length + 1;
    if (out.some((p) => p.start <= s && p.end > s)) continue;
    if ([w1, w2].some((w) => w.length < 3 || pronoun.test(w) || adjective.test(w.toLowerCase()) || notNames.has(w.toLowerCase()) || /^(?:Президент|Правительств|Министр|Председател|Глав|Совместн|Соглашени|Договор|Меморандум|Программ|Республик|Федераци|Кремл|Москв|Благодар|Спасибо|Добро|Уважаем)/.test(w))) continue;
    const nm = readName(text, s, 'ru');
    if (!nm) continue;
    if (countries.some((c) => c.start < nm.end && c.end > nm.start)) continue;
    const name = toNominative(nm.words.join(' '));
    out.push({ name, start: nm.start, end: nm.end, text: text.slice(nm.start, nm.end), role: null, roleStart: nm.start, roleEnd: nm.end, rank: null, country: null, via: 'bare', postedTo: null });
    re.lastIndex = nm.end;
  }
}
