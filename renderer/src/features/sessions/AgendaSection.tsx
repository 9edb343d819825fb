// The agenda: free items (title, duration, sectors needed) in order, their planned times adding
// up within the session. It closes a set time before the session; after that, an addition needs
// the coordinator's explicit override with its reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaItemInput, NEED_SECTORS, type NeedSector } from '../../../../contract/schemas/sessions';
import type { AgendaItem, SessionDetail } from '../../../../contract/types/sessions';
import { errorText } from '../../api/errors';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { useFieldErrors } from '../../forms/validation';
import { TextAreaField } from './fields';
import { formLevelError, HeaderRow } from './formBits';
import { duration } from './sessionText';
import { useSessionMutation } from './sessionsQueries';

export function AgendaSection({ session, canPlan }: { session: SessionDetail; canPlan: boolean }) {
  const { t, i18n } = useTranslation('sessions');
  const { agenda } = session;
  const editable = canPlan && session.status === 'planned';
  const move = useSessionMutation('agenda.move');
  const remove = useSessionMutation('agenda.remove');
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const onError = (e: unknown) => setMessage(errorText(t, e));

  return (
    <section className="card sessions-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <p>
        {t('agenda.fill', { used: duration(t, agenda.totalMinutes), total: duration(t, agenda.sessionMinutes) })}{' '}
        {agenda.remainingMinutes < 0 ? (
          <strong className="status-error">
            <span aria-hidden="true">⚠ </span>
            {t('agenda.overflow', { over: duration(t, -agenda.remainingMinutes) })}
          </strong>
        ) : (
          t('agenda.remaining', { left: duration(t, agenda.remainingMinutes) })
        )}
      </p>
      <p className={agenda.closed ? 'notice notice-warning' : 'field-hint'}>
        {agenda.closed ? <span aria-hidden="true">⚠ </span> : null}
        {t(agenda.closed ? 'agenda.closedSince' : 'agenda.closesAt', { when: formatDateTime(agenda.closesAt, i18n.language), hours: agenda.closingHours })}
      </p>
      {agenda.items.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('agenda.caption')}</caption>
          <HeaderRow labels={[t('agenda.planned'), t('agenda.item'), t('agenda.duration'), t('agenda.sectors'), editable && t('agenda.actions')]} />
          <tbody>
            {agenda.items.map((item, index) => (
              <tr key={item.id}>
                <td>
                  {item.plannedStart}–{item.plannedEnd}
                </td>
                <th scope="row">
                  {item.title}
                  {item.lateAddition ? (
                    <span className="sessions-late">
                      {' '}
                      — {t('agenda.late')} : {item.lateReason}
                    </span>
                  ) : null}
                </th>
                <td>{duration(t, item.durationMinutes)}</td>
                <td>{item.sectors.length ? item.sectors.map((s) => t(`needs.${s}`)).join(', ') : '—'}</td>
                {editable ? (
                  <td className="sessions-row-actions">
                    <button type="button" className="link-button" disabled={index === 0} onClick={() => move.mutate({ id: item.id, direction: 'up' }, { onError })} aria-label={t('agenda.upFor', { title: item.title })}>
                      {t('agenda.up')}
                    </button>
                    <button type="button" className="link-button" disabled={index === agenda.items.length - 1} onClick={() => move.mutate({ id: item.id, direction: 'down' }, { onError })} aria-label={t('agenda.downFor', { title: item.title })}>
                      {t('agenda.down')}
                    </button>
                    <button type="button" className="link-button" onClick={() => setEditing(item)} aria-label={t('agenda.editFor', { title: item.title })}>
                      {t('agenda.edit')}
                    </button>
                    <button type="button" className="link-button" onClick={() => remove.mutate({ id: item.id }, { onSuccess: () => setMessage(t('agenda.removed')), onError })} aria-label={t('agenda.removeFor', { title: item.title })}>
                      {t('agenda.remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StatusMessage>{message}</StatusMessage>
      {editable ? (
        <ItemForm
          key={editing?.id ?? 'new'}
          session={session}
          editing={editing}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      ) : null}
    </section>
  );
}

/** Adds an item, or edits the one chosen in the table (the planned times follow). */
function ItemForm({ session, editing, onDone }: { session: SessionDetail; editing: AgendaItem | null; onDone(message: string): void }) {
  const { t } = useTranslation('sessions');
  const empty = editing
    ? { title: editing.title, duration: String(editing.durationMinutes), sectors: editing.sectors, overrideReason: '' }
    : { title: '', duration: '30', sectors: [] as NeedSector[], overrideReason: '' };
  const [values, setValues] = useState(empty);
  const form = useFieldErrors(addAgendaItemInput, 'agenda');
  const add = useSessionMutation('agenda.add');
  const update = useSessionMutation('agenda.update');
  const closed = session.agenda.closed && !editing;
  const toInput = (v: typeof values) => ({ sessionId: session.id, title: v.title, durationMinutes: Number(v.duration), sectors: v.sectors, overrideReason: v.overrideReason });
  const change = (patch: Partial<typeof values>) => {
    const next = { ...values, ...patch };
    setValues(next);
    form.recheck(toInput(next));
  };
  const submit = () => {
    const input = form.check(toInput(values));
    if (!input) return;
    if (closed && !input.overrideReason) {
      form.fromServer({ code: 'VALIDATION', message: '', issues: [{ path: 'overrideReason', message: 'validation.required' }] });
      return;
    }
    if (editing) {
      update.mutate({ id: editing.id, title: input.title, durationMinutes: input.durationMinutes, sectors: input.sectors }, { onSuccess: () => onDone(t('agenda.saved')), onError: form.fromServer });
      return;
    }
    add.mutate(input, {
      onSuccess: () => {
        setValues(empty);
        form.reset();
        onDone(t('agenda.added'));
      },
      onError: form.fromServer,
    });
  };
  return (
    <form
      className="sessions-subform"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-labelledby="agenda-add-title"
    >
      <h3 id="agenda-add-title">{editing ? t('agenda.editTitle', { title: editing.title }) : t('agenda.addTitle')}</h3>
      <div className="field-row">
        {/* A situation's item is titled by its code, which the agenda does not change. */}
        <TextField id={form.id('title')} label={t('agenda.itemTitle')} value={values.title} onChange={(title) => change({ title })} error={form.errors.title} required readOnly={!!editing?.situationId} />
        <TextField id={form.id('durationMinutes')} type="number" min={5} max={480} step={5} label={t('agenda.durationMinutes')} value={values.duration} onChange={(duration) => change({ duration })} error={form.errors.durationMinutes} required className="field-short" />
      </div>
      <fieldset className="plain-fieldset checkbox-group">
        <legend>{t('agenda.sectorsNeeded')}</legend>
        {NEED_SECTORS.map((s) => (
          <label key={s} className="checkbox-field">
            <input type="checkbox" checked={values.sectors.includes(s)} onChange={() => change({ sectors: values.sectors.includes(s) ? values.sectors.filter((x) => x !== s) : [...values.sectors, s] })} /> {t(`needs.${s}`)}
          </label>
        ))}
      </fieldset>
      {closed ? (
        <TextAreaField id={form.id('overrideReason')} label={t('agenda.override')} hint={t('agenda.overrideHint')} value={values.overrideReason} onChange={(overrideReason) => change({ overrideReason })} error={form.errors.overrideReason} rows={2} required />
      ) : null}
      <ErrorAlert error={formLevelError(editing ? update.error : add.error)} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={add.isPending || update.isPending}>
          {editing ? t('agenda.save') : closed ? t('agenda.addLate') : t('agenda.add')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={() => onDone('')}>
            {t('agenda.stopEditing')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
