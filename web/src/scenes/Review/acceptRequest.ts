import type { DraftAcceptReq } from '../../api/types.js';

/** The reviewer's word per item while reviewing. */
export type ItemState = 'pending' | 'accepted' | 'rejected';

/** Everything the reviewer decided, by item key. */
export interface ReviewDecisions {
  states: Record<string, ItemState>;
  links: Record<string, string>;
  edits: Record<string, Record<string, string>>;
}

/**
 * Builds the accept request. "all" accepts every item not rejected (the server's default when `items`
 * is omitted); "selected" accepts only the items marked accepted and leaves the rest pending.
 * @param decisions the reviewer's states, links and edits
 * @param mode accept everything not rejected, or only what was marked
 * @returns the body of POST /api/drafts/:id/accept
 */
export function buildAcceptRequest(decisions: ReviewDecisions, mode: 'all' | 'selected'): DraftAcceptReq {
  const keysIn = (state: ItemState) => Object.entries(decisions.states).filter(([, s]) => s === state).map(([k]) => k);
  const reject = keysIn('rejected');
  const rejected = new Set(reject);
  const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([k]) => !rejected.has(k)));
  const edits = Object.fromEntries(Object.entries(keep(decisions.edits)).filter(([, fields]) => Object.keys(fields).length > 0));
  const request: DraftAcceptReq = { reject, links: keep(decisions.links), edits };
  if (mode === 'selected') request.items = keysIn('accepted');
  return request;
}
