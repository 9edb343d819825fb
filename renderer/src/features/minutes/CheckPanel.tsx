// The anonymisation check on the minutes, with the situations' rules and highlighting: private
// words for this check only, each finding in its place, replaced in the editor's text (then saved)
// or kept with a written reason.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesReadiness } from '../../../../contract/types/minutes';
import type { CheckedFinding } from '../../../../contract/types/situations';
import { FindingItem } from '../anonymisation/FindingItem';
import { HighlightedText } from '../anonymisation/HighlightedText';
import { CheckControls } from '../anonymisation/CheckControls';
import { useMinutesChange } from './minutesQueries';

interface Props {
  sessionId: string;
  readiness: MinutesReadiness | null;
  /** The text changed since the last check: its findings may no longer be in place. */
  outdated: boolean;
  running: boolean;
  error: unknown;
  message: string;
  privateWordsText: string;
  onPrivateWordsText(text: string): void;
  onRun(): void;
  onReplace(finding: CheckedFinding): void;
  /** A finding was kept with a reason: the check runs again (with the private words). */
  onKept(): void;
}

export function CheckPanel({ sessionId, readiness, outdated, running, error, message, privateWordsText, onPrivateWordsText, onRun, onReplace, onKept }: Props) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const keep = useMinutesChange('minutes.override');
  const check = readiness?.check;
  const onKeep = (f: CheckedFinding, reason: string) => keep.mutate({ sessionId, kind: f.kind, excerpt: f.text, reason }, { onSuccess: onKept });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('check.title')}</h2>
      <p className="field-hint">{t('check.intro')}</p>
      <CheckControls
        id={id}
        privateWordsText={privateWordsText}
        onPrivateWordsText={onPrivateWordsText}
        running={running}
        onRun={onRun}
        runLabel={t('check.run')}
        runningLabel={t('check.running')}
        error={error ?? keep.error}
        message={message}
      />
      {check ? (
        <p role="status" className={check.unresolved ? 'status-error minutes-strong' : 'status-message'}>
          {check.unresolved ? t('check.summary', { count: check.unresolved }) : t('check.clean')}
        </p>
      ) : null}
      {check && outdated ? <p className="notice notice-warning">{t('check.outdated')}</p> : null}
      {check && check.findings.length > 0 ? (
        <div className="checked-field">
          <h3>{t('check.findings', { count: check.findings.length })}</h3>
          <HighlightedText text={check.text} findings={check.findings} />
          <ul className="finding-list">
            {check.findings.map((f) => (
              <FindingItem key={`${f.start}-${f.kind}`} finding={f} editable={!outdated} busy={running || keep.isPending} onReplace={() => onReplace(f)} onKeep={(reason) => onKeep(f, reason)} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
