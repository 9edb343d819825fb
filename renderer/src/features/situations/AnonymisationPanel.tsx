// Condition 5 on screen: the private words (typed for this screen only, never saved), the check
// of every free text, each finding highlighted with its kind, replaced by its suggestion in one
// click, or kept with a written reason (never a private word).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding, FieldCheck, SituationCheck, SituationDetail } from '../../../../electron/api/types/situations';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { TextAreaField } from '../sessions/fields';
import { HighlightedText } from './HighlightedText';
import { useSituationChange } from './situationsQueries';

interface Props {
  situation: SituationDetail;
  privateWordsText: string;
  privateWords: string[];
  onPrivateWordsText(text: string): void;
}

export function AnonymisationPanel({ situation, privateWordsText, privateWords, onPrivateWordsText }: Props) {
  const { t } = useTranslation('situations');
  const id = useId();
  const [result, setResult] = useState<SituationCheck | null>(null);
  const [message, setMessage] = useState('');
  const check = useMutation({ mutationFn: () => request('situations.check', { id: situation.id, privateWords }), onSuccess: setResult });
  const replace = useSituationChange('situations.replace');
  const keep = useSituationChange('situations.override');
  const error = check.error ?? replace.error ?? keep.error;
  // Offsets of an earlier check mean nothing once the texts changed (an edit of the record): check again.
  useEffect(() => {
    if (!check.isPending) setResult(null);
  }, [situation.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const rerun = (done: string) => {
    setMessage(done);
    check.mutate();
  };
  const onReplace = (field: FieldCheck, f: CheckedFinding) => {
    setMessage('');
    replace.mutate(
      { id: situation.id, field: field.field, start: f.start, end: f.end, excerpt: f.text, replacement: f.suggestion, privateWords },
      { onSuccess: () => rerun(t('check.replaced')) },
    );
  };
  const onKeep = (field: FieldCheck, f: CheckedFinding, reason: string) => {
    setMessage('');
    keep.mutate({ id: situation.id, field: field.field, kind: f.kind, excerpt: f.text, reason }, { onSuccess: () => rerun(t('check.keptDone')) });
  };

  const withFindings = result?.fields.filter((f) => f.findings.length > 0) ?? [];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('check.title')}</h2>
      <p className="field-hint">{t('check.intro')}</p>
      <TextAreaField id={`${id}-private`} label={t('check.privateWords')} hint={t('check.privateWordsHint')} value={privateWordsText} onChange={onPrivateWordsText} rows={3} autoComplete="off" spellCheck={false} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => check.mutate()} disabled={check.isPending}>
          {check.isPending ? t('check.running') : t('check.run')}
        </button>
      </div>
      <ErrorAlert error={error} />
      <StatusMessage>{message}</StatusMessage>
      {result ? (
        <p role="status" className={result.unresolved ? 'situation-missing' : 'status-message'}>
          {result.unresolved ? t('check.summary', { count: result.unresolved }) : t('check.clean')}
        </p>
      ) : null}
      {withFindings.map((field) => (
        <div key={field.field} className="checked-field">
          <h3>{t('check.fieldTitle', { field: t(`check.fields.${field.field}`), count: field.findings.length })}</h3>
          <HighlightedText text={field.text} findings={field.findings} />
          <ul className="finding-list">
            {field.findings.map((f) => (
              <FindingItem key={`${f.start}-${f.kind}`} finding={f} editable={situation.editable} busy={replace.isPending || keep.isPending} onReplace={() => onReplace(field, f)} onKeep={(reason) => onKeep(field, f, reason)} />
            ))}
          </ul>
        </div>
      ))}
      {situation.overrides.length > 0 ? (
        <details>
          <summary>{t('check.overrides')}</summary>
          <ul>
            {situation.overrides.map((o) => (
              <li key={o.id}>
                « {o.excerpt} » ({t(`anonymisation:kinds.${o.kind}`)}, {t(`check.fields.${o.field}`)}) : {o.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function FindingItem({ finding, editable, busy, onReplace, onKeep }: { finding: CheckedFinding; editable: boolean; busy: boolean; onReplace(): void; onKeep(reason: string): void }) {
  const { t } = useTranslation('situations');
  const id = useId();
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  return (
    <li>
      <span className="finding-label">
        « {finding.text} » : {t(`anonymisation:kinds.${finding.kind}`)}
        {finding.overridden ? ` (${t('check.kept')})` : ''}
      </span>
      <span className="field-hint finding-help">{t(`anonymisation:kindHelp.${finding.kind}`)}</span>
      {editable && !finding.overridden ? (
        <span className="button-row finding-actions">
          <button type="button" className="button-secondary" onClick={onReplace} disabled={busy}>
            {t('check.replace', { suggestion: finding.suggestion })}
          </button>
          {finding.kind === 'privateWord' ? (
            <span className="muted">{t('check.privateNotKeepable')}</span>
          ) : (
            <button type="button" className="button-secondary" aria-expanded={keeping} onClick={() => setKeeping(!keeping)} disabled={busy}>
              {t('check.keep')}
            </button>
          )}
        </span>
      ) : null}
      {keeping ? (
        <form
          className="finding-keep"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim().length < 5) return setTooShort(true);
            onKeep(reason.trim());
          }}
        >
          <TextAreaField
            id={`${id}-reason`}
            label={t('check.keepReason', { excerpt: finding.text })}
            hint={t('check.keepReasonHint')}
            value={reason}
            onChange={(v) => {
              setReason(v);
              setTooShort(false);
            }}
            error={tooShort ? 'validation.reasonRequired' : undefined}
            required
            rows={2}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {t('check.keepConfirm')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
