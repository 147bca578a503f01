import { expect, it } from 'vitest';
import { StateError, ValidationError } from '../core/errors.js';
import type { StoreTx } from '../core/ports.js';
import { describeEachDialect } from './dialectSuite.js';
import { makeEngagement, makePerson, makeSession, makeSource, makeTradeFigure, recordGraph, uniquePair } from './testFactories.js';

describeEachDialect('transactions and driver errors', (current) => {
  it('commits every write of a transaction', async () => {
    const { store } = current();
    const graph = recordGraph(uniquePair());
    // Engagement before the people and instrument it names: foreign keys are checked at commit.
    await store.transaction(async (tx) => {
      await tx.insert('engagement', { ...graph.engagement, participants: [] , instrumentIds: [] });
      await tx.insert('person', graph.person);
    });
    expect(await store.read.get('engagement', graph.engagement.id)).not.toBeNull();
  });

  it('rolls back everything when the body throws', async () => {
    const { store } = current();
    const person = makePerson();
    const source = makeSource();
    const boom = new Error('boom');
    await expect(store.transaction(async (tx) => {
      await tx.insert('person', person);
      await tx.insert('source', source);
      expect(await tx.get('person', person.id)).not.toBeNull();
      throw boom;
    })).rejects.toBe(boom);
    expect(await store.read.get('person', person.id)).toBeNull();
    expect(await store.read.findSourceByHash(source.contentHash)).toBeNull();
    expect(await store.read.search({ q: source.id })).toEqual([]);
  });

  it('returns the body\'s value', async () => {
    const { store } = current();
    expect(await store.transaction(async () => 42)).toBe(42);
  });

  it('refuses store.read and nested transactions inside a transaction instead of deadlocking', async () => {
    const { store } = current();
    await expect(store.transaction(() => store.read.get('person', 'x'))).rejects.toThrow(StateError);
    await expect(store.transaction(() => store.transaction(async () => 1))).rejects.toThrow(StateError);
  });

  it('refuses a tx used after its transaction ended', async () => {
    const { store } = current();
    let kept: StoreTx | null = null;
    await store.transaction(async (tx) => { kept = tx; });
    await expect(kept!.get('person', 'x')).rejects.toThrow(/already ended/);
  });

  it('allows store.read in work started inside a transaction but run after it ends', async () => {
    const { store } = current();
    const person = makePerson();
    let later: Promise<unknown> = Promise.resolve();
    await store.transaction(async (tx) => {
      await tx.insert('person', person);
      later = new Promise((resolve) => setTimeout(resolve, 5)).then(() => store.read.get('person', person.id));
    });
    expect(await later).toEqual(person);
  });

  it('turns a dangling reference into a ValidationError, at once outside and at commit inside a transaction', async () => {
    const { store } = current();
    const session = makeSession({ bodyId: 'bod_missing' });
    const direct = store.read.insert('session', session);
    await expect(direct).rejects.toThrow(ValidationError);
    await expect(direct).rejects.toThrow(/refers to a record that does not exist/);
    await expect(store.transaction((tx) => tx.insert('session', session))).rejects.toThrow(ValidationError);
    expect(await store.read.get('session', session.id)).toBeNull();
  });

  it('refuses to remove a record others still refer to, keeping the cause', async () => {
    const { store } = current();
    const person = makePerson();
    const engagement = makeEngagement({ participants: [{ personId: person.id, postId: null, countryCode: null, role: 'host', titleAsWritten: null }] });
    await store.transaction(async (tx) => {
      await tx.insert('person', person);
      await tx.insert('engagement', engagement);
    });
    const error = await store.transaction((tx) => tx.remove('person', person.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).cause).toBeDefined();
    expect(await store.read.get('person', person.id)).not.toBeNull();
  });

  it('reports a duplicate id or content hash as a ValidationError', async () => {
    const { store } = current();
    const person = makePerson();
    await store.read.insert('person', person);
    await expect(store.read.insert('person', person)).rejects.toThrow(/already exists/);
    const source = makeSource();
    await store.read.insert('source', source);
    await expect(store.read.insert('source', { ...makeSource(), contentHash: source.contentHash })).rejects.toThrow(ValidationError);
  });

  it('reports a missing required column as a ValidationError that keeps the driver error', async () => {
    const { store } = current();
    const figure = { ...makeTradeFigure(), value: null as unknown as number };
    const error = await store.read.insert('trade_figure', figure).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/required value is missing/);
    expect((error as Error).cause).toHaveProperty('code');
  });
});
