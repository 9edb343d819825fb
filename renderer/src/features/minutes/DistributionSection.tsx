// Distribution of the latest version, only to its recipients (the people present and signed):
// per recipient a channel (in the app, an encrypted file sealed to their key, a personal PDF) and
// whether they hold the latest version; then the register of every transmission.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionChannel } from '../../../../contract/schemas/minutes';
import type { DistributionRegister } from '../../../../contract/types/minutes';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { WorkInProgress } from '../../components/WorkInProgress';
import { downloadBase64 } from '../../lib/download';
import { HeaderRow } from '../sessions/formBits';
import { useMinutesChange, useRegister } from './minutesQueries';
import { RegisterEntries } from './RegisterEntries';
import { ReceivedState } from './ReceivedState';

export function DistributionSection({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const register = useRegister(sessionId);
  const distribute = useMinutesChange('minutes.distribute');
  const [message, setMessage] = useState('');
  const [omitPlace, setOmitPlace] = useState(false);
  const [sending, setSending] = useState<{ memberId: string; channel: DistributionChannel } | null>(null);
  const data = register.data;

  const send = (memberId: string, name: string, channel: DistributionChannel) => {
    if (!data) return;
    setMessage('');
    const withoutPlace = channel === 'file' && omitPlace;
    setSending({ memberId, channel });
    distribute.mutate(
      { sessionId, version: data.latestVersion, memberId, channel, ...(withoutPlace ? { omitPlace: true } : {}) },
      {
        onSuccess: ({ entry, file }) => {
          if (file) downloadBase64(file.fileName, file.base64, file.mimeType);
          setMessage(t(withoutPlace ? 'distribution.done.fileWithoutPlace' : `distribution.done.${channel}`, { name, number: entry.version, file: file?.fileName ?? '' }));
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} aria-busy={distribute.isPending}>
      <h2 id={`${id}-title`}>{t('distribution.title')}</h2>
      <p className="field-hint">{t('distribution.intro')}</p>
      <ReadableParts omitPlace={omitPlace} onOmitPlace={setOmitPlace} />
      <ErrorAlert error={register.error ?? distribute.error} />
      <WorkInProgress active={distribute.isPending} label={t(`distribution.progress.${sending?.channel ?? 'app'}`)} />
      <StatusMessage>{message}</StatusMessage>
      {data ? (
        <>
          <RecipientsTable register={data} busy={distribute.isPending} sendingTo={distribute.isPending ? (sending?.memberId ?? null) : null} onSend={send} />
          <RegisterEntries register={data} />
        </>
      ) : null}
    </section>
  );
}

/** What anyone holding a copy can read without a passphrase, and the choice to leave the place out. */
function ReadableParts({ omitPlace, onOmitPlace }: { omitPlace: boolean; onOmitPlace(value: boolean): void }) {
  const { t } = useTranslation('minutes');
  const id = useId();
  return (
    <div className="notice" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t('distribution.readable.title')}</strong>
      </p>
      <p>{t('distribution.readable.file')}</p>
      <p>{t('distribution.readable.pdf')}</p>
      <div className="checkbox-field">
        <input id={`${id}-omit`} type="checkbox" checked={omitPlace} onChange={(e) => onOmitPlace(e.target.checked)} aria-describedby={`${id}-omit-hint`} />
        <label htmlFor={`${id}-omit`}>{t('distribution.readable.omitPlace')}</label>
        <p id={`${id}-omit-hint`} className="field-hint">
          {t('distribution.readable.omitPlaceHint')}
        </p>
      </div>
    </div>
  );
}

interface TableProps {
  register: DistributionRegister;
  busy: boolean;
  /** The recipient whose copy is being produced, if any. */
  sendingTo: string | null;
  onSend(memberId: string, name: string, channel: DistributionChannel): void;
}

function RecipientsTable({ register, busy, sendingTo, onSend }: TableProps) {
  const { t } = useTranslation('minutes');
  return (
    <table className="data-table minutes-recipients">
      <caption>{t('distribution.caption', { number: register.latestVersion })}</caption>
      <HeaderRow labels={[t('distribution.recipient'), t('distribution.received'), t('distribution.channel'), t('distribution.action')]} />
      <tbody>
        {register.recipients.map((r) => (
          <RecipientRow key={r.memberId} recipient={r} latest={register.latestVersion} busy={busy} sending={sendingTo === r.memberId} onSend={(channel) => onSend(r.memberId, r.name, channel)} />
        ))}
      </tbody>
    </table>
  );
}

function RecipientRow({
  recipient,
  latest,
  busy,
  sending,
  onSend,
}: {
  recipient: DistributionRegister['recipients'][number];
  latest: number;
  busy: boolean;
  sending: boolean;
  onSend(channel: DistributionChannel): void;
}) {
  const { t } = useTranslation('minutes');
  const id = useId();
  // The first channel open to this person: in the app needs an account here, a file needs a known key.
  const [channel, setChannel] = useState<DistributionChannel>(recipient.hasAccount ? 'app' : recipient.hasIdentity ? 'file' : 'pdf');
  return (
    <tr>
      <th scope="row">{recipient.name}</th>
      <td>
        <ReceivedState recipient={recipient} latest={latest} />
      </td>
      <td>
        <label htmlFor={`${id}-channel`} className="visually-hidden">
          {t('distribution.channelFor', { name: recipient.name })}
        </label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as DistributionChannel)}>
          <option value="app" disabled={!recipient.hasAccount}>
            {recipient.hasAccount ? t('channels.app') : t('channels.appNoAccount')}
          </option>
          <option value="file" disabled={!recipient.hasIdentity}>
            {recipient.hasIdentity ? t('channels.file') : t('channels.fileNoKey')}
          </option>
          <option value="pdf">{t('channels.pdf')}</option>
        </select>
      </td>
      <td>
        <button type="button" className="button-secondary" disabled={busy} aria-busy={sending} onClick={() => onSend(channel)}>
          {sending ? t('distribution.busy') : t('distribution.send')}
          <span className="visually-hidden"> {t('distribution.sendTo', { name: recipient.name })}</span>
        </button>
      </td>
    </tr>
  );
}
