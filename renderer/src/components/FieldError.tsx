// The message shown under a field that is not valid; its id is referenced by the field's aria-describedby.
import { useTranslation } from 'react-i18next';
import { issueText } from '../forms/validation';

export const errorIdOf = (fieldId: string) => `${fieldId}-error`;

export function FieldError({ fieldId, messageKey }: { fieldId: string; messageKey?: string | undefined }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p id={errorIdOf(fieldId)} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {issueText(t, messageKey)}
    </p>
  );
}

/** aria-describedby for a field: its hint and, when present, its error. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((x): x is string => Boolean(x));
  return list.length ? list.join(' ') : undefined;
}
