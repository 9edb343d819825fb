// Create or edit a member (coordinators). Validation uses the shared zod schema before sending;
// the backend's field issues, if any, are shown the same way next to each field.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, ReferenceData } from '../../../../contract/types/app';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { FieldError } from '../../components/FieldError';
import { AcronymExpansions } from './AcronymExpansions';
import { FormField, describedBy } from './FormField';
import { RosterDialog } from './RosterDialog';
import { DuplicateWarning } from './DuplicateWarning';
import { ServiceTypeSelect } from './ServiceTypeSelect';
import {
  FIELD_ORDER,
  emptyValues,
  issuesToErrors,
  validateCreate,
  validateUpdate,
  valuesOf,
  type FieldErrors,
  type MemberField,
  type MemberFormValues,
} from './memberForm';
import { groupServiceTypes, useCreateMember, useUpdateMember } from './rosterQueries';
import { fullName } from './rosterText';

interface Props {
  member: Member | null;
  reference: ReferenceData;
  onClose(): void;
  onSaved(member: Member, created: boolean): void;
  /** Opens an existing record instead (from the duplicate warning). */
  onOpenMember(member: Member): void;
}

const SECRECY = ['professional_secret', 'duty_of_reserve'] as const;

export function MemberFormDialog({ member, reference, onClose, onSaved, onOpenMember }: Props) {
  const { t } = useTranslation('roster');
  const formId = useId();
  const fieldId = (field: MemberField) => `${formId}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<MemberFormValues>(() => (member ? valuesOf(member) : emptyValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Likely duplicates found before adding (the backend's rule); then a namesake note is required.
  const [duplicates, setDuplicates] = useState<Member[] | null>(null);
  const [namesakeNote, setNamesakeNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const create = useCreateMember();
  const update = useUpdateMember();
  const pending = create.isPending || update.isPending;

  const validate = (next: MemberFormValues) => (member ? validateUpdate(member.id, next) : validateCreate(next));

  const set = <K extends MemberField>(field: K, value: MemberFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Another name, organisation or e-mail: the duplicate check is done again on saving.
    if (['firstName', 'lastName', 'organisation', 'email'].includes(field)) setDuplicates(null);
    // Once the user has tried to save, errors follow the typing so that a fixed field clears at once.
    if (submitted) {
      const result = validate(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const focusFirstError = (found: FieldErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (!first) return;
    const target = first === 'secrecyStatus' ? formRef.current?.querySelector<HTMLElement>('input[name="secrecyStatus"]') : document.getElementById(fieldId(first));
    target?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    const result = validate(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors);
      return;
    }
    setErrors({});
    try {
      if (!member && duplicates === null) {
        const { firstName, lastName, organisation, email } = result.data;
        const found = await request('members.findDuplicates', { firstName, lastName, organisation, email });
        if (found.length > 0) {
          setDuplicates(found);
          requestAnimationFrame(() => noteRef.current?.focus());
          return;
        }
      }
      if (!member && duplicates && namesakeNote.trim() === '') {
        setNoteError('validation.namesakeNoteRequired');
        noteRef.current?.focus();
        return;
      }
      setNoteError(undefined);
      const saved = member ? await update.mutateAsync({ ...result.data, id: member.id }) : await create.mutateAsync({ ...result.data, namesakeNote });
      onSaved(saved, !member);
    } catch (error) {
      const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues;
      const fieldErrors = issues ? issuesToErrors(issues) : {};
      setErrors(fieldErrors);
      setFailure(errorText(t, error));
      focusFirstError(fieldErrors);
    }
  };

  const errorCount = Object.keys(errors).length;
  const text = (
    field: MemberField,
    options: { type?: string; required?: boolean; autoComplete?: string; hint?: string; autofocus?: boolean; inputMode?: 'numeric' } = {},
  ) => (
    <FormField id={fieldId(field)} name={field} label={t(`form.${field}`)} error={errors[field]} hint={options.hint} required={options.required}>
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          data-autofocus={options.autofocus || undefined}
          value={values[field] as string}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );

  const selectedServiceType = reference.serviceTypes.find((s) => s.code === values.serviceType);
  const secrecyErrorId = errors.secrecyStatus ? `${fieldId('secrecyStatus')}-error` : undefined;

  return (
    <RosterDialog title={member ? t('form.editTitle', { name: fullName(member) }) : t('form.createTitle')} onClose={onClose} wide>
      <form ref={formRef} className="roster-form" noValidate onSubmit={onSubmit}>
        <p className="roster-form-note">{t('form.requiredNote')}</p>
        {errorCount > 0 || failure ? (
          <div className="roster-alert" role="alert">
            {failure ?? t('form.errorSummary', { count: errorCount })}
          </div>
        ) : null}

        <fieldset className="roster-fieldset">
          <legend>{t('form.identity')}</legend>
          <div className="roster-grid">
            {text('lastName', { required: true, autofocus: true })}
            {text('firstName', { required: true })}
          </div>
        </fieldset>

        <fieldset className="roster-fieldset">
          <legend>{t('form.service')}</legend>
          <div className="roster-grid">
            {text('organisation', { hint: t('form.organisationHint') })}
            <FormField
              id={fieldId('serviceType')}
              name="serviceType"
              label={t('form.serviceType')}
              error={errors.serviceType}
              required
              hint={
                selectedServiceType ? (
                  <>
                    {t('form.sectorOf', { sector: t(`reference:sectors.${selectedServiceType.sector}`) })}{' '}
                    <AcronymExpansions text={t(`reference:serviceTypes.${selectedServiceType.code}`)} />
                  </>
                ) : (
                  t('form.serviceTypeHint')
                )
              }
            >
              {(control) => (
                <ServiceTypeSelect {...control} groups={groupServiceTypes(reference)} emptyLabel={t('form.chooseServiceType')} value={values.serviceType} onChange={(v) => set('serviceType', v)} />
              )}
            </FormField>
            {text('function')}
          </div>
        </fieldset>

        <fieldset className="roster-fieldset">
          <legend>{t('form.contact')}</legend>
          <div className="roster-grid">
            {text('email', { type: 'email', hint: t('form.emailHint') })}
            {text('phone', { type: 'tel' })}
            {text('town')}
          </div>
        </fieldset>

        <fieldset className={`roster-fieldset roster-radios${errors.secrecyStatus ? ' roster-field--invalid' : ''}`} aria-describedby={secrecyErrorId}>
          <legend>
            {t('form.secrecyStatus')}
            <span className="roster-required"> {t('form.required')}</span>
          </legend>
          <FieldError fieldId={fieldId('secrecyStatus')} messageKey={errors.secrecyStatus} />
          {SECRECY.map((status) => {
            const id = `${fieldId('secrecyStatus')}-${status}`;
            return (
              <div key={status} className="roster-radio">
                <input
                  type="radio"
                  id={id}
                  name="secrecyStatus"
                  value={status}
                  checked={values.secrecyStatus === status}
                  aria-invalid={Boolean(errors.secrecyStatus)}
                  aria-describedby={describedBy(`${id}-explanation`, secrecyErrorId)}
                  onChange={() => set('secrecyStatus', status)}
                />
                <label htmlFor={id}>{t(`reference:secrecy.${status}`)}</label>
                <p id={`${id}-explanation`} className="roster-hint">
                  {t(`form.secrecyExplanation.${status}`)}
                </p>
              </div>
            );
          })}
        </fieldset>

        <fieldset className="roster-fieldset">
          <legend>{t('form.membership')}</legend>
          <div className="roster-checkbox">
            <input
              type="checkbox"
              id={fieldId('isReferent')}
              name="isReferent"
              checked={values.isReferent}
              aria-describedby={`${fieldId('isReferent')}-hint`}
              onChange={(e) => set('isReferent', e.target.checked)}
            />
            <label htmlFor={fieldId('isReferent')}>{t('form.isReferent')}</label>
            <p id={`${fieldId('isReferent')}-hint`} className="roster-hint">
              {t('form.isReferentHint')}
            </p>
          </div>
          <div className="roster-grid">
            {text('activeFrom', { required: true, hint: t('form.dateHint'), inputMode: 'numeric' })}
            {text('activeUntil', { hint: t('form.activeUntilHint'), inputMode: 'numeric' })}
          </div>
        </fieldset>

        {duplicates && duplicates.length > 0 ? (
          <DuplicateWarning
            duplicates={duplicates}
            note={namesakeNote}
            noteError={noteError}
            noteRef={noteRef}
            idPrefix={formId}
            onNote={(v) => {
              setNamesakeNote(v);
              if (v.trim() !== '') setNoteError(undefined);
            }}
            onOpen={onOpenMember}
          />
        ) : null}

        <div className="roster-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? t('form.saving') : duplicates && duplicates.length > 0 ? t('form.duplicate.addAnyway') : t('form.save')}
          </button>
        </div>
      </form>
    </RosterDialog>
  );
}
