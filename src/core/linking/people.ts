import type { DraftMatch, Person } from '../../contracts/index.js';
import { fold } from '../text/index.js';
import type { StoreTx } from '../ports.js';
import { romanize } from './translit.js';

/** Folded forms under which a name may be stored: as written and romanised. */
export function nameKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const f = fold(name);
    if (!f) continue;
    keys.add(f);
    keys.add(romanize(f));
  }
  return [...keys];
}

/**
 * Whether two folded names are the same person's by the rule the scorer uses: equal, or the same
 * last word and one's words all in the other's ("putin" / "vladimir putin"; "v putin" / "vladimir putin"
 * is not, initials need the alias).
 */
export function namesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

function allNames(person: Person): string[] {
  return [person.name, ...person.aliases.map((a) => a.name)];
}

/**
 * Existing people a participant could be: same folded name or alias (also romanised, so Cyrillic and
 * Latin spellings meet), else the same surname with compatible given names; the country must agree.
 * @param tx open transaction
 * @param participant name, country and other spellings from the text
 * @returns matches, best first
 */
export async function matchPerson(
  tx: StoreTx,
  participant: { name: string; country: string | null; aliases?: string[] },
): Promise<DraftMatch[]> {
  const keys = nameKeys([participant.name, ...(participant.aliases ?? [])]);
  const compatible = (p: Person) => !participant.country || !p.countryCode || p.countryCode === participant.country;
  const exact = (await tx.findPeopleByFoldedName(keys)).filter(compatible);
  if (exact.length > 0) return exact.map((p) => ({ recordKind: 'person', recordId: p.id, label: p.name, score: 1 }));
  const surname = keys[keys.length - 1]?.split(' ').pop();
  if (!surname || !participant.country) return [];
  const sameCountry = await tx.list('person', { countries: [participant.country], limit: 500 });
  const matches: DraftMatch[] = [];
  for (const person of sameCountry) {
    const theirs = nameKeys(allNames(person));
    if (keys.some((k) => theirs.some((t) => namesAgree(k, t)))) {
      matches.push({ recordKind: 'person', recordId: person.id, label: person.name, score: 0.8 });
    }
  }
  return matches;
}
