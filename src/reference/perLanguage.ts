import type { Language } from '../contracts/index.js';

/**
 * A value built once per language on first use: compiled lexicons, matchers and regexes that
 * every call for that language reads. Replaces the hand-written `Map<Language, …>` get-or-build.
 * @param build makes the value of one language (called at most once per language)
 * @returns the getter
 * @example
 * const titleMatcher = perLanguage((lang) => new PhraseMatcher(LEXICONS[lang].titles …));
 */
export function perLanguage<T>(build: (lang: Language) => T): (lang: Language) => T {
  const built = new Map<Language, T>();
  return (lang) => {
    if (built.has(lang)) return built.get(lang)!;
    const value = build(lang);
    built.set(lang, value);
    return value;
  };
}
