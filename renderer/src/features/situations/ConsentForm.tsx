// The information-and-consent record (conditions 3 and 4): when and how the family was told what
// would be shared and with whom, when and how they agreed, by whom, and the young person's view.
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_FORMS, consentFields } from '../../../../contract/schemas/situations';
import type { SituationConsentView, SituationDetail } from '../../../../contract/types/situations';
import { TextField } from '../../components/Field';
import { FieldError } from '../../components/FieldError';
import { FormFooter } from '../../components/FormFooter';
import { DayField, TextAreaField } from '../sessions/fields';
import { useCheckedForm } from './formState';
import { useSituationChange } from './situationsQueries';

type Values = Omit<SituationConsentView, 'informedOn' | 'consentOn' | 'consentForm'> & { informedOn: string; consentOn: string; consentForm: string };

const fromView = (c: SituationConsentView): Values => ({ ...c, informedOn: c.informedOn ?? '', consentOn: c.consentOn ?? '', consentForm: c.consentForm ?? '' });
const toInput = (v: Values) => ({ ...v, informedOn: v.informedOn || null, consentOn: v.consentOn || null, consentForm: v.consentForm || null });

export function ConsentForm({ situation, privateWords, onSaved }: { situation: SituationDetail; privateWords: string[]; onSaved(message: string): void }) {
  const { t } = useTranslation('situations');
  const id = useId();
  const { values, set, form, parsed } = useCheckedForm(consentFields, 'consent', () => fromView(situation.consent), toInput);
  const save = useSituationChange('situations.saveConsent');
  const disabled = !situation.editable || save.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = parsed();
    if (!input) return;
    save.mutate({ ...input, id: situation.id, privateWords }, { onSuccess: () => onSaved(t('consent.saved')), onError: form.fromServer });
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('consent.title')}</h2>
      <p className="field-hint">{t('consent.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <DayField id={form.id('informedOn')} label={t('consent.informedOn')} value={values.informedOn} onChange={(v) => set({ informedOn: v })} error={form.errors.informedOn} disabled={disabled} />
          <TextField id={form.id('informedBy')} label={t('consent.informedBy')} value={values.informedBy} onChange={(v) => set({ informedBy: v })} error={form.errors.informedBy} disabled={disabled} />
        </div>
        <TextAreaField id={form.id('informedHow')} label={t('consent.informedHow')} value={values.informedHow} onChange={(v) => set({ informedHow: v })} error={form.errors.informedHow} rows={2} disabled={disabled} />
        <div className="field-row">
          <DayField id={form.id('consentOn')} label={t('consent.consentOn')} value={values.consentOn} onChange={(v) => set({ consentOn: v })} error={form.errors.consentOn} disabled={disabled} />
          <TextField
            id={form.id('consentGivenBy')}
            label={t('consent.consentGivenBy')}
            hint={t('consent.consentGivenByHint')}
            value={values.consentGivenBy}
            onChange={(v) => set({ consentGivenBy: v })}
            error={form.errors.consentGivenBy}
            disabled={disabled}
          />
        </div>
        <fieldset className="radio-group radio-inline" disabled={disabled}>
          <legend>{t('consent.consentForm')}</legend>
          {CONSENT_FORMS.map((f, index) => (
            <label key={f} className="radio-option">
              <input type="radio" name={`${id}-form`} id={index === 0 ? form.id('consentForm') : undefined} checked={values.consentForm === f} onChange={() => set({ consentForm: f })} />
              <span>{t(`consent.${f}`)}</span>
            </label>
          ))}
          <FieldError fieldId={form.id('consentForm')} messageKey={form.errors.consentForm} />
        </fieldset>
        <TextAreaField id={form.id('youngPersonView')} label={t('consent.youngPersonView')} value={values.youngPersonView} onChange={(v) => set({ youngPersonView: v })} error={form.errors.youngPersonView} rows={2} disabled={disabled} />
        {situation.editable ? <FormFooter error={save.error} busy={save.isPending} submitLabel={t('consent.save')} busyLabel={t('actions.saving')} /> : null}
      </form>
    </section>
  );
}
