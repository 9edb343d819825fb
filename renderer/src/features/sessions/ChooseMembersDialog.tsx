// Choose members to invite: active members not invited yet, searchable, grouped by sector.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { RosterDialog } from '../roster/RosterDialog';
import { useMembers } from '../roster/rosterQueries';
import { namesakeIds, pickerDetail } from '../roster/namesakes';
import { fold } from '../roster/rosterText';
import { activeOn } from './sessionText';
import { useSessionMutation } from './sessionsQueries';

export function ChooseMembersDialog({ session, onClose }: { session: SessionDetail; onClose(count?: number): void }) {
  const { t } = useTranslation('sessions');
  const members = useMembers();
  const invite = useSessionMutation('sessions.invite');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const already = useMemo(() => new Set(session.participants.filter((p) => p.invited).map((p) => p.memberId)), [session]);
  const candidates = (members.data ?? []).filter((m) => activeOn(m, session.date) && !already.has(m.id) && fold(`${m.firstName} ${m.lastName} ${m.organisation}`).includes(fold(search)));
  const namesakes = useMemo(() => namesakeIds(members.data ?? []), [members.data]);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <RosterDialog title={t('invitations.chooseTitle')} onClose={() => onClose()} wide>
      <form
        className="roster-form"
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate({ sessionId: session.id, mode: 'chosen', memberIds: [...chosen] }, { onSuccess: () => onClose(chosen.size) });
        }}
      >
        <TextField id="choose-search" label={t('invitations.search')} value={search} onChange={setSearch} data-autofocus />
        <fieldset className="plain-fieldset checkbox-group sessions-choose-list">
          <legend>{t('invitations.candidates', { count: candidates.length })}</legend>
          {candidates.map((m) => (
            <label key={m.id} className="checkbox-field">
              <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} /> {m.lastName} {m.firstName}
              <span className="muted"> — {pickerDetail(m, namesakes, (code) => t(`reference:serviceTypes.${code}`), t(`reference:sectors.${m.sector}`))}</span>
            </label>
          ))}
        </fieldset>
        <ErrorAlert error={invite.error} />
        <div className="form-actions roster-dialog-actions">
          <button type="submit" className="button-primary" disabled={chosen.size === 0 || invite.isPending}>
            {t('invitations.inviteChosen', { count: chosen.size })}
          </button>
          <button type="button" className="button-secondary" onClick={() => onClose()}>
            {t('common.back')}
          </button>
        </div>
      </form>
    </RosterDialog>
  );
}
