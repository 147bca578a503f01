import { isCountryCode } from '../reference/countries.js';
import { UsageError } from './output.js';

/**
 * Checks a --date value: a calendar day as YYYY-MM-DD.
 * @param value what the user typed
 * @returns the day
 * @throws UsageError when it is not a real day in that form
 */
export function parseDay(value: string): string {
  const isShaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(`${value}T00:00:00Z`);
  if (!isShaped || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--date "${value}" is not a day as YYYY-MM-DD (for example --date 2025-06-24)`);
  }
  return value;
}

/**
 * Checks a country code argument against ISO 3166-1 alpha-2, any case.
 * @param value what the user typed
 * @returns the upper-case code
 * @throws UsageError for anything that is not an ISO country
 */
export function parseCountry(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !isCountryCode(code)) {
    throw new UsageError(`"${value}" is not an ISO 3166-1 alpha-2 country code (for example RU, ML, FR)`);
  }
  return code;
}

/**
 * Checks a --port value.
 * @param value what the user typed
 * @throws UsageError outside 0..65535
 */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port "${value}" is not a port number (0–65535)`);
  return port;
}
