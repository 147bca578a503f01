import { declineRuAdjectiveAsIs, isRuAdjective, RU_CASES, type RuCase } from './ruAdjective.js';

/**
 * Russian declension of place names by rule, so the gazetteer holds "Ирана", "России",
 * "Республики Мали" and "Объединённых Арабских Эмиратов" without hand-listing them.
 *
 * Nouns: -ия (Россия → России), vowel + я (Гвинея → Гвинеи), -а (Куба, Америка, Польша), consonant
 * stems (Иран → Ирана, Париж → Парижем), -й / -ь (Китай, Израиль; feminine Казань), neuter -ство
 * (Королевство); plurals (Штаты → Штатов, Филиппины → Филиппин). Indeclinable: names ending in
 * -о, -е, -и, -у, -ю, -э, vowel + а (Никарагуа), acronyms (США) and a few foreign names.
 * Phrases: adjectives before the head noun agree with it; words after the head stay as written
 * ("Республики Мали", "Соединённых Штатов Америки"), except a group joined by "и" or a dash right
 * after the head ("Боснии и Герцеговины", "Папуа — Новой Гвинеи").
 */

export { RU_CASES, type RuCase } from './ruAdjective.js';

/** Foreign names that do not decline although their ending would. */
const INDECLINABLE = new Set(['бангладеш', 'буркина-фасо', 'мали', 'гуам', 'косово', 'того', 'конго', 'сан-марино']);
/** Names whose stem loses its last vowel ("Египет" → "Египта"). */
const FLEETING: Record<string, string> = { египет: 'египт' };
/** Feminine nouns in -ь (the default for -ь is masculine: Израиль, Тайвань, Брюссель). */
const FEMININE_SOFT = new Set(['беларусь', 'казань', 'астрахань', 'рязань', 'тверь', 'пермь', 'сибирь', 'обь', 'керчь']);
/** Plurals whose genitive has no ending ("Филиппин", "Мальдив"); others take -ов ("Штатов"). */
const ZERO_GENITIVE_PLURAL = new Set(['филиппины', 'мальдивы', 'багамы', 'сейшелы', 'коморы', 'гренадины', 'афины', 'канары', 'альпы', 'бермуды', 'фареры', 'антилы']);
/** Nouns that look like adjectives by their ending. */
const NOUNS_LIKE_ADJECTIVES = new Set(['маврикий']);
/** Hyphenated names whose first part declines ("Гвинеи-Бисау"). */
const FIRST_PART_DECLINES = new Set(['гвинея-бисау', 'ростов-на-дону']);

/** Slavic neuter place names decline in official usage: "в Ново-Огарёве", "Шереметьева". */
const SLAVIC_NEUTER = /(ов|ев|ёв|ин|ын)о$/u;
const VELAR_HUSH = /[кгхжшчщ]$/u;

function keepCase(template: string, form: string): string {
  return template === template.toUpperCase() && template.length > 1 ? form.toUpperCase() : form;
}

function isIndeclinableWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (INDECLINABLE.has(lower)) return true;
  if (word.length > 1 && word === word.toUpperCase()) return true; // США, ОАЭ, КНР
  if (/[оеиуюэё]$/u.test(lower) && !/ство$/u.test(lower) && !SLAVIC_NEUTER.test(lower)) return true;
  return /[уоиэ]а$/u.test(lower); // Никарагуа, Антигуа, Папуа
}

/** Whether a noun is plural in the nominative: "Штаты", "Эмираты", "Филиппины", "Острова". */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /ы$/u.test(lower) || lower === 'острова' || ZERO_GENITIVE_PLURAL.has(lower);
}

function declinePlural(word: string): string[] {
  const lower = word.toLowerCase();
  const stem = word.slice(0, -1); // Штаты → Штат, Острова → Остров
  const gen = ZERO_GENITIVE_PLURAL.has(lower) ? stem : `${stem}ов`;
  return [word, gen, `${stem}ам`, word, `${stem}ами`, `${stem}ах`];
}

/**
 * The six case forms of one noun (no spaces; hyphenated names decline in their last part).
 * @param word a nominative noun
 * @param isPlural whether it is a plural
 * @returns nom, gen, dat, acc, ins, pre
 */
function declineNoun(word: string, isPlural: boolean): string[] {
  const lower = word.toLowerCase();
  const cut = FIRST_PART_DECLINES.has(lower) ? word.indexOf('-') : word.lastIndexOf('-');
  if (cut > 0 && !INDECLINABLE.has(lower)) {
    const isFirst = FIRST_PART_DECLINES.has(lower);
    const part = isFirst ? word.slice(0, cut) : word.slice(cut + 1);
    if (isIndeclinableWord(part)) return RU_CASES.map(() => word);
    const forms = declineNoun(part, isPlural);
    return isFirst ? forms.map((f) => f + word.slice(cut)) : forms.map((f) => word.slice(0, cut + 1) + f);
  }
  if (isIndeclinableWord(word)) return RU_CASES.map(() => word);
  if (isPlural) return declinePlural(word);
  const fleeting = FLEETING[lower];
  if (fleeting) {
    const stem = word.charAt(0) + fleeting.slice(1);
    return [word, `${stem}а`, `${stem}у`, word, `${stem}ом`, `${stem}е`];
  }
  const body = word.slice(0, -1);
  const last = lower.slice(-1);
  if (/ия$/u.test(lower)) return [word, `${body}и`, `${body}и`, `${body}ю`, `${body}ей`, `${body}и`];
  if (last === 'я') return [word, `${body}и`, `${body}е`, `${body}ю`, `${body}ей`, `${body}е`];
  if (last === 'а') {
    const gen = VELAR_HUSH.test(body) ? 'и' : 'ы';
    const ins = /[жшчщц]$/u.test(body) ? 'ей' : 'ой';
    return [word, body + gen, `${body}е`, `${body}у`, body + ins, `${body}е`];
  }
  if (/ец$/u.test(lower) && lower.length > 4) {
    const stem = word.slice(0, -2) + 'ц'; // fleeting е: дворец → дворца
    return [word, `${stem}а`, `${stem}у`, word, `${stem}ом`, `${stem}е`];
  }
  if (/ство$/u.test(lower) || SLAVIC_NEUTER.test(lower)) return [word, `${body}а`, `${body}у`, word, `${body}ом`, `${body}е`];
  if (last === 'ь') {
    if (FEMININE_SOFT.has(lower)) return [word, `${body}и`, `${body}и`, word, `${body}ью`, `${body}и`];
    return [word, `${body}я`, `${body}ю`, word, `${body}ем`, `${body}е`];
  }
  if (/ий$/u.test(lower)) return [word, `${body}я`, `${body}ю`, word, `${body}ем`, `${body}и`];
  if (last === 'й') return [word, `${body}я`, `${body}ю`, word, `${body}ем`, `${body}е`];
  const ins = /[жшчщц]$/u.test(lower) ? 'ем' : 'ом';
  return [word, `${word}а`, `${word}у`, word, word + ins, `${word}е`];
}

/** A word of a phrase or a separator kept verbatim ("и", "—"). */
interface Part {
  text: string;
  /** Whitespace that followed it in the input. */
  after: string;
}

function splitPhrase(phrase: string): Part[] {
  const parts: Part[] = [];
  const re = /([^\s,;:()]+)([\s,;:()]*)/gu;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) parts.push({ text: m[1]!, after: m[2]! });
  return parts;
}

function isJoiner(word: string): boolean {
  return word === 'и' || /^[-–—]$/u.test(word);
}

function isAdjectiveHere(parts: Part[], i: number): boolean {
  const word = parts[i]!.text;
  const next = parts[i + 1];
  if (!next || isJoiner(next.text) || NOUNS_LIKE_ADJECTIVES.has(word.toLowerCase())) return false;
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  return isRuAdjective(lastPart) && lastPart.length > 3;
}

function declineAdjectiveWord(word: string): string[] {
  const cut = word.lastIndexOf('-');
  if (cut < 0) return declineRuAdjectiveAsIs(word);
  return declineRuAdjectiveAsIs(word.slice(cut + 1)).map((f) => word.slice(0, cut + 1) + f);
}

/** Declines the group starting at part i; returns per-part forms and the index after the group. */
function declineGroup(parts: Part[], i: number, forms: string[][]): number {
  let k = i;
  let isPlural = false;
  while (k < parts.length && isAdjectiveHere(parts, k)) {
    forms[k] = declineAdjectiveWord(parts[k]!.text);
    if (/[ыи]е$|[оеи]вы$/u.test(parts[k]!.text)) isPlural = true;
    k += 1;
  }
  const head = parts[k];
  if (!head) return k;
  forms[k] = declineNoun(head.text, isPlural || isPluralNoun(head.text)).map((f) => keepCase(head.text, f));
  k += 1;
  const joiner = parts[k];
  if (joiner && isJoiner(joiner.text) && parts[k + 1]) return declineGroup(parts, k + 1, forms);
  return k;
}

/**
 * The six case forms of a Russian place name, singular or plural.
 * @param nominative the name in the nominative ("Иран", "Российская Федерация", "Нидерланды")
 * @returns the forms by case
 */
export function declineRuName(nominative: string): Record<RuCase, string> {
  const parts = splitPhrase(nominative.trim());
  const forms: string[][] = parts.map((p) => RU_CASES.map(() => p.text));
  if (parts.length > 0) declineGroup(parts, 0, forms);
  const out = {} as Record<RuCase, string>;
  RU_CASES.forEach((c, n) => {
    out[c] = parts.map((p, i) => forms[i]![n] + p.after).join('');
  });
  return out;
}

/**
 * The distinct case forms of a place name, nominative first.
 * @param nominative the name in the nominative
 * @returns distinct forms
 */
export function ruCaseForms(nominative: string): string[] {
  return [...new Set(Object.values(declineRuName(nominative)))];
}
