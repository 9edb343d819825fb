// The situations of one session (on the session's screen): the coordinator adds ready situations
// to the agenda (code and sectors only), and after the session each one's follow-up (outcome,
// needs grid, notice) opens here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../contract/types/sessions';
import { ErrorAlert, StatusMessage } from '../../../components/ErrorAlert';
import { TextField } from '../../../components/Field';
import { SelectField, TextAreaField } from '../../sessions/fields';
import { formLevelError } from '../../sessions/formBits';
import { SituationFollowUp } from './index';
import { useCandidates, useFollowUpMutation } from './queries';

export function SessionSituations({ session, canPlan }: { session: SessionDetail; canPlan: boolean }) {
  const { t } = useTranslation('situationFollowUp');
  const items = session.agenda.items.filter((i) => i.situationId);
  const [open, setOpen] = useState<string | null>(null);
  const editable = canPlan && session.status === 'planned';
  return (
    <section className="card sessions-section" aria-labelledby="session-situations-heading">
      <h2 id="session-situations-heading">{t('session.title')}</h2>
      <p className="field-hint">{t('session.intro')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('session.none')}</p>
      ) : (
        <ul className="followup-session-list">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>{' '}
              <button type="button" className="link-button" aria-expanded={open === item.situationId} onClick={() => setOpen(open === item.situationId ? null : item.situationId)}>
                {open === item.situationId ? t('session.hide', { code: item.title }) : t('session.show', { code: item.title })}
              </button>
              {open === item.situationId ? <SituationFollowUp situationId={item.situationId!} /> : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? <AddSituationForm session={session} /> : null}
    </section>
  );
}

function AddSituationForm({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('situationFollowUp');
  const candidates = useCandidates(session.id, true);
  const add = useFollowUpMutation('situationAgenda.add');
  const [values, setValues] = useState({ situationId: '', duration: '30', overrideReason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const closed = session.agenda.closed;
  const list = candidates.data ?? [];

  const submit = () => {
    const next: Record<string, string> = {};
    if (!values.situationId) next.situationId = 'validation.required';
    const minutes = Number(values.duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) next.durationMinutes = 'validation.number';
    if (closed && !values.overrideReason.trim()) next.overrideReason = 'validation.required';
    setErrors(next);
    if (Object.keys(next).length) {
      document.getElementById(`situation-add-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    add.mutate(
      { sessionId: session.id, situationId: values.situationId, durationMinutes: minutes, overrideReason: values.overrideReason },
      {
        onSuccess: () => {
          const code = list.find((c) => c.id === values.situationId)?.code ?? '';
          setValues({ situationId: '', duration: '30', overrideReason: '' });
          setMessage(t('session.added', { code }));
        },
      },
    );
  };

  return (
    <form
      className="sessions-subform"
      noValidate
      aria-labelledby="situation-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id="situation-add-title">{t('session.addTitle')}</h3>
      {candidates.data && list.length === 0 ? (
        <p className="muted">{t('session.noCandidates')}</p>
      ) : (
        <>
          <div className="field-row">
            <SelectField id="situation-add-situationId" label={t('session.situation')} hint={t('session.situationHint')} value={values.situationId} onChange={(situationId) => setValues({ ...values, situationId })} error={errors.situationId} required>
              <option value="">{t('session.choose')}</option>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} — {c.needSectors.map((s) => t(`reference:sectors.${s}`)).join(', ')}
                  {c.status === 'follow_up' ? ` — ${t('session.followUp')}` : ''}
                  {c.suggested ? ` (${t('session.suggested')})` : ''}
                </option>
              ))}
            </SelectField>
            <TextField id="situation-add-durationMinutes" type="number" min={5} max={240} step={5} label={t('session.duration')} value={values.duration} onChange={(duration) => setValues({ ...values, duration })} error={errors.durationMinutes} required className="field-short" />
          </div>
          {closed ? (
            <TextAreaField id="situation-add-overrideReason" label={t('session.override')} hint={t('session.overrideHint')} value={values.overrideReason} onChange={(overrideReason) => setValues({ ...values, overrideReason })} error={errors.overrideReason} rows={2} required />
          ) : null}
          <ErrorAlert error={formLevelError(add.error)} />
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={add.isPending}>
              {t('session.add')}
            </button>
          </div>
        </>
      )}
      <StatusMessage>{message}</StatusMessage>
    </form>
  );
}
