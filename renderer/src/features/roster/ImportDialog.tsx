// CSV import in steps: the backend reads the file as it is (encoding, separator), guesses which
// column holds which field and what the values mean; the user corrects the mapping (each change is
// checked again by the backend), sees the first rows as they will be read and every rejected row,
// then imports. With rejected rows, nothing is imported unless the user confirms the valid ones.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../../contract/schemas/members';
import type { ImportPreview, ImportResult } from '../../../../contract/types/app';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { ImportMappingView } from './ImportMappingView';
import { ImportFirstRows, ImportPreviewView } from './ImportPreviewView';
import { FileButton } from '../../components/FileButton';
import { WorkInProgress } from '../../components/WorkInProgress';
import { RosterDialog } from './RosterDialog';
import { MAX_CSV_BYTES, downloadText, readFileBase64 } from './csvFiles';
import { useImportCommit, useReference } from './rosterQueries';
import { issueText } from './rosterText';

interface Loaded {
  fileName: string;
  contentBase64: string;
  mapping: ImportMapping;
  preview: ImportPreview;
}

export function ImportDialog({ onClose, onDone }: { onClose(): void; onDone(result: ImportResult): void }) {
  const { t } = useTranslation('roster');
  const id = useId();
  const confirmRef = useRef<HTMLInputElement>(null);
  const reference = useReference();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useMutation({
    mutationFn: (input: { contentBase64: string; mapping?: ImportMapping }) => request('members.importPreview', input),
  });
  const commit = useImportCommit();

  const onFile = async (file: File | null) => {
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
      const contentBase64 = await readFileBase64(file);
      const result = await preview.mutateAsync({ contentBase64 });
      setLoaded({ fileName: file.name, contentBase64, mapping: { columns: result.columns, values: {} }, preview: result });
      // The result is below the explanations: bring it into view (the live region announces it).
      requestAnimationFrame(() => previewRef.current?.scrollIntoView({ block: 'start' }));
    } catch (error) {
      setFileError(error instanceof Error ? t('import.readError') : errorText(t, error));
    }
  };

  const onMapping = async (mapping: ImportMapping) => {
    if (!loaded) return;
    setFailure(null);
    setConfirmed(false);
    try {
      const result = await preview.mutateAsync({ contentBase64: loaded.contentBase64, mapping });
      setLoaded({ ...loaded, mapping: { columns: result.columns, values: mapping.values }, preview: result });
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  const onTemplate = async () => {
    try {
      const template = await request('members.importTemplate', {});
      downloadText(template.fileName, template.content);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  const rejected = loaded?.preview.rejected.length ?? 0;
  const valid = loaded?.preview.valid.length ?? 0;
  const ready = loaded !== null && loaded.preview.missingFields.length === 0;

  const onImport = async () => {
    if (!loaded) return;
    if (rejected > 0 && !confirmed) {
      setConfirmMissing(true);
      confirmRef.current?.focus();
      return;
    }
    setFailure(null);
    try {
      onDone(await commit.mutateAsync({ contentBase64: loaded.contentBase64, mapping: loaded.mapping, acceptValidRows: rejected > 0 }));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <RosterDialog title={t('import.title')} onClose={onClose} wide>
      <div className="roster-import">
        <p>{t('import.explanation')}</p>
        <p>
          <button type="button" className="button-secondary" onClick={() => void onTemplate()} aria-describedby={`${id}-template-hint`}>
            {t('import.template')}
          </button>{' '}
          <span id={`${id}-template-hint`} className="roster-hint">
            {t('import.templateHint')}
          </span>
        </p>

        <FileButton
          id={`${id}-file`}
          label={t('import.file')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          autoFocus
          error={fileError}
          busy={preview.isPending && !loaded}
          fileName={loaded?.fileName ?? fileName}
          onFile={(file) => void onFile(file)}
        />

        <div aria-live="polite" ref={previewRef}>
          {preview.isPending ? <p>{loaded ? t('import.rechecking') : t('import.checking')}</p> : null}
          {loaded ? (
            <>
              <p className="roster-hint">
                {t('import.fileRead', { encoding: t(`import.encodings.${loaded.preview.encoding}`), separator: t(`import.separators.${loaded.preview.separator}`) })}
              </p>
              {reference.data ? <ImportMappingView preview={loaded.preview} reference={reference.data} mapping={loaded.mapping} onChange={(m) => void onMapping(m)} /> : null}
              {ready ? (
                <>
                  <ImportFirstRows preview={loaded.preview} />
                  <ImportPreviewView preview={loaded.preview} fileName={loaded.fileName} />
                </>
              ) : null}
            </>
          ) : null}
          <WorkInProgress active={preview.isPending} label={t('import.progressCheck')} />
        </div>

        {ready && rejected > 0 && valid > 0 ? (
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
          {ready && valid > 0 ? (
            <button type="button" className="button-primary" disabled={commit.isPending || preview.isPending} aria-busy={commit.isPending} onClick={onImport}>
              {commit.isPending ? t('import.importing') : rejected > 0 ? t('import.importValid', { count: valid }) : t('import.importAll', { count: valid })}
            </button>
          ) : null}
        </div>
      </div>
    </RosterDialog>
  );
}
