/**
 * Evaluation of extraction against the annotated corpus (fixtures/corpus/FORMAT.md): load a
 * corpus folder, run an extractor, score it by the corpus rules, print or save the results.
 */
export { loadCorpus } from './loadCorpus.js';
export { evaluate, summarize, type DocumentResult, type EvalResult, type ExtractFn } from './evaluate.js';
export { formatDocumentBreakdown, formatReport, formatReportJson } from './report.js';
export { writePredictions } from './writePredictions.js';
export { extractorInput, type ExtractOptions, type ExtractorInput } from './extractorInput.js';
export { scoreDocument, type DocumentScore, type ScoredPrediction } from './scoreDocument.js';
export { CorpusDocSchema, GoldSchema, type CorpusDoc, type Gold } from './corpusSchema.js';
export { ACCURACY_FIELDS, PRF_FIELDS, type AccuracyField, type PrfField, type ScoreTable, type Tally } from './scoreTypes.js';
