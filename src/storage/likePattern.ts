/**
 * LIKE patterns over folded columns (`search_name`): both databases compare plain folded text, so
 * neither needs a collation or an extension (unaccent, ICU).
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Escapes LIKE wildcards so a user's "%" or "_" matches itself; used with `ESCAPE '\'`.
 * @param text folded text to look for
 * @returns the text with `\`, `%` and `_` escaped
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column LIKE '%text%'`, wildcards in `text` taken literally.
 * @param column qualified column reference ("people.search_name")
 * @param folded folded text to find
 */
export function containsFolded(column: string, folded: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(folded)}%`} escape '\\'`;
}
