/**
 * Russian adjective declension by rule: from a nominative adjective, every form in every gender,
 * number and case ("малийский" → малийского, малийской, малийских…), and the linking form that
 * opens compounds ("российско-", "американо-").
 */

/** The six Russian cases, in the usual order. */
export const RU_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type RuCase = (typeof RU_CASES)[number];

/** Gender or plural: the column of the adjective table. */
export type RuAgreement = 'm' | 'f' | 'n' | 'pl';

/** Endings per declension type; each row is nom, gen, dat, acc (inanimate), ins, pre. */
type Table = Record<RuAgreement, readonly string[]>;

/** Hard stems: "новый", "объединённый", and stressed -ой ("святой") except in the masculine nominative. */
const HARD: Table = {
  m: ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'],
  f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
  n: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
  pl: ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'],
};
/** Stems ending in к, г, х (and ж, ш, ч, щ): "российский", "турецкий"; spelling rule ы → и. */
const VELAR: Table = {
  m: ['ий', 'ого', 'ому', 'ий', 'им', 'ом'],
  f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
  n: ['ое', 'ого', 'ому', 'ое', 'им', 'ом'],
  pl: ['ие', 'их', 'им', 'ие', 'ими', 'их'],
};
/** Soft stems: "нижний", "верхний". */
const SOFT: Table = {
  m: ['ий', 'его', 'ему', 'ий', 'им', 'ем'],
  f: ['яя', 'ей', 'ей', 'юю', 'ей', 'ей'],
  n: ['ее', 'его', 'ему', 'ее', 'им', 'ем'],
  pl: ['ие', 'их', 'им', 'ие', 'ими', 'их'],
};
/** Possessive plurals of island names: "Соломоновы", "Маршалловы" (only the plural occurs). */
const POSSESSIVE_PL: readonly string[] = ['ы', 'ых', 'ым', 'ы', 'ыми', 'ых'];

interface Parsed {
  stem: string;
  table: Table;
  agreement: RuAgreement;
  /** Set for stressed -ой, whose masculine nominative differs from the table. */
  mascNom?: string;
}

const VELAR_OR_HUSH = /[кгхжшчщ]$/u;

/**
 * Recognises a nominative adjective of any gender or number.
 * @param word the adjective as written (case kept)
 * @returns its stem, table and agreement, or undefined if the word is not an adjective
 */
function parse(word: string): Parsed | undefined {
  const m = /^(.*?)(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u.exec(word);
  if (!m || m[1]!.length < 2) return undefined;
  const stem = m[1]!;
  const ending = m[2]!;
  const isSoft = ending === 'яя' || ending === 'ее' || (/н$/u.test(stem) && (ending === 'ий' || ending === 'ие'));
  const table = isSoft ? SOFT : VELAR_OR_HUSH.test(stem) ? VELAR : HARD;
  const agreement: RuAgreement = ending === 'ая' || ending === 'яя' ? 'f' : ending === 'ое' || ending === 'ее' ? 'n' : ending === 'ые' || ending === 'ие' ? 'pl' : 'm';
  return { stem, table, agreement, ...(ending === 'ой' ? { mascNom: word } : {}) };
}

/**
 * Whether a word looks like a nominative adjective (by its ending).
 * @param word a word
 * @returns true for "Российская", "малийский", "Объединённые"…
 */
export function isRuAdjective(word: string): boolean {
  return parse(word) !== undefined || /^\p{L}+[оеи]вы$/u.test(word);
}

/**
 * The six case forms of an adjective in its own gender and number ("Российская" → Российской…).
 * @param word a nominative adjective, any gender or the plural
 * @returns forms in the order nom, gen, dat, acc, ins, pre; the word itself six times if it is no adjective
 */
export function declineRuAdjectiveAsIs(word: string): string[] {
  if (/^\p{L}+[оеи]вы$/u.test(word)) return POSSESSIVE_PL.map((e) => word.slice(0, -1) + e);
  const p = parse(word);
  if (!p) return RU_CASES.map(() => word);
  const forms = p.table[p.agreement].map((e) => p.stem + e);
  if (p.mascNom) {
    forms[0] = p.mascNom;
    forms[3] = p.mascNom;
  }
  return forms;
}

/**
 * Every form of an adjective: all genders, both numbers, all cases, plus the animate accusatives
 * (which equal the genitives) and the instrumental feminine in -ою.
 * @param word masculine nominative singular ("малийский")
 * @returns distinct forms, the given word first
 */
export function declineRuAdjective(word: string): string[] {
  const p = parse(word);
  if (!p) return [word];
  const out = new Set<string>([word]);
  for (const agreement of ['m', 'f', 'n', 'pl'] as const) for (const e of p.table[agreement]) out.add(p.stem + e);
  out.add(p.stem + (p.table === SOFT ? 'ею' : 'ою'));
  return [...out];
}

/**
 * Linking forms that open a compound adjective, by the rule -ский → -ско-, -цкий → -цко-, -ный → -но-
 * ("российско-малийский", "турецко-", "китайско-"), and the learned forms that replace or join
 * them ("американо-", "франко-", "англо-", "германо-", "японо-", "итало-", "испано-", "греко-").
 * @param word masculine nominative singular
 * @returns the prefixes without the dash
 */
export function compoundPrefixes(word: string): string[] {
  const lower = word.toLowerCase();
  const learned = LEARNED_PREFIXES[lower];
  const regular = /^(.*)(ск|цк|н)ий$|^(.*)(н)ый$/u.exec(lower);
  const rule = regular ? `${regular[1] ?? regular[3]}${regular[2] ?? regular[4]}о` : undefined;
  if (learned) return learned.keepRegular && rule ? [...learned.forms, rule] : learned.forms;
  return rule ? [rule] : [];
}

/**
 * Compounds built on a learned (often Latin) stem; keepRegular when the -ско- form is also used.
 * "индо-" is left out on purpose: "Индо-Тихоокеанский регион" names no country.
 */
const LEARNED_PREFIXES: Record<string, { forms: string[]; keepRegular: boolean }> = {
  американский: { forms: ['американо'], keepRegular: false },
  французский: { forms: ['франко'], keepRegular: true },
  английский: { forms: ['англо'], keepRegular: false },
  британский: { forms: ['британо', 'англо'], keepRegular: true },
  германский: { forms: ['германо'], keepRegular: false },
  немецкий: { forms: ['германо'], keepRegular: true },
  японский: { forms: ['японо'], keepRegular: true },
  итальянский: { forms: ['итало'], keepRegular: true },
  испанский: { forms: ['испано'], keepRegular: true },
  греческий: { forms: ['греко'], keepRegular: false },
  австрийский: { forms: ['австро'], keepRegular: true },
  венгерский: { forms: ['венгеро'], keepRegular: true },
  бельгийский: { forms: ['бельго'], keepRegular: true },
  португальский: { forms: ['португало'], keepRegular: true },
};
