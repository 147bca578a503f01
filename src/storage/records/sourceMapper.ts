/** Sources: the documents; their full-text index is kept by the dialect adapter. */
import type { Source } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, metaOf, metaRow, yearOf } from './mapper.js';

export const SOURCE_MAPPER = defineMapper({
  kind: 'source',
  table: 'sources',
  children: {},
  toRows: (s) => ({
    row: {
      ...metaRow(s), title: s.title, search_name: s.title === null ? null : fold(s.title), publisher: s.publisher,
      url: s.url, published_on: s.publishedOn, reference_date: s.referenceDate, language: s.language,
      format: s.format, text: s.text, content_hash: s.contentHash,
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), title: row.title, publisher: row.publisher, url: row.url, publishedOn: row.published_on,
    referenceDate: row.reference_date, language: row.language as Source['language'],
    format: row.format as Source['format'], text: row.text, contentHash: row.content_hash,
  }),
  countries: { via: 'evidence' },
  refs: {},
  facets: (s) => ({
    label: s.title ?? s.publisher ?? s.id, countries: [], year: yearOf(s.publishedOn ?? s.referenceDate), sectors: [],
  }),
});
