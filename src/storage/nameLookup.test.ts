import { expect, it } from 'vitest';
import { describeEachDialect } from './dialectSuite.js';
import { fold } from '../core/text/fold.js';
import { makeOrganization, makePerson } from './testFactories.js';

describeEachDialect('folded name lookup', (current) => {
  it('finds a person by a folded alias in Latin or Cyrillic, and by the folded name', async () => {
    const { store } = current();
    const goita = makePerson({
      name: 'Assimi Goïta', aliases: [{ name: 'Goïta', lang: 'fr', kind: 'short' }, { name: 'Гойта', lang: 'ru', kind: 'transliteration' }],
    });
    const other = makePerson({ name: 'Vladimir Putin', aliases: [{ name: 'Путин', lang: 'ru', kind: 'native' }] });
    await store.transaction(async (tx) => {
      await tx.insert('person', goita);
      await tx.insert('person', other);
    });
    const ids = async (names: string[]) => (await store.read.findPeopleByFoldedName(names)).map((p) => p.id);
    expect(await ids([fold('Goita')])).toEqual([goita.id]);
    expect(await ids([fold('гойта')])).toEqual([goita.id]);
    expect(await ids(['ГОИТА'])).toEqual([goita.id]);
    expect(await ids(['assimi goita', 'путин'])).toEqual(expect.arrayContaining([goita.id, other.id]));
    expect(await ids(['goit'])).toEqual([]);
    expect(await ids([])).toEqual([]);
  });

  it('finds an organization by folded name or alias, once', async () => {
    const { store } = current();
    const org = makeOrganization({ name: 'Ministère de l’Énergie', aliases: ['Минэнерго', 'ministere de l’energie'] });
    await store.read.insert('organization', org);
    const found = await store.read.findOrganizationsByFoldedName(['MINISTERE DE L’ENERGIE', 'минэнерго']);
    expect(found).toEqual([org]);
  });
});
