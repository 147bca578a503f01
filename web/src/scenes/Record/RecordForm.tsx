import type { FormEvent } from 'react';
import type { RecordKind } from '../../api/types.js';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import type { StoredRecord } from '../../hooks/useRecord.js';
import { useRecordForm } from '../../hooks/useRecordForm.js';
import { FieldControl } from './FieldControl.js';

/** The record's fields as a form, validated with the contract's input schema before it is sent. */
export function RecordForm({ kind, record }: { kind: RecordKind; record: StoredRecord }) {
  const form = useRecordForm(kind, record);
  const serverError = form.update.error;
  const serverField = serverError instanceof ApiError && !serverError.isConflict ? serverError.field?.split('.')[0] : undefined;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    form.submit();
  }
  const control = (spec: (typeof form.specs)[number]) => (
    <FieldControl key={spec.name} spec={spec} value={form.values[spec.name]}
      error={form.errors[spec.name] ?? (serverField === spec.name ? serverError?.message : undefined)}
      onChange={(value) => form.setValue(spec.name, value)} />
  );
  const simple = form.specs.filter((s) => s.control !== 'json');
  const lists = form.specs.filter((s) => s.control === 'json');
  const isListInvalid = lists.some((s) => form.errors[s.name] || serverField === s.name);

  return (
    <form className="form record-form" onSubmit={handleSubmit} noValidate>
      {simple.map(control)}
      {lists.length > 0 && (
        <details open={isListInvalid || undefined}>
          <summary>Lists and links ({lists.length} fields, as JSON)</summary>
          {lists.map(control)}
        </details>
      )}
      {serverError && !serverField && <ErrorMessage error={serverError} />}
      {form.update.isSuccess && !form.isDirty && <p className="saved" role="status">Saved.</p>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={form.update.isPending || !form.isDirty}>{form.update.isPending ? 'Saving…' : 'Save'}</button>
        <button type="button" onClick={form.reset} disabled={!form.isDirty}>Discard changes</button>
      </div>
    </form>
  );
}
