/**
 * Shared shapes for migrations: every record table starts with the same four columns, every child
 * table is (owner, position) with its owner's rows deleted alongside, and every foreign key is
 * checked at commit so a transaction may write records in any order.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

/** Starts a record table: `id` text primary key, `version`, `created_at`, `updated_at` (ISO text). */
export function recordTable(db: Kysely<unknown>, name: string): CreateTableBuilder<string, string> {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/**
 * Starts a child table owned by a record: `<owner column>` + `position`, primary key on both,
 * deleted with its owner.
 */
export function childTable(
  db: Kysely<unknown>, name: string, ownerColumn: string, ownerTable: string,
): CreateTableBuilder<string, string> {
  return db.schema
    .createTable(name)
    .addColumn(ownerColumn, 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, [ownerColumn, 'position'])
    .addForeignKeyConstraint(`${name}_${ownerColumn}_fk`, [ownerColumn], ownerTable, ['id'], (fk) =>
      fk.onDelete('cascade').deferrable().initiallyDeferred());
}

/** Adds a deferred foreign key `column → table.id`. */
export function withReference(
  table: CreateTableBuilder<string, string>, tableName: string, column: string, target: string,
): CreateTableBuilder<string, string> {
  return table.addForeignKeyConstraint(`${tableName}_${column}_fk`, [column], target, ['id'], (fk) =>
    fk.deferrable().initiallyDeferred());
}

/** Creates a plain index named after its table and columns. */
export async function addIndex(db: Kysely<unknown>, table: string, columns: string[], isUnique = false): Promise<void> {
  let builder = db.schema.createIndex(`${table}_${columns.join('_')}_idx`).on(table).columns(columns);
  if (isUnique) builder = builder.unique();
  await builder.execute();
}
