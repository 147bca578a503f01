import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../../src/contracts/index.js';
import type { Extraction } from '../../api/types.js';
import { formatValue, reviewItemsOf } from './reviewItems.js';

// Parsed with the contract (defaults filled in); the generated type differs only in how it spells
// nullable defaults, so the value is handed over as the API type.
const extraction = ExtractionSchema.parse({
  language: 'en', reference_date: '2025-06-24', title: null,
  engagements: [{ key: 'eng1', evidence: [{ field: 'type', start: 0, end: 5, text: 'visit' }], confidence: 0.9, type: 'official_visit', date: '2025-06-23', place: 'Moscow', countries: ['RU', 'ML'], format: null }],
  participants: [{ key: 'par1', evidence: [], confidence: 0.4, name: 'A. Person', role: 'Minister', country: 'ML' }],
  countries: ['RU', 'ML'],
  agreements: [{ key: 'agr1', evidence: [], confidence: 0.8, title: 'Agreement on things', parties: ['RU', 'ML'], level: 'intergovernmental', sectors: ['nuclear_energy'], status: 'signed' }],
  bodies: [], sectors: [], channels: [], statements: [],
}) as unknown as Extraction;

describe('reviewItemsOf', () => {
  const items = reviewItemsOf(extraction, { par1: [{ recordKind: 'person', recordId: 'per_1', label: 'A. Person', score: 0.9 }] });

  it('lists items kind by kind with their keys', () => {
    expect(items.map((i) => [i.kind, i.key])).toEqual([['engagement', 'eng1'], ['participant', 'par1'], ['agreement', 'agr1']]);
  });

  it('labels items by what a reviewer recognises them by', () => {
    expect(items[0]!.label).toBe('official visit, 2025-06-23');
    expect(items[2]!.label).toBe('Agreement on things');
  });

  it('carries matches, confidence and readable field values', () => {
    expect(items[1]!.matches[0]!.recordId).toBe('per_1');
    expect(items[1]!.confidence).toBe(0.4);
    expect(items[2]!.fields.find((f) => f.name === 'sectors')!.value).toBe('nuclear energy');
    expect(items[0]!.fields.find((f) => f.name === 'format')!.value).toBe('—');
  });
});

describe('formatValue', () => {
  it('joins lists, humanises codes and shows empties as a dash', () => {
    expect(formatValue(['RU', 'ML'])).toBe('RU, ML');
    expect(formatValue('head_of_state')).toBe('head of state');
    expect(formatValue([])).toBe('—');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(2)).toBe('2');
  });
});
