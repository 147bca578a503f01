/**
 * Reference data for countries, places and venues: the public surface of src/reference.
 * Everything compiles lazily on first use and is cached for the life of the process.
 */

export { allCountries, countryName, findCountryMentions, getCountry, isCountryCode, isUnMember, type CountryMention, type MentionForm } from './countries.js';
export { capitalOf, findPlaceMentions, type PlaceMention } from './places.js';
export { declineRuName, ruCaseForms, RU_CASES, type RuCase } from './ruDeclension.js';
export { compoundPrefixes, declineRuAdjective } from './ruAdjective.js';
export { foldWord, tokenize, type Token } from './tokens.js';
