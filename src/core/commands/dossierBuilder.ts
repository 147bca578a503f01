import type { Dossier, Engagement, Evidence, Sector } from '../../contracts/index.js';
import { countryName, isCountryCode } from '../../reference/countries.js';
import { ValidationError } from '../errors.js';
import type { CommandContext } from '../ports.js';

/** Timeline order: by date, a year-unknown "--MM-DD" after every dated one, undated last. */
function timelineKey(e: Engagement): string {
  if (!e.date) return '~';
  if (e.date.startsWith('--')) return `9999${e.date.slice(1)}`;
  return e.date;
}

function checkCode(code: string, field: string): string {
  const upper = code.trim().toUpperCase();
  if (!isCountryCode(upper)) {
    throw new ValidationError(`${field}: "${code}" is not an ISO 3166-1 alpha-2 country code (for example RU, ML, FR)`, 'country');
  }
  return upper;
}

/**
 * The whole record of one relationship: engagements on a timeline, instruments with their derived
 * status and actions, bodies with sessions and decisions, people with their posts, sectors,
 * projects, trade, statements, sources, counts, and the evidence of every record.
 * @param ctx command context
 * @param a ISO 3166-1 alpha-2 code of one country
 * @param b the other
 * @returns the dossier
 * @throws ValidationError when a code is not a country, or both are the same
 */
export async function buildDossier(ctx: CommandContext, a: string, b: string): Promise<Dossier> {
  const codeA = checkCode(a, 'first country');
  const codeB = checkCode(b, 'second country');
  if (codeA === codeB) throw new ValidationError(`a dossier is about two countries; both codes are ${codeA}`, 'country');
  const pair = [codeA, codeB];
  const read = ctx.store.read;

  const engagements = (await read.list('engagement', { countries: pair, limit: 10_000 }))
    .sort((x, y) => timelineKey(x).localeCompare(timelineKey(y)) || x.createdAt.localeCompare(y.createdAt));
  const instruments = await read.list('instrument', { countries: pair, limit: 10_000 });
  const bodies = await read.list('body', { countries: pair, limit: 1000 });
  const projects = await read.list('project', { countries: pair, limit: 10_000 });
  const trade = await read.list('trade_figure', { countries: pair, limit: 10_000 });
  const statements = await read.list('statement', { countries: pair, limit: 10_000 });

  const instrumentTitles = new Map(instruments.map((i) => [i.id, i.title]));
  const dossierBodies = [];
  for (const body of bodies) {
    const sessions = await read.list('session', { ref: { field: 'bodyId', value: body.id }, limit: 1000 });
    const decisions = await read.list('decision', { ref: { field: 'bodyId', value: body.id }, limit: 10_000 });
    let establishedByTitle = body.establishedById ? instrumentTitles.get(body.establishedById) ?? null : null;
    if (body.establishedById && !establishedByTitle) establishedByTitle = (await read.get('instrument', body.establishedById))?.title ?? null;
    dossierBodies.push({ ...body, sessions, decisions, establishedByTitle });
  }

  const personIds = [...new Set(engagements.flatMap((e) => e.participants.map((p) => p.personId)))];
  const people = [];
  if (personIds.length > 0) {
    const persons = await read.list('person', { ids: personIds, limit: personIds.length });
    const byId = new Map(persons.map((p) => [p.id, p]));
    for (const id of personIds) {
      const person = byId.get(id);
      if (!person) continue;
      const tenures = await read.list('tenure', { ref: { field: 'personId', value: id }, limit: 100 });
      const posts = tenures.length > 0 ? await read.list('post', { ids: tenures.map((t) => t.postId), limit: tenures.length }) : [];
      people.push({
        person,
        posts: tenures.flatMap((tenure) => {
          const post = posts.find((p) => p.id === tenure.postId);
          return post ? [{ post, tenure }] : [];
        }),
      });
    }
  }

  const sectorCounts = new Map<Sector, number>();
  const bump = (list: Sector[]) => new Set(list).forEach((s) => sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1));
  engagements.forEach((e) => bump(e.sectors));
  instruments.forEach((i) => bump(i.sectors));
  bodies.forEach((x) => bump(x.sectors));
  projects.forEach((p) => bump(p.sector ? [p.sector] : []));

  const recordIds = [
    ...engagements, ...instruments, ...bodies, ...projects, ...trade, ...statements, ...people.map((p) => p.person),
    ...people.flatMap((p) => p.posts.map((x) => x.post)),
  ].map((r) => r.id);
  const evidenceList = recordIds.length > 0 ? await read.listEvidence(recordIds) : [];
  const evidence: Record<string, Evidence[]> = {};
  for (const ev of evidenceList) (evidence[ev.recordId] ??= []).push(ev);
  const sourceIds = [...new Set([
    ...evidenceList.map((e) => e.sourceId),
    ...statements.flatMap((s) => (s.sourceId ? [s.sourceId] : [])),
    ...trade.flatMap((t) => (t.sourceId ? [t.sourceId] : [])),
  ])];
  const sources = sourceIds.length > 0 ? await read.listSourceSummaries({ ids: sourceIds, limit: sourceIds.length }) : [];
  const sessionsCount = dossierBodies.reduce((n, x) => n + x.sessions.length, 0);
  const decisionsCount = dossierBodies.reduce((n, x) => n + x.decisions.length, 0);

  return {
    pair: [{ code: codeA, name: countryName(codeA, 'en') }, { code: codeB, name: countryName(codeB, 'en') }],
    counts: {
      engagements: engagements.length, instruments: instruments.length, bodies: bodies.length,
      sessions: sessionsCount, decisions: decisionsCount, people: people.length, projects: projects.length,
      tradeFigures: trade.length, statements: statements.length, sources: sources.length,
    },
    engagements,
    instruments,
    bodies: dossierBodies,
    people,
    sectors: [...sectorCounts].map(([sector, count]) => ({ sector, count })).sort((x, y) => y.count - x.count || x.sector.localeCompare(y.sector)),
    projects,
    trade,
    statements,
    sources,
    evidence,
  };
}
