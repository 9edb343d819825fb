// The needs grid: one row per need (sector, need, competent service type), its state after each
// session where the situation was presented, and its current state. States are written in words
// (and marked with a symbol), never told by colour alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addNeedInput, NEED_STATES, updateNeedInput, type NeedState } from '../../../../../contract/schemas/situationFollowUp';
import type { NeedRow, SituationFollowUpView } from '../../../../../contract/types/situationFollowUp';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrors } from '../../../forms/validation';
import { TextField } from '../../../components/Field';
import { SelectField } from '../../sessions/fields';
import { DialogActions, formLevelError, HeaderRow } from '../../sessions/formBits';
import { shortDay } from '../../sessions/sessionText';
import { useFollowUpMutation } from './queries';
import { SectorServiceFields } from './SectorServiceFields';

const MARK: Record<NeedState, string> = { unmet: '✗', in_progress: '◐', met: '✓' };

export function NeedStateText({ state }: { state: NeedState | null }) {
  const { t } = useTranslation('situationFollowUp');
  if (!state) return <span className="muted">—</span>;
  return (
    <span className={`followup-state followup-state--${state}`}>
      <span aria-hidden="true">{MARK[state]} </span>
      {t(`needStates.${state}`)}
    </span>
  );
}

export function NeedsGrid({ view, editable }: { view: SituationFollowUpView; editable: boolean }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const setState = useFollowUpMutation('situationNeeds.setState');
  const [editing, setEditing] = useState<NeedRow | null>(null);
  const { sessions, rows } = view.needs;
  return (
    <section className="followup-block" aria-labelledby={`needs-${view.situationId}`}>
      <h3 id={`needs-${view.situationId}`}>{t('needs.title')}</h3>
      <p className="field-hint">{t('needs.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('needs.none')}</p>
      ) : (
        <div className="followup-table-wrap">
          <table className="data-table followup-needs">
            <caption className="visually-hidden">{t('needs.caption', { code: view.code })}</caption>
            <HeaderRow
              labels={[t('needs.sector'), t('needs.need'), t('needs.serviceType'), ...sessions.map((s) => t('needs.after', { date: shortDay(s.date, i18n.language) })), t('needs.current')]}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{t(`reference:sectors.${row.sector}`)}</td>
                  <th scope="row">
                    {row.need}
                    {editable ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => setEditing(row)}>
                          {t('needs.edit', { need: row.need })}
                        </button>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`reference:serviceTypes.${row.serviceType}`)}</td>
                  {row.bySession.map((state, i) => (
                    <td key={sessions[i]!.id}>
                      <NeedStateText state={state} />
                    </td>
                  ))}
                  <td>
                    {editable ? (
                      <label className="followup-inline-select">
                        <span className="visually-hidden">{t('needs.stateOf', { need: row.need })}</span>
                        <select value={row.state} onChange={(e) => setState.mutate({ id: row.id, state: e.target.value as NeedState })}>
                          {NEED_STATES.map((s) => (
                            <option key={s} value={s}>
                              {MARK[s]} {t(`needStates.${s}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : (
                      <NeedStateText state={row.state} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert error={setState.error} />
      {editable && editing ? <NeedForm key={editing.id} situationId={view.situationId} need={editing} onDone={() => setEditing(null)} /> : null}
      {editable && !editing ? <NeedForm situationId={view.situationId} /> : null}
    </section>
  );
}

/** Adds a need, or changes one (its sector, words and service type; its state has its own select). */
function NeedForm({ situationId, need, onDone }: { situationId: string; need?: NeedRow; onDone?: () => void }) {
  const { t } = useTranslation('situationFollowUp');
  const add = useFollowUpMutation('situationNeeds.add');
  const update = useFollowUpMutation('situationNeeds.update');
  const empty = { sector: 'youth_aid', serviceType: '', need: '', state: 'unmet' as NeedState };
  const [values, setValues] = useState(need ? { sector: need.sector, serviceType: need.serviceType, need: need.need, state: need.state } : empty);
  const prefix = need ? `need-edit-${need.id}` : `need-add-${situationId}`;
  const adding = useFieldErrors(addNeedInput, prefix);
  const changing = useFieldErrors(updateNeedInput, prefix);
  const errors = (need ? changing : adding).errors;
  const submit = () => {
    const fields = { need: values.need, sector: values.sector, serviceType: values.serviceType };
    if (need) {
      const input = changing.check({ id: need.id, ...fields });
      if (input) update.mutate(input, { onSuccess: () => onDone?.(), onError: changing.fromServer });
    } else {
      const input = adding.check({ situationId, ...fields, state: values.state });
      if (input) add.mutate(input, { onSuccess: () => setValues(empty), onError: adding.fromServer });
    }
  };
  return (
    <form
      className="sessions-subform"
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h4 id={`${prefix}-title`}>{need ? t('needs.editTitle', { need: need.need }) : t('needs.addTitle')}</h4>
      <div className="field-row">
        <SectorServiceFields prefix={prefix} sector={values.sector} serviceType={values.serviceType} errors={errors} onChange={(patch) => setValues({ ...values, ...patch })} />
        <TextField id={`${prefix}-need`} label={t('needs.need')} value={values.need} onChange={(text) => setValues({ ...values, need: text })} error={errors.need} required />
        {need ? null : (
          <SelectField id={`${prefix}-state`} label={t('needs.state')} value={values.state} onChange={(state) => setValues({ ...values, state: state as NeedState })}>
            {NEED_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`needStates.${s}`)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {need ? (
        <DialogActions busy={update.isPending} label={t('needs.save')} error={update.error} onClose={() => onDone?.()} closeLabel={t('needs.cancel')} />
      ) : (
        <>
          <ErrorAlert error={formLevelError(add.error)} />
          <div className="button-row">
            <button type="submit" className="button-secondary" disabled={add.isPending}>
              {t('needs.add')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
