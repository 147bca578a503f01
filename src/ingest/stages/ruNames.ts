/**
 * Russian personal names back to the nominative. Readouts name people in every case ("переговоры
 * Владимира Путина с Масудом Пезешкианом"); records keep the nominative. The case of the whole name
 * is read from the strongest signal (an instrumental ending on any word, else the ending of the title
 * that governs it), then each word loses its case ending. Foreign names ending in a vowel other than
 * -а/-я (Сассу-Нгессо, Эмомали) do not decline and stay as written; particles (Бен, Аль) too.
 */

export type RuCase = 'nom' | 'gen' | 'dat' | 'ins';

const INDECLINABLE = /[оиуеэы]$/;
const PARTICLE = /^(?:бен|бин|ибн|аль|эль|ас|ат|де|дер|ван|фон|ле|ла|да|абу)$/i;

/** Guess the case of a name from its words and the title word before it (may be empty). */
export function guessCase(words: string[], titleWord: string): RuCase {
  const full = words.filter((w) => !PARTICLE.test(w) && !/\.$/.test(w));
  const t = titleWord.toLowerCase();
  // A title in the nominative settles it: "Министр … Али Салем", "Президент … Ибрагим Раиси".
  if (t && !/(?:ом|ем|ой|ым|им|[ую]|[ая])$/.test(t)) return 'nom';
  if (full.some((w) => w.length > 4 && /(?:ом|ым|ем|им)$/.test(w))) return 'ins';
  if (/(?:ом|ем|ой|ым)$/.test(t)) return 'ins';
  if (/[ую]$/.test(t)) return 'dat';
  if (/[ая]$/.test(t) && !/(?:ая|ия)$/.test(t)) return 'gen';
  // A title in the nominative ("Президент", "представитель") governs a name in the nominative.
  if (t) return 'nom';
  const last = full[full.length - 1] ?? '';
  if (full.length >= 2 && /[^аеёиоуыэюя]а$/.test(last)) {
    const first = full[0]!;
    if (/[^аеёиоуыэюя]а$/.test(first) || INDECLINABLE.test(first) || /[ая]$/.test(first)) return 'gen';
  }
  if (full.length >= 2 && full.every((w) => /у$/.test(w))) return 'dat';
  return 'nom';
}

/** One word of a name in case `c`, brought back to the nominative. */
export function wordToNominative(word: string, c: RuCase): string {
  if (c === 'nom' || PARTICLE.test(word) || /\.$/.test(word) || word.length < 3) return word;
  // Hyphenated names decline in each part only when Russian; foreign compounds end in a vowel and stay.
  if (word.includes('-')) return word.split('-').map((w) => wordToNominative(w, c)).join('-');
  switch (c) {
    case 'gen':
      if (/[аеёиоуыэюя]я$/.test(word)) return `${word.slice(0, -1)}й`; // Сергея → Сергей
      if (/(?:ов|ев|ин|ын)ой$/.test(word)) return `${word.slice(0, -2)}а`; // Захаровой → Захарова
      if (/[^аеёиоуыэюя]а$/.test(word)) return word.slice(0, -1); // Путина → Путин
      if (/[^аеёиоуыэюяжшчщц]я$/.test(word)) return `${word.slice(0, -1)}ь`; // Игоря → Игорь
      return word;
    case 'dat':
      if (/[аеёиоуыэюя]ю$/.test(word)) return `${word.slice(0, -1)}й`;
      if (/(?:ов|ев|ин|ын)ой$/.test(word)) return `${word.slice(0, -2)}а`;
      if (/[^аеёиоуыэюя]у$/.test(word)) return word.slice(0, -1);
      if (/[^аеёиоуыэюяжшчщц]ю$/.test(word)) return `${word.slice(0, -1)}ь`;
      return word;
    case 'ins':
      if (/[аеёиоуыэюя]ем$/.test(word)) return `${word.slice(0, -2)}й`; // Сергеем → Сергей
      if (/(?:ов|ев|ин|ын)ым$/.test(word)) return word.slice(0, -2); // Путиным → Путин
      if (/[^аеёиоуыэюя]ом$/.test(word) || /[жшчщц]ем$/.test(word)) return word.slice(0, -2); // Масудом → Масуд, Шольцем → Шольц
      if (/[^аеёиоуыэюя]ем$/.test(word)) return `${word.slice(0, -2)}ь`; // Эмманюэлем → Эмманюэль
      // A feminine instrumental has a stem of three letters at least (Анной, Нарендрой); "Цой" is a name as it stands.
      if (/[^аеёиоуыэюя]ой$/.test(word) && word.length >= 5) return `${word.slice(0, -2)}а`; // Нарендрой → Нарендра, Захаровой → Захарова
      if (/[^аеёиоуыэюя]ей$/.test(word)) return `${word.slice(0, -2)}я`;
      return word;
  }
}

/**
 * A Russian name in the nominative.
 * @param name the name as written ("Масудом Пезешкианом")
 * @param titleWord the title word that governs it, lower or upper case ("Президентом"), or ''
 * @param known nominative names seen elsewhere in the text; a match among them wins
 * @returns the nominative ("Масуд Пезешкиан")
 */
export function toNominative(name: string, titleWord = '', known: Set<string> = new Set()): string {
  if (known.has(name)) return name;
  const words = name.split(/\s+/);
  const c = guessCase(words, titleWord);
  const out = words.map((w) => wordToNominative(w, c)).join(' ');
  if (known.has(out)) return out;
  return out;
}
