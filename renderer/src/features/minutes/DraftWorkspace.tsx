// Writing the PV: the generated head, the body with its preview and autosave, the anonymisation
// check, what finalising would give, and finalising.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesDraftView, MinutesHeader, MinutesReadiness, MinutesView } from '../../../../contract/types/minutes';
import type { CheckedFinding } from '../../../../contract/types/situations';
import { request } from '../../api/client';
import { parseWords } from '../anonymisation/PrivateWordsField';
import { CheckPanel } from './CheckPanel';
import { FinaliseForm } from './FinaliseForm';
import { GeneratedHeader } from './GeneratedHeader';
import { MinutesEditor } from './MinutesEditor';
import { ReadinessList } from './ReadinessList';
import { replaceFinding } from './replaceFinding';
import { useDraftAutosave } from './useDraftAutosave';

interface Props {
  sessionId: string;
  header: MinutesHeader;
  draft: MinutesDraftView;
  onReload(): void;
  onDiscard(): void;
  discarding: boolean;
  onFinalised(view: MinutesView): void;
}

export function DraftWorkspace({ sessionId, header, draft, onReload, onDiscard, discarding, onFinalised }: Props) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const editor = useDraftAutosave(sessionId, draft);
  const [privateWordsText, setPrivateWordsText] = useState('');
  const privateWords = parseWords(privateWordsText);
  const [readiness, setReadiness] = useState<MinutesReadiness | null>(null);
  const [checkedBody, setCheckedBody] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const outdated = readiness !== null && checkedBody !== editor.body;

  /** Saves, then checks the saved text (the backend checks what it holds). */
  const runCheck = async (body = editor.body, done = '') => {
    setRunning(true);
    setCheckError(null);
    setMessage('');
    try {
      await editor.flush();
      const next = await request('minutes.check', { sessionId, privateWords });
      setReadiness(next);
      setCheckedBody(body);
      setMessage(done);
    } catch (error) {
      setCheckError(error);
    } finally {
      setRunning(false);
    }
  };

  const onReplace = (finding: CheckedFinding) => {
    const next = replaceFinding(editor.body, finding);
    if (next === null) return setMessage(t('check.gone'));
    editor.change(next);
    void runCheck(next, t('check.replaced', { excerpt: finding.text, suggestion: finding.suggestion }));
  };

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{draft.correctingVersion ? t('draft.correctingTitle', { number: draft.correctingVersion }) : t('draft.title')}</h2>
        <GeneratedHeader header={header} headingId={`${id}-header`} />
        <MinutesEditor body={editor.body} onChange={editor.change} state={editor.state} savedAt={draft.updatedAt} onRetry={() => void editor.flush()} onReload={onReload} />
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            disabled={discarding}
            onClick={() => {
              if (window.confirm(draft.correctingVersion ? t('draft.discardCorrectionConfirm') : t('draft.discardConfirm'))) onDiscard();
            }}
          >
            {draft.correctingVersion ? t('draft.discardCorrection') : t('draft.discard')}
          </button>
        </div>
      </section>
      <CheckPanel
        sessionId={sessionId}
        readiness={readiness}
        outdated={outdated}
        running={running}
        error={checkError}
        message={message}
        privateWordsText={privateWordsText}
        onPrivateWordsText={setPrivateWordsText}
        onRun={() => void runCheck()}
        onReplace={onReplace}
        onKept={() => void runCheck(editor.body, t('check.keptDone'))}
      />
      <section className="card" aria-labelledby={`${id}-finalise`}>
        <h2 id={`${id}-finalise`}>{t('readiness.title')}</h2>
        {readiness ? <ReadinessList readiness={readiness} /> : <p className="muted">{t('readiness.runCheck')}</p>}
        <FinaliseForm sessionId={sessionId} privateWords={privateWords} correcting={draft.correctingVersion} ready={Boolean(readiness?.ready) && !outdated} flush={editor.flush} onDone={onFinalised} />
      </section>
    </>
  );
}
