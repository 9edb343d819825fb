// The shared file control, handing back the chosen file's text (the backend checks everything).
import { useState } from 'react';
import { FileButton } from '../../components/FileButton';

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
  const [reading, setReading] = useState(false);
  return (
    <FileButton
      id={id}
      label={label}
      accept={accept}
      busy={reading}
      onFile={async (file) => {
        if (!file) return;
        setReading(true);
        try {
          // Oversized files are passed on cut short: the backend then reports them as truncated.
          onText(await file.slice(0, maxBytes + 1).text(), file.name);
        } finally {
          setReading(false);
        }
      }}
    />
  );
}
