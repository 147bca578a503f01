/** Shared text utilities: folding as the corpus scorer does it, and the similarity measures. */
export { fold, foldedWords } from './fold.js';
export { sequenceRatio } from './sequenceRatio.js';
export { TITLE_FUNCTION_WORDS, TITLE_MATCH_THRESHOLD, overlapCoefficient, setJaccard, titleSimilarity, titleWords, wordJaccard } from './similarity.js';
