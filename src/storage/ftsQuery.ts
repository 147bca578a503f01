/**
 * Turns what a user typed into the words a full-text engine may safely see: quotes, operators
 * (AND, OR, NOT, NEAR), column filters and parentheses are dropped, only letters and digits remain.
 */
import { fold } from '../core/text/fold.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** Enough words for any real query; more only slow the engine down. */
const MAX_WORDS = 16;

/**
 * Splits a user query into folded words.
 * @param query raw user input, possibly hostile (`"foo`, `AND`, `title:x`, `*`)
 * @returns folded words, at most MAX_WORDS; empty when nothing searchable is left
 */
export function queryWords(query: string): string[] {
  return (fold(query).match(WORD) ?? []).slice(0, MAX_WORDS);
}
