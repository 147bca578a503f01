import { describe, expect, it } from 'vitest';
import { segment, sentenceAt } from './segment.js';

describe('segment', () => {
  it('keeps abbreviations and initials inside English sentences', () => {
    const t = 'Mr. Smith met the U.S. Ambassador in St. Louis. He left at noon.';
    expect(segment(t).sentences.map((s) => s.text)).toEqual(['Mr. Smith met the U.S. Ambassador in St. Louis.', 'He left at noon.']);
  });
  it('keeps Russian initials and "г." inside a sentence', () => {
    const t = 'В.В. Путин прибыл в г. Казань. Переговоры начались.';
    expect(segment(t).sentences.map((s) => s.text)).toEqual(['В.В. Путин прибыл в г. Казань.', 'Переговоры начались.']);
  });
  it('keeps French "M." before a name', () => {
    const t = "Le Président a reçu M. Dupont. Ils ont parlé d'économie.";
    expect(segment(t).sentences).toHaveLength(2);
  });
  it('ends a sentence at a line break and counts paragraphs', () => {
    const t = 'Headline\n\nFirst line\nSecond line. Third sentence.';
    const s = segment(t);
    expect(s.paragraphs).toHaveLength(2);
    expect(s.sentences.map((x) => x.text)).toEqual(['Headline', 'First line', 'Second line.', 'Third sentence.']);
    expect(t.slice(s.sentences[2]!.start, s.sentences[2]!.end)).toBe('Second line.');
    expect(sentenceAt(s.sentences, t.indexOf('Third'))?.text).toBe('Third sentence.');
  });
});

describe('segment and abbreviations', () => {
  it('reads the letters before a period whatever comes before them', () => {
    const t = '(Gen. Ortiz) spoke. Then Dr. Lee, of the Inc. board, left.\nThe end came on Sept. Monday.';
    expect(segment(t).sentences.map((s) => s.text)).toEqual(['(Gen. Ortiz) spoke.', 'Then Dr. Lee, of the Inc. board, left.', 'The end came on Sept. Monday.']);
  });
});
