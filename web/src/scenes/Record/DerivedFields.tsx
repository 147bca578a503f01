import type { StoredRecord } from '../../hooks/useRecord.js';
import { humanName } from './FieldControl.js';

const META = new Set(['id', 'version', 'createdAt', 'updatedAt']);
const show = (v: unknown): string =>
  typeof v === 'string' ? v.replaceAll('_', ' ')
    : Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x ? Object.values(x as object).map(show).join(': ') : show(x))).join(', ')
      : typeof v === 'object' && v ? Object.entries(v as object).filter(([, x]) => x !== null).map(([k, x]) => `${k} ${show(x)}`).join(' · ')
        : String(v);

/** Fields the server derives (an instrument's status per party, an engagement's event coding): shown, not edited. */
export function DerivedFields({ record, inputFields }: { record: StoredRecord; inputFields: string[] }) {
  const derived = Object.entries(record).filter(([k]) => !META.has(k) && !inputFields.includes(k));
  if (derived.length === 0) return null;
  return (
    <dl className="derived">
      {derived.map(([k, v]) => <div key={k}><dt>{humanName(k)}</dt><dd>{show(v)}</dd></div>)}
    </dl>
  );
}
