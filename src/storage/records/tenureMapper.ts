/** Tenures: who held which post when. Their countries are those of the post . */
import { fold } from '../../core/text/fold.js';
import { defineMapper, metaOf, metaRow, yearOf } from './mapper.js';

export const TENURE_MAPPER = defineMapper({
  kind: 'tenure',
  table: 'tenures',
  children: {},
  toRows: (t) => ({
    row: {
      ...metaRow(t), person_id: t.personId, post_id: t.postId, start_date: t.startDate, end_date: t.endDate,
      title_as_written: t.titleAsWritten, search_name: t.titleAsWritten === null ? null : fold(t.titleAsWritten),
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), personId: row.person_id, postId: row.post_id, startDate: row.start_date, endDate: row.end_date,
    titleAsWritten: row.title_as_written,
  }),
  countries: { via: 'reference', column: 'post_id', kind: 'post' },
  refs: { personId: 'person_id', postId: 'post_id' },
  facets: (t) => ({ label: t.titleAsWritten ?? 'Tenure', countries: [], year: yearOf(t.startDate), sectors: [] }),
});
