// The situation's minimal structured form (condition 5): age band, gender if relevant, sectors of
// need, difficulty or danger, services already involved, the question and an anonymised summary.
// Checked with the contract's own schema; errors next to the fields.
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, GENDERS, SEVERITIES, createSituationInput } from '../../../../contract/schemas/situations';
import type { SituationDetail } from '../../../../contract/types/situations';
import { useReference } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldError, describedBy, errorIdOf } from '../../components/FieldError';
import { RequiredMark } from '../../components/Field';
import { SelectField, TextAreaField } from '../sessions/fields';
import { useCheckedForm } from './formState';
import { usePresenters, useSituationChange, useSituationRoles } from './situationsQueries';

interface Values {
  presenterMemberId: string;
  ageBand: string;
  gender: string;
  needSectors: string[];
  severity: string;
  servicesInvolved: string[];
  question: string;
  summary: string;
}

const initial = (s?: SituationDetail): Values => ({
  presenterMemberId: s?.presenterMemberId ?? '',
  ageBand: s?.ageBand ?? '',
  gender: s?.gender ?? '',
  needSectors: s?.needSectors ?? [],
  severity: s?.severity ?? '',
  servicesInvolved: s?.servicesInvolved ?? [],
  question: s?.question ?? '',
  summary: s?.summary ?? '',
});

const toInput = (v: Values) => ({ ...v, presenterMemberId: v.presenterMemberId || undefined });

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

interface Props {
  situation?: SituationDetail;
  /** Needed when the situation is past "ready": the edit is checked again with them. */
  privateWords?: string[];
  onCancel(): void;
  onSaved(saved: SituationDetail): void;
}

export function SituationForm({ situation, privateWords = [], onCancel, onSaved }: Props) {
  const { t } = useTranslation('situations');
  const id = useId();
  const { isCoordinator, memberId } = useSituationRoles();
  const presenters = usePresenters(isCoordinator);
  const reference = useReference();
  const sectors = reference.data?.sectors ?? [];
  const { values, set, form, parsed } = useCheckedForm(createSituationInput, 'situation', () => initial(situation), toInput);
  const create = useSituationChange('situations.create');
  const update = useSituationChange('situations.update');
  const mutation = situation ? update : create;


  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = parsed();
    if (!input) return;
    const done = (view: unknown) => onSaved(view as SituationDetail);
    if (situation) update.mutate({ ...input, id: situation.id, privateWords }, { onSuccess: done, onError: form.fromServer });
    else create.mutate(input, { onSuccess: done, onError: form.fromServer });
  };

  const groups = sectors.map((sector) => ({ sector, types: (reference.data?.serviceTypes ?? []).filter((s) => s.sector === sector).map((s) => s.code) })).filter((g) => g.types.length > 0);
  const sectorsError = form.errors.needSectors;

  return (
    <form onSubmit={submit} noValidate className="situation-form">
      <p className="notice">{t('form.minimal')}</p>
      {isCoordinator ? (
        <SelectField id={form.id('presenterMemberId')} label={t('form.presenter')} hint={t('form.presenterHint')} value={values.presenterMemberId} onChange={(v) => set({ presenterMemberId: v })} error={form.errors.presenterMemberId}>
          <option value="">{t('form.presenterSelf')}</option>
          {(presenters.data ?? [])
            .filter((p) => p.memberId !== memberId)
            .map((p) => (
              <option key={p.memberId} value={p.memberId}>
                {p.organisation ? `${p.name} (${p.organisation})` : p.name}
              </option>
            ))}
        </SelectField>
      ) : null}
      <div className="field-row">
        <SelectField id={form.id('ageBand')} label={t('form.ageBand')} value={values.ageBand} onChange={(v) => set({ ageBand: v })} error={form.errors.ageBand} required>
          <option value="">—</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t('ageBand', { band: band.replace('-', '–') })}
            </option>
          ))}
        </SelectField>
        <SelectField id={form.id('gender')} label={t('form.gender')} value={values.gender} onChange={(v) => set({ gender: v })} error={form.errors.gender}>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="checkbox-group situation-choices" aria-describedby={describedBy(`${id}-sectors-hint`, sectorsError && errorIdOf(form.id('needSectors')))}>
        <legend>
          {t('form.needSectors')}
          <RequiredMark />
        </legend>
        <p id={`${id}-sectors-hint`} className="field-hint">
          {t('form.needSectorsHint')}
        </p>
        {sectors.map((sector, index) => (
          <label key={sector} className="checkbox-field">
            <input
              type="checkbox"
              id={index === 0 ? form.id('needSectors') : undefined}
              checked={values.needSectors.includes(sector)}
              onChange={() => set({ needSectors: toggle(values.needSectors, sector) })}
            />
            <span>{t(`reference:sectors.${sector}`)}</span>
          </label>
        ))}
        <FieldError fieldId={form.id('needSectors')} messageKey={sectorsError} />
      </fieldset>
      <fieldset className="radio-group radio-inline">
        <legend>
          {t('form.severity')}
          <RequiredMark />
        </legend>
        {SEVERITIES.map((s, index) => (
          <label key={s} className="radio-option">
            <input type="radio" name={`${id}-severity`} id={index === 0 ? form.id('severity') : undefined} checked={values.severity === s} onChange={() => set({ severity: s })} />
            <span>{t(`severity.${s}`)}</span>
          </label>
        ))}
        <FieldError fieldId={form.id('severity')} messageKey={form.errors.severity} />
      </fieldset>
      <details className="situation-services">
        <summary>
          {t('form.services')} ({values.servicesInvolved.length})
        </summary>
        <p className="field-hint">{t('form.servicesHint')}</p>
        {groups.map((group) => (
          <fieldset key={group.sector} className="checkbox-group situation-choices">
            <legend>{t(`reference:sectors.${group.sector}`)}</legend>
            {group.types.map((code) => (
              <label key={code} className="checkbox-field">
                <input type="checkbox" checked={values.servicesInvolved.includes(code)} onChange={() => set({ servicesInvolved: toggle(values.servicesInvolved, code) })} />
                <span>{t(`reference:serviceTypes.${code}`)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </details>
      <TextAreaField id={form.id('question')} label={t('form.question')} hint={t('form.questionHint')} value={values.question} onChange={(v) => set({ question: v })} error={form.errors.question} rows={3} />
      <TextAreaField id={form.id('summary')} label={t('form.summary')} hint={t('form.summaryHint')} value={values.summary} onChange={(v) => set({ summary: v })} error={form.errors.summary} rows={8} />
      <ErrorAlert error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('actions.saving') : situation ? t('actions.save') : t('actions.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
