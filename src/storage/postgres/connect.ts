/**
 * Opens a PostgreSQL pool, optionally inside its own schema (for isolated test runs).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ValidationError } from '../../core/errors.js';
import type { Database as Schema } from '../schema.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates the schema when asked and points every pooled connection's search_path at it.
 * @param url postgres:// or postgresql:// connection string
 * @param schema optional schema name (lower-case letters, digits, underscore)
 * @returns a Kysely instance over a pg Pool
 * @throws ValidationError for an unsafe schema name; the driver's error when PostgreSQL is unreachable
 */
export async function connectPostgres(url: string, schema: string | null): Promise<Kysely<Schema>> {
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new ValidationError(`pgSchema "${schema}" must be lower-case letters, digits and "_"`, 'pgSchema');
  }
  if (schema !== null) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists "${schema}"`);
    } finally {
      await client.end();
    }
  }
  // search_path as a startup option applies to every connection the pool opens, with no race
  // between "connect" and the first query.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema !== null ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
