import { describe, expect, it } from 'vitest';
import { agreementSimilarity, boilerplateWords, samePartySet } from './agreements.js';

const agr = (title: string) => ({ title, parties: ['RU', 'OM'], level: 'intergovernmental' });

describe('agreementSimilarity', () => {
  it('matches at title similarity 0.6 or more and not below', () => {
    const none = new Set<string>();
    expect(agreementSimilarity(agr('Agreement on Trade'), agr('Trade agreement'), none)).toBe(1);
    expect(agreementSimilarity(agr('Agreement on Visa-Free Travel'), agr('Memorandum on Fisheries'), none)).toBeNull();
  });

  it('compares folded titles: accents, case and punctuation do not matter', () => {
    expect(agreementSimilarity(agr("Accord sur l'exemption de visas"), agr('ACCORD SUR L’EXEMPTION DE VISAS'), new Set())).toBe(1);
  });
});

describe('boilerplate rule (three or more gold agreements)', () => {
  const gold = [
    'Agreement between the Government of A and the Government of B on cooperation in education',
    'Agreement between the Government of A and the Government of B on cooperation in tourism',
    'Agreement between the Government of A and the Government of B on cooperation in fisheries',
  ];

  it('finds the words present in at least 60% of the gold titles', () => {
    expect([...boilerplateWords(gold)].sort()).toEqual(['agreement', 'b', 'cooperation', 'government']) // "a" is a function word;
    expect(boilerplateWords(gold.slice(0, 2)).size).toBe(0);
  });

  it('refuses a pair that shares only boilerplate, although the titles are similar', () => {
    const boilerplate = boilerplateWords(gold);
    const predicted = agr('Agreement between the Government of A and the Government of B on cooperation in health');
    // Without the rule this pair would match on the sequence ratio alone.
    expect(agreementSimilarity(agr(gold[0]!), predicted, new Set())).not.toBeNull();
    expect(agreementSimilarity(agr(gold[0]!), predicted, boilerplate)).toBeNull();
  });

  it('accepts a pair that also holds half of the other words', () => {
    const boilerplate = boilerplateWords(gold);
    expect(agreementSimilarity(agr(gold[1]!), agr('Agreement between the Governments of A and B on tourism cooperation'), boilerplate)).not.toBeNull();
  });
});

describe('samePartySet', () => {
  it('ignores order, case and repeats', () => {
    expect(samePartySet(['RU', 'OM'], ['om', 'RU', 'RU'])).toBe(true);
    expect(samePartySet(['RU', 'OM'], ['RU'])).toBe(false);
  });
});
