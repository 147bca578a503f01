import { expect, it } from 'vitest';
import { DraftSchema } from '../contracts/index.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { describeEachDialect } from './dialectSuite.js';
import { makeDraft, makeSource, nextTimestamp } from './testFactories.js';

describeEachDialect('drafts', (current) => {
  it('round-trips a draft with its extraction, matches and decisions', async () => {
    const { store } = current();
    const source = makeSource();
    const draft = makeDraft({ sourceId: source.id });
    await store.transaction(async (tx) => {
      await tx.insert('source', source);
      await tx.insertDraft(draft);
    });
    const stored = await store.read.getDraft(draft.id);
    expect(stored).toEqual(draft);
    expect(DraftSchema.parse(stored)).toEqual(draft);
    expect(await store.read.getDraft('drf_missing')).toBeNull();
  });

  it('updates optimistically', async () => {
    const { store } = current();
    const source = makeSource();
    const draft = makeDraft({ sourceId: source.id });
    await store.transaction(async (tx) => {
      await tx.insert('source', source);
      await tx.insertDraft(draft);
    });
    const reviewed = { ...draft, version: 2, status: 'accepted' as const, updatedAt: nextTimestamp(), decisions: { agr1: { state: 'accepted' as const, linkTo: null, recordId: 'ins_1' } } };
    await store.read.updateDraft(reviewed);
    expect(await store.read.getDraft(draft.id)).toEqual(reviewed);
    const stale = store.read.updateDraft({ ...draft, version: 2, status: 'rejected' });
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toThrow(/at version 2/);
    await expect(store.read.updateDraft({ ...makeDraft({ sourceId: source.id }), version: 2 })).rejects.toThrow(NotFoundError);
  });

  it('lists drafts newest first, by source and with a limit', async () => {
    const { store } = current();
    const [a, b] = [makeSource(), makeSource()];
    const first = makeDraft({ sourceId: a.id });
    const second = makeDraft({ sourceId: a.id });
    const other = makeDraft({ sourceId: b.id });
    await store.transaction(async (tx) => {
      await tx.insert('source', a);
      await tx.insert('source', b);
      for (const d of [first, second, other]) await tx.insertDraft(d);
    });
    expect((await store.read.listDrafts({ sourceId: a.id })).map((d) => d.id)).toEqual([second.id, first.id]);
    expect((await store.read.listDrafts({ limit: 1 })).map((d) => d.id)).toEqual([other.id]);
  });

  it('refuses a draft for a source that does not exist', async () => {
    const { store } = current();
    await expect(store.read.insertDraft(makeDraft({ sourceId: 'src_missing' }))).rejects.toThrow(/does not exist/);
  });
});
