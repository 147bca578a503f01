import { CommanderError } from 'commander';
import { BilatError, UnreadableDocumentError, ValidationError } from '../core/errors.js';

/** Exit codes: 2 when the input or the usage is wrong (fix the command), 1 for everything else. */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

/** A mistake in how the CLI was called: a bad --date, an unknown country code, a missing file. */
export class UsageError extends BilatError {
  readonly code = 'validation_failed';
}

/** What the user sees of a failure: a stable code and a message that says what to do. */
export interface CliError {
  code: string;
  message: string;
  exitCode: number;
}

/**
 * Maps any thrown value to a code, a message and an exit code. Unknown errors keep their message
 * (the CLI user is the operator, so there is nothing to hide) but are marked internal.
 * @param error the thrown value
 */
export function describeError(error: unknown): CliError {
  if (error instanceof CommanderError) {
    return { code: 'usage', message: error.message.replace(/^error: /, ''), exitCode: EXIT_USAGE };
  }
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof UnreadableDocumentError) {
    const field = error instanceof ValidationError && error.field && !error.message.startsWith(error.field) ? `${error.field}: ` : '';
    return { code: error.code, message: `${field}${error.message}`, exitCode: EXIT_USAGE };
  }
  if (error instanceof BilatError) return { code: error.code, message: error.message, exitCode: EXIT_FAILURE };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal_error', message, exitCode: EXIT_FAILURE };
}

/**
 * Reports a failure: the message on stderr, and under --json the error object on stdout too, so
 * a script reading stdout always gets JSON.
 * @param error the thrown value
 * @param isJson whether --json was given
 * @returns the exit code to use
 */
export function reportError(error: unknown, isJson: boolean): number {
  const { code, message, exitCode } = describeError(error);
  process.stderr.write(`bilat: ${message}\n`);
  if (isJson) printJson({ error: { code, message } });
  if (exitCode === EXIT_FAILURE && !(error instanceof BilatError) && error instanceof Error && process.env.BILAT_DEBUG) {
    process.stderr.write(`${error.stack ?? ''}\n`);
  }
  return exitCode;
}

/** Prints a value as two-space JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints lines on stdout. */
export function printLines(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A progress line on stderr (stdout stays clean for the result). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * "1 engagement", "3 agreements".
 * @param count how many
 * @param singular the noun for one
 * @param plural the noun for several (singular + "s" when omitted)
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
