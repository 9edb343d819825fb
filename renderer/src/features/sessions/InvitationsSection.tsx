// Who is invited: every active member or a chosen set; each invitee's charter status, with a
// warning for those who have not signed the version in force (they may attend, but will not see
// situations nor receive minutes until they sign).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { errorText } from '../../api/errors';
import { StatusMessage } from '../../components/ErrorAlert';
import { CharterBadge } from './CharterBadge';
import { ChooseMembersDialog } from './ChooseMembersDialog';
import { HeaderRow } from './formBits';
import { useSessionMutation } from './sessionsQueries';

export function InvitationsSection({ session, canPlan }: { session: SessionDetail; canPlan: boolean }) {
  const { t } = useTranslation('sessions');
  const invite = useSessionMutation('sessions.invite');
  const uninvite = useSessionMutation('sessions.uninvite');
  const [choosing, setChoosing] = useState(false);
  const [message, setMessage] = useState('');
  const editable = canPlan && session.status === 'planned';
  const done = (text: string) => ({ onSuccess: () => setMessage(text), onError: (e: unknown) => setMessage(errorText(t, e)) });

  return (
    <section className="card sessions-section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.title')}</h2>
      {session.charterWarnings > 0 ? (
        <p className="notice notice-warning">
          <span aria-hidden="true">⚠ </span>
          {t('invitations.charterWarning', { count: session.charterWarnings })}
        </p>
      ) : null}
      {editable ? (
        <div className="button-row">
          <button type="button" className="button-secondary" disabled={invite.isPending} onClick={() => invite.mutate({ sessionId: session.id, mode: 'all' }, done(t('invitations.allInvited')))}>
            {t('invitations.inviteAll')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setChoosing(true)}>
            {t('invitations.choose')}
          </button>
        </div>
      ) : null}
      {session.participants.length === 0 ? (
        <p className="muted">{t('invitations.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('invitations.caption')}</caption>
          <HeaderRow
            labels={[t('invitations.name'), t('invitations.organisation'), t('invitations.sector'), t('invitations.charter'), t('invitations.invitation'), editable && t('invitations.actions')]}
          />
          <tbody>
            {session.participants.map((p) => (
              <tr key={p.memberId}>
                <th scope="row">
                  {p.lastName} {p.firstName}
                </th>
                <td>{p.organisation || '—'}</td>
                <td>{t(`reference:sectors.${p.sector}`)}</td>
                <td>
                  <CharterBadge status={p.charterStatus} />
                </td>
                <td>{p.invited ? t('invitations.invited') : t('invitations.cameUninvited')}</td>
                {editable ? (
                  <td>
                    {p.invited && p.attendance === null ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => uninvite.mutate({ sessionId: session.id, memberId: p.memberId }, done(t('invitations.withdrawn', { name: `${p.firstName} ${p.lastName}` })))}
                        aria-label={t('invitations.withdrawFor', { name: `${p.firstName} ${p.lastName}` })}
                      >
                        {t('invitations.withdraw')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StatusMessage>{message}</StatusMessage>
      {choosing ? (
        <ChooseMembersDialog
          session={session}
          onClose={(count) => {
            setChoosing(false);
            if (count !== undefined) setMessage(t('invitations.chosenInvited', { count }));
          }}
        />
      ) : null}
    </section>
  );
}
