// CSV import in two steps: the backend previews the file (valid rows, each rejected row and why),
// then imports. With rejected rows, nothing is imported unless the user confirms the valid ones.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../../contract/types/app';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { describedBy } from '../../components/FieldError';
import { WorkInProgress } from '../../components/WorkInProgress';
import { ImportPreviewView } from './ImportPreviewView';
import { RosterDialog } from './RosterDialog';
import { CSV_COLUMNS, MAX_CSV_BYTES, readCsvFile } from './csvFiles';
import { useImportCommit } from './rosterQueries';
import { issueText } from './rosterText';

interface Loaded {
  fileName: string;
  content: string;
  encoding: 'utf-8' | 'windows-1252';
  preview: ImportPreview;
}

export function ImportDialog({ onClose, onDone }: { onClose(): void; onDone(result: ImportResult): void }) {
  const { t } = useTranslation('roster');
  const id = useId();
  const confirmRef = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: (content: string) => request('members.importPreview', { content }) });
  const commit = useImportCommit();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLoaded(null);
    setFileError(null);
    setFailure(null);
    setConfirmed(false);
    setConfirmMissing(false);
    setFileName(file?.name ?? null);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFileError(issueText(t, 'validation.fileTooLarge'));
      return;
    }
    try {
      const { content, encoding } = await readCsvFile(file);
      setLoaded({ fileName: file.name, content, encoding, preview: await preview.mutateAsync(content) });
      // The result is below the explanations: bring it into view (the live region announces it).
      requestAnimationFrame(() => previewRef.current?.scrollIntoView({ block: 'start' }));
    } catch (error) {
      setFileError(error instanceof Error ? t('import.readError') : errorText(t, error));
    }
  };

  const rejected = loaded?.preview.rejected.length ?? 0;
  const valid = loaded?.preview.valid.length ?? 0;

  const onImport = async () => {
    if (!loaded) return;
    if (rejected > 0 && !confirmed) {
      setConfirmMissing(true);
      confirmRef.current?.focus();
      return;
    }
    setFailure(null);
    try {
      onDone(await commit.mutateAsync({ content: loaded.content, acceptValidRows: rejected > 0 }));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <RosterDialog title={t('import.title')} onClose={onClose} wide>
      <div className="roster-import">
        <p>{t('import.explanation')}</p>
        <details className="roster-columns-help">
          <summary>{t('import.columnsSummary')}</summary>
          <table className="roster-simple-table">
            <caption className="roster-sr-only">{t('import.columnsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.content')}</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row">
                    <code>{column}</code>
                  </th>
                  <td>{t(`import.columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t('import.example')} <code className="roster-raw">{CSV_COLUMNS.join(';')}</code>
          </p>
        </details>

        <div className="roster-field">
          {/* The native file button speaks the browser's language; this label-button is always in the UI's. */}
          <input
            id={`${id}-file`}
            className="roster-file-input"
            type="file"
            accept=".csv,text/csv"
            data-autofocus
            aria-invalid={Boolean(fileError)}
            aria-describedby={describedBy(`${id}-file-name`, fileError && `${id}-file-error`)}
            onChange={onFile}
          />
          <label htmlFor={`${id}-file`} className="button-secondary roster-file-button">
            {t('import.file')}
          </label>
          <span id={`${id}-file-name`} className="roster-hint">
            {loaded || fileName ? t('import.chosenFile', { fileName: loaded?.fileName ?? fileName }) : t('import.noFile')}
          </span>
          {fileError ? (
            <p id={`${id}-file-error`} className="roster-error">
              {fileError}
            </p>
          ) : null}
        </div>

        <div aria-live="polite" ref={previewRef}>
          {preview.isPending ? <p>{t('import.checking')}</p> : null}
          <WorkInProgress active={preview.isPending} label={t('import.progressCheck')} />
          {loaded ? <ImportPreviewView preview={loaded.preview} fileName={loaded.fileName} encoding={loaded.encoding} /> : null}
        </div>

        {loaded && rejected > 0 && valid > 0 ? (
          <div className={`roster-checkbox roster-confirm${confirmMissing && !confirmed ? ' roster-field--invalid' : ''}`}>
            <input
              ref={confirmRef}
              type="checkbox"
              id={`${id}-confirm`}
              checked={confirmed}
              aria-invalid={confirmMissing && !confirmed}
              aria-describedby={confirmMissing && !confirmed ? `${id}-confirm-error` : undefined}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor={`${id}-confirm`}>{t('import.confirm', { count: valid, rejected })}</label>
            {confirmMissing && !confirmed ? (
              <p id={`${id}-confirm-error`} className="roster-error">
                {t('import.confirmRequired')}
              </p>
            ) : null}
          </div>
        ) : null}

        {failure ? (
          <div className="roster-alert" role="alert">
            {failure}
          </div>
        ) : null}

        <WorkInProgress active={commit.isPending} label={t('import.progressCommit')} />
        <div className="roster-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('form.cancel')}
          </button>
          {loaded && valid > 0 ? (
            <button type="button" className="button-primary" disabled={commit.isPending} aria-busy={commit.isPending} onClick={onImport}>
              {commit.isPending ? t('import.importing') : rejected > 0 ? t('import.importValid', { count: valid }) : t('import.importAll', { count: valid })}
            </button>
          ) : null}
        </div>
      </div>
    </RosterDialog>
  );
}
