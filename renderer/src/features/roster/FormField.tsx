// One labelled form control with its error and hint, wired for assistive technologies
// (aria-invalid, aria-describedby pointing at the message and the hint). The control itself is
// given by the caller (input, select, textarea).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, describedBy, errorIdOf } from '../../components/FieldError';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}

interface Props {
  id: string;
  name: string;
  label: string;
  /** i18n key of the error (validation.*), if any. */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children(control: ControlProps): ReactNode;
}

export function FormField({ id, name, label, error, hint, required, children }: Props) {
  const { t } = useTranslation('roster');
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field roster-field${error ? ' roster-field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="roster-required"> {t('form.required')}</span> : null}
      </label>
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy(error && errorIdOf(id), hintId), 'aria-required': required || undefined })}
      <FieldError fieldId={id} messageKey={error} />
      {hint ? (
        <div id={hintId} className="field-hint roster-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export { describedBy };
