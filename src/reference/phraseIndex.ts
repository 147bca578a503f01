import { TokenTable } from './tokenTable.js';
import { keySignature, SIG_SIZE } from './wordScan.js';
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

/**
 * The phrases of one first word, longest first. A long list ("the …", "Республики …") is also
 * split by second word, so a token tries only the phrases its next word can continue, plus the
 * one-word ones, in the same order: a phrase left out could not match there anyway.
 */
interface Candidates<T> { all: Entry<T>[]; singles: Entry<T>[] | null; bySecond: Map<string, Entry<T>[]> | null }

/** Lists longer than this are split by second word. */
const SPLIT_AT = 4;

/** Phrases with values; the longest phrase wins at a position and hits never overlap. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Candidates<T>>();
  /** A cheap signature of every first word (see {@link signature}): most words are turned away without hashing them. */
  private readonly firstSigs = new Uint8Array(SIG_SIZE);

  /**
   * Whether some phrase may start at token i: false for most words, read off the signature
   * alone, so a scan calls {@link matchAt} only for the few others.
   * @param table the text's tokens
   * @param i index of a token (below table.length)
   */
  mayStartAt(table: TokenTable, i: number): boolean {
    return this.firstSigs[table.sigs[i]!] !== 0;
  }
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
    this.firstSigs[keySignature(first.key)] = 1;
    const list = this.byFirst.get(first.key);
    if (list) list.all.push(entry);
    else this.byFirst.set(first.key, { all: [entry], singles: null, bySecond: null });
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
  findAll(text: string, tokens?: Token[]): PhraseHit<T>[] {
    const table = tokens ? TokenTable.fromTokens(text, tokens) : TokenTable.of(text);
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < table.length; ) {
      const hit = this.firstSigs[table.sigs[i]!] === 0 ? undefined : this.matchAt(table, i);
      if (hit) {
        out.push(hit);
        i = hit.endToken;
      } else i += 1;
    }
    return out;
  }

  /**
   * The longest phrase starting at token i, if any.
   * @param table the text's tokens
   * @param i index of the first token
   * @returns the hit or undefined
   */
  matchAt(table: TokenTable, i: number): PhraseHit<T> | undefined {
    // Most words start no phrase: their signature alone turns them away, before any key is built.
    if (i >= table.length || this.firstSigs[table.sigs[i]!] === 0) return undefined;
    this.sortOnce();
    const list = this.byFirst.get(table.key(i));
    if (!list) return undefined;
    let candidates = list.all;
    if (list.bySecond !== null) candidates = (i + 1 < table.length ? list.bySecond.get(table.key(i + 1)) : undefined) ?? list.singles!;
    const text = table.text;
    for (const e of candidates) {
      const end = this.tryEntry(table, i, e);
      if (end >= 0) {
        const start = table.start(i);
        return { start, end, text: text.slice(start, end), value: e.value, firstToken: i, endToken: i + e.keys.length };
      }
    }
    return undefined;
  }

  /** Returns the end offset of the match of e at token i, or -1. */
  private tryEntry(table: TokenTable, i: number, e: Entry<T>): number {
    const text = table.text;
    const n = e.keys.length;
    if (i + n > table.length) return -1;
    // Keys first: the first always fits (the entry was found by it), and a later key turns away
    // most of the long lists ("Республики …", "République …") before any case or gap is read.
    for (let k = 1; k < n; k += 1) if (table.key(i + k) !== e.keys[k]) return -1;
    for (let k = 0; k < n; k += 1) {
      if (!caseFits(table.raw(i + k), e.rules[k]!)) return -1;
      if (k > 0) {
        const prevEnd = table.end(i + k - 1);
        const start = table.start(i + k);
        // A single space is the usual gap and its own shape; only other gaps need normalising.
        const isSpace = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
        if ((isSpace ? ' ' : gapShape(text.slice(prevEnd, start))) !== e.gaps[k - 1]) return -1;
      }
    }
    const lastEnd = table.end(i + n - 1);
    if (e.tail === '') return lastEnd;
    return text.startsWith(e.tail, lastEnd) ? lastEnd + e.tail.length : -1;
  }

  private sortOnce(): void {
    if (this.isSorted) return;
    for (const list of this.byFirst.values()) {
      // Longest phrase first; a stable sort keeps insertion order (the caller's preference) among equals.
      list.all.sort((a, b) => b.keys.length - a.keys.length || b.tail.length - a.tail.length);
      list.singles = null;
      list.bySecond = null;
      if (list.all.length <= SPLIT_AT) continue;
      list.singles = list.all.filter((e) => e.keys.length === 1);
      list.bySecond = new Map();
      for (const second of new Set(list.all.filter((e) => e.keys.length > 1).map((e) => e.keys[1]!))) {
        list.bySecond.set(second, list.all.filter((e) => e.keys.length === 1 || e.keys[1] === second));
      }
    }
    this.isSorted = true;
  }
}
