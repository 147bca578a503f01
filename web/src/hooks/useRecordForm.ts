import { useMemo, useState } from 'react';
import { RECORD_SCHEMAS } from '../../../src/contracts/index.js';
import type { RecordKind } from '../api/types.js';
import { fieldSpecsOf, fromFormValue, toFormValue, type FormValue } from '../scenes/Record/formFields.js';
import { type StoredRecord, useUpdateRecord } from './useRecord.js';

/**
 * The edit form of a record: values per field, validated in the browser with the same zod input schema
 * the server uses, errors by field, and a save that sends only the changed fields with the version read.
 * @param kind the record kind
 * @param record the record as loaded
 */
export function useRecordForm(kind: RecordKind, record: StoredRecord) {
  const schema = RECORD_SCHEMAS[kind].input;
  const specs = useMemo(() => fieldSpecsOf(schema), [schema]);
  const initial = useMemo(() => Object.fromEntries(specs.map((s) => [s.name, toFormValue(s, record[s.name])])), [specs, record]);
  const [values, setValues] = useState<Record<string, FormValue>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateRecord(kind, record.id);

  const setValue = (name: string, value: FormValue) => setValues((v) => ({ ...v, [name]: value }));
  const reset = () => { setValues(initial); setErrors({}); update.reset(); };

  /** Validates and saves; returns false when the form has errors. */
  function submit(): boolean {
    const found: Record<string, string> = {};
    const candidate: Record<string, unknown> = {};
    for (const spec of specs) {
      const value = fromFormValue(spec, values[spec.name] ?? '');
      if (value instanceof Error) found[spec.name] = value.message;
      else if (value !== undefined) candidate[spec.name] = value;
    }
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        found[field] ??= issue.path.length > 1 ? `${issue.path.slice(1).join('.')}: ${issue.message}` : issue.message;
      }
    }
    setErrors(found);
    if (Object.keys(found).length) return false;
    const changed = Object.fromEntries(specs
      .filter((s) => values[s.name] !== initial[s.name])
      .map((s) => [s.name, (parsed.data as Record<string, unknown>)[s.name]]));
    if (Object.keys(changed).length === 0) return true;
    update.mutate({ version: record.version, ...changed });
    return true;
  }

  return { specs, values, errors, setValue, submit, reset, update, isDirty: specs.some((s) => values[s.name] !== initial[s.name]) };
}
