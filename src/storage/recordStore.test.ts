import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, type Engagement, type RecordKind } from '../contracts/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.js';
import type { StoreTx } from '../core/ports.js';
import { describeEachDialect } from './dialectSuite.js';
import {
  GRAPH_ORDER, type RecordGraph, makeEngagement, makeEvidence, makeInstrument, makePerson, nextTimestamp, recordGraph, uniquePair,
} from './testFactories.js';

async function insertGraph(tx: StoreTx, graph: RecordGraph): Promise<void> {
  for (const kind of GRAPH_ORDER) await tx.insert(kind, graph[kind] as never);
}

describeEachDialect('record store', (current) => {
  it('reads back every kind exactly as inserted, and the record schema parses it', async () => {
    const { store } = current();
    const graph = recordGraph(uniquePair());
    await store.transaction((tx) => insertGraph(tx, graph));
    for (const kind of GRAPH_ORDER) {
      const stored = await store.read.get(kind, graph[kind].id);
      expect(stored, kind).toEqual(graph[kind]);
      expect(RECORD_SCHEMAS[kind].record.parse(stored), kind).toEqual(graph[kind]);
    }
  });

  it('keeps array order and the absence of optional action ids', async () => {
    const { store } = current();
    const [a, b] = uniquePair();
    const instrument = makeInstrument({ parties: [{ countryCode: b, organizationId: null }, { countryCode: a, organizationId: null }] });
    await store.read.insert('instrument', instrument);
    const engagement = makeEngagement({ countries: [b, a, 'ZZ'], sectors: ['sport', 'culture', 'energy'], instrumentIds: [instrument.id] });
    await store.read.insert('engagement', engagement);
    const got = await store.read.get('engagement', engagement.id);
    expect(got?.countries).toEqual([b, a, 'ZZ']);
    expect(got?.sectors).toEqual(['sport', 'culture', 'energy']);
    const graph = recordGraph(uniquePair());
    await store.transaction((tx) => insertGraph(tx, graph));
    const actions = (await store.read.get('instrument', graph.instrument.id))?.actions ?? [];
    expect('id' in actions[0]!).toBe(true);
    expect('id' in actions[1]!).toBe(false);
  });

  it('updates when the version follows, rewriting child rows', async () => {
    const { store } = current();
    const person = makePerson({ aliases: [{ name: 'A', lang: null, kind: 'alias' }, { name: 'B', lang: 'fr', kind: 'short' }] });
    await store.read.insert('person', person);
    const next = { ...person, version: 2, updatedAt: nextTimestamp(), name: 'Renamed', aliases: [{ name: 'C', lang: 'ru' as const, kind: 'native' as const }] };
    await store.read.update('person', next);
    expect(await store.read.get('person', person.id)).toEqual(next);
  });

  it('refuses a stale update with a ConflictError naming kind, id and stored version', async () => {
    const { store } = current();
    const person = makePerson();
    await store.read.insert('person', person);
    await store.read.update('person', { ...person, version: 2, name: 'First' });
    const stale = store.read.update('person', { ...person, version: 2, name: 'Second' });
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toThrow(new RegExp(`person "${person.id}" is at version 2`));
    expect((await store.read.get('person', person.id))?.name).toBe('First');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const { store } = current();
    const person = makePerson();
    await store.read.insert('person', person);
    // Two editors loaded version 1 and save at the same time.
    const loaded = await store.read.get('person', person.id);
    const edit = (name: string) => store.transaction(async (tx) => {
      await tx.update('person', { ...loaded!, version: loaded!.version + 1, name });
    });
    const results = await Promise.allSettled([edit('One'), edit('Two')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    const stored = await store.read.get('person', person.id);
    expect(stored?.version).toBe(2);
    expect(['One', 'Two']).toContain(stored?.name);
  });

  it('reports updates and removals of missing records as NotFoundError', async () => {
    const { store } = current();
    await expect(store.read.update('person', { ...makePerson(), version: 2 })).rejects.toThrow(NotFoundError);
    await expect(store.read.remove('engagement', 'eng_missing')).rejects.toThrow(NotFoundError);
  });

  it('removes a record with its child rows', async () => {
    const { store } = current();
    const [a, b] = uniquePair();
    const engagement = makeEngagement({ countries: [a, b] });
    await store.read.insert('engagement', engagement);
    await store.read.remove('engagement', engagement.id);
    expect(await store.read.get('engagement', engagement.id)).toBeNull();
    expect(await store.read.count('engagement', { countries: [a, b] })).toBe(0);
  });

  it('lists and counts records involving all given countries', async () => {
    const { store } = current();
    const [a, b] = uniquePair();
    const [c] = uniquePair();
    const both = makeEngagement({ countries: [a, b] });
    const onlyA = makeEngagement({ countries: [a, c!] });
    await store.transaction(async (tx) => {
      await tx.insert('engagement', both);
      await tx.insert('engagement', onlyA);
    });
    expect((await store.read.list('engagement', { countries: [a, b] })).map((e) => e.id)).toEqual([both.id]);
    expect((await store.read.list('engagement', { countries: [a] })).map((e) => e.id).sort()).toEqual([both.id, onlyA.id].sort());
    expect(await store.read.count('engagement', { countries: [b, a] })).toBe(1);
  });

  it('finds each kind by its pair, sessions through their body and sources through evidence', async () => {
    const { store } = current();
    const pair = uniquePair();
    const graph = recordGraph(pair);
    await store.transaction(async (tx) => {
      await insertGraph(tx, graph);
      await tx.addEvidence([makeEvidence({ recordKind: 'engagement', recordId: graph.engagement.id, sourceId: graph.source.id })]);
    });
    const kinds: RecordKind[] = ['instrument', 'engagement', 'body', 'session', 'decision', 'project', 'trade_figure', 'statement', 'source'];
    for (const kind of kinds) {
      expect((await store.read.list(kind, { countries: pair })).map((r) => r.id), kind).toEqual([graph[kind].id]);
    }
    expect(await store.read.count('person', { countries: [pair[1]] })).toBe(1);
    expect(await store.read.count('tenure', { countries: [pair[1]] })).toBe(1);
    expect(await store.read.count('person', { countries: pair })).toBe(0);
  });

  it('filters by folded substring, reference and ids, and pages', async () => {
    const { store } = current();
    const [a, b] = uniquePair();
    const graph = recordGraph([a, b]);
    await store.transaction((tx) => insertGraph(tx, graph));
    expect((await store.read.list('instrument', { q: 'PEACEFUL use', countries: [a] })).map((i) => i.id)).toEqual([graph.instrument.id]);
    expect(await store.read.list('instrument', { q: '100%_', countries: [a] })).toEqual([]);
    expect((await store.read.list('person', { q: 'goita' })).map((p) => p.id)).toContain(graph.person.id);
    expect((await store.read.list('session', { ref: { field: 'bodyId', value: graph.body.id } })).map((s) => s.id)).toEqual([graph.session.id]);
    await expect(store.read.list('person', { ref: { field: 'bodyId', value: 'x' } })).rejects.toThrow(ValidationError);
    const ids = [graph.person.id, graph.organization.id, 'nope'];
    expect((await store.read.list('person', { ids })).map((p) => p.id)).toEqual([graph.person.id]);
    await expect(store.read.list('person', { limit: -1 })).rejects.toThrow(ValidationError);
  });

  it('orders engagements by date, year-unknown then undated last, then by creation; pages with limit and offset', async () => {
    const { store } = current();
    const pair = uniquePair();
    const make = (date: string | null) => makeEngagement({ countries: pair, date });
    const rows: Engagement[] = [make(null), make('--03-01'), make('2025-06-23'), make('2024'), make('2025-06-23')];
    await store.transaction(async (tx) => { for (const e of rows) await tx.insert('engagement', e); });
    const expected = [rows[3], rows[2], rows[4], rows[1], rows[0]].map((e) => e!.id);
    expect((await store.read.list('engagement', { countries: pair })).map((e) => e.id)).toEqual(expected);
    expect((await store.read.list('engagement', { countries: pair, limit: 2, offset: 1 })).map((e) => e.id)).toEqual(expected.slice(1, 3));
    expect((await store.read.list('engagement', { countries: pair, offset: 3 })).map((e) => e.id)).toEqual(expected.slice(3));
    expect((await store.read.list('engagement', { ids: [...expected].reverse(), limit: 2 })).map((e) => e.id)).toEqual(expected.slice(0, 2));
  });
});

describe('record store without a database', () => {
  it('has a factory for every kind in the graph', () => {
    expect(GRAPH_ORDER.sort()).toEqual(Object.keys(RECORD_SCHEMAS).sort());
  });
});
