// The end of a form: its alert region, the submit button (busy or idle label) and, if given, a status line.
import type { ReactNode } from 'react';
import { ErrorAlert, StatusMessage } from './ErrorAlert';

interface Props {
  error: unknown;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  /** Content of the status line; leave undefined for a form without one (null keeps an empty line). */
  status?: ReactNode;
}

export function FormFooter({ error, busy, submitLabel, busyLabel, status }: Props) {
  return (
    <>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
      {status === undefined ? null : <StatusMessage>{status}</StatusMessage>}
    </>
  );
}
