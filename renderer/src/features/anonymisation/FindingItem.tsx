// One finding of the anonymisation check: its excerpt and kind in words, why it matters, and the
// two ways out: replace it by its suggestion, or keep it with a written reason (never a private word).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding } from '../../../../contract/types/situations';
import { TextAreaField } from '../sessions/fields';

interface Props {
  finding: CheckedFinding;
  editable: boolean;
  busy: boolean;
  onReplace(): void;
  onKeep(reason: string): void;
}

export function FindingItem({ finding, editable, busy, onReplace, onKeep }: Props) {
  const { t } = useTranslation('anonymisation');
  const id = useId();
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  return (
    <li>
      <span className="finding-label">
        « {finding.text} » : {t(`kinds.${finding.kind}`)}
        {finding.overridden ? ` (${t('finding.kept')})` : ''}
      </span>
      <span className="field-hint finding-help">{t(`kindHelp.${finding.kind}`)}</span>
      {editable && !finding.overridden ? (
        <span className="button-row finding-actions">
          <button type="button" className="button-secondary" onClick={onReplace} disabled={busy}>
            {t('finding.replace', { suggestion: finding.suggestion })}
          </button>
          {finding.kind === 'privateWord' ? (
            <span className="muted">{t('finding.privateNotKeepable')}</span>
          ) : (
            <button type="button" className="button-secondary" aria-expanded={keeping} onClick={() => setKeeping(!keeping)} disabled={busy}>
              {t('finding.keep')}
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
            label={t('finding.keepReason', { excerpt: finding.text })}
            hint={t('finding.keepReasonHint')}
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
            {t('finding.keepConfirm')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
