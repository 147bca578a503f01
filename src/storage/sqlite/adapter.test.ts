import { describe, expect, it } from 'vitest';
import { toTsQuery } from '../postgres/adapter.js';
import { toFts5Query } from './adapter.js';

describe('full-text query sanitising', () => {
  it('quotes every word for FTS5 and makes the last a prefix', () => {
    expect(toFts5Query('Nuclear AND "energy')).toBe('"nuclear" "and" "energy"*');
    expect(toFts5Query('title:x NEAR(a b)')).toBe('"title" "x" "near" "a" "b"*');
  });
  it('joins words for tsquery with no operator from the user', () => {
    expect(toTsQuery("Goïta & !'x' | y")).toBe('goita & x & y:*');
  });
  it('gives nothing for a query with no words', () => {
    expect(toFts5Query('"*()^')).toBeNull();
    expect(toTsQuery('  ')).toBeNull();
  });
});
