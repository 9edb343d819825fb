// The signing form shared by the local and the remote flows: read to the end, tick every
// commitment, declare one's status (the duty-of-reserve text shown), re-enter the passphrase.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENTS, type Commitment } from '../../../../contract/schemas/charter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldError } from '../../components/FieldError';
import { ReadToEnd } from './ReadToEnd';

export interface SignValues {
  declaredStatus: 'professional_secret' | 'duty_of_reserve';
  commitments: Record<Commitment, true>;
  passphrase: string;
}

interface Props {
  number: number;
  text: string;
  defaultStatus: SignValues['declaredStatus'];
  pending: boolean;
  error: unknown;
  onSubmit(values: SignValues): void;
  onCancel(): void;
}

export function SignForm({ number, text, defaultStatus, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('charter');
  const id = useId();
  const [read, setRead] = useState(false);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState(defaultStatus);
  const [passphrase, setPassphrase] = useState('');
  const [attempted, setAttempted] = useState(false);
  const markRead = useCallback(() => setRead(true), []);
  const allTicked = COMMITMENTS.every((c) => ticked[c]);
  const canSign = read && allTicked && passphrase.length > 0 && !pending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!canSign) return;
    onSubmit({ declaredStatus: status, commitments: Object.fromEntries(COMMITMENTS.map((c) => [c, true])) as Record<Commitment, true>, passphrase });
    setPassphrase('');
  };

  return (
    <form className="charter-sign" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('sign.heading', { number })}</h3>
      <p id={`${id}-read`} className={read ? 'charter-read-done' : 'field-hint'}>
        {read ? <span aria-hidden="true">✓ </span> : null}
        {read ? t('sign.readDone') : t('sign.readFirst')}
      </p>
      <ReadToEnd text={text} label={t('current.textLabel', { number })} onReadToEnd={markRead} />

      <fieldset className="checkbox-group">
        <legend>{t('sign.commitments')}</legend>
        <p className="field-hint">{t('sign.commitmentsHint')}</p>
        {COMMITMENTS.map((c) => (
          <div className="checkbox-field" key={c}>
            <input id={`${id}-${c}`} type="checkbox" checked={ticked[c] ?? false} onChange={(e) => setTicked({ ...ticked, [c]: e.target.checked })} aria-describedby={attempted && !ticked[c] ? `${id}-${c}-error` : undefined} />
            <label htmlFor={`${id}-${c}`}>{t(`sign.commitment.${c}`)}</label>
            {attempted && !ticked[c] ? <FieldError fieldId={`${id}-${c}`} messageKey="validation.commitmentRequired" /> : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="radio-group">
        <legend>{t('sign.declaredStatus')}</legend>
        {(['professional_secret', 'duty_of_reserve'] as const).map((value) => (
          <div className="radio-option" key={value}>
            <input id={`${id}-${value}`} type="radio" name={`${id}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`secrecy.${value}`)}</label>
          </div>
        ))}
        {status === 'duty_of_reserve' ? <p className="notice charter-reserve">{t('dutyOfReserveText')}</p> : null}
      </fieldset>

      <div className="field field-short">
        <label htmlFor={`${id}-passphrase`}>{t('sign.passphrase')}</label>
        <p id={`${id}-passphrase-hint`} className="field-hint">
          {t('sign.passphraseHint')}
        </p>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-describedby={`${id}-passphrase-hint${attempted && !passphrase ? ` ${id}-passphrase-error` : ''}`}
          aria-invalid={attempted && !passphrase ? true : undefined}
        />
        {attempted && !passphrase ? <FieldError fieldId={`${id}-passphrase`} messageKey="validation.required" /> : null}
      </div>

      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={!read || pending} aria-describedby={read ? undefined : `${id}-read`}>
          {pending ? t('sign.signing') : t('sign.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('sign.cancel')}
        </button>
      </div>
    </form>
  );
}
