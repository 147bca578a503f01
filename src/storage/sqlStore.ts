/**
 * The Store: transactions, the `read` handle, migrations and closing, over either dialect.
 */
import { type Kysely, Migrator } from 'kysely';
import { StateError, StorageError } from '../core/errors.js';
import type { Store, StoreTx } from '../core/ports.js';
import type { DialectAdapter } from './dialect.js';
import { rethrowStorageError, wrapDriverError } from './driverErrors.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { SqlStoreTx, TRANSACTION_SCOPE, type TransactionScope, isInsideTransaction } from './storeTx.js';

export class SqlStore implements Store {
  /** The Kysely instance, for storage's own tests (schema introspection); not part of Store. */
  get kysely(): Kysely<Database> {
    return this.db;
  }

  readonly dialect: 'sqlite' | 'postgres';
  readonly read: StoreTx;

  /**
   * @param db the Kysely instance (owned: closed by `close`)
   * @param adapter the dialect
   * @param migrationSchema schema of Kysely's migration tables (PostgreSQL test schemas), or null
   */
  constructor(private readonly db: Kysely<Database>, private readonly adapter: DialectAdapter, private readonly migrationSchema: string | null) {
    this.dialect = adapter.name;
    this.read = new SqlStoreTx({ db, adapter }, this, null);
  }

  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (isInsideTransaction(this)) {
      throw new StateError('store.transaction() was called inside another transaction of the same store; pass the outer tx down instead.');
    }
    const scope: TransactionScope = { store: this, isOpen: true };
    try {
      return await this.db.transaction().execute((trx) =>
        TRANSACTION_SCOPE.run(scope, () => fn(new SqlStoreTx({ db: trx, adapter: this.adapter }, this, scope))));
    } catch (error) {
      // Deferred foreign keys are checked at commit, so a dangling reference surfaces here.
      rethrowStorageError(this.adapter, error, 'commit the transaction');
    } finally {
      scope.isOpen = false;
    }
  }

  async migrate(): Promise<string[]> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider(this.adapter),
      ...(this.migrationSchema !== null ? { migrationTableSchema: this.migrationSchema } : {}),
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      const action = failed ? `apply migration ${failed}` : 'apply migrations';
      const wrapped = wrapDriverError(this.adapter, error, action);
      throw wrapped instanceof StorageError || failed === undefined ? wrapped : new StorageError(wrapped.message, { cause: error });
    }
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
