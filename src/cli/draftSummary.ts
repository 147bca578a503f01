import type { Draft, Extraction } from '../contracts/index.js';
import { plural } from './output.js';

/** What an extraction found, in numbers, for one line of output and the --json result. */
export interface ExtractionSummary {
  engagements: number;
  participants: number;
  agreements: number;
  bodies: number;
  statements: number;
  sectors: string[];
}

/**
 * Counts what an extraction found.
 * @param extraction the extraction of a draft or of `bilat extract`
 */
export function summarizeExtraction(extraction: Extraction): ExtractionSummary {
  return {
    engagements: extraction.engagements.length,
    participants: extraction.participants.length,
    agreements: extraction.agreements.length,
    bodies: extraction.bodies.length,
    statements: extraction.statements.length,
    sectors: [...extraction.sectors],
  };
}

/**
 * "1 engagement, 2 participants, 3 agreements, 1 body, 9 sectors (energy, …)".
 * @param summary the counts
 */
export function formatSummary(summary: ExtractionSummary): string {
  const sectors = summary.sectors.length > 0 ? ` (${summary.sectors.join(', ')})` : '';
  return [
    plural(summary.engagements, 'engagement'),
    plural(summary.participants, 'participant'),
    plural(summary.agreements, 'agreement'),
    plural(summary.bodies, 'body', 'bodies'),
    plural(summary.statements, 'statement'),
    `${plural(summary.sectors.length, 'sector')}${sectors}`,
  ].join(', ');
}

/**
 * Whether nothing of the draft is left to accept.
 * @param draft the draft
 */
export function isDraftSettled(draft: Draft): boolean {
  return draft.status === 'accepted' || draft.status === 'rejected';
}
