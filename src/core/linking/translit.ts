/**
 * Russian Cyrillic to Latin, on folded text (see core/text/fold: й is already и, ё is е), so that
 * "Гойта" meets "Goïta" and "Путин" meets "Putin". Close to the BGN/PCGN romanisation that news
 * agencies use; ambiguous cases (ю/yu vs iu) are rare in names that matter for linking.
 */
const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

/**
 * @param folded text already folded (lower case, no diacritics)
 * @returns the text with Cyrillic letters romanised, others kept
 */
export function romanize(folded: string): string {
  let out = '';
  for (const ch of folded) out += TABLE[ch] ?? ch;
  return out;
}

/** Whether a text holds Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}
