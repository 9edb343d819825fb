// Finalising: the version is sealed for its recipients and can no longer change; a correction
// (version 2 on) says why. The draft's last keystrokes are saved first.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { finaliseCorrectionInput, finaliseMinutesInput } from '../../../../contract/schemas/minutes';
import type { MinutesView } from '../../../../contract/types/minutes';
import { TextField } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFieldErrors } from '../../forms/validation';
import { TextAreaField } from '../sessions/fields';
import { useMinutesChange } from './minutesQueries';

interface Props {
  sessionId: string;
  privateWords: string[];
  /** The version being corrected, or null for the first. */
  correcting: number | null;
  /** A check ran on the current text and found nothing blocking. */
  ready: boolean;
  flush(): Promise<void>;
  onDone(view: MinutesView): void;
}

export function FinaliseForm({ sessionId, privateWords, correcting, ready, flush, onDone }: Props) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const [reason, setReason] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const form = useFieldErrors(correcting ? finaliseCorrectionInput : finaliseMinutesInput, `${id}-finalise`);
  const finalise = useMinutesChange('minutes.finalise');
  const next = (correcting ?? 0) + 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.check({ sessionId, privateWords, reason, passphrase });
    if (!input) return;
    await flush();
    setPassphrase('');
    // mutateAsync: the draft (and this form) leaves the screen as soon as the new view is cached.
    finalise.mutateAsync(input).then(onDone, form.fromServer);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} className="subsection">
      <h3 id={`${id}-title`}>{t('finalise.title', { number: next })}</h3>
      <p className="field-hint">{t('finalise.hint')}</p>
      {correcting ? (
        <TextAreaField
          id={form.id('reason')}
          label={t('finalise.reason', { number: correcting })}
          hint={t('finalise.reasonHint')}
          value={reason}
          onChange={(v) => {
            setReason(v);
            form.recheck({ sessionId, privateWords, reason: v, passphrase });
          }}
          error={form.errors.reason}
          required
          rows={2}
        />
      ) : null}
      <p className="notice notice-warning">{t('finalise.consequences')}</p>
      <TextField
        id={form.id('passphrase')}
        className="field-short"
        type="password"
        autoComplete="current-password"
        label={t('finalise.passphrase')}
        hint={t('finalise.passphraseHint')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.errors.passphrase}
        required
      />
      {ready ? null : <p className="field-hint">{t('finalise.checkFirst')}</p>}
      <FormFooter error={finalise.error} busy={finalise.isPending || !ready} submitLabel={t('finalise.submit', { number: next })} busyLabel={finalise.isPending ? t('finalise.busy') : t('finalise.submit', { number: next })} />
    </form>
  );
}
