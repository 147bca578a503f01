/**
 * Frequent function words of each supported language, used to break ties between English and
 * French on short texts where franc's trigram profiles are unreliable. Words that are common to
 * both languages or to Spanish/Italian ("de", "a", "en") are left out on purpose.
 */
export const STOP_WORDS = {
  en: new Set([
    'the', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'with', 'on', 'for', 'by', 'at', 'from', 'that', 'this',
    'his', 'her', 'their', 'they', 'he', 'she', 'it', 'its', 'an', 'be', 'has', 'have', 'had', 'will', 'who',
    'which', 'met', 'held', 'today', 'also', 'both', 'between', 'about', 'meeting', 'talks', 'call',
  ]),
  fr: new Set([
    'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'dans', 'pour', 'avec', 'sur', 'au', 'aux', 'qui',
    'que', 'ce', 'cette', 'il', 'elle', 'ils', 'sont', 'par', 'pas', 'ont', 'été', 'à', 'l', 'd', 'qu', 'entre',
    'aussi', 'deux', 'son', 'ses', 'leur', 'leurs', 'entretien', 'ministre', 'président', 'accord',
  ]),
  ru: new Set([
    'и', 'в', 'во', 'не', 'на', 'с', 'со', 'что', 'по', 'к', 'о', 'об', 'из', 'за', 'для', 'от', 'это', 'как',
    'также', 'между', 'был', 'была', 'были', 'его', 'их', 'при', 'до', 'переговоры', 'встреча',
  ]),
} as const;
