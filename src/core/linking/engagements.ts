import type { DraftMatch, Engagement, EngagementKind } from '../../contracts/index.js';
import type { StoreTx } from '../ports.js';

/** Kinds that one report may call a visit and another talks: the same meeting. */
const MEETING_FAMILY: EngagementKind[] = ['state_visit', 'official_visit', 'working_visit', 'talks', 'other'];

function sameKindFamily(a: EngagementKind, b: EngagementKind): boolean {
  return a === b || (MEETING_FAMILY.includes(a) && MEETING_FAMILY.includes(b));
}

/**
 * Whether two dates can name the same day: equal at day precision, or a year-unknown "--06-23"
 * against a full date with that month and day.
 */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return a.length === 10 || a.startsWith('--');
  const md = (d: string) => (d.startsWith('--') ? d.slice(2) : d.length === 10 ? d.slice(5) : null);
  if (a.startsWith('--') || b.startsWith('--')) return md(a) !== null && md(a) === md(b);
  return false;
}

/**
 * Existing engagements a reported one could be: the same countries, the same day, a compatible
 * kind. A second report of the same visit becomes a second mention of one engagement, never a second
 * engagement (news-derived datasets are blamed above all for counting reports instead of events).
 * Undated ones are never linked automatically: the reviewer links them.
 * @returns matches, best first
 */
export async function matchEngagement(
  tx: StoreTx,
  engagement: { type: EngagementKind; date: string | null; countries: string[] },
): Promise<DraftMatch[]> {
  if (!engagement.date || engagement.countries.length === 0) return [];
  const candidates: Engagement[] = await tx.list('engagement', { countries: engagement.countries, limit: 2000 });
  return candidates
    .filter((e) => datesAgree(e.date, engagement.date) && sameKindFamily(e.kind, engagement.type))
    .map((e) => ({
      recordKind: 'engagement' as const,
      recordId: e.id,
      label: `${e.kind.replace(/_/g, ' ')} ${e.date ?? ''} ${e.place ?? ''}`.trim(),
      score: e.kind === engagement.type && e.date === engagement.date ? 1 : 0.85,
    }))
    .sort((a, b) => b.score - a.score);
}
