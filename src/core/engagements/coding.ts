import type { EngagementKind, EventCoding, PostRank } from '../../contracts/index.js';

/**
 * PLOVER type/mode and CAMEO code of an engagement, for interchange (ANCHORS.md §2). A planned
 * meeting is a promise (AGREE / 036), not a consultation; signing with no talks is SUPPORT / 057.
 * @param kind engagement kind
 * @param status held or planned
 * @returns the coding
 */
export function codeEngagement(kind: EngagementKind, status: 'held' | 'planned' | 'cancelled'): EventCoding {
  if (status !== 'held') return { plover: 'AGREE', ploverMode: null, cameo: '036' };
  switch (kind) {
    case 'phone_call': return { plover: 'CONSULT', ploverMode: 'phone', cameo: '041' };
    case 'state_visit':
    case 'official_visit':
    case 'working_visit': return { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' };
    case 'talks': return { plover: 'CONSULT', ploverMode: 'visit', cameo: '046' };
    case 'summit': return { plover: 'CONSULT', ploverMode: 'multilateral', cameo: '040' };
    case 'ministerial_meeting':
    case 'parliamentary_meeting':
    case 'commission_session': return { plover: 'CONSULT', ploverMode: null, cameo: '040' };
    case 'other': return { plover: 'SUPPORT', ploverMode: null, cameo: '057' };
  }
}

const LEVEL_OF_RANK: Record<PostRank, 1 | 2 | 3 | 4> = {
  head_of_state: 1, head_of_government: 1, speaker: 2, minister: 2, deputy: 3, ambassador: 3, official: 4, other: 4,
};

/**
 * Level of an engagement from its highest-ranking participant: 1 = heads of state or government,
 * 2 = ministers and speakers, 3 = deputies and ambassadors, 4 = officials.
 * @returns the level, or null when no participant's rank is known
 */
export function engagementLevel(ranks: Array<PostRank | null>): 1 | 2 | 3 | 4 | null {
  let best: 1 | 2 | 3 | 4 | null = null;
  for (const rank of ranks) {
    if (!rank) continue;
    const level = LEVEL_OF_RANK[rank];
    if (best === null || level < best) best = level;
  }
  return best;
}
