import type { z } from 'zod';

/** How one input field is edited. */
export interface FieldSpec {
  name: string;
  control: 'text' | 'textarea' | 'number' | 'select' | 'checkbox' | 'json';
  options: string[];
  isNullable: boolean;
  description: string | undefined;
}

interface Def { type: string; innerType?: ZodLike; entries?: Record<string, string>; checks?: unknown[] }
interface ZodLike { _zod: { def: Def }; description?: string }

/**
 * Reads a zod object schema's fields into form controls: strings, numbers, enums and booleans get
 * their own control; lists and nested objects are edited as JSON.
 * @param schema a zod object schema (an input schema from RECORD_SCHEMAS)
 * @returns one spec per field, in schema order
 */
export function fieldSpecsOf(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape as Record<string, ZodLike>).map(([name, field]) => {
    let node: ZodLike = field;
    let isNullable = false;
    let description = field.description;
    while (['default', 'nullable', 'optional', 'prefault'].includes(node._zod.def.type) && node._zod.def.innerType) {
      if (node._zod.def.type === 'nullable' || node._zod.def.type === 'optional') isNullable = true;
      node = node._zod.def.innerType;
      description ??= node.description;
    }
    const type = node._zod.def.type;
    const control: FieldSpec['control'] =
      type === 'string' ? (/claim|summary|note|text|renewal/.test(name) ? 'textarea' : 'text')
        : type === 'number' ? 'number' : type === 'enum' ? 'select' : type === 'boolean' ? 'checkbox' : 'json';
    const options = type === 'enum' ? Object.values(node._zod.def.entries ?? {}) : [];
    return { name, control, options, isNullable, description };
  });
}

/** A form value as the inputs hold it. */
export type FormValue = string | boolean;

/**
 * Shows a stored value in its control.
 * @param spec the field
 * @param value the record's value
 */
export function toFormValue(spec: FieldSpec, value: unknown): FormValue {
  if (spec.control === 'checkbox') return value === true;
  if (spec.control === 'json') return JSON.stringify(value ?? null, null, 2);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Reads a control back into the value the schema expects; an empty nullable field is null.
 * @param spec the field
 * @param value what the control holds
 * @returns the value, or an Error naming what is wrong with the text
 */
export function fromFormValue(spec: FieldSpec, value: FormValue): unknown {
  if (spec.control === 'checkbox') return value === true;
  const text = String(value);
  if (text.trim() === '' && spec.isNullable) return null;
  if (spec.control === 'number') return text.trim() === '' ? undefined : Number(text);
  if (spec.control === 'json') {
    try { return JSON.parse(text); } catch { return new Error('must be valid JSON'); }
  }
  return text;
}
