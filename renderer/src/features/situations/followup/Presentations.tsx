// The presentations of a situation, session by session: leads, actions (done or overdue, in
// words), the session chosen for the follow-up; and, after a held session, the outcome form.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_STATES, recordOutcomeInput, updateActionInput, type NeedState } from '../../../../../contract/schemas/situationFollowUp';
import type { ActionView, PresentationView, SituationFollowUpView } from '../../../../../contract/types/situationFollowUp';
import { request } from '../../../api/client';
import { useFieldErrors } from '../../../forms/validation';
import { MEMBERS_KEY } from '../../../api/queries';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextField } from '../../../components/Field';
import { DayField, SelectField, TextAreaField } from '../../sessions/fields';
import { DialogActions, formLevelError } from '../../sessions/formBits';
import { longDay, shortDay } from '../../sessions/sessionText';
import { useSessions } from '../../sessions/sessionsQueries';
import { SectorServiceFields } from './SectorServiceFields';
import { useFollowUpMutation } from './queries';

export function Presentations({ view, myMemberId, keeper }: { view: SituationFollowUpView; myMemberId: string; keeper: boolean }) {
  const { t } = useTranslation('situationFollowUp');
  return (
    <section className="followup-block" aria-labelledby={`presentations-${view.situationId}`}>
      <h3 id={`presentations-${view.situationId}`}>{t('presentations.title')}</h3>
      {view.presentations.length === 0 ? <p className="muted">{t('presentations.none')}</p> : null}
      {view.presentations.map((p) => (
        <PresentationItem key={p.id} view={view} presentation={p} myMemberId={myMemberId} keeper={keeper} />
      ))}
    </section>
  );
}

function PresentationItem({ view, presentation: p, myMemberId, keeper }: { view: SituationFollowUpView; presentation: PresentationView; myMemberId: string; keeper: boolean }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const setDone = useFollowUpMutation('situationActions.setDone');
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = `presentation-${p.id}`;
  const canRecordNow = view.mayRecord && p.sessionStatus === 'held' && !p.outcomeRecordedAt && view.status !== 'closed';
  return (
    <article className="followup-presentation" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {longDay(p.sessionDate, i18n.language)} — {p.sessionTitle}
        {p.followUp ? ` (${t('presentations.followUp')})` : ''}
      </h4>
      <p>
        {p.outcomeRecordedAt
          ? t('presentations.recorded')
          : p.sessionStatus === 'held'
            ? t('presentations.awaitingOutcome')
            : p.sessionStatus === 'cancelled'
              ? t('presentations.cancelled')
              : t('presentations.planned')}
      </p>
      {p.outcomeRecordedAt && !view.restricted ? (
        <>
          <h5>{t('outcome.leads')}</h5>
          {p.leads.length === 0 ? (
            <p className="muted">{t('outcome.noLeads')}</p>
          ) : (
            <ul>
              {p.leads.map((l) => (
                <li key={l.id}>
                  <strong>
                    {t(`reference:sectors.${l.sector}`)} · {t(`reference:serviceTypes.${l.serviceType}`)}
                  </strong>{' '}
                  — {l.text}
                </li>
              ))}
            </ul>
          )}
          <h5>{t('outcome.actions')}</h5>
          {p.actions.length === 0 ? (
            <p className="muted">{t('outcome.noActions')}</p>
          ) : (
            <ul className="followup-actions">
              {p.actions.map((a) => (
                <li key={a.id}>
                  <span className={a.doneAt ? 'followup-done' : a.overdue ? 'status-error' : undefined}>
                    <span aria-hidden="true">{a.doneAt ? '✓ ' : a.overdue ? '⚠ ' : '• '}</span>
                    {t('outcome.actionLine', { member: a.memberName, what: a.what, due: shortDay(a.dueOn, i18n.language) })}
                    {' — '}
                    {a.doneAt ? t('outcome.done') : a.overdue ? t('outcome.overdue') : t('outcome.toDo')}
                  </span>{' '}
                  {keeper || a.memberId === myMemberId ? (
                    <button type="button" className="link-button" onClick={() => setDone.mutate({ id: a.id, done: !a.doneAt })}>
                      {a.doneAt ? t('outcome.reopen', { what: a.what }) : t('outcome.markDone', { what: a.what })}
                    </button>
                  ) : null}{' '}
                  {keeper && view.status !== 'closed' && editing !== a.id ? (
                    <button type="button" className="link-button" onClick={() => setEditing(a.id)}>
                      {t('outcome.editAction', { what: a.what })}
                    </button>
                  ) : null}
                  {editing === a.id ? <ActionEditForm action={a} onClose={() => setEditing(null)} /> : null}
                </li>
              ))}
            </ul>
          )}
          <p>{p.followUpSession ? t('outcome.nextSession', { date: longDay(p.followUpSession.date, i18n.language) }) : t('outcome.noNextSession')}</p>
          <ErrorAlert error={setDone.error} />
        </>
      ) : null}
      {canRecordNow ? <OutcomeForm view={view} presentation={p} /> : null}
    </article>
  );
}

interface LeadDraft {
  sector: string;
  serviceType: string;
  text: string;
}
interface ActionDraft {
  memberId: string;
  what: string;
  dueOn: string;
}

/** An action's member (active ones only), text and due date: in the outcome and when changing one. Errors are keyed by the schema's paths, after errorPrefix. */
function ActionFields({ prefix, action, errors, errorPrefix, onChange }: { prefix: string; action: ActionDraft; errors: Record<string, string>; errorPrefix: string; onChange(patch: Partial<ActionDraft>): void }) {
  const { t } = useTranslation('situationFollowUp');
  const members = useQuery({ queryKey: MEMBERS_KEY, queryFn: () => request('members.list', {}) });
  const activeMembers = (members.data ?? []).filter((m) => m.active);
  return (
    <>
      <SelectField id={`${prefix}-memberId`} label={t('outcome.member')} value={action.memberId} onChange={(memberId) => onChange({ memberId })} error={errors[`${errorPrefix}memberId`]} required>
        <option value="">{t('fields.choose')}</option>
        {activeMembers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.firstName} {m.lastName}
            {m.organisation ? ` — ${m.organisation}` : ''}
          </option>
        ))}
      </SelectField>
      <TextField id={`${prefix}-what`} label={t('outcome.what')} value={action.what} onChange={(what) => onChange({ what })} error={errors[`${errorPrefix}what`]} required />
      <DayField id={`${prefix}-dueOn`} label={t('outcome.dueOn')} value={action.dueOn} onChange={(dueOn) => onChange({ dueOn })} error={errors[`${errorPrefix}dueOn`]} required />
    </>
  );
}

/** Changing one action: another member, other words, another date (the coordinator or the secretary). */
function ActionEditForm({ action, onClose }: { action: ActionView; onClose(): void }) {
  const { t } = useTranslation('situationFollowUp');
  const update = useFollowUpMutation('situationActions.update');
  const [draft, setDraft] = useState<ActionDraft>({ memberId: action.memberId, what: action.what, dueOn: action.dueOn });
  const prefix = `action-${action.id}`;
  const form = useFieldErrors(updateActionInput, prefix);
  return (
    <form
      className="sessions-subform followup-action-edit"
      noValidate
      aria-label={t('outcome.editTitle', { what: action.what })}
      onSubmit={(e) => {
        e.preventDefault();
        const input = form.check({ id: action.id, ...draft });
        if (input) update.mutate(input, { onSuccess: onClose, onError: form.fromServer });
      }}
    >
      <div className="field-row followup-row">
        <ActionFields prefix={prefix} action={draft} errors={form.errors} errorPrefix="" onChange={(patch) => setDraft({ ...draft, ...patch })} />
      </div>
      <DialogActions busy={update.isPending} label={t('outcome.saveAction')} error={update.error} onClose={onClose} closeLabel={t('outcome.cancelEdit')} />
    </form>
  );
}

function OutcomeForm({ view, presentation }: { view: SituationFollowUpView; presentation: PresentationView }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const record = useFollowUpMutation('situationFollowUp.recordOutcome');
  const sessions = useSessions();
  const [leads, setLeads] = useState<LeadDraft[]>([{ sector: view.needSectors[0] ?? 'youth_aid', serviceType: '', text: '' }]);
  const [actions, setActions] = useState<ActionDraft[]>([]);
  const [followUpSessionId, setFollowUp] = useState('');
  const [needStates, setNeedStates] = useState<Record<string, NeedState>>(() => Object.fromEntries(view.needs.rows.map((r) => [r.id, r.state])));
  const prefix = `outcome-${presentation.id}`;
  const form = useFieldErrors(recordOutcomeInput, prefix);
  const errors = form.errors;
  const later = (sessions.data ?? []).filter((s) => s.status === 'planned' && s.date > presentation.sessionDate);

  const submit = () => {
    // The contract's schema checks it here as in the main process; errors go by path (leads.0.text).
    const input = form.check({
      presentationId: presentation.id,
      leads,
      actions,
      followUpSessionId: followUpSessionId || null,
      needStates: Object.entries(needStates).map(([needId, state]) => ({ needId, state })),
    });
    if (input) record.mutate(input, { onError: form.fromServer });
  };

  return (
    <form
      className="sessions-subform followup-outcome"
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h5 id={`${prefix}-title`}>{t('outcome.title')}</h5>
      <fieldset className="plain-fieldset">
        <legend>{t('outcome.leads')}</legend>
        {leads.map((lead, i) => (
          <div key={i} className="field-row followup-row">
            <SectorServiceFields
              prefix={`${prefix}-leads-${i}`}
              sector={lead.sector}
              serviceType={lead.serviceType}
              errors={{ serviceType: errors[`leads.${i}.serviceType`] }}
              onChange={(patch) => setLeads(leads.map((l, j) => (j === i ? { ...l, ...patch } : l)))}
            />
            <TextAreaField id={`${prefix}-leads-${i}-text`} label={t('outcome.leadText')} value={lead.text} onChange={(text) => setLeads(leads.map((l, j) => (j === i ? { ...l, text } : l)))} error={errors[`leads.${i}.text`]} rows={2} required />
            <button type="button" className="link-button" onClick={() => setLeads(leads.filter((_, j) => j !== i))}>
              {t('outcome.removeLead', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary" onClick={() => setLeads([...leads, { sector: 'youth_aid', serviceType: '', text: '' }])}>
          {t('outcome.addLead')}
        </button>
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>{t('outcome.actions')}</legend>
        {actions.map((action, i) => (
          <div key={i} className="field-row followup-row">
            <ActionFields prefix={`${prefix}-actions-${i}`} action={action} errors={errors} errorPrefix={`actions.${i}.`} onChange={(patch) => setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)))} />
            <button type="button" className="link-button" onClick={() => setActions(actions.filter((_, j) => j !== i))}>
              {t('outcome.removeAction', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary" onClick={() => setActions([...actions, { memberId: '', what: '', dueOn: '' }])}>
          {t('outcome.addAction')}
        </button>
      </fieldset>
      {view.needs.rows.length ? (
        <fieldset className="plain-fieldset">
          <legend>{t('outcome.needStates')}</legend>
          {view.needs.rows.map((row) => (
            <SelectField key={row.id} id={`${prefix}-need-${row.id}`} label={row.need} value={needStates[row.id] ?? row.state} onChange={(state) => setNeedStates({ ...needStates, [row.id]: state as NeedState })}>
              {NEED_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`needStates.${s}`)}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
      ) : null}
      <SelectField id={`${prefix}-followUpSessionId`} label={t('outcome.followUpSession')} hint={t('outcome.followUpHint')} value={followUpSessionId} onChange={setFollowUp}>
        <option value="">{t('outcome.noFollowUp')}</option>
        {later.map((s) => (
          <option key={s.id} value={s.id}>
            {longDay(s.date, i18n.language)} — {s.title}
          </option>
        ))}
      </SelectField>
      <ErrorAlert error={formLevelError(record.error)} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={record.isPending}>
          {t('outcome.save')}
        </button>
      </div>
    </form>
  );
}
