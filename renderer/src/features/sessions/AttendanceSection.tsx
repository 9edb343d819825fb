// Attendance, recorded after the session: present, excused or absent for each invitee, and a
// roster member who came uninvited. Once minutes exist, a change asks for its reason.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../contract/schemas/sessions';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { errorText } from '../../api/errors';
import { StatusMessage } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { useMembers } from '../roster/rosterQueries';
import { namesakeIds, pickerDetail } from '../roster/namesakes';
import { SelectField } from './fields';
import { activeOn } from './sessionText';
import { useSessionMutation } from './sessionsQueries';

export function AttendanceSection({ session, canRecord }: { session: SessionDetail; canRecord: boolean }) {
  const { t } = useTranslation('sessions');
  const set = useSessionMutation('attendance.set');
  const members = useMembers();
  const [reason, setReason] = useState('');
  const [guest, setGuest] = useState('');
  const [message, setMessage] = useState('');
  const editable = canRecord && session.canRecordAttendance;
  const record = (memberId: string, status: AttendanceStatus, name: string) =>
    set.mutate(
      { sessionId: session.id, memberId, status, reason },
      { onSuccess: () => setMessage(t('attendance.saved', { name, status: t(`attendance.${status}`) })), onError: (e) => setMessage(errorText(t, e)) },
    );
  const known = new Set(session.participants.map((p) => p.memberId));
  const namesakes = useMemo(() => namesakeIds(members.data ?? []), [members.data]);
  const guests = (members.data ?? []).filter((m) => activeOn(m, session.date) && !known.has(m.id));

  return (
    <section className="card sessions-section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {!session.canRecordAttendance ? <p className="field-hint">{session.status === 'cancelled' ? t('attendance.cancelled') : t('attendance.notYet')}</p> : null}
      {session.minutesExist && editable ? (
        <TextField id="attendance-reason" label={t('attendance.reason')} hint={t('attendance.reasonHint')} value={reason} onChange={setReason} required />
      ) : null}
      {session.participants.length === 0 ? (
        <p className="muted">{t('attendance.nobody')}</p>
      ) : (
        <ul className="plain-list sessions-attendance">
          {session.participants.map((p) => {
            const name = `${p.firstName} ${p.lastName}`;
            return (
              <li key={p.memberId}>
                {editable ? (
                  <fieldset className="plain-fieldset radio-group">
                    <legend>
                      {p.lastName} {p.firstName} {p.invited ? null : <span className="muted">({t('invitations.cameUninvited')})</span>}
                    </legend>
                    {ATTENDANCE_STATUSES.filter((s) => p.invited || s === 'present').map((status) => (
                      <label key={status} className="radio-inline">
                        <input type="radio" name={`attendance-${p.memberId}`} checked={p.attendance === status} disabled={set.isPending} onChange={() => record(p.memberId, status, name)} /> {t(`attendance.${status}`)}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <p>
                    {p.lastName} {p.firstName} : {p.attendance ? t(`attendance.${p.attendance}`) : t('attendance.notRecorded')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable ? (
        <form
          className="sessions-subform field-row sessions-inline-add"
          onSubmit={(e) => {
            e.preventDefault();
            const m = guests.find((x) => x.id === guest);
            if (m) record(m.id, 'present', `${m.firstName} ${m.lastName}`);
            setGuest('');
          }}
        >
          <SelectField id="attendance-guest" label={t('attendance.addGuest')} hint={t('attendance.guestHint')} value={guest} onChange={setGuest}>
            <option value="">{t('attendance.chooseMember')}</option>
            {guests.map((m) => (
              <option key={m.id} value={m.id}>
                {m.lastName} {m.firstName} — {pickerDetail(m, namesakes, (code) => t(`reference:serviceTypes.${code}`))}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button-secondary" disabled={!guest}>
            {t('attendance.markPresent')}
          </button>
        </form>
      ) : null}
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}
