import { describe, expect, it } from 'vitest';
import type { Gold } from './corpusSchema.js';
import { scoreDocument, type ScoredPrediction } from './scoreDocument.js';

const gold: Gold = {
  engagements: [
    { type: 'talks', date: '2025-04-22', countries: ['RU', 'OM'] },
    { type: 'phone_call', date: null, countries: ['RU', 'OM'] },
  ],
  participants: [
    { name: 'Vladimir Putin', role: 'President', country: 'RU' },
    { name: 'Haitham bin Tarik', role: 'Sultan', country: 'OM' },
    { name: 'António Guterres', role: 'Secretary-General', country: null },
  ],
  countries: ['RU', 'OM'],
  agreements: [
    { title: 'Agreement on the avoidance of double taxation', parties: ['RU', 'OM'], level: 'intergovernmental', sectors: ['finance'], status: 'signed' },
    { title: 'Memorandum on cooperation in tourism', parties: ['RU', 'OM'], level: 'interagency', sectors: ['tourism'], status: 'signed' },
  ],
  sectors: ['finance', 'tourism', 'energy'],
};

const prediction: ScoredPrediction = {
  countries: ['RU', 'OM', 'OM', 'US'],
  sectors: ['finance', 'trade'],
  participants: [
    { name: 'Putin', country: 'RU' },
    { name: 'Haitham bin Tarik', country: 'AE' },
    { name: 'Antonio Guterres', country: 'PT' },
  ],
  agreements: [
    { title: 'Double Taxation Avoidance Agreement', parties: ['OM', 'RU'], level: 'interstate' },
    { title: 'Agreement on visa-free travel', parties: ['RU'], level: 'intergovernmental' },
  ],
  engagements: [
    { type: 'talks', date: '2025-04' },
    { type: 'official_visit', date: '2025-04-22' },
    { type: 'phone_call', date: '2025-04-21' },
  ],
};

describe('scoreDocument', () => {
  const { tally, details } = scoreDocument(gold, prediction);

  it('scores countries and sectors as sets (repeats count once)', () => {
    expect(tally.prf.countries).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(tally.prf.sectors).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(details.sectors.missed.sort()).toEqual(['energy', 'tourism']);
  });

  it('matches participants by the name and country rules', () => {
    // Putin ⇄ Vladimir Putin; Haitham bin Tarik has the wrong country; Guterres has a null gold country.
    expect(tally.prf.participants).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(details.participants.missed).toEqual(['Haitham bin Tarik [OM]']);
  });

  it('matches agreements on title similarity and scores level and parties among matches', () => {
    expect(tally.prf.agreements).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(tally.accuracy['agreements.level']).toEqual({ correct: 0, total: 1 });
    expect(tally.accuracy['agreements.parties']).toEqual({ correct: 1, total: 1 });
    expect(details.agreements.matched[0]).toContain('level intergovernmental ≠ interstate');
  });

  it('matches engagements on dates and scores the type among matches', () => {
    // 2025-04-22 talks ⇄ official_visit (same day, type wrong); the less precise "2025-04" cannot
    // match a day; the undated gold call takes the call of 2025-04-21.
    expect(tally.prf.engagements).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(tally.accuracy['engagements.type']).toEqual({ correct: 1, total: 2 });
    expect(details.engagements.spurious).toEqual(['talks 2025-04']);
  });

  it('counts everything as missed for an empty prediction', () => {
    const empty = scoreDocument(gold, { countries: [], sectors: [], participants: [], agreements: [], engagements: [] }).tally;
    expect(empty.prf.participants).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(empty.prf.engagements).toEqual({ tp: 0, fp: 0, fn: 2 });
  });
});
