import type { FieldSpec, FormValue } from './formFields.js';

interface Props {
  spec: FieldSpec;
  value: FormValue | undefined;
  error: string | undefined;
  onChange: (value: FormValue) => void;
}

/** "signedOn" → "signed on": field names as people read them. */
export const humanName = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** One labelled control with its hint and, beside it, its error. */
export function FieldControl({ spec, value, error, onChange }: Props) {
  const id = `f-${spec.name}`;
  const label = humanName(spec.name);
  const describedBy = [error && `${id}-error`, spec.description && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const common = { id, name: spec.name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy };
  let control;
  if (spec.control === 'checkbox') {
    control = <label><input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} /> {label}</label>;
  } else if (spec.control === 'select') {
    control = (
      <select {...common} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
        {spec.isNullable && <option value="">—</option>}
        {spec.options.map((o) => <option key={o} value={o}>{o.replaceAll('_', ' ')}</option>)}
      </select>
    );
  } else if (spec.control === 'textarea' || spec.control === 'json') {
    control = <textarea {...common} className={spec.control === 'json' ? 'code' : undefined} rows={spec.control === 'json' ? 4 : 3}
      value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = <input {...common} type={spec.control === 'number' ? 'number' : 'text'} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      {spec.control !== 'checkbox' && <label htmlFor={id}>{label}</label>}
      {control}
      {spec.description && <small id={`${id}-hint`} className="muted">{spec.description}</small>}
      {error && <small id={`${id}-error`} className="field-error" role="alert">{error}</small>}
    </div>
  );
}
