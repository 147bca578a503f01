/** People and their aliases (aliases are rows so lookups by any folded alias use an index). */
import type { Language, PersonAlias } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, inOrder, metaOf, metaRow, positioned } from './mapper.js';

export const PERSON_MAPPER = defineMapper({
  kind: 'person',
  table: 'people',
  children: { person_aliases: 'person_id' },
  toRows: (p) => ({
    row: { ...metaRow(p), name: p.name, search_name: fold(p.name), country_code: p.countryCode, note: p.note },
    children: {
      person_aliases: positioned(p.aliases, (a, position) => ({
        person_id: p.id, position, name: a.name, search_name: fold(a.name), lang: a.lang, kind: a.kind,
      })),
    },
  }),
  fromRows: (row, children) => ({
    ...metaOf(row),
    name: row.name,
    countryCode: row.country_code,
    aliases: inOrder(children.person_aliases).map((a) => ({
      name: a.name, lang: a.lang as Language | null, kind: a.kind as PersonAlias['kind'],
    })),
    note: row.note,
  }),
  countries: { via: 'columns', columns: ['country_code'] },
  refs: {},
  facets: (p) => ({ label: p.name, countries: p.countryCode ? [p.countryCode] : [], year: null, sectors: [] }),
});
