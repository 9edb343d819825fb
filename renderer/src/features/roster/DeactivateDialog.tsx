// Deactivation, never deletion: the member's history (signatures, attendance, minutes received)
// stays; an end date and an optional reason are recorded.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deactivateMemberInput } from '../../../../contract/schemas/members';
import type { Member } from '../../../../contract/types/app';
import { fieldIssuesOf } from '../../../../contract/errors';
import { errorText } from '../../api/errors';
import { FormField } from './FormField';
import { RosterDialog } from './RosterDialog';
import { useDeactivateMember } from './rosterQueries';
import { dayToInput, forDateField, fullName, inputToDay, todayInBrussels } from './rosterText';

type Field = 'until' | 'reason';

export function DeactivateDialog({ member, onClose, onDone }: { member: Member; onClose(): void; onDone(member: Member): void }) {
  const { t } = useTranslation('roster');
  const id = useId();
  const [until, setUntil] = useState(() => dayToInput(todayInBrussels()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const deactivate = useDeactivateMember();

  const collect = (issues: ReadonlyArray<{ path: string; message: string }>) => {
    const found: Partial<Record<Field, string>> = {};
    for (const issue of issues) {
      const field = issue.path.split('.')[0];
      if ((field === 'until' || field === 'reason') && !found[field]) found[field] = field === 'until' ? forDateField(issue.message) : issue.message;
    }
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = deactivateMemberInput.safeParse({ id: member.id, until: inputToDay(until), reason });
    if (!parsed.success) {
      const found = collect(fieldIssuesOf(parsed.error));
      setErrors(found);
      document.getElementById(`${id}-${found.until ? 'until' : 'reason'}`)?.focus();
      return;
    }
    setErrors({});
    try {
      onDone(await deactivate.mutateAsync(parsed.data));
    } catch (error) {
      const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues;
      setErrors(issues ? collect(issues) : {});
      setFailure(errorText(t, error));
    }
  };

  return (
    <RosterDialog title={t('deactivate.title', { name: fullName(member) })} onClose={onClose} description={t('deactivate.explanation')}>
      <form className="roster-form" noValidate onSubmit={onSubmit}>
        {failure ? (
          <div className="roster-alert" role="alert">
            {failure}
          </div>
        ) : null}
        <FormField id={`${id}-until`} name="until" label={t('deactivate.until')} error={errors.until} hint={t('form.dateHint')} required>
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" data-autofocus value={until} onChange={(e) => setUntil(e.target.value)} />}
        </FormField>
        <FormField id={`${id}-reason`} name="reason" label={t('deactivate.reason')} error={errors.reason} hint={t('deactivate.reasonHint')}>
          {(control) => <textarea {...control} rows={3} maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="roster-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button-primary roster-danger" disabled={deactivate.isPending}>
            {t('deactivate.confirm')}
          </button>
        </div>
      </form>
    </RosterDialog>
  );
}
