/** A span of the source text tagged with who it supports ("par1:name"). */
export interface TaggedSpan { start: number; end: number; tag: string }

/** A run of text with the tags of every span covering it (none for plain text). */
export interface TextSegment { start: number; end: number; tags: string[] }

/**
 * Cuts a text into runs at every span boundary so overlapping spans can be drawn as nested marks.
 * Spans outside the text are clipped; empty spans are ignored.
 * @param length the text's length
 * @param spans the spans to draw
 * @returns consecutive segments covering [0, length)
 */
export function segmentText(length: number, spans: TaggedSpan[]): TextSegment[] {
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of clipped) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const tags = clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.tag);
    segments.push({ start, end, tags });
  }
  return segments;
}

/** The item key of a tag ("par1:name" → "par1"). */
export const keyOfTag = (tag: string): string => tag.split(':')[0] ?? tag;

/** What is lit up: one item's field (hover/focus on a value), or the items behind a selected span. */
export type Highlight = { key: string; field?: string } | { keys: string[] } | null;

/**
 * The tags of the spans to light up: a field's own spans, or the whole item's when no span is tied
 * to that field (an extractor may support an item with one span for several fields).
 * @param spans every tagged span
 * @param highlight what the reviewer points at
 * @returns the tags to draw as lit
 */
export function litTagsOf(spans: TaggedSpan[], highlight: Highlight): Set<string> {
  const lit = new Set<string>();
  if (!highlight) return lit;
  const keys = 'keys' in highlight ? highlight.keys : [highlight.key];
  const field = 'key' in highlight ? highlight.field : undefined;
  for (const key of keys) {
    const own = spans.filter((s) => keyOfTag(s.tag) === key);
    const ofField = field ? own.filter((s) => s.tag === `${key}:${field}`) : [];
    for (const s of ofField.length ? ofField : own) lit.add(s.tag);
  }
  return lit;
}
