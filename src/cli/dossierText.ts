import type { Dossier } from '../contracts/index.js';

const NONE = '  (none on record)';

function section(title: string, lines: string[]): string[] {
  return ['', title, ...(lines.length > 0 ? lines : [NONE])];
}

function engagementLines(dossier: Dossier): string[] {
  return dossier.engagements.map((engagement) => {
    const when = engagement.date ?? 'date unknown';
    const where = engagement.place ? `, ${engagement.place}` : '';
    const level = engagement.level ? `, level ${engagement.level}` : '';
    const status = engagement.status === 'held' ? '' : ` [${engagement.status}]`;
    const title = engagement.title ? ` — ${engagement.title}` : '';
    return `  ${when.padEnd(10)}  ${engagement.kind.replace(/_/g, ' ')}${where}${level}${status}${title}`;
  });
}

function instrumentLines(dossier: Dossier): string[] {
  return dossier.instruments.map((instrument) => {
    const parties = instrument.partyStatus.length > 0
      ? ` (${instrument.partyStatus.map((party) => `${party.countryCode}: ${party.status}`).join(', ')})`
      : '';
    const signed = instrument.signedOn ? `, signed ${instrument.signedOn}` : '';
    return `  [${instrument.status}] ${instrument.title} — ${instrument.level} ${instrument.kind}${signed}${parties}`;
  });
}

function bodyLines(dossier: Dossier): string[] {
  return dossier.bodies.map((body) => {
    const by = body.establishedByTitle ? `, established by "${body.establishedByTitle}"` : '';
    const sessions = body.sessions.length === 0 ? 'no session held yet' : `${body.sessions.length} session(s)`;
    return `  ${body.name} (${body.kind.replace(/_/g, ' ')})${by}; ${sessions}, ${body.decisions.length} decision(s)`;
  });
}

function peopleLines(dossier: Dossier): string[] {
  return dossier.people.map(({ person, posts }) => {
    const titles = posts.map(({ post, tenure }) => tenure.titleAsWritten ?? post.title);
    return `  ${person.name}${person.countryCode ? ` (${person.countryCode})` : ''}${titles.length > 0 ? ` — ${titles.join('; ')}` : ''}`;
  });
}

/**
 * The dossier as a desk officer reads it in a terminal: counts, timeline, legal framework with
 * status, bodies, people, sectors, statements, sources.
 * @param dossier the dossier
 * @returns lines to print
 */
export function formatDossier(dossier: Dossier): string[] {
  const [a, b] = dossier.pair;
  const counts = Object.entries(dossier.counts).map(([key, value]) => `${key} ${value}`).join(', ');
  return [
    `${a.name} (${a.code}) – ${b.name} (${b.code})`,
    `  ${counts}`,
    ...section('Timeline', engagementLines(dossier)),
    ...section('Legal framework', instrumentLines(dossier)),
    ...section('Commissions and bodies', bodyLines(dossier)),
    ...section('People', peopleLines(dossier)),
    ...section('Sectors', dossier.sectors.map(({ sector, count }) => `  ${sector} (${count})`)),
    ...section('Statements', dossier.statements.map((statement) => `  ${statement.topic}${statement.trend ? ` [${statement.trend}]` : ''}: ${statement.claim}`)),
    ...section('Sources', dossier.sources.map((source) => `  ${source.id}  ${source.publishedOn ?? ''} ${source.title ?? '(untitled)'}${source.url ? ` <${source.url}>` : ''}`.replace(/ {3,}/, '  '))),
  ];
}
