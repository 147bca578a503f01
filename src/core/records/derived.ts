import type { Engagement, EngagementInput, Instrument, InstrumentInput } from '../../contracts/index.js';
import { codeEngagement } from '../engagements/coding.js';
import { deriveInstrumentStatus } from '../instruments/status.js';

/** Fields the core computes from the others; a user never writes them. */
export function withDerivedEngagement(input: EngagementInput): Pick<Engagement, 'coding'> {
  return { coding: codeEngagement(input.kind, input.status) };
}

/** An instrument's overall and per-party status, derived from its actions. */
export function withDerivedInstrument(input: InstrumentInput): Pick<Instrument, 'status' | 'partyStatus'> {
  return deriveInstrumentStatus([...new Set(input.parties.map((p) => p.countryCode))], input.actions);
}

/**
 * Adds the derived fields a kind has to a record built from its input.
 * @param kind record kind
 * @param record the record without derived fields
 * @returns the record with them
 */
export function addDerived<T extends object>(kind: string, record: T): T {
  if (kind === 'engagement') return { ...record, ...withDerivedEngagement(record as unknown as EngagementInput) };
  if (kind === 'instrument') return { ...record, ...withDerivedInstrument(record as unknown as InstrumentInput) };
  return record;
}
