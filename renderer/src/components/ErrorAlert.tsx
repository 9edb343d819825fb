// The alert region of a form or page: a backend error in the current language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  // The region stays in the DOM so that screen readers announce a message as soon as it appears.
  return (
    <div id={id} role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
      {error ? errorText(t, error) : null}
    </div>
  );
}

/** A polite status line (busy states, confirmations). */
export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <p role="status" className={children ? `status-message ${className ?? ''}`.trim() : 'alert-empty'}>
      {children}
    </p>
  );
}
