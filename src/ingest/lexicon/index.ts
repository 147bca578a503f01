import type { Language } from '../../contracts/index.js';
import type { Lexicon } from './types.js';
import { EN } from './en.js';
import { FR } from './fr.js';
import { RU } from './ru.js';
import { SECTOR_TERMS } from './sectors.js';

/** The lexicon of each language, sector terms included. */
export const LEXICONS: Record<Language, Lexicon> = {
  en: { ...EN, sectors: SECTOR_TERMS.en },
  fr: { ...FR, sectors: SECTOR_TERMS.fr },
  ru: { ...RU, sectors: SECTOR_TERMS.ru },
};
export type { Lexicon } from './types.js';
