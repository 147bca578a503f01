/**
 * A code as people read it: "official_visit" → "official visit"; absent values as an em dash.
 * @param code an enum value, or nothing
 */
export function human(code: string | null | undefined): string {
  return code ? code.replaceAll('_', ' ') : '—';
}
