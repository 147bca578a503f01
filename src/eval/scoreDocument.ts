import type { Gold } from './corpusSchema.js';
import { greedyMatch, type Matching } from './greedyMatch.js';
import { agreementSimilarity, boilerplateWords, samePartySet, type ScoredAgreement } from './rules/agreements.js';
import { engagementSimilarity, type ScoredEngagement } from './rules/engagements.js';
import { participantSimilarity, type ScoredParticipant } from './rules/participants.js';
import { emptyTally, type FieldDetail, type PrfField, type Tally } from './scoreTypes.js';

/** The part of an extraction the scorer reads; an `Extraction` (contracts) is one. */
export interface ScoredPrediction {
  countries: readonly string[];
  sectors: readonly string[];
  participants: readonly ScoredParticipant[];
  agreements: readonly ScoredAgreement[];
  engagements: readonly ScoredEngagement[];
}

/** The score of one document: counts and what lies behind them. */
export interface DocumentScore {
  tally: Tally;
  details: Record<PrfField, FieldDetail>;
}

/**
 * Scores one prediction against one gold block by the rules of fixtures/corpus/FORMAT.md.
 * @param gold the document's gold annotations
 * @param predicted what the extractor returned
 * @returns counts per field and attribute, and per-field details for debugging
 */
export function scoreDocument(gold: Gold, predicted: ScoredPrediction): DocumentScore {
  const tally = emptyTally();
  const details = {} as Record<PrfField, FieldDetail>;

  details.countries = scoreSet(tally, 'countries', gold.countries.map((c) => c.toUpperCase()), predicted.countries.map((c) => c.toUpperCase()));
  details.sectors = scoreSet(tally, 'sectors', gold.sectors.map((s) => s.toLowerCase()), predicted.sectors.map((s) => s.toLowerCase()));

  const people = greedyMatch(gold.participants, predicted.participants, participantSimilarity);
  details.participants = countMatching(tally, 'participants', people, gold.participants, predicted.participants, describePerson, () => null);

  const boilerplate = boilerplateWords(gold.agreements.map((a) => a.title));
  const agreements = greedyMatch(gold.agreements, predicted.agreements, (g, p) => agreementSimilarity(g, p, boilerplate));
  details.agreements = countMatching(tally, 'agreements', agreements, gold.agreements, predicted.agreements, (a) => a.title, (g, p) => {
    const notes: string[] = [];
    tally.accuracy['agreements.level'].total++;
    if (g.level === p.level) tally.accuracy['agreements.level'].correct++;
    else notes.push(`level ${g.level} ≠ ${p.level}`);
    tally.accuracy['agreements.parties'].total++;
    if (samePartySet(g.parties, p.parties)) tally.accuracy['agreements.parties'].correct++;
    else notes.push(`parties ${g.parties.join(',')} ≠ ${p.parties.join(',')}`);
    return notes.length > 0 ? notes.join('; ') : null;
  });

  // Every predicted engagement counts, whatever its `status`: the gold lists only reported ones,
  // and the external scorer sees the printed `engagements` list as it is.
  const engagements = greedyMatch(gold.engagements, predicted.engagements, engagementSimilarity);
  details.engagements = countMatching(tally, 'engagements', engagements, gold.engagements, predicted.engagements, describeEngagement, (g, p) => {
    tally.accuracy['engagements.type'].total++;
    if (g.type === p.type) {
      tally.accuracy['engagements.type'].correct++;
      return null;
    }
    return `type ${g.type} ≠ ${p.type}`;
  });

  return { tally, details };
}

/** Set comparison per document: each distinct value counts once. */
function scoreSet(tally: Tally, field: PrfField, gold: readonly string[], predicted: readonly string[]): FieldDetail {
  const g = new Set(gold);
  const p = new Set(predicted);
  const matched = [...g].filter((x) => p.has(x));
  const missed = [...g].filter((x) => !p.has(x));
  const spurious = [...p].filter((x) => !g.has(x));
  tally.prf[field].tp += matched.length;
  tally.prf[field].fn += missed.length;
  tally.prf[field].fp += spurious.length;
  return { matched, missed, spurious };
}

function countMatching<G, P>(
  tally: Tally,
  field: PrfField,
  m: Matching,
  gold: readonly G[],
  predicted: readonly P[],
  describe: (x: G | P) => string,
  onPair: (g: G, p: P) => string | null,
): FieldDetail {
  tally.prf[field].tp += m.pairs.length;
  tally.prf[field].fn += m.missed.length;
  tally.prf[field].fp += m.spurious.length;
  const matched = m.pairs.map(({ gold: gi, predicted: pi }) => {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    const note = onPair(g, p);
    return `${describe(g)} ⇄ ${describe(p)}${note ? ` (${note})` : ''}`;
  });
  return { matched, missed: m.missed.map((i) => describe(gold[i]!)), spurious: m.spurious.map((i) => describe(predicted[i]!)) };
}

function describePerson(p: ScoredParticipant): string {
  return `${p.name} [${p.country ?? '—'}]`;
}

function describeEngagement(e: ScoredEngagement): string {
  return `${e.type} ${e.date ?? 'undated'}`;
}
