/**
 * Valid records of every kind for tests, built through the contract schemas (so defaults are the
 * real ones). Each factory takes overrides; `recordGraph()` builds one of each kind wired together
 * in an order that satisfies every foreign key.
 */
import {
  BodySchema, DecisionSchema, DraftSchema, EngagementSchema, EvidenceSchema, HistoryEntrySchema, InstrumentRelationSchema,
  InstrumentSchema, OrganizationSchema, PersonSchema, PostSchema, ProjectSchema, SessionSchema, SourceSchema,
  StatementSchema, TenureSchema, TradeFigureSchema,
  type Body, type Decision, type Draft, type Engagement, type Evidence, type HistoryEntry, type Instrument,
  type InstrumentRelation, type Organization, type Person, type Post, type Project, type RecordKind,
  type Session, type Source, type Statement, type Tenure, type TradeFigure,
} from '../contracts/index.js';
import { createHash } from 'node:crypto';
import { ID_PREFIX, newId } from '../core/ids.js';
import type { StoredRecord } from '../core/ports.js';

let tick = 0;
/** Strictly increasing timestamps, so "ordered by creation" is deterministic in tests. */
export function nextTimestamp(): string {
  tick += 1;
  return new Date(Date.UTC(2026, 0, 1) + tick * 1000).toISOString();
}

function meta(kind: keyof typeof ID_PREFIX) {
  const at = nextTimestamp();
  return { id: newId(ID_PREFIX[kind]), version: 1, createdAt: at, updatedAt: at };
}

let countryCounter = 0;
/** Two country codes no earlier call in this process returned, so tests sharing a store do not collide. */
export function uniquePair(): [string, string] {
  const code = () => {
    const n = countryCounter++;
    return String.fromCharCode(65 + Math.floor(n / 26) % 26) + String.fromCharCode(65 + (n % 26));
  };
  return [code(), code()];
}

type Over<T> = Partial<T>;

export const makePerson = (o: Over<Person> = {}): Person => PersonSchema.parse({ ...meta('person'), name: 'Test Person', ...o });
export const makeOrganization = (o: Over<Organization> = {}): Organization =>
  OrganizationSchema.parse({ ...meta('organization'), name: 'Test Ministry', kind: 'ministry', ...o });
export const makePost = (o: Over<Post> = {}): Post => PostSchema.parse({ ...meta('post'), title: 'Test Minister', ...o });
export const makeTenure = (o: Over<Tenure> & Pick<Tenure, 'personId' | 'postId'>): Tenure => TenureSchema.parse({ ...meta('tenure'), ...o });

/** A source with a unique text (and so a unique content hash) unless `text` is given. */
export function makeSource(o: Over<Source> = {}): Source {
  const base = meta('source');
  const text = o.text ?? `Test readout ${base.id}.`;
  return SourceSchema.parse({
    ...base, language: 'en', format: 'text', title: 'Test readout', text,
    contentHash: createHash('sha256').update(text).digest('hex'), ...o,
  });
}

export const makeInstrument = (o: Over<Instrument> = {}): Instrument => InstrumentSchema.parse({
  ...meta('instrument'), kind: 'agreement', title: 'Test Agreement', level: 'intergovernmental',
  parties: [{ countryCode: 'RU' }, { countryCode: 'ML' }], status: 'signed', partyStatus: [], ...o,
});
export const makeEngagement = (o: Over<Engagement> = {}): Engagement => EngagementSchema.parse({
  ...meta('engagement'), kind: 'talks', countries: ['RU', 'ML'],
  coding: { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' }, ...o,
});
export const makeBody = (o: Over<Body> = {}): Body =>
  BodySchema.parse({ ...meta('body'), name: 'Test Commission', kind: 'intergovernmental_commission', countries: ['RU', 'ML'], ...o });
export const makeSession = (o: Over<Session> & Pick<Session, 'bodyId'>): Session => SessionSchema.parse({ ...meta('session'), ...o });
export const makeDecision = (o: Over<Decision> & Pick<Decision, 'bodyId'>): Decision =>
  DecisionSchema.parse({ ...meta('decision'), text: 'Prepare a roadmap', ...o });
export const makeProject = (o: Over<Project> = {}): Project =>
  ProjectSchema.parse({ ...meta('project'), title: 'Test Project', countries: ['RU', 'ML'], ...o });
export const makeTradeFigure = (o: Over<TradeFigure> = {}): TradeFigure => TradeFigureSchema.parse({
  ...meta('trade_figure'), period: '2024', reporterCode: 'RU', partnerCode: 'ML', flow: 'export', value: 1000.5, ...o,
});
export const makeStatement = (o: Over<Statement> = {}): Statement => StatementSchema.parse({
  ...meta('statement'), topic: 'trade', claim: 'Trade is modest but growing', countries: ['RU', 'ML'], ...o,
});
export const makeRelation = (o: Over<InstrumentRelation> & Pick<InstrumentRelation, 'fromId' | 'toId'>): InstrumentRelation =>
  InstrumentRelationSchema.parse({ ...meta('instrument_relation'), kind: 'implements', ...o });

export function makeEvidence(o: Over<Evidence> & Pick<Evidence, 'recordKind' | 'recordId' | 'sourceId'>): Evidence {
  return EvidenceSchema.parse({
    id: newId(ID_PREFIX.evidence), field: 'title', start: 0, end: 4, quote: 'Test', value: null, confidence: 0.9,
    draftId: null, createdAt: nextTimestamp(), ...o,
  });
}

export function makeHistory(o: Over<HistoryEntry> & Pick<HistoryEntry, 'recordKind' | 'recordId' | 'version'>): HistoryEntry {
  return HistoryEntrySchema.parse({
    id: newId(ID_PREFIX.history), action: 'update', actor: 'tester', at: nextTimestamp(),
    changes: { title: { from: 'a', to: 'b' } }, draftId: null, sourceId: null, ...o,
  });
}

export function makeDraft(o: Over<Draft> & Pick<Draft, 'sourceId'>): Draft {
  const at = nextTimestamp();
  return DraftSchema.parse({
    id: newId(ID_PREFIX.draft), status: 'pending', version: 1, createdAt: at, updatedAt: at,
    extraction: {
      language: 'en', reference_date: '2025-06-24', title: null, engagements: [], participants: [], countries: ['RU', 'ML'],
      agreements: [{
        key: 'agr1', evidence: [{ field: 'title', start: 3, end: 12, text: 'Agreement' }], confidence: 0.8,
        title: 'Agreement on cooperation', parties: ['RU', 'ML'], level: 'intergovernmental', sectors: ['energy'], status: 'signed',
      }],
      bodies: [], sectors: ['energy'], channels: [], statements: [],
    },
    matches: { agr1: [{ recordKind: 'instrument', recordId: 'ins_x', label: 'Agreement', score: 0.7 }] },
    decisions: { agr1: { state: 'pending' } },
    ...o,
  });
}

export type RecordGraph = { [K in RecordKind]: StoredRecord<K> };

/** Kinds in an order where every reference points at an earlier record. */
export const GRAPH_ORDER: RecordKind[] = [
  'organization', 'person', 'post', 'tenure', 'source', 'instrument', 'engagement', 'body', 'session', 'decision',
  'project', 'trade_figure', 'statement',
];

/**
 * One record of every kind, every optional field filled and every reference pointing inside the graph.
 * @param pair the two countries involved
 */
export function recordGraph(pair: [string, string] = ['RU', 'ML']): RecordGraph {
  const [a, b] = pair;
  const organization = makeOrganization({ countryCode: a, aliases: ['Minenergo', 'Министерство энергетики'] });
  const person = makePerson({
    name: 'Assimi Goïta', countryCode: b, note: 'interim',
    aliases: [{ name: 'Гойта', lang: 'ru', kind: 'transliteration' }, { name: 'Goita', lang: null, kind: 'alias' }],
  });
  const post = makePost({ title: 'President of the Transition', countryCode: b, organizationId: organization.id, rank: 'head_of_state' });
  const tenure = makeTenure({ personId: person.id, postId: post.id, startDate: '2021-05', endDate: null, titleAsWritten: 'Interim President' });
  const source = makeSource({ title: 'Talks in the Kremlin', publisher: 'Kremlin', url: 'https://example.org/r/1', publishedOn: '2025-06-23', referenceDate: '2025-06-24' });
  const instrument = makeInstrument({
    kind: 'agreement', title: 'Agreement on cooperation in the peaceful use of nuclear energy',
    titles: [{ lang: 'ru', text: 'Соглашение о сотрудничестве в области использования атомной энергии в мирных целях' }],
    isBinding: true, parties: [{ countryCode: a, organizationId: organization.id }, { countryCode: b, organizationId: null }],
    signatoryIds: [person.id], signedOn: '2025-06-23', signedAt: 'Moscow', durationYears: 5, renewal: 'tacitly for 5 years',
    sectors: ['nuclear_energy', 'energy'], registrationNumbers: ['UNTS-1'],
    actions: [
      { id: newId(ID_PREFIX.action), type: 'signature', countryCode: null, date: '2025-06-23', effectiveDate: null, place: 'Moscow', note: null, sourceId: source.id },
      { type: 'ratification', countryCode: a, date: '2025-09', effectiveDate: '2025-10-01', place: null, note: 'law 12-FZ', sourceId: null },
    ],
    status: 'signed', partyStatus: [{ countryCode: a, status: 'ratified' }, { countryCode: b, status: 'signed' }],
  });
  const engagement = makeEngagement({
    kind: 'official_visit', status: 'held', title: 'Official visit of the President of Mali', date: '2025-06-23', endDate: '2025-06-24',
    place: 'Moscow', placeCountryCode: a, hostCountryCode: a, countries: [a, b], format: 'both', level: 1, channel: 'head_of_state',
    participants: [
      { personId: person.id, postId: post.id, countryCode: b, role: 'guest', titleAsWritten: 'Interim President' },
      { personId: person.id, postId: null, countryCode: null, role: 'participant', titleAsWritten: null },
    ],
    instrumentIds: [instrument.id], sectors: ['energy', 'geology_mining'], summary: 'Talks and signing',
    coding: { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' },
  });
  const body = makeBody({
    name: 'Intergovernmental Commission on Trade', countries: [a, b], establishedById: instrument.id, sectors: ['trade'],
    coChairs: [{ countryCode: a, personId: person.id, title: 'Minister', since: '2025' }],
  });
  const session = makeSession({
    bodyId: body.id, number: 1, startDate: '2026-03-02', endDate: '2026-03-03', place: 'Bamako', hostCountryCode: b,
    protocolSourceId: source.id, engagementId: engagement.id,
  });
  const decision = makeDecision({
    bodyId: body.id, sessionId: session.id, text: 'Draft a roadmap on geology', sector: 'geology_mining',
    responsibleCountryCode: a, responsibleOrganizationId: organization.id, dueDate: '2026-12', status: 'in_progress',
  });
  const project = makeProject({
    title: 'Power plant study', sector: 'energy', countries: [a, b], organizationIds: [organization.id], status: 'agreed',
    isUmbrella: true, value: 12.5, currency: 'USD', instrumentIds: [instrument.id], startDate: '2026', endDate: null,
  });
  const tradeFigure = makeTradeFigure({
    period: '2024-05', reporterCode: a, partnerCode: b, flow: 'turnover', value: 1234.75, currency: 'USD', commodityCode: '27',
    classification: 'HS', valuation: 'fob', release: '2025-01', sourceId: source.id,
  });
  const statement = makeStatement({ topic: 'trade', claim: 'Trade is modest but growing', trend: 'up', speakerId: person.id, countries: [a, b], date: '2025-06-23', sourceId: source.id });
  return {
    organization, person, post, tenure, source, instrument, engagement, body, session, decision, project,
    trade_figure: tradeFigure, statement,
  };
}
