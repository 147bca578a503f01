import type { DraftMatch, EvidenceSpan, Extraction } from '../../api/types.js';

/** The kinds of draft item a reviewer decides on, in the order the review lists them. */
export const ITEM_KINDS = ['engagement', 'participant', 'agreement', 'body', 'statement'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  engagement: 'Engagements', participant: 'Participants', agreement: 'Agreements', body: 'Bodies', statement: 'Statements',
};

/** One shown field of an item: its name, its value as text, and whether the reviewer may edit it as text. */
export interface ItemField { name: string; value: string; isEditable: boolean }

/** A draft item as the review shows it. */
export interface ReviewItem {
  key: string;
  kind: ItemKind;
  label: string;
  fields: ItemField[];
  evidence: EvidenceSpan[];
  confidence: number;
  matches: DraftMatch[];
}

// Which fields each kind shows, in order; text fields can be edited inline, lists and codes are read-only here.
const FIELDS: Record<ItemKind, { name: string; isEditable: boolean }[]> = {
  engagement: [
    { name: 'type', isEditable: false }, { name: 'date', isEditable: true }, { name: 'place', isEditable: true },
    { name: 'countries', isEditable: false }, { name: 'format', isEditable: false }, { name: 'level', isEditable: false },
    { name: 'status', isEditable: false },
  ],
  participant: [
    { name: 'name', isEditable: true }, { name: 'role', isEditable: true }, { name: 'country', isEditable: false },
  ],
  agreement: [
    { name: 'title', isEditable: true }, { name: 'kind', isEditable: false }, { name: 'level', isEditable: false },
    { name: 'parties', isEditable: false }, { name: 'status', isEditable: false }, { name: 'signed_on', isEditable: true },
    { name: 'sectors', isEditable: false },
  ],
  body: [
    { name: 'name', isEditable: true }, { name: 'kind', isEditable: false }, { name: 'countries', isEditable: false },
    { name: 'established_by', isEditable: false },
  ],
  statement: [
    { name: 'topic', isEditable: true }, { name: 'claim', isEditable: true }, { name: 'trend', isEditable: false },
  ],
};

const LIST: Record<ItemKind, keyof Extraction> = {
  engagement: 'engagements', participant: 'participants', agreement: 'agreements', body: 'bodies', statement: 'statements',
};

/** Renders a field value for display: lists joined, codes humanised, empty as an em dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : '—';
  if (typeof value === 'string') return value.replaceAll('_', ' ');
  return String(value);
}

function labelOf(kind: ItemKind, item: Record<string, unknown>): string {
  const main = item.title ?? item.name ?? item.claim ?? item.type;
  if (kind === 'engagement') return `${formatValue(item.type)}${item.date ? `, ${String(item.date)}` : ''}`;
  return formatValue(main);
}

/**
 * Flattens an extraction into the review's list of items, kind by kind, with their matches.
 * @param extraction the draft's extraction
 * @param matches the draft's matches by item key
 * @returns items in review order
 */
export function reviewItemsOf(extraction: Extraction, matches: Record<string, DraftMatch[]>): ReviewItem[] {
  return ITEM_KINDS.flatMap((kind) =>
    (extraction[LIST[kind]] as unknown as (Record<string, unknown> & { key: string; evidence: EvidenceSpan[]; confidence: number })[]).map((item) => ({
      key: item.key,
      kind,
      label: labelOf(kind, item),
      fields: FIELDS[kind].map((f) => ({ name: f.name, value: formatValue(item[f.name]), isEditable: f.isEditable })),
      evidence: item.evidence,
      confidence: item.confidence,
      matches: matches[item.key] ?? [],
    })),
  );
}
