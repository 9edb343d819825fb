// Condition 5 on screen: the private words (typed for this screen only, never saved), the check
// of every free text, each finding highlighted with its kind, replaced by its suggestion in one
// click, or kept with a written reason (never a private word).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding, FieldCheck, SituationCheck, SituationDetail } from '../../../../contract/types/situations';
import { request } from '../../api/client';
import { FindingItem } from '../anonymisation/FindingItem';
import { HighlightedText } from '../anonymisation/HighlightedText';
import { CheckControls } from '../anonymisation/CheckControls';
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
      <CheckControls
        id={id}
        privateWordsText={privateWordsText}
        onPrivateWordsText={onPrivateWordsText}
        running={check.isPending}
        onRun={() => check.mutate()}
        runLabel={t('check.run')}
        runningLabel={t('check.running')}
        error={error}
        message={message}
      />
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
