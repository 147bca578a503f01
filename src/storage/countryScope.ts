/**
 * "Involves country X" as SQL, per record kind (see CountryScope in records/mapper.ts): a child
 * table of codes, code columns on the row, the countries of a referenced record, or (for sources)
 * the countries of the records their evidence supports.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RecordKind } from '../contracts/index.js';
import { MAPPERS, mapperOf } from './records/index.js';

/** Kinds whose countries are on the record itself or its child rows (what evidence can point at). */
const DIRECT_KINDS = (Object.keys(MAPPERS) as RecordKind[])
  .filter((k) => ['children', 'columns'].includes(mapperOf(k).countries.via));

/**
 * A predicate: the row of `kind` named by `alias` involves `code`.
 * @param kind record kind of the row
 * @param code ISO country code
 * @param alias SQL alias (or table name) of the row
 * @param depth nesting level, for unique aliases in subqueries
 * @returns a boolean SQL expression
 */
export function involvesCountry(kind: RecordKind, code: string, alias: string, depth = 0): RawBuilder<SqlBool> {
  const scope = mapperOf(kind).countries;
  const id = sql.ref(`${alias}.id`);
  switch (scope.via) {
    case 'children':
      return sql<SqlBool>`exists (select 1 from ${sql.table(scope.table)} cc${sql.raw(String(depth))}
        where ${sql.ref(`cc${depth}.${scope.owner}`)} = ${id} and ${sql.ref(`cc${depth}.country_code`)} = ${code})`;
    case 'columns': {
      if (scope.columns.length === 0) return sql<SqlBool>`1 = 0`;
      const tests = scope.columns.map((c) => sql`${sql.ref(`${alias}.${c}`)} = ${code}`);
      return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
    }
    case 'reference': {
      const inner = `r${depth + 1}`;
      return sql<SqlBool>`${sql.ref(`${alias}.${scope.column}`)} in (select ${sql.ref(`${inner}.id`)}
        from ${sql.table(mapperOf(scope.kind).table)} ${sql.raw(inner)}
        where ${involvesCountry(scope.kind, code, inner, depth + 1)})`;
    }
    case 'evidence': {
      const ev = `ev${depth}`;
      const inner = `r${depth + 1}`;
      const perKind = DIRECT_KINDS.map((k) => sql`(${sql.ref(`${ev}.record_kind`)} = ${k} and ${sql.ref(`${ev}.record_id`)} in (
        select ${sql.ref(`${inner}.id`)} from ${sql.table(mapperOf(k).table)} ${sql.raw(inner)}
        where ${involvesCountry(k, code, inner, depth + 1)}))`);
      return sql<SqlBool>`exists (select 1 from evidence ${sql.raw(ev)}
        where ${sql.ref(`${ev}.source_id`)} = ${id} and (${sql.join(perKind, sql` or `)}))`;
    }
  }
}
