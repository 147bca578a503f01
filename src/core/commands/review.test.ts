/**
 * Review and linking: a second report of the same meeting, item-by-item acceptance, edits, hand
 * edits with their history, on every database. The readouts here are written for these tests.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, StateError, ValidationError } from '../errors.js';
import { openTestContext, testDialects } from '../../main/testContext.js';
import { acceptDraft } from './draftAccepter.js';
import { buildDossier } from './dossierBuilder.js';
import { createRecord } from './recordCreator.js';
import { updateRecord } from './recordUpdater.js';
import { intakeSource } from './sourceIntaker.js';

const SEED = readFileSync(new URL('../../../fixtures/seed/putin-goita.txt', import.meta.url));
const bytes = (s: string) => new TextEncoder().encode(s);

const SECOND_EN = 'Russian President Vladimir Putin held talks in the Kremlin on June 23, 2025 with Assimi Goita, '
  + 'the interim President of Mali, who is in Russia on an official visit. The two leaders discussed energy and transport projects.';
const SECOND_RU = '23 июня 2025 года в Кремле состоялись российско-малийские переговоры. Президент России Владимир Путин '
  + 'провёл переговоры с Президентом Республики Мали Ассими Гойтой, находящимся в России с официальным визитом.';

describe.each(await testDialects())('review and linking on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof openTestContext>>;
  beforeEach(async () => { ctx = await openTestContext(dialect); });
  afterEach(async () => { await ctx.close(); });

  it('makes a second report of the same meeting a second mention of one engagement', async () => {
    const seed = await intakeSource(ctx, { bytes: SEED, referenceDate: '2025-06-24' });
    await acceptDraft(ctx, seed.draft.id, {});
    const before = await buildDossier(ctx, 'RU', 'ML');

    for (const text of [SECOND_EN, SECOND_RU]) {
      const second = await intakeSource(ctx, { bytes: bytes(text) });
      const engagementKey = second.draft.extraction.engagements[0]!.key;
      expect(second.draft.matches[engagementKey]?.[0]?.recordKind).toBe('engagement');
      await acceptDraft(ctx, second.draft.id, {});
    }
    const after = await buildDossier(ctx, 'RU', 'ML');
    expect(after.counts.engagements).toBe(before.counts.engagements);
    expect(after.counts.people).toBe(2);
    expect(after.counts.sources).toBe(3);
    const visit = after.engagements.find((e) => e.date === '2025-06-23')!;
    expect(new Set((after.evidence[visit.id] ?? []).map((e) => e.sourceId)).size).toBe(3);
    const goita = after.people.find((p) => p.person.countryCode === 'ML')!.person;
    expect(goita.name).toBe('Assimi Goïta');
    // "Assimi Goita" folds to the stored name, so only the Cyrillic spelling is a new alias.
    expect(goita.aliases.map((a) => a.name)).toContain('Ассими Гойта');
  });

  it('accepts item by item, applies edits and remembers rejections', async () => {
    const { draft } = await intakeSource(ctx, { bytes: SEED, referenceDate: '2025-06-24' });
    const [first, second, third] = draft.extraction.agreements;
    const partial = await acceptDraft(ctx, draft.id, {
      items: [first!.key, second!.key],
      reject: [third!.key],
      edits: { [first!.key]: { title: 'Treaty on the Fundamentals of Relations' } },
    });
    expect(partial.draft.status).toBe('partially_accepted');
    expect(partial.written.map((w) => w.kind)).toEqual(['instrument', 'instrument']);
    let dossier = await buildDossier(ctx, 'RU', 'ML');
    expect(dossier.instruments.map((i) => i.title)).toContain('Treaty on the Fundamentals of Relations');
    expect(dossier.instruments).toHaveLength(2);

    await expect(acceptDraft(ctx, draft.id, { items: [third!.key] })).rejects.toBeInstanceOf(StateError);
    await expect(acceptDraft(ctx, draft.id, { items: ['nope'] })).rejects.toBeInstanceOf(ValidationError);
    await expect(acceptDraft(ctx, draft.id, { edits: { per1: { country: 'XX' } } })).rejects.toThrow(/XX/);

    const rest = await acceptDraft(ctx, draft.id, {});
    expect(rest.draft.status).toBe('accepted');
    dossier = await buildDossier(ctx, 'RU', 'ML');
    expect(dossier.instruments).toHaveLength(2);
    expect(dossier.counts.engagements).toBe(2);
    await expect(acceptDraft(ctx, draft.id, {})).rejects.toThrow(/nothing left to accept/);
  });

  it('keeps every hand edit in the history and refuses a stale one', async () => {
    const instrument = await createRecord(ctx, 'instrument', {
      kind: 'agreement', title: 'Agreement on visa-free travel', level: 'intergovernmental',
      parties: [{ countryCode: 'RU' }, { countryCode: 'ML' }],
      actions: [{ type: 'signature', date: '2024-02-01' }, { type: 'ratification', countryCode: 'RU', date: '2024-06-01' }],
    });
    expect(instrument.status).toBe('signed');
    expect(instrument.partyStatus).toEqual([{ countryCode: 'RU', status: 'ratified' }, { countryCode: 'ML', status: 'signed' }]);

    const edited = await updateRecord(ctx, 'instrument', instrument.id, { title: 'Agreement on mutual visa-free travel' }, 1);
    expect(edited.version).toBe(2);
    await expect(updateRecord(ctx, 'instrument', instrument.id, { title: 'Lost edit' }, 1)).rejects.toBeInstanceOf(ConflictError);
    const history = await ctx.store.read.listHistory('instrument', instrument.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]!.changes.title).toEqual({ from: 'Agreement on visa-free travel', to: 'Agreement on mutual visa-free travel' });
    expect((await ctx.store.read.get('instrument', instrument.id))?.title).toBe('Agreement on mutual visa-free travel');

    await expect(createRecord(ctx, 'engagement', { kind: 'talks', countries: ['RU', 'XX'] })).rejects.toThrow(/countries\.1: "XX" is not an ISO 3166-1/);
    await expect(createRecord(ctx, 'engagement', { kind: 'chat', countries: ['RU'] })).rejects.toThrow(/kind/);
  });
});
