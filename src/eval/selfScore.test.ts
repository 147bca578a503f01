import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './loadCorpus.js';
import { evaluate } from './evaluate.js';
import { ACCURACY_FIELDS, PRF_FIELDS } from './scoreTypes.js';
import { goldAsExtraction } from './testing.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

describe('scoring gold against itself', () => {
  it('gives F1 = 1 on every field of every corpus document, and accuracy 1 among matches', async () => {
    const docs = await loadCorpus(CORPUS);
    expect(docs.length).toBeGreaterThanOrEqual(15);
    const byText = new Map(docs.map((d) => [d.title !== null ? `${d.title}\n\n${d.text}` : d.text, d]));
    const result = await evaluate(docs, (text, options) => {
      const doc = byText.get(text);
      if (!doc) throw new Error('the extractor was given a text that is not a corpus document input');
      return goldAsExtraction(doc.gold, options.language, options.referenceDate);
    });
    for (const d of result.documents) {
      expect(d.error, d.file).toBeNull();
      for (const f of PRF_FIELDS) {
        expect(d.scores.prf[f].f1, `${d.file} ${f}`).toBe(1);
        expect(d.scores.prf[f].fp + d.scores.prf[f].fn, `${d.file} ${f}`).toBe(0);
      }
      for (const f of ACCURACY_FIELDS) expect(d.scores.accuracy[f].correct, `${d.file} ${f}`).toBe(d.scores.accuracy[f].total);
    }
    for (const f of PRF_FIELDS) expect(result.overall.prf[f].f1, f).toBe(1);
    expect(result.overall.prf.agreements.tp).toBe(docs.reduce((n, d) => n + d.gold.agreements.length, 0));
    expect(Object.keys(result.byLanguage).sort()).toEqual(['en', 'fr', 'ru']);
  });
});
