// Pieces shared by the session forms and tables: the dialog's buttons, the error shown above
// them (field errors go next to their fields), and a table's header row.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A backend error that is not about one field: shown in the form's alert. */
export const formLevelError = (error: unknown): unknown => (error && !(error as { issues?: unknown[] }).issues?.length ? error : null);

export function DialogActions({ busy, label, error, onClose, closeLabel }: { busy: boolean; label: string; error: unknown; onClose(): void; closeLabel?: string }) {
  const { t } = useTranslation('sessions');
  return (
    <>
      <ErrorAlert error={formLevelError(error)} />
      <div className="form-actions roster-dialog-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {label}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {closeLabel ?? t('common.back')}
        </button>
      </div>
    </>
  );
}

/** Asked before sessions are created in the past (recording a session already held is allowed, but never silently). */
export function PastWarning({ message }: { message: string }) {
  // Shown when the user presses the button: brought into view above it (the form scrolls).
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <p ref={ref} className="notice notice-warning" role="alert">
      {message}
    </p>
  );
}

export function HeaderRow({ labels }: { labels: Array<string | false> }) {
  return (
    <thead>
      <tr>
        {labels.filter((l): l is string => l !== false).map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
