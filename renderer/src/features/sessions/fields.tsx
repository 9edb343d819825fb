// Small labelled controls of the session forms (select, textarea), wired like TextField.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldError, describedBy, errorIdOf } from '../../components/FieldError';
import { RequiredMark } from '../../components/Field';

interface Base {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
}

export function SelectField({ id, label, value, onChange, error, hint, required, children, ...rest }: Base & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(hintId, error && errorIdOf(id))} {...rest}>
        {children}
      </select>
      <FieldError fieldId={id} messageKey={error} />
    </div>
  );
}

export function TextAreaField({ id, label, value, onChange, error, hint, required, ...rest }: Base & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(hintId, error && errorIdOf(id))}
        {...rest}
      />
      <FieldError fieldId={id} messageKey={error} />
    </div>
  );
}
