import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { NotFoundError, StateError, UnreadableDocumentError, ValidationError } from '../core/errors.js';
import { describeError, EXIT_FAILURE, EXIT_USAGE, plural, UsageError } from './output.js';

describe('describeError', () => {
  it('gives exit 2 to what the user must fix in the command or the input', () => {
    expect(describeError(new UsageError('bad --date')).exitCode).toBe(EXIT_USAGE);
    expect(describeError(new ValidationError('must be an ISO code', 'country'))).toEqual({
      code: 'validation_failed', message: 'country: must be an ISO code', exitCode: EXIT_USAGE,
    });
    expect(describeError(new UnreadableDocumentError('the file is empty')).exitCode).toBe(EXIT_USAGE);
    expect(describeError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'")))
      .toEqual({ code: 'usage', message: "unknown option '--x'", exitCode: EXIT_USAGE });
  });

  it('does not repeat a field the message already starts with', () => {
    expect(describeError(new ValidationError('country: "XX" is not a country', 'country')).message).toBe('country: "XX" is not a country');
  });

  it('gives exit 1 to everything else', () => {
    expect(describeError(new StateError('nothing pending'))).toEqual({ code: 'invalid_state', message: 'nothing pending', exitCode: EXIT_FAILURE });
    expect(describeError(new NotFoundError('draft', 'd1')).exitCode).toBe(EXIT_FAILURE);
    expect(describeError(new Error('boom'))).toEqual({ code: 'internal_error', message: 'boom', exitCode: EXIT_FAILURE });
  });
});

describe('plural', () => {
  it('counts nouns', () => {
    expect(plural(1, 'body', 'bodies')).toBe('1 body');
    expect(plural(3, 'body', 'bodies')).toBe('3 bodies');
    expect(plural(0, 'agreement')).toBe('0 agreements');
  });
});
