/**
 * Turn accepted draft items into records: link to the existing record when one matches (adding
 * the new evidence, aliases, participants, actions), create one otherwise. Each writer runs inside
 * the accepting transaction.
 */
import type {
  Engagement, ExtractedAgreement, ExtractedBody, ExtractedEngagement, ExtractedParticipant, ExtractedStatement,
  Extraction, Instrument, InstrumentAction, InstrumentKind, Person, PostRank, Sector,
} from '../../contracts/index.js';
import { insertRecord } from '../commands/recordCreator.js';
import { writeUpdate } from '../commands/recordUpdater.js';
import { engagementLevel } from '../engagements/coding.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { actionForExtractedStatus } from '../instruments/status.js';
import { matchBody } from '../linking/bodies.js';
import { matchEngagement } from '../linking/engagements.js';
import { matchInstrument } from '../linking/instruments.js';
import { matchPerson, nameKeys } from '../linking/people.js';
import { hasCyrillic, romanize } from '../linking/translit.js';
import type { CommandContext, StoreTx } from '../ports.js';
import { fold } from '../text/index.js';
import { addItemEvidence } from './evidence.js';
import { postTitle } from '../records/postTitle.js';

export interface WriteScope {
  tx: StoreTx;
  ctx: CommandContext;
  sourceId: string;
  draftId: string;
  at: string;
  extraction: Extraction;
  /** Record ids written so far in this draft, by item key (earlier accepts included). */
  written: Map<string, string>;
  /** Ranks of the participants written, by item key, for engagement levels. */
  ranks: Map<string, PostRank | null>;
}

export interface WriteOutcome {
  id: string;
  isNew: boolean;
}

/** `linkTo` says what the reviewer chose: a record id, "new", or null (take the best match). */
type LinkChoice = string | 'new' | null;

async function chooseTarget(link: LinkChoice, findBest: () => Promise<Array<{ recordId: string }>>): Promise<string | null> {
  if (link === 'new') return null;
  if (link) return link;
  const [best] = await findBest();
  return best?.recordId ?? null;
}

const provenance = (s: WriteScope) => ({ draftId: s.draftId, sourceId: s.sourceId });

const evidenceTarget = (s: WriteScope, kind: Parameters<typeof addItemEvidence>[1]['kind'], recordId: string, confidence: number) => ({
  kind, recordId, sourceId: s.sourceId, draftId: s.draftId, confidence, at: s.at,
});

function strip<T extends { id: string; version: number; createdAt: string; updatedAt: string }>(record: T) {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

/** Person, post and tenure for one participant. */
export async function writeParticipant(s: WriteScope, item: ExtractedParticipant, link: LinkChoice): Promise<WriteOutcome> {
  const { tx, ctx } = s;
  const spellings = [item.name, ...item.aliases];
  // A Cyrillic name also gets its romanised form, so a later English report finds the same person.
  const romanized = spellings.filter(hasCyrillic).map((n) => titleCase(romanize(fold(n))));
  const targetId = await chooseTarget(link, () => matchPerson(tx, item));
  let person: Person;
  let isNew = false;
  if (targetId) {
    const existing = await tx.get('person', targetId);
    if (!existing) throw new NotFoundError('person', targetId);
    const known = new Set(nameKeys([existing.name, ...existing.aliases.map((a) => a.name)]));
    const aliases = [...existing.aliases];
    for (const name of [...spellings, ...romanized]) {
      if (!nameKeys([name]).every((k) => known.has(k))) {
        aliases.push({ name, lang: null, kind: hasCyrillic(name) || name === item.name ? 'alias' : 'transliteration' });
        nameKeys([name]).forEach((k) => known.add(k));
      }
    }
    // The fullest form becomes the name: "Putin" first, "Vladimir Putin" later.
    const fuller = item.name.split(/\s+/).length > existing.name.split(/\s+/).length && !hasCyrillic(item.name) === !hasCyrillic(existing.name);
    const data = {
      ...strip(existing),
      name: fuller ? item.name : existing.name,
      aliases: fuller ? [...aliases.filter((a) => a.name !== item.name), { name: existing.name, lang: null, kind: 'alias' as const }] : aliases,
      countryCode: existing.countryCode ?? item.country,
    };
    person = await writeUpdate(tx, ctx, 'person', existing, data, provenance(s));
  } else {
    const aliases = [...item.aliases.filter((a) => a !== item.name).map((name) => ({ name, lang: null, kind: 'alias' as const })),
      ...romanized.map((name) => ({ name, lang: null, kind: 'transliteration' as const }))];
    person = await insertRecord(tx, ctx, 'person', { name: item.name, countryCode: item.country, aliases, note: null }, provenance(s));
    isNew = true;
  }
  await addItemEvidence(tx, evidenceTarget(s, 'person', person.id, item.confidence), item.evidence, item as unknown as Record<string, unknown>);
  if (item.role) await writeTenure(s, person, item);
  s.ranks.set(item.key, item.rank);
  return { id: person.id, isNew };
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The post a participant held (title as written, with its country) and the tenure linking them. */
async function writeTenure(s: WriteScope, person: Person, item: ExtractedParticipant): Promise<void> {
  const { tx, ctx } = s;
  const title = postTitle(item.role ?? '', s.extraction.language);
  const posts = item.country ? await tx.list('post', { countries: [item.country], limit: 1000 }) : [];
  let post = posts.find((p) => fold(p.title) === fold(title));
  if (!post) {
    post = await insertRecord(tx, ctx, 'post', { title, countryCode: item.country, organizationId: null, rank: item.rank ?? 'other' }, provenance(s));
    const roleSpans = item.evidence.filter((e) => e.field === 'role');
    await addItemEvidence(tx, evidenceTarget(s, 'post', post.id, item.confidence), roleSpans, { role: title });
  }
  const tenures = await tx.list('tenure', { ref: { field: 'personId', value: person.id }, limit: 1000 });
  if (!tenures.some((t) => t.postId === post.id)) {
    await insertRecord(tx, ctx, 'tenure', { personId: person.id, postId: post.id, startDate: null, endDate: null, titleAsWritten: item.role }, provenance(s));
  }
}

const BINDING: Partial<Record<InstrumentKind, boolean>> = {
  treaty: true, agreement: true, convention: true, protocol: true, exchange_of_notes: true, contract: true,
  memorandum: false, joint_statement: false, declaration: false, programme: false, roadmap: false, letter_of_intent: false,
};

/** The engagement of this draft at which an agreement was signed, if the text says so. */
function signingEngagement(s: WriteScope, key: string): ExtractedEngagement | undefined {
  return s.extraction.engagements.find((e) => e.agreements.includes(key));
}

/** An instrument, with a dated action for what the text says happened to it. */
export async function writeAgreement(s: WriteScope, item: ExtractedAgreement, link: LinkChoice): Promise<WriteOutcome> {
  const { tx, ctx } = s;
  const parties = item.parties.length > 0 ? item.parties : s.extraction.countries;
  const at = signingEngagement(s, item.key);
  const date = item.signed_on ?? (item.status === 'signed' ? at?.date ?? null : null);
  const action: InstrumentAction = {
    type: actionForExtractedStatus(item.status), countryCode: null, date, effectiveDate: null,
    place: item.status === 'signed' ? at?.place ?? null : null, note: null, sourceId: s.sourceId,
  };
  const targetId = await chooseTarget(link, () => matchInstrument(tx, { title: item.title, parties }));
  let record: Instrument;
  let isNew = false;
  if (targetId) {
    const existing = await tx.get('instrument', targetId);
    if (!existing) throw new NotFoundError('instrument', targetId);
    const hasAction = existing.actions.some((a) => a.type === action.type && (a.date === action.date || !action.date));
    record = await writeUpdate(tx, ctx, 'instrument', existing, {
      ...strip(existing),
      actions: hasAction ? existing.actions : [...existing.actions, action],
      sectors: [...new Set([...existing.sectors, ...item.sectors])],
      signedOn: existing.signedOn ?? (action.type === 'signature' ? date : null),
      signedAt: existing.signedAt ?? (action.type === 'signature' ? action.place : null),
    }, provenance(s));
  } else {
    record = await insertRecord(tx, ctx, 'instrument', {
      kind: item.kind, title: item.title, titles: [], level: item.level, isBinding: BINDING[item.kind] ?? null,
      parties: parties.map((countryCode) => ({ countryCode, organizationId: null })), signatoryIds: [],
      signedOn: action.type === 'signature' ? date : null, signedAt: action.type === 'signature' ? action.place : null,
      durationYears: null, renewal: null, sectors: item.sectors, registrationNumbers: [], actions: [action],
    }, provenance(s));
    isNew = true;
  }
  await addItemEvidence(tx, evidenceTarget(s, 'instrument', record.id, item.confidence), item.evidence, item as unknown as Record<string, unknown>);
  return { id: record.id, isNew };
}

/** A commission or working group, linked to the instrument that establishes it. */
export async function writeBody(s: WriteScope, item: ExtractedBody, link: LinkChoice): Promise<WriteOutcome> {
  const { tx, ctx } = s;
  const countries = item.countries.length > 0 ? item.countries : s.extraction.countries;
  const establishedById = await establishingInstrument(s, item.established_by, countries);
  const targetId = await chooseTarget(link, () => matchBody(tx, { name: item.name, countries }));
  let id: string;
  let isNew = false;
  if (targetId) {
    const existing = await tx.get('body', targetId);
    if (!existing) throw new NotFoundError('body', targetId);
    id = (await writeUpdate(tx, ctx, 'body', existing, { ...strip(existing), establishedById: existing.establishedById ?? establishedById }, provenance(s))).id;
  } else {
    const sectors = s.extraction.agreements.find((a) => a.title === item.established_by)?.sectors ?? [];
    id = (await insertRecord(tx, ctx, 'body', {
      name: item.name, kind: item.kind, countries, parentId: null, establishedById, sectors, coChairs: [],
    }, provenance(s))).id;
    isNew = true;
  }
  await addItemEvidence(tx, evidenceTarget(s, 'body', id, item.confidence), item.evidence, item as unknown as Record<string, unknown>);
  return { id, isNew };
}

async function establishingInstrument(s: WriteScope, title: string | null, countries: string[]): Promise<string | null> {
  if (!title) return null;
  const own = s.extraction.agreements.find((a) => a.title === title);
  if (own && s.written.has(own.key)) return s.written.get(own.key) ?? null;
  const [best] = await matchInstrument(s.tx, { title, parties: countries });
  return best?.recordId ?? null;
}

/** An engagement with its participants, outcomes and sectors; a second report adds to the same one. */
export async function writeEngagement(s: WriteScope, item: ExtractedEngagement, link: LinkChoice, sectors: Sector[]): Promise<WriteOutcome> {
  const { tx, ctx } = s;
  const countries = item.countries.length > 0 ? item.countries : s.extraction.countries;
  const participants: Engagement['participants'] = [];
  for (const key of item.participants) {
    const personId = s.written.get(key);
    if (!personId) continue; // a rejected participant stays out
    const p = s.extraction.participants.find((x) => x.key === key);
    const country = p?.country ?? null;
    participants.push({
      personId, postId: null, countryCode: country, titleAsWritten: p?.role ?? null,
      role: item.host && country ? (country === item.host ? 'host' as const : 'guest' as const) : 'participant' as const,
    });
  }
  for (const p of participants) {
    const tenures = await tx.list('tenure', { ref: { field: 'personId', value: p.personId }, limit: 100 });
    const held = tenures.find((t) => t.titleAsWritten === p.titleAsWritten) ?? tenures[0];
    p.postId = held?.postId ?? null;
  }
  const instrumentIds = item.agreements.map((k) => s.written.get(k)).filter((id): id is string => Boolean(id));
  const level = engagementLevel(item.participants.map((k) => s.ranks.get(k) ?? null)) ?? item.level;
  const targetId = await chooseTarget(link, () => matchEngagement(tx, { type: item.type, date: item.date, countries }));
  let record: Engagement;
  let isNew = false;
  if (targetId) {
    const existing = await tx.get('engagement', targetId);
    if (!existing) throw new NotFoundError('engagement', targetId);
    const known = new Set(existing.participants.map((p) => p.personId));
    record = await writeUpdate(tx, ctx, 'engagement', existing, {
      ...strip(existing),
      // A full date from a later report replaces a year-unknown one.
      date: existing.date?.startsWith('--') && item.date && !item.date.startsWith('--') ? item.date : existing.date,
      place: existing.place ?? item.place,
      format: existing.format ?? item.format,
      level: existing.level ?? level,
      participants: [...existing.participants, ...participants.filter((p) => !known.has(p.personId))],
      instrumentIds: [...new Set([...existing.instrumentIds, ...instrumentIds])],
      sectors: [...new Set([...existing.sectors, ...sectors])],
    }, provenance(s));
  } else {
    record = await insertRecord(tx, ctx, 'engagement', {
      kind: item.type, status: item.status, title: item.title, date: item.date, endDate: item.end_date,
      place: item.place, placeCountryCode: null, hostCountryCode: item.host, countries, format: item.format,
      level, channel: null, participants, instrumentIds, sectors, summary: null,
    }, provenance(s));
    isNew = true;
  }
  await addItemEvidence(tx, evidenceTarget(s, 'engagement', record.id, item.confidence), item.evidence, item as unknown as Record<string, unknown>);
  return { id: record.id, isNew };
}

/** A qualitative claim such as a remark on trade, with its source. */
export async function writeStatement(s: WriteScope, item: ExtractedStatement): Promise<WriteOutcome> {
  const countries = s.extraction.countries;
  if (countries.length === 0) {
    throw new ValidationError(`item ${item.key}: the statement names no country; edit it to say which relationship it is about`, `edits.${item.key}`);
  }
  const primary = s.extraction.engagements.find((e) => e.status === 'held');
  const record = await insertRecord(s.tx, s.ctx, 'statement', {
    topic: item.topic, claim: item.claim, trend: item.trend, speakerId: null, countries,
    date: primary?.date ?? null, sourceId: s.sourceId,
  }, provenance(s));
  await addItemEvidence(s.tx, evidenceTarget(s, 'statement', record.id, item.confidence), item.evidence, item as unknown as Record<string, unknown>);
  return { id: record.id, isNew: true };
}
