// A labelled file input that hands back the chosen file's text (the backend checks everything).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_BYTES = 1_000_000;

interface Props {
  id: string;
  label: string;
  onText(text: string, fileName: string): void;
  /** Larger files are passed on cut short, for the backend to report as truncated. */
  maxBytes?: number;
  /** File types offered by the dialog. */
  accept?: string;
}

export function FilePicker({ id, label, onText, maxBytes = MAX_BYTES, accept = '.json,application/json' }: Props) {
  const { t } = useTranslation('charter');
  const [reading, setReading] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setReading(true);
          try {
            // Oversized files are passed on cut short: the backend then reports them as truncated.
            onText(await file.slice(0, maxBytes + 1).text(), file.name);
          } finally {
            setReading(false);
            event.target.value = '';
          }
        }}
      />
      {reading ? <span role="status">{t('files.reading')}</span> : null}
    </div>
  );
}
