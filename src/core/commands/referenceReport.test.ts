/**
 * The reference report in, the Russia–Mali dossier out (issue "Core"), on every database.
 * The fixture is fixtures/seed/putin-goita.txt (seed document of this project).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../contracts/index.js';
import { StateError, UnreadableDocumentError, ValidationError } from '../errors.js';
import { openTestContext, testDialects } from '../../main/testContext.js';
import { acceptDraft } from './draftAccepter.js';
import { buildDossier } from './dossierBuilder.js';
import { intakeSource } from './sourceIntaker.js';

const SEED = readFileSync(new URL('../../../fixtures/seed/putin-goita.txt', import.meta.url));

/** Every evidence span of a record, cut from the source text, with its field. */
function spans(dossier: Dossier, recordId: string, sourceText: string): Array<{ field: string; text: string }> {
  return (dossier.evidence[recordId] ?? []).map((e) => {
    expect(sourceText.slice(e.start, e.end)).toBe(e.quote);
    return { field: e.field, text: e.quote };
  });
}

describe.each(await testDialects())('the reference report on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof openTestContext>>;
  beforeEach(async () => { ctx = await openTestContext(dialect); });
  afterEach(async () => { await ctx.close(); });

  async function takeIn(referenceDate: string | null) {
    const { draft, source } = await intakeSource(ctx, { bytes: SEED, filename: 'putin-goita.txt', referenceDate });
    await acceptDraft(ctx, draft.id, {});
    return { source, dossier: await buildDossier(ctx, 'RU', 'ML') };
  }

  it('gives the Russia–Mali dossier the report describes, every value with its span', async () => {
    const { dossier, source } = await takeIn('2025-06-24');
    const visit = dossier.engagements.find((e) => e.date === '2025-06-23');
    expect(visit).toMatchObject({ kind: 'official_visit', place: 'Moscow', level: 1 });
    expect(visit?.coding.cameo).toBe('042');
    expect(spans(dossier, visit!.id, source.text).some((s) => s.field === 'date' && /June 23/.test(s.text))).toBe(true);
    expect(spans(dossier, visit!.id, source.text).some((s) => s.field === 'place' && /Kremlin/.test(s.text))).toBe(true);

    const summit = dossier.engagements.find((e) => e.kind === 'summit');
    expect(summit).toMatchObject({ date: '2023', place: 'Saint Petersburg' });

    const people = Object.fromEntries(dossier.people.map((p) => [p.person.name, p]));
    expect(people['Vladimir Putin']?.person.countryCode).toBe('RU');
    expect(people['Vladimir Putin']?.posts.map((p) => p.post.title)).toContain('President');
    expect(people['Assimi Goïta']?.person.countryCode).toBe('ML');
    expect(people['Assimi Goïta']?.posts.map((p) => p.post.title)).toContain('Interim President');
    expect(visit?.participants.map((p) => p.personId).sort()).toEqual(
      [people['Vladimir Putin']!.person.id, people['Assimi Goïta']!.person.id].sort(),
    );

    expect(dossier.instruments.map((i) => i.level).sort()).toEqual(['intergovernmental', 'intergovernmental', 'interstate']);
    for (const ins of dossier.instruments) {
      expect(ins.status).toBe('signed');
      expect(ins.signedOn).toBe('2025-06-23');
      expect(ins.parties.map((p) => p.countryCode).sort()).toEqual(['ML', 'RU']);
      expect(spans(dossier, ins.id, source.text).find((s) => s.field === 'title')?.text.toLowerCase()).toContain(ins.title.toLowerCase().replace(/^agreement /, ''));
      expect(visit?.instrumentIds).toContain(ins.id);
    }
    const nuclear = dossier.instruments.find((i) => /nuclear energy/.test(i.title));
    expect(nuclear?.sectors).toContain('nuclear_energy');

    expect(dossier.bodies).toHaveLength(1);
    const commission = dossier.bodies[0]!;
    expect(commission.kind).toBe('intergovernmental_commission');
    expect(commission.sessions).toEqual([]);
    expect(commission.establishedByTitle).toMatch(/on creating an Intergovernmental Russia–Mali Commission/);

    const sectors = dossier.sectors.map((s) => s.sector);
    for (const s of ['geology_mining', 'energy', 'transport_logistics', 'humanitarian', 'security_defence', 'culture', 'sport']) {
      expect(sectors).toContain(s);
    }
    expect(dossier.statements).toHaveLength(1);
    expect(dossier.statements[0]).toMatchObject({ topic: 'trade', sourceId: source.id });
    expect(spans(dossier, dossier.statements[0]!.id, source.text).map((s) => s.text).join(' ')).toMatch(/modest/);
    expect(dossier.sources.map((s) => s.id)).toEqual([source.id]);
  });

  it('invents no year when no reference date is given', async () => {
    const { dossier } = await takeIn(null);
    expect(dossier.engagements.find((e) => e.kind === 'official_visit')?.date).toBe('--06-23');
  });

  it('takes the same text in twice without changing anything', async () => {
    const first = await takeIn('2025-06-24');
    const again = await intakeSource(ctx, { bytes: SEED, referenceDate: '2025-06-24' });
    expect(again.isDuplicate).toBe(true);
    await expect(acceptDraft(ctx, again.draft.id, {})).rejects.toBeInstanceOf(StateError);
    expect((await buildDossier(ctx, 'RU', 'ML')).counts).toEqual(first.dossier.counts);
  });

  it('refuses bad input and keeps what was stored', async () => {
    const { dossier } = await takeIn('2025-06-24');
    await expect(intakeSource(ctx, { bytes: new Uint8Array(0) })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(intakeSource(ctx, { bytes: new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 4]) })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(intakeSource(ctx, { bytes: new Uint8Array(50 * 1024 * 1024).fill(97) })).rejects.toThrow(/limit/);
    await expect(intakeSource(ctx, { bytes: SEED, referenceDate: '24/06/2025' })).rejects.toBeInstanceOf(ValidationError);
    await expect(buildDossier(ctx, 'RU', 'XX')).rejects.toThrow(/"XX" is not an ISO 3166-1/);
    expect((await buildDossier(ctx, 'RU', 'ML')).counts).toEqual(dossier.counts);
  });
});
