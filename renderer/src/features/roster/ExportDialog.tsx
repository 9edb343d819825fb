// Before the roster leaves the app as a CSV file: what it holds (personal data of every member) and
// why some cells start with an apostrophe (formula neutralisation), then the export itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { CsvApostropheNote } from '../../components/CsvApostropheNote';
import { downloadText } from './csvFiles';
import { RosterDialog } from './RosterDialog';

export function ExportDialog({ onClose, onDone }: { onClose(): void; onDone(fileName: string): void }) {
  const { t } = useTranslation('roster');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onExport = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const file = await request('members.exportCsv', {});
      downloadText(file.fileName, file.content);
      onDone(file.fileName);
    } catch (error) {
      setFailure(errorText(t, error));
      setBusy(false);
    }
  };

  return (
    <RosterDialog title={t('export.title')} onClose={onClose} description={t('export.contents')}>
      <div className="roster-form">
        {failure ? (
          <div className="roster-alert" role="alert">
            {failure}
          </div>
        ) : null}
        <p className="roster-form-note">{t('export.format')}</p>
        <CsvApostropheNote className="roster-form-note" />
        <p className="roster-form-note">{t('export.apostrophe')}</p>
        <div className="roster-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="button" className="button-primary" data-autofocus disabled={busy} onClick={() => void onExport()}>
            {t('export.confirm')}
          </button>
        </div>
      </div>
    </RosterDialog>
  );
}
