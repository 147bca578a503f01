import type { Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import { PhraseMatcher, wordStarts } from './matcher.js';
import { perLanguage } from '../../reference/perLanguage.js';

/**
 * Stage: dates. Finds full dates, day-and-month dates, months, years and relative days in the three
 * languages and resolves them against the reference date: a date without a year takes the reference
 * year, or the year before when that would put it more than a few weeks after the reference date;
 * with no reference date it stays partial ("--06-23"). Written as regexes over the language's month
 * names rather than chrono-node, because chrono's Russian lacks the genitive month forms and
 * "года", and one grammar for all three keeps the resolution rules in one place.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'partial';
export interface DateMention {
  start: number; end: number; text: string;
  /** FuzzyDate value: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD. */
  value: string;
  precision: DatePrecision;
  /** Last day of a range ("7-8 July"), same precision as value. */
  endValue: string | null;
  /** True when the text gave no year and one was taken from the reference date. */
  isYearInferred: boolean;
  isRelative: boolean;
}

/** Days after the reference date beyond which a yearless date is taken to be in the previous year. */
const FUTURE_TOLERANCE_DAYS = 45;

interface Grammars { res: RegExp[]; monthRes: RegExp[]; monthStart: PhraseMatcher<true>; relWords: PhraseMatcher<true> }

/**
 * The date grammars of a language, as sticky regexes tried only at word starts that can open a
 * date (a digit, or the first letter of a month or relative-day word), not scanned over the text.
 */
const patterns = perLanguage((lang): Grammars => {
  const lex = LEXICONS[lang];
  const month = lex.months.map((m) => `(${m})`).join('|');
  const day = '(\\d{1,2})(?:er|st|nd|rd|th)?';
  const year = '(\\d{4})';
  const E = '(?![\\p{L}\\p{N}])';
  const res = [
    // 7-8 July 2022 / 23 июня 2025 года / le 14 octobre 2020 / les 3 et 4 février (a two-day event starts on its first day)
    new RegExp(`${day}(?:(?:\\s*[-–—]\\s*|\\s+(?:au|to|по|-|and|et|и)\\s+)(\\d{1,2}))?\\s+(?:${month})(?:,?\\s+${year}(?:\\s*(?:года|г\\.))?)?${E}`, 'iuy'),
    // June 23, 2025 / March 17-18 / July 7-8, 2022 / February 3 and 4
    new RegExp(`(?:${month})\\s+${day}(?:(?:\\s*[-–—]\\s*|\\s+(?:and|to)\\s+)(\\d{1,2}))?(?:,?\\s+${year})?${E}`, 'iuy'),
    // in March 2021 / в марте 2025 года / en mars 2020 / December 2021
    new RegExp(`(?:${month})(?:\\s+(?:of\\s+)?(?:${year}|(this year|last year|этого года|текущего года|прошлого года|того же года|de cette année|de l'année dernière)))?${E}`, 'iuy'),
    // in 2023 / в 2023 году / en 2016
    new RegExp(`${year}(?:\\s*(?:году|года|год|г\\.))?${E}`, 'uy'),
    new RegExp(`(?:${lex.relativeDays.map((r) => `(${r.pattern})`).join('|')})${E}`, 'iuy'),
  ];
  const monthRes = lex.months.map((m) => new RegExp(`^(?:${m})$`, 'iu'));
  const monthStart = new PhraseMatcher(lex.months.map((m) => ({ pattern: m, value: true as const })), 'i');
  const relWords = new PhraseMatcher(lex.relativeDays.map((r) => ({ pattern: r.pattern, value: true as const })), 'i');
  return { res, monthRes, monthStart, relWords };
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Resolve a yearless month/day against the reference date (previous year if far in the future). */
function inferYear(month: number, day: number, ref: Date | null): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate - ref.getTime() > FUTURE_TOLERANCE_DAYS * 86400000 ? y - 1 : y;
}

function parseRef(ref: string | null): Date | null {
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return null;
  return new Date(`${ref}T00:00:00Z`);
}

/**
 * Find every date mention in a text.
 * @param text the readout
 * @param lang its language
 * @param referenceDate YYYY-MM-DD the text is read on, or null
 * @returns mentions in text order, longest first where they overlap
 */
export function findDates(text: string, lang: Language, referenceDate: string | null): DateMention[] {
  const ref = parseRef(referenceDate);
  const lex = LEXICONS[lang];
  const { res, monthRes, monthStart, relWords } = patterns(lang);
  const monthOf = (s: string) => monthRes.findIndex((r) => r.test(s)) + 1;
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (m: RegExpExecArray, d: Omit<DateMention, 'start' | 'end' | 'text'> | null) => {
    if (!d) return;
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) return;
    taken.push([s, e]);
    out.push({ start: s, end: e, text: m[0], ...d });
  };
  const [dmy, mdy, my, yOnly, rel] = res;
  const ws = wordStarts(text);
  const digitStarts = ws.filter((p) => { const c = text.charCodeAt(p); return c >= 48 && c <= 57; });
  const monthStarts = monthStart.findAll(text, ws).map((m) => m.start);
  const relStarts = relWords.findAll(text, ws).map((m) => m.start);
  /** Every match of a sticky grammar at the candidate starts. */
  function* each(re: RegExp): Generator<RegExpExecArray> {
    const starts = re === dmy || re === yOnly ? digitStarts : re === rel ? relStarts : monthStarts;
    for (const p of starts) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) yield m;
    }
  }
  const dayDate = (dayS: string, endS: string | undefined, month: number, yearS: string | undefined) => {
    const d = Number(dayS);
    if (!month || d < 1 || d > 31) return null;
    let y = yearS ? Number(yearS) : inferYear(month, d, ref);
    const isYearInferred = !yearS && y !== null;
    const fmt = (dd: number) => (y === null ? `--${pad(month)}-${pad(dd)}` : `${y}-${pad(month)}-${pad(dd)}`);
    if (y !== null && y < 1000) y = null;
    return { value: fmt(d), endValue: endS ? fmt(Number(endS)) : null, precision: (y === null ? 'partial' : 'day') as DatePrecision, isYearInferred, isRelative: false };
  };
  for (const m of each(dmy!)) {
    const month = monthOf(m.slice(3, 15).find((g) => g !== undefined) ?? '');
    add(m, dayDate(m[1]!, m[2], month, m[15]));
  }
  for (const m of each(mdy!)) {
    const month = monthOf(m.slice(1, 13).find((g) => g !== undefined) ?? '');
    add(m, dayDate(m[13]!, m[14], month, m[15]));
  }
  for (const m of each(my!)) {
    const month = monthOf(m.slice(1, 13).find((g) => g !== undefined) ?? '');
    // A bare month name is a date only with a year or a reference date; "May" alone is too ambiguous in English.
    const yearS = m[13];
    const rel2 = m[14];
    let y: number | null = yearS ? Number(yearS) : null;
    if (y === null && ref) {
      const refY = ref.getUTCFullYear();
      // "того же года": the year of the last date before it that names one.
      const sameYear = rel2 && /того же/i.test(rel2) ? [...out].filter((x) => x.end <= m.index && /^\d{4}/.test(x.value) && !x.isYearInferred).sort((a, b) => b.end - a.end)[0] : undefined;
      // "last November", "novembre dernier": the latest such month before the reference month; "next May" the first after it.
      const refM = ref.getUTCMonth() + 1;
      const isLast = /(?:^|[^\p{L}])last\s+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s+derni(?:er|ère)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      const isNext = /(?:^|[^\p{L}])next\s+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s+prochain(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      if (sameYear) y = Number(sameYear.value.slice(0, 4));
      else if (!rel2 && isLast) y = month >= refM ? refY - 1 : refY;
      else if (!rel2 && isNext) y = month <= refM ? refY + 1 : refY;
      else if (rel2 && /last|прошлого|dernière/i.test(rel2)) y = refY - 1;
      else if (rel2) y = refY;
      else if (lang !== 'en' || (/^\p{Lu}/u.test(m[0]) && !/^may$/i.test(m[0]))) y = month > ref.getUTCMonth() + 2 ? refY - 1 : refY;
    }
    if (y === null || !month || (lang === 'en' && !/^\p{Lu}/u.test(m[0]))) continue;
    add(m, { value: `${y}-${pad(month)}`, endValue: null, precision: 'month', isYearInferred: !yearS, isRelative: false });
  }
  for (const m of each(yOnly!)) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2100) continue;
    add(m, { value: String(y), endValue: null, precision: 'year', isYearInferred: false, isRelative: false });
  }
  for (const m of each(rel!)) {
    if (!ref) continue;
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    const offset = lex.relativeDays[idx]?.offset ?? 0;
    const d = new Date(ref.getTime() + offset * 86400000);
    add(m, { value: d.toISOString().slice(0, 10), endValue: null, precision: 'day', isYearInferred: false, isRelative: true });
  }
  if (ref && lang === 'ru') {
    // "в прошлом году", "в этом (текущем) году": a year counted from the reference date.
    const relYear = /(?<![\p{L}])(?:в\s+)?(позапрошлом|прошлом|этом|текущем|нынешнем)\s+году(?![\p{L}])/giu;
    for (let m = relYear.exec(text); m; m = relYear.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const back = m[1]!.toLowerCase() === 'позапрошлом' ? 2 : m[1]!.toLowerCase() === 'прошлом' ? 1 : 0;
      taken.push([m.index, m.index + m[0].length]);
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: String(ref.getUTCFullYear() - back), precision: 'year', endValue: null, isYearInferred: false, isRelative: true });
    }
  }
  if (ref) {
    // "on Monday": the last such day up to the reference date.
    const refDow = (ref.getUTCDay() + 6) % 7;
    for (const m of weekdayMatcher(lang).findAll(text, ws)) {
      if (!free(m.start, m.end)) continue;
      // "jeudi 12 juin", "Monday, June 12", "в четверг, 12 июня": the weekday names the date that follows.
      if (/^,?\s+(?:le\s+|the\s+)?(?:\d{1,2}(?![\d])|\p{L}+\s+\d{1,2}(?![\d]))/u.test(text.slice(m.end, m.end + 16)) && out.some((d) => !d.isRelative && d.start > m.end && d.start <= m.end + 6)) continue;
      // "jusqu'à samedi", "until Saturday", "до субботы": the next such day from the reference date.
      const isUntil = UNTIL.test(text.slice(Math.max(0, m.start - 12), m.start));
      const back = isUntil ? -((m.value - refDow + 7) % 7) : (refDow - m.value + 7) % 7;
      const d = new Date(ref.getTime() - back * 86400000);
      taken.push([m.start, m.end]);
      out.push({ start: m.start, end: m.end, text: m.text, value: d.toISOString().slice(0, 10), precision: 'day', endValue: null, isYearInferred: false, isRelative: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word before a weekday that points forward to it: "jusqu'à", "until", "до". */
const UNTIL = /(?<![\p{L}])(?:jusqu['’](?:à|au)|until|till|through|до)\s+$/iu;

const weekdayMatcher = perLanguage((lang) => new PhraseMatcher<number>(LEXICONS[lang].weekdays.map((pattern, value) => ({ pattern, value })), 'i'));
