// The one file-picking control of the app. A native <input type="file"> speaks the browser's
// language ("Choose File / No file chosen" on an English system); this one is always in the UI's:
// the input stays (keyboard, screen readers, drag and drop), hidden behind a labelled button.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, errorIdOf } from './FieldError';

interface Props {
  id: string;
  label: ReactNode;
  /** File types offered by the dialog. */
  accept?: string;
  hint?: ReactNode;
  /** The error, already translated. */
  error?: string | null | undefined;
  disabled?: boolean | undefined;
  /** Shown when a file is being read. */
  busy?: boolean | undefined;
  /** The chosen file's name, when the caller keeps it (otherwise the control remembers the last one). */
  fileName?: string | null | undefined;
  autoFocus?: boolean | undefined;
  onFile(file: File | null): void;
}

export function FileButton({ id, label, accept, hint, error, disabled, busy, fileName, autoFocus, onFile }: Props) {
  const { t } = useTranslation('ui');
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = fileName === undefined ? chosen : fileName;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field file-field">
      <label htmlFor={id} className="file-field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="file-field-row">
        <input
          id={id}
          className="file-field-input"
          type="file"
          accept={accept}
          disabled={disabled}
          data-autofocus={autoFocus ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, `${id}-name`, error && errorIdOf(id))}
          onChange={(event) => {
            const file = event.target.files?.[0] ?? null;
            setChosen(file?.name ?? null);
            onFile(file);
            // The same file can be chosen again (after fixing it, or to retry).
            event.target.value = '';
          }}
        />
        <label htmlFor={id} className={`button-secondary file-field-button${disabled ? ' is-disabled' : ''}`}>
          {t('files.choose')}
        </label>
        <span id={`${id}-name`} className="field-hint file-field-name">
          {busy ? t('files.reading') : shown ? t('files.chosen', { fileName: shown }) : t('files.none')}
        </span>
      </div>
      {error ? (
        <p id={errorIdOf(id)} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
