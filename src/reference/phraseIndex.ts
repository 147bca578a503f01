import { caseFits, caseRuleOf, gapShape, tokenize, type CaseRule, type Token } from './tokens.js';

/**
 * A gazetteer compiled for fast scanning: phrases are keyed by their first folded word, so a text
 * is tokenised once and each word costs one map lookup plus a check of the few phrases that start
 * with it. No per-phrase regex ever runs over the text.
 */

interface Entry<T> {
  keys: string[];
  gaps: string[];
  rules: CaseRule[];
  /** Characters that must follow the last word ("." of "U.S."). */
  tail: string;
  value: T;
}

/** A phrase found in a text. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
  /** Index of the first and one past the last token covered. */
  firstToken: number;
  endToken: number;
}

/** Options of {@link PhraseIndex.add}. */
export interface AddOptions {
  /** Ignore the case of every word (lower-case adjectives such as "малийских"). Default false. */
  isCaseBlind?: boolean;
}

/** Phrases with values; the longest phrase wins at a position and hits never overlap. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** A cheap signature of every first word (see {@link signature}): most words are turned away without hashing them. */
  private readonly firstSigs = new Uint8Array(SIG_SIZE);
  private readonly seen = new Set<string>();
  private isSorted = true;

  /**
   * Adds a phrase. The first value added for an identical phrase (same words, gaps and case) wins,
   * so callers add their preferred readings first.
   * @param phrase the phrase as written ("U.S.", "Guinea-Bissau", "Республики Мали")
   * @param value what a hit stands for
   * @param options case handling
   */
  add(phrase: string, value: T, options: AddOptions = {}): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return;
    const gaps = tokens.slice(1).map((t, i) => gapShape(phrase.slice(tokens[i]!.end, t.start)));
    const tail = phrase.slice(last.end).trim();
    // Only the first word's capital is required (plus acronyms anywhere): sources disagree on the
    // case of later words ("Émirats Arabes Unis" / "Émirats arabes unis").
    const rules = tokens.map((t, k): CaseRule => {
      if (options.isCaseBlind) return 'any';
      const rule = caseRuleOf(t.raw);
      return k === 0 || rule === 'upper' ? rule : 'any';
    });
    const id = `${tokens.map((t) => t.key).join('\u0001')}\u0002${gaps.join('\u0001')}\u0002${tail}\u0002${rules.join('')}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const entry: Entry<T> = { keys: tokens.map((t) => t.key), gaps, rules, tail, value };
    this.firstSigs[signature(first.key)] = 1;
    const list = this.byFirst.get(first.key);
    if (list) list.push(entry);
    else this.byFirst.set(first.key, [entry]);
    this.isSorted = false;
  }

  /** Number of distinct phrases held. */
  get size(): number {
    return this.seen.size;
  }

  /**
   * Finds all hits, left to right, longest first, never overlapping.
   * @param text the text to scan
   * @param tokens its tokens, when the caller already has them
   * @returns hits in text order
   */
  findAll(text: string, tokens: Token[] = tokenize(text)): PhraseHit<T>[] {
    this.sortOnce();
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(text, tokens, i);
      if (hit) {
        out.push(hit);
        i = hit.endToken;
      } else i += 1;
    }
    return out;
  }

  /**
   * The longest phrase starting at token i, if any.
   * @param text the text
   * @param tokens its tokens
   * @param i index of the first token
   * @returns the hit or undefined
   */
  matchAt(text: string, tokens: Token[], i: number): PhraseHit<T> | undefined {
    this.sortOnce();
    const start = tokens[i];
    if (!start || this.firstSigs[signature(start.key)] === 0) return undefined;
    const candidates = this.byFirst.get(start.key);
    if (!candidates) return undefined;
    for (const e of candidates) {
      const end = this.tryEntry(text, tokens, i, e);
      if (end >= 0) {
        const endToken = i + e.keys.length;
        return { start: start.start, end, text: text.slice(start.start, end), value: e.value, firstToken: i, endToken };
      }
    }
    return undefined;
  }

  /** Returns the end offset of the match of e at token i, or -1. */
  private tryEntry(text: string, tokens: Token[], i: number, e: Entry<T>): number {
    for (let k = 0; k < e.keys.length; k += 1) {
      const t = tokens[i + k];
      if (!t || t.key !== e.keys[k] || !caseFits(t.raw, e.rules[k]!)) return -1;
      if (k > 0) {
        const prev = tokens[i + k - 1]!;
        // A single space is the usual gap and its own shape; only other gaps need normalising.
        const isSpace = t.start - prev.end === 1 && text.charCodeAt(prev.end) === 32;
        if ((isSpace ? ' ' : gapShape(text.slice(prev.end, t.start))) !== e.gaps[k - 1]) return -1;
      }
    }
    const lastEnd = tokens[i + e.keys.length - 1]!.end;
    if (e.tail === '') return lastEnd;
    return text.startsWith(e.tail, lastEnd) ? lastEnd + e.tail.length : -1;
  }

  private sortOnce(): void {
    if (this.isSorted) return;
    for (const list of this.byFirst.values()) {
      // Longest phrase first; a stable sort keeps insertion order (the caller's preference) among equals.
      list.sort((a, b) => b.keys.length - a.keys.length || b.tail.length - a.tail.length);
    }
    this.isSorted = true;
  }
}

const SIG_SIZE = 1 << 16;

/** A hash of a word from its length and first and last two units, computed without building a string. */
function signature(key: string): number {
  const n = key.length;
  const h = (((key.charCodeAt(0) * 31 + (key.charCodeAt(1) || 0)) * 31 + key.charCodeAt(n - 1)) * 31 + (key.charCodeAt(n - 2) || 0)) * 31 + n;
  return h & (SIG_SIZE - 1);
}
