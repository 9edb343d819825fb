// The invitation as an e-mail for the coordination's own mail program: the .eml draft to download
// and open, a mailto: link when it fits, and the addresses to copy. Built by the backend.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationAddressing, SessionDetail } from '../../../../contract/types/sessions';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { RosterDialog } from '../roster/RosterDialog';
import { downloadText } from '../roster/csvFiles';

export function InvitationEmailDialog({ session, onClose }: { session: SessionDetail; onClose(): void }) {
  const { t } = useTranslation('sessions');
  const [addressing, setAddressing] = useState<InvitationAddressing>('bcc');
  const [message, setMessage] = useState('');
  const invited = session.participants.filter((p) => p.invited).map((p) => p.memberId);
  const mail = useQuery({
    queryKey: ['sessions.invitationEmail', session.id, addressing, session.sequence, session.status, invited.join(',')],
    queryFn: () => request('sessions.invitationEmail', { id: session.id, addressing }),
  });
  const data = mail.data;

  const download = () => {
    if (!data) return;
    downloadText(data.fileName, data.content, 'message/rfc822');
    setMessage(t('email.downloaded', { fileName: data.fileName }));
  };
  const copyAddresses = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(data.addresses.join('; '));
      setMessage(t('email.addressesCopied', { count: data.addresses.length }));
    } catch {
      setMessage(t('calendar.copyFailed'));
    }
  };

  return (
    <RosterDialog title={t('email.title')} description={t('email.description')} onClose={onClose} wide>
      <div className="roster-form sessions-email">
        <fieldset className="radio-group">
          <legend>{t('email.addressing')}</legend>
          {(['bcc', 'to'] as const).map((value) => (
            <label key={value} className="radio-option">
              <input type="radio" name="invitation-addressing" value={value} checked={addressing === value} onChange={() => setAddressing(value)} data-autofocus={value === 'bcc' ? true : undefined} />
              <span>{t(`email.addressing_${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <ErrorAlert error={mail.error} />
        {data ? (
          <>
            <p data-testid="email-counts">
              {t('email.counts', { count: data.invitedCount, addresses: data.addresses.length })}
              {data.withoutEmail > 0 ? ` ${t('email.withoutEmail', { count: data.withoutEmail })}` : ''}
            </p>
            <p className="field-hint">{t('email.contentHint')}</p>
            <div className="button-row">
              <button type="button" className="button-primary" onClick={download}>
                {t('email.download')}
              </button>
              {data.mailto ? (
                <a className="button-secondary" href={data.mailto} data-testid="email-mailto">
                  {t('email.mailto')}
                </a>
              ) : null}
            </div>
            <p className="field-hint" data-testid="email-mailto-note">
              {data.addresses.length === 0
                ? t('email.noAddress')
                : data.mailto === null
                  ? t('email.mailtoTooLong', { length: data.mailtoLength, limit: data.mailtoLimit })
                  : data.mailtoHasBody
                    ? t('email.mailtoWithBody')
                    : t('email.mailtoWithoutBody')}
            </p>
            {data.addresses.length > 0 ? (
              <>
                <label htmlFor="invitation-addresses" className="sessions-email-label">
                  {t('email.addresses', { count: data.addresses.length })}
                </label>
                <textarea id="invitation-addresses" readOnly rows={Math.min(6, data.addresses.length + 1)} value={data.addresses.join('; ')} />
                <div className="button-row">
                  <button type="button" className="button-secondary" onClick={() => void copyAddresses()}>
                    {t('email.copyAddresses')}
                  </button>
                </div>
              </>
            ) : null}
          </>
        ) : null}
        <StatusMessage>{message}</StatusMessage>
        <div className="form-actions roster-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.back')}
          </button>
        </div>
      </div>
    </RosterDialog>
  );
}
