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
