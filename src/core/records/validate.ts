import type { z } from 'zod';
import { isCountryCode } from '../../reference/countries.js';
import { ValidationError } from '../errors.js';

/**
 * Parses untrusted input with a zod schema and reports the first problem as "field: message".
 * @throws ValidationError naming the field
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    const message = issue ? `${what}: ${field ? `${field}: ` : ''}${issue.message}` : `${what} is not valid`;
    throw new ValidationError(message, field, { cause: result.error });
  }
  assertCountries(result.data, what);
  return result.data;
}

const COUNTRY_KEYS = /^(country|parties|host|countryCode|countries|hostCountryCode|placeCountryCode|reporterCode|partnerCode|responsibleCountryCode)$/;

/**
 * Every country code in a record must be an ISO 3166-1 country: "XX" has the right shape and is
 * still refused, with the path of the field.
 */
function assertCountries(value: unknown, what: string, path: string[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertCountries(v, what, [...path, String(i)]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (COUNTRY_KEYS.test(key)) {
      const codes = Array.isArray(v) ? v : [v];
      codes.forEach((code, i) => {
        if (typeof code === 'string' && !isCountryCode(code)) {
          const field = [...path, key, ...(Array.isArray(v) ? [String(i)] : [])].join('.');
          throw new ValidationError(`${what}: ${field}: "${code}" is not an ISO 3166-1 country code`, field);
        }
      });
    } else {
      assertCountries(v, what, [...path, key]);
    }
  }
}
