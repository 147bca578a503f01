import { DraftAcceptReqSchema, type Draft, type DraftDecision, type RecordKind, type Sector } from '../../contracts/index.js';
import { applyEdits } from '../drafts/applyEdits.js';
import { SECTORS_KEY } from '../drafts/itemKeys.js';
import {
  writeAgreement, writeBody, writeEngagement, writeParticipant, writeStatement, type WriteScope,
} from '../drafts/writers.js';
import { NotFoundError, StateError, ValidationError } from '../errors.js';
import type { CommandContext } from '../ports.js';
import { parseInput } from '../records/validate.js';

export interface AcceptResult {
  draft: Draft;
  written: Array<{ kind: RecordKind; id: string; isNew: boolean }>;
}

/**
 * Accepts a draft, all of it or item by item: writes the records it proposes, linked to existing
 * ones (people by name, alias and transliteration; instruments by title and parties; bodies by name;
 * engagements by day, countries and kind), each value with its evidence. Everything happens in one
 * transaction: an error leaves the database as it was.
 * @param ctx command context
 * @param draftId the draft
 * @param request items to accept (all pending when omitted), to reject, links and edits
 * @returns the updated draft and the records written
 * @throws NotFoundError; StateError when nothing is left to accept (a draft accepted twice);
 *   ValidationError for unknown item keys or invalid edits
 */
export async function acceptDraft(ctx: CommandContext, draftId: string, request: unknown): Promise<AcceptResult> {
  const req = parseInput(DraftAcceptReqSchema, request ?? {}, 'accept request');
  return ctx.store.transaction(async (tx) => {
    const draft = await tx.getDraft(draftId);
    if (!draft) throw new NotFoundError('draft', draftId);
    const pending = Object.entries(draft.decisions).filter(([, d]) => d.state === 'pending').map(([k]) => k);
    if (pending.length === 0) {
      throw new StateError(`draft "${draftId}" has nothing left to accept: it was already ${draft.status.replace('_', ' ')}`);
    }
    for (const key of [...(req.items ?? []), ...req.reject, ...Object.keys(req.links)]) {
      if (!(key in draft.decisions)) throw new ValidationError(`draft "${draftId}" has no item "${key}"`, 'items');
      if (draft.decisions[key]?.state !== 'pending') {
        throw new StateError(`item "${key}" of draft "${draftId}" was already ${draft.decisions[key]?.state}`);
      }
    }
    const rejected = new Set(req.reject);
    const chosen = new Set((req.items ?? pending).filter((k) => !rejected.has(k)));
    const extraction = applyEdits(draft.extraction, req.edits);
    const decisions: Record<string, DraftDecision> = structuredClone(draft.decisions);
    const scope: WriteScope = {
      tx, ctx, sourceId: draft.sourceId, draftId, at: ctx.now().toISOString(), extraction,
      written: new Map(Object.entries(decisions).flatMap(([k, d]) => (d.recordId ? [[k, d.recordId] as [string, string]] : []))),
      ranks: new Map(extraction.participants.map((p) => [p.key, p.rank])),
    };
    const written: AcceptResult['written'] = [];
    const linkOf = (key: string) => req.links[key] ?? decisions[key]?.linkTo ?? null;
    const done = (key: string, kind: RecordKind, outcome: { id: string; isNew: boolean }) => {
      scope.written.set(key, outcome.id);
      decisions[key] = { state: 'accepted', linkTo: linkOf(key), recordId: outcome.id };
      written.push({ kind, ...outcome });
    };

    // Order matters: people and instruments first, so bodies and engagements can point at them.
    for (const item of extraction.participants) if (chosen.has(item.key)) done(item.key, 'person', await writeParticipant(scope, item, linkOf(item.key)));
    for (const item of extraction.agreements) if (chosen.has(item.key)) done(item.key, 'instrument', await writeAgreement(scope, item, linkOf(item.key)));
    for (const item of extraction.bodies) if (chosen.has(item.key)) done(item.key, 'body', await writeBody(scope, item, linkOf(item.key)));
    const sectors: Sector[] = chosen.has(SECTORS_KEY) ? extraction.sectors : [];
    // Document-level sectors go with the engagement the text reports (the first held one).
    const primary = extraction.engagements.find((e) => chosen.has(e.key) && e.status === 'held');
    for (const item of extraction.engagements) {
      if (chosen.has(item.key)) done(item.key, 'engagement', await writeEngagement(scope, item, linkOf(item.key), item === primary ? sectors : []));
    }
    for (const item of extraction.statements) if (chosen.has(item.key)) done(item.key, 'statement', await writeStatement(scope, item));
    if (chosen.has(SECTORS_KEY)) decisions[SECTORS_KEY] = { state: 'accepted', linkTo: null, recordId: primary ? scope.written.get(primary.key) ?? null : null };
    for (const key of rejected) decisions[key] = { state: 'rejected', linkTo: null, recordId: null };

    const states = Object.values(decisions).map((d) => d.state);
    const status: Draft['status'] = states.includes('pending')
      ? (states.includes('accepted') || states.includes('rejected') ? 'partially_accepted' : 'pending')
      : states.includes('accepted') ? 'accepted' : 'rejected';
    const next: Draft = { ...draft, extraction, decisions, status, version: draft.version + 1, updatedAt: scope.at };
    await tx.updateDraft(next);
    return { draft: next, written };
  });
}
