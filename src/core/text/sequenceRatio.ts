/**
 * Python's `difflib.SequenceMatcher(None, a, b).ratio()`, re-implemented step for step so that
 * scores match the corpus scorer's to the last digit (CPython Lib/difflib.py: `__chain_b`,
 * `find_longest_match`, `get_matching_blocks`, `ratio`).
 *
 * Strings are compared by Unicode code point, as Python does, not by UTF-16 unit.
 */

interface Block {
  i: number;
  j: number;
  size: number;
}

/**
 * Index of b: element → ascending positions, with the "autojunk" heuristic: when b has 200 or more
 * elements, an element occurring more than len(b)/100 + 1 times is "popular" and left out of the
 * index (it can still join a match through the extension step of `longestMatch`).
 */
function chainB(b: readonly string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((elt, i) => {
    const list = b2j.get(elt);
    if (list) list.push(i);
    else b2j.set(elt, [i]);
  });
  const n = b.length;
  if (n >= 200) {
    const ntest = Math.floor(n / 100) + 1;
    for (const [elt, idxs] of [...b2j]) if (idxs.length > ntest) b2j.delete(elt);
  }
  return b2j;
}

/** CPython `find_longest_match` with no junk function: the longest block, earliest in a, then in b. */
function longestMatch(a: readonly string[], b: readonly string[], b2j: Map<string, number[]>, alo: number, ahi: number, blo: number, bhi: number): Block {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const newj2len = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      newj2len.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = newj2len;
  }
  // Extend with equal elements on both sides: this is how popular (auto-junked) elements next to
  // a match still count. With isjunk=None the "junk" extension loops of CPython never run.
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti--;
    bestj--;
    bestsize++;
  }
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
    bestsize++;
  }
  return { i: besti, j: bestj, size: bestsize };
}

/**
 * The total size of the matching blocks of a and b (CPython `get_matching_blocks`, summed).
 * @param a first sequence of elements
 * @param b second sequence of elements
 * @returns the number of matched elements
 */
export function matchedElements(a: readonly string[], b: readonly string[]): number {
  const b2j = chainB(b);
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  let matched = 0;
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const { i, j, size } = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (size === 0) continue;
    matched += size;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + size < ahi && j + size < bhi) queue.push([i + size, ahi, j + size, bhi]);
  }
  return matched;
}

/**
 * `difflib.SequenceMatcher(None, a, b).ratio()`: 2·M / (len(a) + len(b)), 1 for two empty strings.
 * Not symmetric in general (the autojunk heuristic looks at b only), exactly like Python.
 * @param a first string
 * @param b second string
 * @returns a ratio in [0, 1]
 */
export function sequenceRatio(a: string, b: string): number {
  const as = Array.from(a);
  const bs = Array.from(b);
  const total = as.length + bs.length;
  if (total === 0) return 1;
  return (2 * matchedElements(as, bs)) / total;
}
