// The shared folder's path, typed or pasted: the backend checks that it exists and is writable.
import { useTranslation } from 'react-i18next';

export function FolderField({ id, value, onChange }: { id: string; value: string; onChange(value: string): void }) {
  const { t } = useTranslation('group');
  return (
    <div className="field field-monospace">
      <label htmlFor={id}>{t('folder')}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" spellCheck={false} />
      <span id={`${id}-hint`} className="field-hint">
        {t('folderHint')}
      </span>
    </div>
  );
}
