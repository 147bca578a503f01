import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A sortable, unique id with a readable prefix ("eng_01JY…"): 10 characters of time (ms, base 32,
 * as in ULID) then 12 random ones, so ids created later sort later.
 * @param prefix short name of the record kind
 * @returns the new id
 */
export function newId(prefix: string): string {
  let t = Date.now();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(12);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

/** Id prefixes per record kind. */
export const ID_PREFIX = {
  person: 'per', post: 'pst', tenure: 'ten', organization: 'org', engagement: 'eng',
  instrument: 'ins', body: 'bod', session: 'ses', decision: 'dec', project: 'prj',
  trade_figure: 'trd', statement: 'stm', source: 'src', draft: 'drf', evidence: 'evi',
  history: 'his', instrument_relation: 'rel', action: 'act',
} as const;
