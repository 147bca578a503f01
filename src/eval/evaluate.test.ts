import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from './corpusSchema.js';
import { evaluate } from './evaluate.js';
import { extractorInput } from './extractorInput.js';
import { formatDocumentBreakdown, formatReport, formatReportJson } from './report.js';
import { goldAsExtraction } from './testing.js';
import { writePredictions } from './writePredictions.js';

function doc(file: string, language: 'en' | 'fr', over: Partial<CorpusDoc> = {}): CorpusDoc {
  return {
    file, id: file, language, published: null, reference_date: '2024-03-02', title: null, text: 'Some text.',
    gold: { engagements: [{ type: 'talks', date: '2024-03-01', countries: ['FR', 'DE'] }], participants: [], countries: ['FR', 'DE'], agreements: [], sectors: ['trade'] },
    ...over,
  };
}

describe('extractorInput', () => {
  it('puts the headline first, then a blank line, and takes published before reference_date', () => {
    const withTitle = extractorInput(doc('a.json', 'en', { title: 'Headline', published: '2024-03-05' }));
    expect(withTitle.text).toBe('Headline\n\nSome text.');
    expect(withTitle.options).toEqual({ language: 'en', referenceDate: '2024-03-05', title: 'Headline', publishedOn: '2024-03-05' });
    const noTitle = extractorInput(doc('b.json', 'fr'));
    expect(noTitle.text).toBe('Some text.');
    expect(noTitle.options.referenceDate).toBe('2024-03-02');
    // reference_date is the day a report was taken in, not a publication date: it dates no meeting.
    expect(noTitle.options.publishedOn).toBeNull();
  });
});

describe('evaluate', () => {
  const docs = [doc('a.json', 'en'), doc('b.json', 'fr'), doc('c.json', 'fr')];
  const extract = (text: string, options: { language: 'en' | 'fr' | 'ru'; referenceDate: string | null }) => {
    if (options.language === 'en') return goldAsExtraction(docs[0]!.gold, 'en');
    if (text === 'Some text.' && options.referenceDate === '2024-03-02') {
      // French documents: right countries, one sector wrong, no engagement.
      const x = goldAsExtraction(docs[1]!.gold, 'fr');
      return { ...x, sectors: ['energy' as const], engagements: [] };
    }
    throw new Error('unexpected input');
  };

  it('micro-averages over documents, overall and per language', async () => {
    const result = await evaluate(docs, extract);
    expect(result.overall.prf.sectors).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(result.overall.prf.sectors.precision).toBeCloseTo(1 / 3);
    expect(result.overall.prf.engagements).toMatchObject({ tp: 1, fp: 0, fn: 2, precision: 1 });
    expect(result.byLanguage.en?.prf.engagements.f1).toBe(1);
    expect(result.byLanguage.fr?.prf.engagements).toMatchObject({ tp: 0, fn: 2, recall: 0, f1: 0 });
    expect(result.byLanguage.fr?.documents).toBe(2);
    expect(result.byLanguage.ru).toBeUndefined();
  });

  it('records a failing extraction and scores it as empty', async () => {
    const result = await evaluate([doc('x.json', 'en'), doc('y.json', 'fr')], (_t, o) => {
      if (o.language === 'fr') throw new Error('boom');
      return goldAsExtraction(docs[0]!.gold, 'en');
    });
    const failed = result.documents.find((d) => d.file === 'y.json')!;
    expect(failed.error).toBe('Error: boom');
    expect(failed.tally.prf.countries).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(formatReport(result)).toContain('y.json: Error: boom');
  });

  it('prints a table with field rows and per-language rows, and JSON without extractions', async () => {
    const result = await evaluate(docs, extract);
    const table = formatReport(result);
    expect(table).toMatch(/^field +\| +P \| +R \| +F1 \| tp\/fp\/fn$/m);
    expect(table).toMatch(/^sectors +\| 0\.333 \| 0\.333 \| 0\.333 \| +1\/2\/2$/m);
    expect(table).toMatch(/^fr \(2 docs\) engagements +\| 0\.000 \| 0\.000 \| 0\.000 \| +0\/0\/2$/m);
    expect(table).toMatch(/^engagements\.type \(accuracy\) +\| +\| +\| 1\.000 \| +1\/1$/m);
    const json = JSON.parse(formatReportJson(result));
    expect(json.overall.prf.countries.f1).toBe(1);
    expect(json.documents[0].extraction).toBeUndefined();
    expect(formatDocumentBreakdown(result)).toContain('missed: talks 2024-03-01');
  });

  it('writes each extraction under the same file name', async () => {
    const result = await evaluate(docs, extract);
    const dir = await mkdtemp(join(tmpdir(), 'bilat-pred-'));
    try {
      const paths = await writePredictions(join(dir, 'out'), result);
      expect(paths.map((p) => p.slice(-6))).toEqual(['a.json', 'b.json', 'c.json']);
      const written = JSON.parse(await readFile(join(dir, 'out', 'b.json'), 'utf8'));
      expect(written.sectors).toEqual(['energy']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
