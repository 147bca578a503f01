import type { FormEvent } from 'react';
import type { RecordKind } from '../../../../src/contracts/index.js';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import type { StoredRecord } from '../../hooks/useRecord.js';
import { useRecordForm } from '../../hooks/useRecordForm.js';

/** The record's fields as a form, validated with the contract's input schema before it is sent. */
export function RecordForm({ kind, record }: { kind: RecordKind; record: StoredRecord }) {
  const form = useRecordForm(kind, record);
  const serverError = form.update.error;
  const serverField = serverError instanceof ApiError && !serverError.isConflict ? serverError.field : undefined;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    form.submit();
  }

  return (
    <form className="form record-form" onSubmit={handleSubmit} noValidate>
      {form.specs.map((spec) => {
        const id = `f-${spec.name}`;
        const error = form.errors[spec.name] ?? (serverField === spec.name ? serverError?.message : undefined);
        const describedBy = [error && `${id}-error`, spec.description && `${id}-hint`].filter(Boolean).join(' ') || undefined;
        const value = form.values[spec.name];
        const common = { id, name: spec.name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy };
        return (
          <div key={spec.name} className={`field${error ? ' has-error' : ''}`}>
            {spec.control === 'checkbox' ? (
              <label><input type="checkbox" {...common} checked={value === true} onChange={(e) => form.setValue(spec.name, e.target.checked)} /> {spec.name}</label>
            ) : (
              <>
                <label htmlFor={id}>{spec.name}</label>
                {spec.control === 'select' ? (
                  <select {...common} value={String(value)} onChange={(e) => form.setValue(spec.name, e.target.value)}>
                    {spec.isNullable && <option value="">—</option>}
                    {spec.options.map((o) => <option key={o} value={o}>{o.replaceAll('_', ' ')}</option>)}
                  </select>
                ) : spec.control === 'textarea' || spec.control === 'json' ? (
                  <textarea {...common} className={spec.control === 'json' ? 'code' : undefined} rows={spec.control === 'json' ? 4 : 3}
                    value={String(value)} onChange={(e) => form.setValue(spec.name, e.target.value)} />
                ) : (
                  <input {...common} type={spec.control === 'number' ? 'number' : 'text'} value={String(value)}
                    onChange={(e) => form.setValue(spec.name, e.target.value)} />
                )}
              </>
            )}
            {spec.description && <small id={`${id}-hint`} className="muted">{spec.description}</small>}
            {error && <small id={`${id}-error`} className="field-error" role="alert">{error}</small>}
          </div>
        );
      })}
      {serverError && !serverField && <ErrorMessage error={serverError} />}
      {form.update.isSuccess && !form.isDirty && <p className="saved" role="status">Saved.</p>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={form.update.isPending || !form.isDirty}>{form.update.isPending ? 'Saving…' : 'Save'}</button>
        <button type="button" onClick={form.reset} disabled={!form.isDirty}>Discard changes</button>
      </div>
    </form>
  );
}
