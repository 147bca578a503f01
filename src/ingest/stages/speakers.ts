import type { Language } from '../../contracts/index.js';
import type { CountryMention } from './countries.js';
import { findPlaceMentions as findCityMentions } from '../../reference/places.js';
import { readName, wordSets } from './names.js';
import type { PersonMention } from './people.js';
import { toNominative } from './ruNames.js';
import { isSpaceUnit, wordStarts } from './matcher.js';

/**
 * People named without a title: speaker labels of transcripts and, in Russian, bare first names
 * and surnames of the actors of a meeting. Both add to the mentions the titled reading found.
 */

/** Transcript speaker labels: "В.Путин:", "Д.Сассу-Нгессо (как переведено):", "SECRETARY BLINKEN:". */
export function findLabels(text: string, lang: Language, out: PersonMention[]): void {
  // A label ends in ": "; only the few colons of a text are looked at, each with the words before it.
  const re = lang === 'en'
    ? /(?:^|\n|\.\s+|["”]\s+)((?:[A-Z][A-Z.'’-]+ ){0,4}([A-Z][A-Z'’-]+))$/
    : /(?:^|\n|[.!?…»]\s+)((?:\p{Lu}\.){1,2}\s?(?:\p{Lu}[\p{Ll}'’-]+)(?:[ -]\p{Lu}[\p{Ll}'’-]+)*)(?:\s\((?:как переведено|traduction)\))?$/u;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (!/\s/.test(text[colon + 1] ?? '')) continue;
    const from = Math.max(0, colon - 80);
    const m = re.exec(text.slice(from, colon));
    if (!m) continue;
    m.index += from;
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

/** Verbs and nouns of meeting next to a bare name mark its bearer as a principal ("Владимир Путин провёл переговоры"). */
const RU_ACTION_AFTER = /^\s*(?:\p{Ll}+\s+){0,2}(?:провёл|провел|провели|принял|встретил|беседовал|обсудил|договорил|условил|поздравил|выразил|подчеркнул|отметил|направил|обратился)/u;
// The noun may open a sentence or a quotation ("«Переговоры Владимира Путина с …»").
const RU_ACTION_BEFORE = /(?:[Пп]ереговор|[Рр]азговор|[Вв]стреч|[Бб]есед)\p{L}*\s+$/u;
/** "Владимир Путин и Президент Узбекистана …": a bare name coordinated with a titled one shares its verb. */
const RU_WITH_TITLED = /^\s+и\s+(?:Президент|Премьер|Председател|Министр|Корол|Королев|Эмир|Султан|Канцлер|Глав|Генеральн|Вице|Наследн|Шейх)/u;

/** Whether the unit at i is an upper-case letter, without a regex for ASCII and Cyrillic. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x45f) return c <= 0x42f;
  return /\p{Lu}/u.test(text[i]!);
}

/**
 * Whether a first name and a surname stand together at least twice in the text, each in any case
 * form (their stems, then any ending): the whole text is scanned only when the first name's stem
 * occurs twice, and the scan stops at the second pair.
 */
function isNamedTwice(text: string, first: string, last: string): boolean {
  const stemOf = (w: string) => w.slice(0, Math.max(3, w.length - 2));
  const s1 = stemOf(first);
  const at = text.indexOf(s1);
  if (at < 0 || text.indexOf(s1, at + 1) < 0) return false;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pair = new RegExp(`${esc(s1)}\\p{L}*\\s${esc(stemOf(last))}`, 'gu');
  let count = 0;
  while (pair.exec(text)) if (++count > 1) return true;
  return false;
}

/** Russian capitals mark proper names: a bare "Имя Фамилия" pair is a person unless it is a place, country or title. */
export function findBareRussian(text: string, out: PersonMention[], countries: CountryMention[]): void {
  const re = /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/uy;
  const adjective = /(?:ой|ая|ий|ый|ое|ые|ых|ого|ому|ыми|ими|ском|ской|ская|ское|ские|ских)$/;
  const { notNames } = wordSets('ru');
  // Pronouns and the adverbs that open a sentence ("Ранее Лавров и Ван И встречались …") are no first names.
  const pronoun = /^(?:Вы|Вас|Вам|Вами|Ваш\p{Ll}*|Он|Она|Они|Мы|Их|Его|Её|Это|Как|Если|Когда|Так|Все|Наш\p{Ll}*|Ранее|Также|Затем|Позднее|Позже|Вчера|Сегодня|Накануне|Кроме|Помимо|Однако|Впоследствии|Тогда|Теперь|Далее|Напомним|Кстати|Впервые|Именно|Лично)$/u;
  let skipTo = 0;
  for (const s0 of wordStarts(text)) {
    if (s0 < skipTo || text[s0 - 1] === '.' || !isUpperAt(text, s0)) continue;
    re.lastIndex = s0;
    const m = re.exec(text);
    if (!m) continue;
    const [w1, w2] = [m[1]!, m[2]!];
    const s = m.index;
    if (out.some((p) => p.start <= s && p.end > s)) continue;
    if ([w1, w2].some((w) => w.length < 3 || pronoun.test(w) || adjective.test(w.toLowerCase()) || notNames.has(w.toLowerCase()) || /^(?:Президент|Правительств|Министр|Председател|Глав|Совместн|Соглашени|Договор|Меморандум|Программ|Республик|Федераци|Кремл|Москв|Благодар|Спасибо|Добро|Уважаем)/.test(w))) continue;
    // "в Санкт-Петербурге Владимир Путин": the word after a preposition is a place, not a first name.
    const afterPrep = /(?:^|\s)(?:в|во|на|из|под|над|к|ко|по)\s$/iu.test(text.slice(Math.max(0, s - 4), s));
    const nm = readName(text, afterPrep ? s + w1.length + 1 : s, 'ru');
    if (!nm) continue;
    // "Председателем Государственной Думы Вячеславом Володиным": a pair that runs into a titled name is the title's tail.
    // Nor is a pair inside a title ("Председателем Милли Меджлиса …").
    if (countries.some((c) => c.start < nm.end && c.end > nm.start) || out.some((p) => (p.start < nm.end && p.end > nm.start) || (p.via !== 'bare' && p.roleStart < nm.end && p.roleEnd > nm.start))) continue;
    const name = toNominative(nm.words.join(' '));
    const sur = name.split(' ').pop()!;
    // A bare pair is a person when the text names it twice or also gives that surname a title or a speaker label.
    const isActor = RU_ACTION_AFTER.test(text.slice(nm.end, nm.end + 40)) || RU_WITH_TITLED.test(text.slice(nm.end, nm.end + 24)) || RU_ACTION_BEFORE.test(text.slice(Math.max(0, nm.start - 30), nm.start));
    if (!isActor && !out.some((p) => p.via !== 'bare' && p.name.endsWith(sur)) && !isNamedTwice(text, nm.words[0]!, nm.words[nm.words.length - 1]!)) continue;
    out.push({ name, start: nm.start, end: nm.end, text: text.slice(nm.start, nm.end), role: null, roleStart: nm.start, roleEnd: nm.end, rank: null, country: null, via: 'bare', postedTo: null });
    skipTo = nm.end;
  }
}

/** An English verb of meeting or calling right after a sentence's subject ("Vladimir Putin had a telephone conversation with …"). */
const EN_ACTION_AFTER = /^\s+(?:also\s+)?(?:had (?:a|an) (?:\p{Ll}+ ){0,2}(?:conversation|call|meeting|talks?)|held (?:(?:a|an) )?(?:\p{Ll}+ ){0,2}(?:talks|conversation|call|meeting|consultations)|met (?:with )?|spoke (?:with|by|over|on the)|received |hosted |welcomed |paid (?:a|an) )/u;
/** The same verbs before an untitled counterpart ("… a telephone conversation with Kassym-Jomart Tokayev"). */
const EN_ACTION_BEFORE = /(?:conversation|call|talks|meeting|met|spoke|consultations) with\s+$/u;

/**
 * English names without a title, where the sentence says the person meets or calls: the subject of
 * "had a telephone conversation / held talks / met with" at the start of a sentence or line, or the
 * counterpart right after "conversation with". Kremlin and presidency readouts in English open so.
 * @param text the readout
 * @param out person mentions found so far; found names are appended
 * @param countries country mentions (a name that is a country is not a person)
 */
export function findBareEnglish(text: string, out: PersonMention[], countries: CountryMention[]): void {
  const { notNames } = wordSets('en');
  for (const s of wordStarts(text)) {
    // Both readings below need a space right before the word (or the text's start).
    if ((s > 0 && !isSpaceUnit(text.charCodeAt(s - 1))) || !isUpperAt(text, s) || out.some((p) => p.start <= s && p.end > s)) continue;
    const isSentenceStart = s === 0 || /(?:^|\n|[.!?]\s)\s*$/u.test(text.slice(Math.max(0, s - 3), s));
    const isCounterpart = followsWith(text, s) && EN_ACTION_BEFORE.test(text.slice(Math.max(0, s - 24), s));
    if (!isSentenceStart && !isCounterpart) continue;
    const nm = readName(text, s, 'en');
    if (!nm || nm.start !== s || nm.words.length > 4 || nm.words.some((w) => notNames.has(w.toLowerCase()))) continue;
    if (countries.some((c) => c.start < nm.end && c.end > nm.start) || out.some((p) => p.start < nm.end && p.end > nm.start) || isCity(text, nm, 'en')) continue;
    if (isSentenceStart && !EN_ACTION_AFTER.test(text.slice(nm.end, nm.end + 60))) continue;
    if (!isSentenceStart && !/^(?:[\s,.;]|$)/u.test(text.slice(nm.end, nm.end + 1))) continue;
    out.push({ name: nm.words.join(' '), start: nm.start, end: nm.end, text: text.slice(nm.start, nm.end), role: null, roleStart: nm.start, roleEnd: nm.end, rank: null, country: null, via: 'bare', postedTo: null });
  }
}

/** Whether "with" and spaces end the 24 units before `s`: a cheap necessary condition of EN_ACTION_BEFORE. */
function followsWith(text: string, s: number): boolean {
  const from = Math.max(0, s - 24);
  let j = s;
  while (j > from && isSpaceUnit(text.charCodeAt(j - 1))) j--;
  return j < s && j - 4 >= from && text.startsWith('with', j - 4);
}

/** "New Delhi hosted …", "Genève a accueilli …": a city that opens a sentence is no person. */
function isCity(text: string, nm: { start: number; end: number }, lang: Language): boolean {
  return findCityMentions(text.slice(nm.start, nm.end), lang).length > 0;
}

/** A French verb of meeting right after a bare name at the head of a sentence ("Emmanuel Macron a reçu …"). */
const FR_MEETING_VERB = /^\s(?:a (?:reçu|rencontré|eu|accueilli|présidé|coprésidé|signé|participé)|s['’]est (?:entretenue?|rendue?)|s['’]entretient|reçoit|rencontre)(?![\p{L}])/u;

/**
 * French: a bare name that opens a sentence as the subject of a verb of meeting is an actor of the
 * reported meeting ("Emmanuel Macron a reçu le Président du Ghana …"), as findBareEnglish reads
 * English. Its country comes from the sides.
 */
export function findBareFrench(text: string, out: PersonMention[], countries: CountryMention[]): void {
  const opener = /(?:^|\n|[.!?]\s+)(?=\p{Lu})/gu;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) opener.lastIndex += 1; // the text's start matches empty: step on
    if (out.some((p) => p.start <= at && p.end > at)) continue;
    const nm = readName(text, at, 'fr');
    if (!nm || nm.words.length > 4 || !FR_MEETING_VERB.test(text.slice(nm.end, nm.end + 30))) continue;
    if (countries.some((c) => c.start < nm.end && c.end > nm.start) || isCity(text, nm, 'fr')) continue;
    const name = nm.words.join(' ');
    out.push({ name, start: nm.start, end: nm.end, text: text.slice(nm.start, nm.end), role: null, roleStart: nm.start, roleEnd: nm.end, rank: null, country: null, via: 'bare', postedTo: null });
  }
}
