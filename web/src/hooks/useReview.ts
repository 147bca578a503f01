import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Draft } from '../api/types.js';
import { reviewItemsOf, type ReviewItem } from '../scenes/Review/reviewItems.js';
import type { ItemState, ReviewDecisions } from '../scenes/Review/acceptRequest.js';
import { litTagsOf, type Highlight, type TaggedSpan } from '../scenes/Review/spans.js';

export type { Highlight };

/**
 * The review's state: items, the reviewer's decisions, the item under the cursor, the highlight that
 * ties values to spans, and j/k/a/r/e/Enter on the keyboard.
 * @param draft the draft under review
 * @param onSubmit called on Enter with the decisions so far
 */
export function useReview(draft: Draft, onSubmit: (decisions: ReviewDecisions) => void) {
  const items = useMemo(() => reviewItemsOf(draft.extraction, draft.matches), [draft]);
  const [states, setStates] = useState<Record<string, ItemState>>(() =>
    Object.fromEntries(items.map((i) => [i.key, draft.decisions[i.key]?.state ?? 'pending'])));
  const [links, setLinks] = useState<Record<string, string>>({});
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>({});
  const [cursor, setCursor] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<Highlight>(null);

  const decisions: ReviewDecisions = useMemo(() => ({ states, links, edits }), [states, links, edits]);
  const setState = useCallback((key: string, state: ItemState) =>
    setStates((s) => ({ ...s, [key]: s[key] === state ? 'pending' : state })), []);
  const setLink = useCallback((key: string, target: string) => setLinks((l) => ({ ...l, [key]: target })), []);
  const setEdit = useCallback((key: string, field: string, value: string) =>
    setEdits((e) => ({ ...e, [key]: { ...e[key], [field]: value } })), []);

  /** Every evidence span, tagged "key:field", and every sector mention, tagged "sector-<name>:sector". */
  const spans: TaggedSpan[] = useMemo(() => [
    ...items.flatMap((i) => i.evidence.map((e) => ({ start: e.start, end: e.end, tag: `${i.key}:${e.field}` }))),
    ...draft.extraction.sector_mentions.map((m) => ({ start: m.start, end: m.end, tag: `${sectorKey(m.sector)}:sector` })),
  ], [items, draft]);

  const litTags = useMemo(() => litTagsOf(spans, highlight), [highlight, spans]);
  const litKeys = useMemo(() => new Set(highlight && 'keys' in highlight ? highlight.keys : []), [highlight]);

  useEffect(() => {
    function handleKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const current: ReviewItem | undefined = items[cursor];
      const moves: Record<string, () => void> = {
        j: () => setCursor((c) => Math.min(items.length - 1, c + 1)),
        k: () => setCursor((c) => Math.max(0, c - 1)),
        a: () => current && setState(current.key, 'accepted'),
        r: () => current && setState(current.key, 'rejected'),
        e: () => current && setEditing((k) => (k === current.key ? null : current.key)),
        Enter: () => onSubmit(decisions),
      };
      // Enter on a button or link keeps its own meaning.
      if (event.key === 'Enter' && target && /^(BUTTON|A)$/.test(target.tagName)) return;
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    }
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [items, cursor, decisions, onSubmit, setState]);

  useEffect(() => {
    const key = items[cursor]?.key;
    if (key) setHighlight({ key });
  }, [cursor, items]);

  return {
    items, decisions, cursor, setCursor, editing, setEditing, setState, setLink, setEdit,
    spans, litTags, litKeys, highlight, setHighlight,
    acceptAllLocally: () => setStates((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v === 'rejected' ? v : 'accepted']))),
  };
}

/** The highlight key of a sector ("sector-energy"), so sector chips light up their mentions like items do. */
export const sectorKey = (sector: string): string => `sector-${sector}`;
