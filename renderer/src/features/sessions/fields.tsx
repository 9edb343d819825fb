// Small labelled controls of the session forms (select, textarea), wired like TextField.
import { useEffect, useState, type ComponentProps, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, describedBy, errorIdOf } from '../../components/FieldError';
import { RequiredMark, TextField } from '../../components/Field';
import { dayToInput, forDateField, inputToDay } from '../roster/rosterText';

type TextFieldProps = ComponentProps<typeof TextField>;

interface Base {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
}

/** Label, hint and error around a control; the control receives its aria attributes. */
function FieldFrame({ id, label, hint, error, required, children }: Omit<Base, 'value' | 'onChange'> & { required?: boolean | undefined; children(aria: { 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hintId, error && errorIdOf(id)) })}
      <FieldError fieldId={id} messageKey={error} />
    </div>
  );
}

export function SelectField({ id, label, value, onChange, error, hint, required, children, ...rest }: Base & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(aria) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria} {...rest}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ id, label, value, onChange, error, hint, required, ...rest }: Base & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(aria) => <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-required={required ? true : undefined} {...aria} {...rest} />}
    </FieldFrame>
  );
}

/**
 * A day typed as JJ/MM/AAAA whatever the browser's locale (a native date input follows the
 * system's language), kept as YYYY-MM-DD for the schema, as the roster does.
 */
export function DayField({ value, onChange, error, hint, ...rest }: Omit<TextFieldProps, 'hint'> & { hint?: ReactNode }) {
  const { t } = useTranslation('roster');
  const [text, setText] = useState(() => dayToInput(value) || value);
  // Follow a value set from outside (a reset, a default period).
  useEffect(() => {
    if (inputToDay(text) !== value) setText(dayToInput(value) || value);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <TextField
      {...rest}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(inputToDay(next));
      }}
      placeholder="JJ/MM/AAAA"
      inputMode="numeric"
      hint={hint ?? t('form.dateHint')}
      error={error && forDateField(error)}
    />
  );
}

/** A time typed as HH:MM (13:30, also 13h30 or 9:30), whatever the browser's locale. */
export function TimeField({ value, onChange, ...rest }: TextFieldProps) {
  return <TextField {...rest} value={value} onChange={(next) => onChange(normaliseTime(next))} placeholder="13:30" inputMode="numeric" maxLength={5} className="field-short" />;
}

export function normaliseTime(text: string): string {
  const match = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : text;
}
