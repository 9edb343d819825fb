// Editing, moving and cancelling one session (of a series or not): moving and cancelling ask
// for a reason, kept with the session and audit-logged; calendars see a new SEQUENCE.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelSessionInput, moveSessionInput, updateSessionInput } from '../../../../contract/schemas/sessions';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { TextField } from '../../components/Field';
import { useFieldErrors } from '../../forms/validation';
import { RosterDialog } from '../roster/RosterDialog';
import { DayField, TextAreaField, TimeField } from './fields';
import { DialogActions } from './formBits';
import { PlacesList, PLACES_LIST_ID } from './PlacesList';
import { useSessionMutation } from './sessionsQueries';

export type ChangeKind = 'edit' | 'move' | 'cancel';

interface Props {
  kind: ChangeKind;
  session: SessionDetail;
  onClose(done?: string): void;
}

export function SessionChangeDialog({ kind, session, onClose }: Props) {
  const { t } = useTranslation('sessions');
  if (kind === 'edit') return <EditForm session={session} onClose={onClose} />;
  return (
    <RosterDialog title={t(`change.${kind}Title`)} onClose={() => onClose()} description={session.seriesId ? t('change.onlyThisOne') : undefined}>
      {kind === 'move' ? <MoveForm session={session} onClose={onClose} /> : <CancelForm session={session} onClose={onClose} />}
    </RosterDialog>
  );
}

function EditForm({ session, onClose }: { session: SessionDetail; onClose(done?: string): void }) {
  const { t } = useTranslation('sessions');
  const [values, setValues] = useState({ id: session.id, title: session.title, place: session.place, notes: session.notes });
  const form = useFieldErrors(updateSessionInput, 'edit');
  const save = useSessionMutation('sessions.update');
  const set = (key: 'title' | 'place' | 'notes') => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <RosterDialog title={t('change.editTitle')} onClose={() => onClose()}>
      <form
        className="roster-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const input = form.check(values);
          if (input) save.mutate(input, { onSuccess: () => onClose(t('change.saved')), onError: form.fromServer });
        }}
      >
        <TextField id={form.id('title')} label={t('form.title')} value={values.title} onChange={set('title')} error={form.errors.title} required data-autofocus />
        <TextField id={form.id('place')} label={t('form.place')} value={values.place} onChange={set('place')} error={form.errors.place} list={PLACES_LIST_ID} />
        <PlacesList />
        <TextAreaField id={form.id('notes')} label={t('form.notes')} value={values.notes} onChange={set('notes')} error={form.errors.notes} rows={3} hint={t('form.notesHint')} />
        <DialogActions busy={save.isPending} label={t('change.save')} error={save.error} onClose={() => onClose()} />
      </form>
    </RosterDialog>
  );
}

function MoveForm({ session, onClose }: { session: SessionDetail; onClose(done?: string): void }) {
  const { t } = useTranslation('sessions');
  const [values, setValues] = useState({ id: session.id, date: session.date, startTime: session.startTime, endTime: session.endTime, reason: '' });
  const form = useFieldErrors(moveSessionInput, 'move');
  const move = useSessionMutation('sessions.move');
  const set = (key: 'date' | 'startTime' | 'endTime' | 'reason') => (value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    form.recheck(next);
  };
  return (
    <form
      className="roster-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = form.check(values);
        if (input) move.mutate(input, { onSuccess: () => onClose(t('change.moved')), onError: form.fromServer });
      }}
    >
      <div className="field-row">
        <DayField id={form.id('date')} label={t('form.date')} value={values.date} onChange={set('date')} error={form.errors.date} required data-autofocus />
        <TimeField id={form.id('startTime')} label={t('form.startTime')} value={values.startTime} onChange={set('startTime')} error={form.errors.startTime} required />
        <TimeField id={form.id('endTime')} label={t('form.endTime')} value={values.endTime} onChange={set('endTime')} error={form.errors.endTime} required />
      </div>
      <TextAreaField id={form.id('reason')} label={t('change.reason')} value={values.reason} onChange={set('reason')} error={form.errors.reason} rows={2} required hint={t('change.reasonHint')} />
      <DialogActions busy={move.isPending} label={t('change.move')} error={move.error} onClose={() => onClose()} />
    </form>
  );
}

function CancelForm({ session, onClose }: { session: SessionDetail; onClose(done?: string): void }) {
  const { t } = useTranslation('sessions');
  const [reason, setReason] = useState('');
  const form = useFieldErrors(cancelSessionInput, 'cancel');
  const cancel = useSessionMutation('sessions.cancel');
  return (
    <form
      className="roster-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = form.check({ id: session.id, reason });
        if (input) cancel.mutate(input, { onSuccess: () => onClose(t('change.cancelled')), onError: form.fromServer });
      }}
    >
      <p>{t('change.cancelExplain')}</p>
      <TextAreaField id={form.id('reason')} label={t('change.reason')} value={reason} onChange={setReason} error={form.errors.reason} rows={2} required hint={t('change.reasonHint')} data-autofocus />
      <DialogActions busy={cancel.isPending} label={t('change.cancel')} error={cancel.error} onClose={() => onClose()} />
    </form>
  );
}
