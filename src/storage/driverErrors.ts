/**
 * Turns driver errors into the core's typed errors, keeping the original as `cause`.
 */
import { BilatError, StorageError, ValidationError } from '../core/errors.js';
import type { DialectAdapter } from './dialect.js';

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wraps what a driver threw; typed errors pass through unchanged.
 * @param adapter the dialect, which knows its driver's error codes
 * @param error what was thrown
 * @param action what storage was doing, for the message ("insert engagement eng_1")
 * @returns a BilatError to throw
 */
export function wrapDriverError(adapter: DialectAdapter, error: unknown, action: string): BilatError {
  if (error instanceof BilatError) return error;
  const options = { cause: error };
  switch (adapter.classifyError(error)) {
    case 'unique':
      return new ValidationError(`Could not ${action}: a record with the same id or key already exists (${detail(error)}).`, null, options);
    case 'foreign_key':
      return new ValidationError(
        `Could not ${action}: it refers to a record that does not exist, or removes one that others still refer to (${detail(error)}).`,
        null, options);
    case 'not_null':
    case 'check':
      return new ValidationError(`Could not ${action}: a required value is missing or invalid (${detail(error)}).`, null, options);
    case 'connection':
      return new StorageError(
        `Could not ${action}: the ${adapter.name} database cannot be reached or opened (${detail(error)}). ` +
        'Check the database URL or SQLite path, and that the server is running.', options);
    case 'busy':
      return new StorageError(`Could not ${action}: the database is busy with another writer; try again (${detail(error)}).`, options);
    default:
      return new StorageError(`Could not ${action}: ${detail(error)}`, options);
  }
}

/**
 * Rethrows what a storage call threw: typed errors as they are, driver errors wrapped, anything else
 * (a bug in a caller's transaction body) untouched so its stack stays readable.
 * @throws always
 */
export function rethrowStorageError(adapter: DialectAdapter, error: unknown, action: string): never {
  if (error instanceof BilatError || adapter.classifyError(error) === null) throw error;
  throw wrapDriverError(adapter, error, action);
}
