/**
 * Typed domain errors. Each has a stable `code`, a message that says what is wrong and what to do,
 * and the original `cause`. They know nothing of HTTP: one mapper at each edge (http/errorMap.ts,
 * cli/output.ts) turns them into a status or an exit code.
 */
export abstract class BilatError extends Error {
  abstract readonly code: string;
  /** Whether trying the same thing again may succeed (a job queue retries only these). */
  readonly isRetryable: boolean = false;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule: an empty file, a bad date, an unknown country code. */
export class ValidationError extends BilatError {
  readonly code = 'validation_failed';
  constructor(message: string, readonly field: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The document cannot be read as text, HTML or PDF, or is empty, binary or too large. */
export class UnreadableDocumentError extends BilatError {
  readonly code = 'unreadable_document';
}

/** A document over MAX_SOURCE_BYTES: the caller must send less, not fix a field (HTTP 413). */
export class DocumentTooLargeError extends UnreadableDocumentError {}

export class NotFoundError extends BilatError {
  readonly code = 'not_found';
  constructor(readonly kind: string, readonly id: string) {
    super(`${kind} "${id}" does not exist`);
  }
}

/** A write that names an older version than the stored one: refused, not lost. */
export class ConflictError extends BilatError {
  readonly code = 'version_conflict';
}

/** The operation cannot happen in the record's current state (a draft accepted twice). */
export class StateError extends BilatError {
  readonly code = 'invalid_state';
}

/** The database could not be reached or refused the operation. */
export class StorageError extends BilatError {
  readonly code = 'storage_failed';
  override readonly isRetryable = true;
}
