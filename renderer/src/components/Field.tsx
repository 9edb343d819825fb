// A labelled text input with its hint and error, wired for assistive technologies.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, describedBy, errorIdOf } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra ids for aria-describedby (e.g. a strength meter). */
  describedByIds?: string[];
}

export function TextField({ id, label, value, onChange, hint, error, required, describedByIds = [], className, ...rest }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(hintId, ...describedByIds, error && errorIdOf(id))}
        {...rest}
      />
      <FieldError fieldId={id} messageKey={error} />
    </div>
  );
}

/** Shown after the label of a required field, in words (an asterisk alone says nothing to many people). */
export function RequiredMark() {
  const { t } = useTranslation();
  return <span className="required-mark"> {t('common.required')}</span>;
}
