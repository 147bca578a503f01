import { ExtractionSchema, type Extraction, type Language } from '../contracts/index.js';
import type { Gold } from './corpusSchema.js';

/**
 * Test helper: a gold block in the shape of an `Extraction`, so that scoring gold against itself
 * goes through the same types as a real extractor's output. Evidence is empty, confidence 1.
 */
export function goldAsExtraction(gold: Gold, language: Language, referenceDate: string | null = null): Extraction {
  const traced = (key: string) => ({ key, evidence: [], confidence: 1 });
  return ExtractionSchema.parse({
    language,
    reference_date: referenceDate,
    title: null,
    engagements: gold.engagements.map((e, i) => ({ ...traced(`eng${i + 1}`), type: e.type, date: e.date, place: e.place ?? null, countries: e.countries, format: e.format ?? null })),
    participants: gold.participants.map((p, i) => ({ ...traced(`per${i + 1}`), name: p.name, role: p.role ?? null, country: p.country })),
    countries: gold.countries,
    agreements: gold.agreements.map((a, i) => ({ ...traced(`agr${i + 1}`), title: a.title, parties: a.parties, level: a.level, sectors: a.sectors, status: a.status })),
    bodies: [],
    sectors: gold.sectors,
    channels: [],
    statements: [],
  });
}
