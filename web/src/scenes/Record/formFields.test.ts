import { describe, expect, it } from 'vitest';
import { InstrumentInputSchema } from '../../../../src/contracts/index.js';
import { fieldSpecsOf, fromFormValue, toFormValue } from './formFields.js';

describe('fieldSpecsOf', () => {
  const specs = fieldSpecsOf(InstrumentInputSchema);
  const byName = Object.fromEntries(specs.map((s) => [s.name, s]));

  it('gives text, select, checkbox, number and JSON controls by type', () => {
    expect(byName.title?.control).toBe('text');
    expect(byName.kind?.control).toBe('select');
    expect(byName.kind?.options).toContain('memorandum');
    expect(byName.isBinding?.control).toBe('checkbox');
    expect(byName.durationYears?.control).toBe('number');
    expect(byName.parties?.control).toBe('json');
  });

  it('knows which fields may be empty', () => {
    expect(byName.signedOn?.isNullable).toBe(true);
    expect(byName.title?.isNullable).toBe(false);
  });
});

describe('form values', () => {
  const spec = (name: string) => fieldSpecsOf(InstrumentInputSchema).find((s) => s.name === name)!;
  const title = spec('title');
  const parties = spec('parties');
  const signedOn = spec('signedOn');

  it('round-trips text and JSON', () => {
    expect(fromFormValue(title, toFormValue(title, 'Agreement'))).toBe('Agreement');
    const value = [{ countryCode: 'RU', organizationId: null }];
    expect(fromFormValue(parties, toFormValue(parties, value))).toEqual(value);
  });

  it('reads an empty nullable field as null and bad JSON as an error', () => {
    expect(fromFormValue(signedOn, '')).toBeNull();
    expect(fromFormValue(parties, '[{')).toBeInstanceOf(Error);
  });
});
