import { foldWord, type Token } from './tokens.js';
import { keySignature, scanWords } from './wordScan.js';

/**
 * The tokens of one text as offsets plus a cheap signature of each folded key, with the key and
 * raw strings built only for the words a gazetteer lookup actually reads. A scan then allocates
 * no object and no string for the great majority of words, which no gazetteer phrase starts with.
 */

/** The words of a text: spans, key signatures, and keys and raw words built on first read. */
export class TokenTable {
  /** Number of tokens. */
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Signature of each token's folded key. */
  readonly sigs: Uint16Array;
  private readonly keys: (string | undefined)[];
  private readonly raws: (string | undefined)[];
  /** Per token, 1 when its key is its lower-cased raw word (no normalisation needed). */
  private readonly plain: Uint8Array;
  /** Word starts as the phrase matchers count them, from the same scan (see {@link WordSpans.matchStarts}); null when they must scan themselves. */
  matchStarts: number[] | null = null;

  private constructor(readonly text: string, starts: Int32Array, ends: Int32Array, plain: Uint8Array, sigs: Uint16Array, length: number) {
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.plain = plain;
    this.sigs = sigs;
    this.keys = new Array<string | undefined>(length).fill(undefined);
    this.raws = new Array<string | undefined>(length).fill(undefined);
  }

  /**
   * Scans a text. The last text's table is kept: several lookups read the same text in a row.
   * @param text any text
   * @returns its token table
   */
  static of(text: string): TokenTable {
    if (lastTable !== undefined && lastTable.text === text) return lastTable;
    const { count, starts, ends, plain, sigs, matchStarts } = scanWords(text);
    const table = new TokenTable(text, starts, ends, plain, sigs, count);
    table.matchStarts = matchStarts;
    table.sign();
    lastTable = table;
    return table;
  }

  /**
   * A table over tokens already made (as {@link tokenize} returns them).
   * @param text the text they come from
   * @param tokens its tokens
   * @returns the table
   */
  static fromTokens(text: string, tokens: readonly Token[]): TokenTable {
    const n = tokens.length;
    const table = new TokenTable(text, new Int32Array(n), new Int32Array(n), new Uint8Array(n), new Uint16Array(n), n);
    tokens.forEach((t, i) => {
      table.starts[i] = t.start;
      table.ends[i] = t.end;
      table.keys[i] = t.key;
      table.raws[i] = t.raw;
      table.sigs[i] = keySignature(t.key);
    });
    return table;
  }

  /** Fills the signatures of the words the scan could not sign: those that need folding. */
  private sign(): void {
    for (let i = 0; i < this.length; i += 1) if (this.plain[i] === 0) this.sigs[i] = keySignature(this.key(i));
  }

  /** Start offset of token i. */
  start(i: number): number {
    return this.starts[i]!;
  }

  /** End offset of token i. */
  end(i: number): number {
    return this.ends[i]!;
  }

  /** Token i as written. */
  raw(i: number): string {
    let raw = this.raws[i];
    if (raw === undefined) {
      raw = this.text.slice(this.starts[i], this.ends[i]);
      this.raws[i] = raw;
    }
    return raw;
  }

  /** The folded lookup key of token i (see {@link foldWord}). */
  key(i: number): string {
    let key = this.keys[i];
    if (key === undefined) {
      const raw = this.raw(i);
      key = this.plain[i] === 1 ? raw.toLowerCase() : foldWord(raw);
      this.keys[i] = key;
    }
    return key;
  }
}

let lastTable: TokenTable | undefined;
