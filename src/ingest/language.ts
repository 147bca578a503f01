import { franc, francAll } from 'franc-min';
import type { Language } from '../contracts/index.js';
import { UnreadableDocumentError } from '../core/errors.js';
import { STOP_WORDS } from './languageStopWords.js';

/**
 * Which of Bilat's languages (en, fr, ru) a text is in. Cyrillic script decides Russian (after a
 * check for Ukrainian and other Cyrillic languages); among Latin-script texts, franc restricted to
 * English and French decides, with a stop-word count as the tie-break on short texts. A text that is
 * long enough to judge and clearly in another language is refused.
 */

const ISO3_TO_LANGUAGE: Record<string, Language> = { eng: 'en', fra: 'fr', rus: 'ru' };
const ONLY = ['eng', 'fra', 'rus'];

/** Below this many words franc's trigram profiles are noisy: stop words decide first. */
const SHORT_TEXT_WORDS = 12;
/** Below this many letters no text is refused: too little to say it is in another language. */
const MIN_LETTERS_TO_REFUSE = 60;
/**
 * When franc, free to pick among all its languages, ranks another language first and the best of
 * ours scores under this share of the winner's score, the text is "clearly" in that language.
 * (Spanish, Italian and German sentences give 0.60–0.70 for French or English; English gives
 * about 0.7 for French — so the bar is well above those and well below a real tie.)
 */
const CLEAR_MARGIN = 0.8;
/**
 * Share of stop words above which a Latin-script text is taken as English or French whatever franc
 * says: real readouts are about 30–45 % function words, while Spanish or Italian text shares only a
 * few ("la", "que", "un") with the French list.
 */
const STOP_WORD_SHARE = 0.25;
/** Ukrainian and Belarusian letters that Russian does not use. */
const NON_RUSSIAN_CYRILLIC = /[іїєґў]/giu;

const LANGUAGE_NAMES: Record<string, string> = {
  spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', ukr: 'Ukrainian',
  bel: 'Belarusian', bul: 'Bulgarian', srp: 'Serbian', pol: 'Polish', tur: 'Turkish', arb: 'Arabic',
  cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', hin: 'Hindi', swe: 'Swedish', ron: 'Romanian',
};

/**
 * Detects the language of a text.
 * @param text the document text
 * @returns 'en', 'fr' or 'ru'
 * @throws UnreadableDocumentError when the text has no letters or is clearly in another language
 */
export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) throw new UnreadableDocumentError('The document has no letters, so its language cannot be told; Bilat reads English, French and Russian.');
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;

  if (cyrillic >= latin && cyrillic / letters >= 0.5) {
    refuseOtherCyrillic(text, cyrillic);
    return 'ru';
  }
  if (latin / letters < 0.5) {
    if (letters >= MIN_LETTERS_TO_REFUSE || cyrillic + latin === 0) refuse(text, 'is written mostly in a script other than Latin or Cyrillic');
  }
  return detectLatin(text, letters);
}

function detectLatin(text: string, letters: number): Language {
  const words = wordsOf(text);
  const en = countStopWords(words, 'en');
  const fr = countStopWords(words, 'fr');
  if (words.length < SHORT_TEXT_WORDS && en !== fr) return en > fr ? 'en' : 'fr';
  if (letters >= MIN_LETTERS_TO_REFUSE) {
    const ranked = francAll(text);
    const [top] = ranked;
    if (top && top[0] !== 'und' && !ISO3_TO_LANGUAGE[top[0]]) {
      const ours = Math.max(0, ...ranked.filter(([code]) => code === 'eng' || code === 'fra').map(([, score]) => score));
      if (ours < CLEAR_MARGIN * top[1] && Math.max(en, fr) / words.length < STOP_WORD_SHARE) refuse(text, `appears to be in ${nameOf(top[0])}`);
    }
  }
  const best = franc(text, { only: ONLY.slice(0, 2), minLength: 1 });
  const detected = ISO3_TO_LANGUAGE[best];
  if (detected) return detected;
  // franc gives up ("und") only on texts with almost no letters: the stop words, else English.
  return fr > en ? 'fr' : 'en';
}

function refuseOtherCyrillic(text: string, cyrillic: number): void {
  const nonRussian = text.match(NON_RUSSIAN_CYRILLIC)?.length ?? 0;
  if (cyrillic < MIN_LETTERS_TO_REFUSE) return;
  const ranked = francAll(text);
  const [top] = ranked;
  if (!top || top[0] === 'rus' || top[0] === 'und') return;
  const rus = ranked.find(([code]) => code === 'rus')?.[1] ?? 0;
  // A Russian text never uses і/ї/є/ґ/ў; a few of them (a quoted Ukrainian name) are tolerated.
  if (nonRussian / cyrillic > 0.01 || rus < CLEAR_MARGIN * top[1]) refuse(text, `appears to be in ${nameOf(top[0])}`);
}

function refuse(text: string, why: string): never {
  const sample = text.trim().slice(0, 60).replace(/\s+/g, ' ');
  throw new UnreadableDocumentError(`The document ${why}, not English, French or Russian (it starts "${sample}"). Bilat reads only en, fr and ru sources.`);
}

function nameOf(iso3: string): string {
  const name = LANGUAGE_NAMES[iso3];
  return name ? `${name} (${iso3})` : `the language with ISO 639-3 code "${iso3}"`;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function countStopWords(words: readonly string[], language: keyof typeof STOP_WORDS): number {
  const set: ReadonlySet<string> = STOP_WORDS[language];
  return words.reduce((n, w) => (set.has(w) ? n + 1 : n), 0);
}
