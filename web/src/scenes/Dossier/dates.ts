/**
 * Places a fuzzy date on a time axis: the middle of its month or year, so a year-only date does not
 * pretend to be 1 January. A date without a year ("--06-23") cannot be placed and gives null.
 * @param date "YYYY", "YYYY-MM", "YYYY-MM-DD" or "--MM-DD"
 * @returns milliseconds since the epoch (UTC), or null
 */
export function fuzzyDateToTime(date: string | null | undefined): number | null {
  if (!date || date.startsWith('--')) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  if (m === undefined) return Date.UTC(y, 6, 1);
  if (d === undefined) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, m - 1, d);
}

/** The year of a fuzzy date, or null when the year is unknown. */
export function yearOf(date: string | null | undefined): number | null {
  const t = fuzzyDateToTime(date);
  return t === null ? null : new Date(t).getUTCFullYear();
}
