/**
 * Phrase matching over a text, shared by the stages. Many lexicon patterns are compiled into one
 * sticky alternation and tried only at word starts, so a lexicon of hundreds of entries costs one
 * pass over the words instead of one pass per entry (extraction must stay near tokenizer speed).
 */

/** One match of a lexicon entry. */
export interface PhraseMatch<T> { start: number; end: number; text: string; value: T }

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}«"]/gu;

/** Positions where a word starts; computed once per text and shared by every matcher. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) out.push(m.index);
  return out;
}

/**
 * A compiled set of patterns. Each entry is a regex source; matches must end at a word boundary.
 * When several entries match at one position the longest pattern wins; matches never overlap.
 */
export class PhraseMatcher<T> {
  private readonly re: RegExp;
  private readonly values: T[];

  /**
   * @param entries pattern sources (no capturing groups) with the value each stands for
   * @param flags 'i' for case-blind matching (the 'u' and 'y' flags are always set)
   */
  constructor(entries: { pattern: string; value: T }[], flags = 'i') {
    // The alternation takes the first alternative that fits, so longer patterns go first: a
    // cheap stand-in for longest-match that is right for phrase lists ("prime minister" before "minister").
    const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
    this.values = sorted.map((e) => e.value);
    const alts = sorted.map((e) => `(${e.pattern})`).join('|');
    this.re = new RegExp(`(?:${alts})(?![\\p{L}\\p{N}])`, `uy${flags}`);
  }

  /** All non-overlapping matches, leftmost first, longest among those at one position. */
  findAll(text: string, starts: number[] = wordStarts(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let after = 0;
    for (const s of starts) {
      if (s < after) continue;
      const m = this.matchAt(text, s);
      if (m) { out.push(m); after = m.end; }
    }
    return out;
  }

  /** The match starting exactly at `pos`, if any. */
  matchAt(text: string, pos: number): PhraseMatch<T> | null {
    this.re.lastIndex = pos;
    const m = this.re.exec(text);
    if (!m) return null;
    const best = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    if (best < 0) return null;
    return { start: pos, end: pos + m[0].length, text: m[0], value: this.values[best]! };
  }
}

/** Escape a literal for use inside a regex source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
