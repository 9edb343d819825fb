// Plan one session: title, date, start and end, place (suggested from places used before), notes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSessionInput } from '../../../../contract/schemas/sessions';
import { TextField } from '../../components/Field';
import { useFieldErrors } from '../../forms/validation';
import { RosterDialog } from '../roster/RosterDialog';
import '../roster/rosterDialogs.css';
import { DayField, TextAreaField, TimeField } from './fields';
import { DialogActions, PastWarning } from './formBits';
import { longDay, todayDay } from './sessionText';
import { PlacesList, PLACES_LIST_ID } from './PlacesList';
import { useSessionMutation } from './sessionsQueries';

interface Props {
  initialDate: string;
  onClose(): void;
  onCreated(id: string): void;
}

export function SessionFormDialog({ initialDate, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation('sessions');
  const [values, setValues] = useState({ title: t('form.defaultTitle'), date: initialDate, startTime: '13:30', endTime: '16:00', place: '', notes: '' });
  const form = useFieldErrors(createSessionInput, 'session');
  const create = useSessionMutation('sessions.create');
  const set = (key: keyof typeof values) => (value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    form.recheck(next);
  };
  const [pastAsked, setPastAsked] = useState<string | null>(null);
  const isPast = values.date < todayDay();
  const submit = () => {
    const input = form.check(values);
    if (!input) return;
    if (isPast && pastAsked !== values.date) return setPastAsked(values.date);
    create.mutate(input, { onSuccess: (s) => onCreated(s.id), onError: form.fromServer });
  };
  return (
    <RosterDialog title={t('form.newSession')} onClose={onClose}>
      <form
        className="roster-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField id={form.id('title')} label={t('form.title')} value={values.title} onChange={set('title')} error={form.errors.title} required data-autofocus />
        <div className="field-row">
          <DayField id={form.id('date')} label={t('form.date')} value={values.date} onChange={set('date')} error={form.errors.date} required />
          <TimeField id={form.id('startTime')} label={t('form.startTime')} value={values.startTime} onChange={set('startTime')} error={form.errors.startTime} required />
          <TimeField id={form.id('endTime')} label={t('form.endTime')} value={values.endTime} onChange={set('endTime')} error={form.errors.endTime} required />
        </div>
        <TextField id={form.id('place')} label={t('form.place')} value={values.place} onChange={set('place')} error={form.errors.place} list={PLACES_LIST_ID} hint={t('form.placeHint')} />
        <PlacesList />
        <TextAreaField id={form.id('notes')} label={t('form.notes')} value={values.notes} onChange={set('notes')} error={form.errors.notes} rows={3} hint={t('form.notesHint')} />
        {isPast && pastAsked === values.date ? <PastWarning message={t('form.pastWarning', { date: longDay(values.date, i18n.language) })} /> : null}
        <DialogActions busy={create.isPending} label={isPast && pastAsked === values.date ? t('series.createAnyway') : t('form.create')} error={create.error} onClose={onClose} closeLabel={t('common.cancel')} />
      </form>
    </RosterDialog>
  );
}
