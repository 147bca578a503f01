import { expect, it } from 'vitest';
import { describeEachDialect } from './dialectSuite.js';
import { makeEvidence, makeHistory, makeInstrument, makeRelation, makeSource, makeEngagement } from './testFactories.js';

describeEachDialect('relations, evidence and history', (current) => {
  it('stores instrument relations and lists them from either end; removing an instrument removes its relations', async () => {
    const { store } = current();
    const [base, protocol, other] = [makeInstrument(), makeInstrument({ kind: 'protocol' }), makeInstrument()];
    const relation = makeRelation({ fromId: protocol.id, toId: base.id, kind: 'amends' });
    await store.transaction(async (tx) => {
      for (const i of [base, protocol, other]) await tx.insert('instrument', i);
      await tx.insertRelation(relation);
    });
    expect(await store.read.listRelations([base.id])).toEqual([relation]);
    expect(await store.read.listRelations([protocol.id, base.id])).toEqual([relation]);
    expect(await store.read.listRelations([other.id])).toEqual([]);
    await store.read.remove('instrument', protocol.id);
    expect(await store.read.listRelations([base.id])).toEqual([]);
  });

  it('adds evidence and lists it by record and by source in text order', async () => {
    const { store } = current();
    const source = makeSource();
    const engagement = makeEngagement();
    const late = makeEvidence({ recordKind: 'engagement', recordId: engagement.id, sourceId: source.id, start: 40, end: 52, field: 'date', value: '2025-06-23' });
    const early = makeEvidence({ recordKind: 'engagement', recordId: engagement.id, sourceId: source.id, start: 3, end: 9, confidence: 0.55 });
    await store.transaction(async (tx) => {
      await tx.insert('source', source);
      await tx.insert('engagement', engagement);
      await tx.addEvidence([late, early]);
    });
    expect(await store.read.listEvidence([engagement.id])).toEqual([early, late]);
    expect(await store.read.listEvidenceBySource(source.id)).toEqual([early, late]);
    expect(await store.read.listEvidence(['nothing'])).toEqual([]);
    expect(await store.read.listEvidence([])).toEqual([]);
  });

  it('refuses evidence pointing at a source that does not exist', async () => {
    const { store } = current();
    await expect(store.read.addEvidence([makeEvidence({ recordKind: 'person', recordId: 'per_x', sourceId: 'src_missing' })]))
      .rejects.toThrow(/does not exist/);
  });

  it('lists history by version whatever the insertion order', async () => {
    const { store } = current();
    const recordId = 'eng_history_test';
    const entries = [3, 1, 2].map((version) => makeHistory({ recordKind: 'engagement', recordId, version, action: version === 1 ? 'create' : 'update' }));
    for (const e of entries) await store.read.addHistory(e);
    await store.read.addHistory(makeHistory({ recordKind: 'person', recordId, version: 1 }));
    expect((await store.read.listHistory('engagement', recordId)).map((h) => h.version)).toEqual([1, 2, 3]);
    expect(await store.read.listHistory('engagement', recordId)).toEqual([entries[1], entries[2], entries[0]]);
  });
});
