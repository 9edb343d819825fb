// Member side of signing from another computer: open a charter file received from a group,
// see who issued it, sign it with one's own key, save the signature file; export one's contact card.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ReceivedCharter } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';
import { downloadText } from '../roster/csvFiles';
import { FilePicker } from './FilePicker';
import { SignForm, type SignValues } from './SignForm';

export function RemoteSigning({ defaultStatus }: { defaultStatus: SignValues['declaredStatus'] }) {
  const { t, i18n } = useTranslation('charter');
  const id = useId();
  const [received, setReceived] = useState<{ content: string; charter: ReceivedCharter } | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const sign = useMutation({ mutationFn: (input: SignValues & { content: string }) => request('charter.signFile', input) });

  const exportCard = async () => {
    setMessage('');
    try {
      const card = await request('contacts.exportCard', {});
      downloadText(card.fileName, card.content, 'application/json');
      setMessage(t('remote.cardExported', { fileName: card.fileName, fingerprint: card.keyFingerprint }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };

  return (
    <section className="card" aria-labelledby="charter-remote">
      <h2 id="charter-remote">{t('remote.heading')}</h2>
      <p className="field-hint">{t('remote.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      <FilePicker
        id={`${id}-file`}
        label={t('remote.file')}
        onText={async (content) => {
          setMessage('');
          setReceived(null);
          setOpenError(null);
          sign.reset();
          try {
            setReceived({ content, charter: await request('charter.openFile', { content }) });
          } catch (error) {
            setOpenError(error);
          }
        }}
      />
      <ErrorAlert error={openError} />
      {received ? (
        <div className="charter-received">
          <p>{t('remote.issuer', { name: received.charter.issuerName, group: received.charter.groupName, recipient: received.charter.recipientName })}</p>
          <p>
            {t('remote.issuerFingerprint')} <strong className="fingerprint">{received.charter.issuerKeyFingerprint}</strong>
          </p>
          <p className={received.charter.issuerKnown ? 'charter-verify-ok' : 'notice notice-warning'}>{received.charter.issuerKnown ? t('remote.issuerKnown') : t('remote.issuerUnknown')}</p>
          <p>
            {t('current.version', { number: received.charter.versionNumber })} — {t('current.adoptedOn')} {formatDate(received.charter.adoptedOn, i18n.language)} — {t('current.fingerprint')}{' '}
            <span className="fingerprint">{received.charter.fingerprint}</span>
          </p>
          <SignForm
            number={received.charter.versionNumber}
            text={received.charter.text}
            defaultStatus={defaultStatus}
            pending={sign.isPending}
            error={sign.error}
            onCancel={() => setReceived(null)}
            onSubmit={(values) =>
              sign.mutate(
                { ...values, content: received.content },
                {
                  onSuccess: (file) => {
                    downloadText(file.fileName, file.content, 'application/json');
                    setReceived(null);
                    setMessage(t('remote.done', { fileName: file.fileName }));
                  },
                },
              )
            }
          />
        </div>
      ) : null}
      <div className="subsection">
        <h3>{t('remote.myCard')}</h3>
        <p className="field-hint">{t('remote.myCardIntro')}</p>
        <button type="button" className="button-secondary" onClick={() => void exportCard()}>
          {t('remote.exportCard')}
        </button>
      </div>
    </section>
  );
}
