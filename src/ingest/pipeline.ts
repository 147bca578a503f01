import type { Language } from '../contracts/index.js';
import { findSectorMentions, type SectorMention } from './stages/sectors.js';
import { segment, type Segmented } from './stages/segment.js';
import { findDates, type DateMention } from './stages/dates.js';
import { findCountryMentions, type CountryMention } from './stages/countries.js';
import { findPlaceMentions, type PlaceMention } from './stages/places.js';
import { findPeople, type PersonMention } from './stages/people.js';
import { findSides, type Sides } from './stages/sides.js';
import { findInstruments, type InstrumentMention } from './stages/instruments.js';
import { findEngagements, type EngagementDraft } from './stages/engagements.js';
import { buildParticipants, type Participant } from './stages/participants.js';
import { buildAgreements, type Agreement } from './stages/agreements.js';
import { findBodies, type BodyDraft } from './stages/bodies.js';
import { findStatements, type StatementDraft } from './stages/statements.js';
import { findChannels } from './stages/channels.js';
import type { Channel } from '../contracts/index.js';

/**
 * The extraction pipeline: the stages in the order they run. Each stage reads what earlier stages
 * left in the context and adds its own part; all are pure functions of the text, so a run is
 * deterministic and a stage can be tested alone (stages/<stage>.test.ts).
 */

export interface PipelineInput { text: string; language: Language; referenceDate: string | null; publishedOn: string | null; titleEnd: number }

/** What the stages build up, one field per stage. */
export interface PipelineContext extends PipelineInput {
  segmented?: Segmented; dates?: DateMention[]; countries?: CountryMention[]; places?: PlaceMention[];
  people?: PersonMention[]; sides?: Sides; instruments?: InstrumentMention[]; sectorMentions?: SectorMention[];
  engagements?: EngagementDraft[]; participants?: Participant[]; agreements?: Agreement[];
  bodies?: BodyDraft[]; statements?: StatementDraft[]; channels?: Channel[];
}

export interface Stage { name: string; run(ctx: PipelineContext): void }

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`pipeline stage order is wrong: ${what} is not ready`);
  return v;
};

/** The stages in order. */
export const STAGES: Stage[] = [
  { name: 'segment', run: (c) => { c.segmented = segment(c.text); } },
  { name: 'dates', run: (c) => { c.dates = findDates(c.text, c.language, c.referenceDate); } },
  { name: 'countries', run: (c) => { c.countries = findCountryMentions(c.text, c.language); } },
  { name: 'places', run: (c) => { c.places = findPlaceMentions(c.text, c.language, need(c.countries, 'countries')); } },
  { name: 'sectors', run: (c) => { c.sectorMentions = findSectorMentions(c.text, c.language); } },
  { name: 'people', run: (c) => { c.people = findPeople(c.text, c.language, need(c.countries, 'countries')); } },
  { name: 'sides', run: (c) => { c.sides = findSides(c.text, c.language, need(c.countries, 'countries'), need(c.people, 'people'), need(c.segmented, 'segment').sentences, c.titleEnd, need(c.places, 'places')); } },
  { name: 'instruments', run: (c) => { c.instruments = findInstruments(c.text, c.language, need(c.segmented, 'segment').sentences, need(c.dates, 'dates'), c.titleEnd, need(c.places, 'places'), need(c.countries, 'countries')); } },
  {
    name: 'engagements',
    run: (c) => {
      const sides = need(c.sides, 'sides');
      const titled = need(c.people, 'people').filter((p) => p.via !== 'bare' && (!p.country || sides.dyad.includes(p.country)));
      c.engagements = findEngagements({
        text: c.text, lang: c.language, sentences: need(c.segmented, 'segment').sentences, dates: need(c.dates, 'dates'),
        places: need(c.places, 'places'), titleEnd: c.titleEnd, principalRanks: titled.map((p) => p.rank), principalStarts: titled.map((p) => p.start), people: namedOnSides(c.text, need(c.people, 'people'), sides.dyad), referenceDate: c.referenceDate, publishedOn: c.publishedOn,
      });
    },
  },
  {
    name: 'participants',
    run: (c) => {
      const sides = need(c.sides, 'sides');
      const eng = need(c.engagements, 'engagements');
      const body = need(c.segmented, 'segment').sentences.filter((s) => s.start >= c.titleEnd);
      const leadEnd = (body[1] ?? body[0])?.end ?? c.titleEnd;
      c.participants = eng.length ? buildParticipants(c.text, c.language, need(c.people, 'people'), need(c.countries, 'countries'), engagementCountries(sides), sides.home, leadEnd, c.titleEnd, need(c.places, 'places'), c.referenceDate) : [];
    },
  },
  {
    name: 'agreements',
    run: (c) => {
      const sides = need(c.sides, 'sides');
      const mentions = need(c.instruments, 'instruments');
      const parties = sides.group && (sides.group.isAuthors || mentions.some((m) => c.text.slice(sides.group!.start, sides.group!.end).toLowerCase().includes(m.headText.toLowerCase()))) ? sides.group.codes : sides.dyad;
      c.agreements = buildAgreements(c.text, c.language, mentions, need(c.sectorMentions, 'sectors'), need(c.segmented, 'segment').sentences, c.titleEnd, parties);
    },
  },
  { name: 'bodies', run: (c) => { c.bodies = findBodies(c.text, need(c.agreements, 'agreements'), need(c.engagements, 'engagements')); } },
  { name: 'statements', run: (c) => { c.statements = findStatements(need(c.segmented, 'segment').sentences, c.language); } },
  {
    name: 'channels',
    run: (c) => {
      c.channels = findChannels(c.text, c.language, need(c.participants, 'participants').map((p) => p.rank), need(c.engagements, 'engagements').some((e) => e.type === 'commission_session') || need(c.bodies, 'bodies').length > 0);
    },
  },
];

/**
 * Where the text names the people of the sides, with their rank: each titled person's surname
 * wherever it recurs, so that a later sentence naming them without titles ("La veille, X et Y
 * s'étaient entretenus") still shows who met.
 */
function namedOnSides(text: string, people: PersonMention[], dyad: string[]): { start: number; rank: PersonMention['rank'] }[] {
  const out: { start: number; rank: PersonMention['rank'] }[] = [];
  // A person is mentioned many times: the text is searched once per surname.
  const found = new Map<string, number[]>();
  for (const p of people) {
    if (p.via === 'bare' || !p.rank || (p.country && !dyad.includes(p.country))) continue;
    const surname = p.name.split(/\s+/).pop() ?? '';
    if (surname.length < 3) continue;
    let at = found.get(surname);
    if (!at) {
      const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      at = [...text.matchAll(re)].map((m) => m.index);
      found.set(surname, at);
    }
    for (const start of at) out.push({ start, rank: p.rank });
  }
  return out;
}

/** The states an engagement of this readout is between: the co-authoring group, else the dyad. */
export function engagementCountries(sides: Sides): string[] {
  return sides.group?.isAuthors ? sides.group.codes : sides.dyad;
}

/**
 * Run every stage over a text.
 * @param input the text, its language, reference date and where its headline ends
 * @returns the filled context
 */
export function runPipeline(input: PipelineInput): PipelineContext {
  const ctx: PipelineContext = { ...input };
  for (const stage of STAGES) stage.run(ctx);
  return ctx;
}
