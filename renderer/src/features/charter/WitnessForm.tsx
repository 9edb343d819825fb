// The coordinator records a signature made in person by a member without an account,
// countersigned with the coordinator's own key.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../contract/contract';
import { witnessInput } from '../../../../contract/schemas/charter';
import type { MemberCharterStatus } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { FieldError } from '../../components/FieldError';
import { useFieldErrors } from '../../forms/validation';
import { useMembers } from '../roster/rosterQueries';
import { DayField, TimeField } from '../sessions/fields';
import { useCharterMutation } from './charterQueries';

const nowLocal = () => {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date());
  return parts.replace(' ', 'T');
};

interface Props {
  versionId: string;
  candidates: MemberCharterStatus[];
  initialMemberId: string;
  onDone(name: string): void;
  onCancel(): void;
}

export function WitnessForm({ versionId, candidates, initialMemberId, onDone, onCancel }: Props) {
  const { t } = useTranslation('charter');
  const id = useId();
  const members = useMembers();
  const [memberId, setMemberId] = useState(initialMemberId);
  const secrecyOf = (mid: string) => members.data?.find((m) => m.id === mid)?.secrecyStatus ?? 'professional_secret';
  const [declaredStatus, setDeclaredStatus] = useState<'professional_secret' | 'duty_of_reserve'>(secrecyOf(initialMemberId));
  // Typed as JJ/MM/AAAA and HH:MM like every other form (a native date-time input follows the system's locale).
  const [signedDay, setSignedDay] = useState(nowLocal().slice(0, 10));
  const [signedTime, setSignedTime] = useState(nowLocal().slice(11, 16));
  const signedAt = `${signedDay}T${signedTime}`;
  const [place, setPlace] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const form = useFieldErrors(witnessInput, 'charter-witness');
  const witness = useCharterMutation((input: InputOf<'charter.witness'>) => request('charter.witness', input));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.check({ versionId, memberId, declaredStatus, signedAt, place, passphrase });
    if (!input) return;
    witness.mutate(input, {
      onSuccess: (sig) => {
        setPassphrase('');
        onDone(sig.signerName);
      },
      onError: form.fromServer,
    });
  };

  return (
    <form className="card charter-witness" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('witness.heading')}</h3>
      <p className="field-hint">{t('witness.intro')}</p>
      {candidates.length === 0 ? <p>{t('witness.noCandidates')}</p> : null}
      <div className="field">
        <label htmlFor={form.id('memberId')}>{t('witness.member')}</label>
        <select
          id={form.id('memberId')}
          value={memberId}
          onChange={(e) => {
            setMemberId(e.target.value);
            setDeclaredStatus(secrecyOf(e.target.value));
          }}
          aria-invalid={form.errors.memberId ? true : undefined}
        >
          <option value="">{t('witness.chooseMember')}</option>
          {candidates.map((c) => (
            <option key={c.memberId} value={c.memberId}>
              {c.memberName}
            </option>
          ))}
        </select>
        <FieldError fieldId={form.id('memberId')} messageKey={form.errors.memberId} />
      </div>
      <div className="field-row">
        <DayField id={form.id('signedAt')} label={t('witness.signedAt')} value={signedDay} onChange={setSignedDay} error={form.errors.signedAt} required />
        <TimeField id={`${id}-signedTime`} label={t('witness.signedTime')} value={signedTime} onChange={setSignedTime} required />
        <TextField id={form.id('place')} label={t('witness.place')} hint={t('witness.placeHint')} value={place} onChange={setPlace} error={form.errors.place} required />
      </div>
      <fieldset className="radio-group">
        <legend>{t('witness.declaredStatus')}</legend>
        {(['professional_secret', 'duty_of_reserve'] as const).map((value) => (
          <div className="radio-option" key={value}>
            <input id={`${id}-${value}`} type="radio" name={`${id}-status`} checked={declaredStatus === value} onChange={() => setDeclaredStatus(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`reference:secrecy.${value}`)}</label>
          </div>
        ))}
        {declaredStatus === 'duty_of_reserve' ? <p className="notice charter-reserve">{t('dutyOfReserveText')}</p> : null}
      </fieldset>
      <TextField
        id={form.id('passphrase')}
        className="field-short"
        type="password"
        autoComplete="current-password"
        label={t('witness.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.errors.passphrase}
        required
      />
      <ErrorAlert error={witness.error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={witness.isPending}>
          {t('witness.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('sign.cancel')}
        </button>
      </div>
    </form>
  );
}
