// Coordinator side of signing from another computer: import a member's contact card (after
// comparing its fingerprint aloud), and import the signature file they send back.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactCardPreview, MemberCharterStatus } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { useCharterMutation, useMemberStatuses } from './charterQueries';
import { FilePicker } from './FilePicker';

export function FileExchange() {
  const { t } = useTranslation('charter');
  const id = useId();
  const statuses = useMemberStatuses();
  const [message, setMessage] = useState('');
  const importSignature = useCharterMutation((content: string) => request('charter.importSignature', { content }));
  const [card, setCard] = useState<{ content: string; preview: ContactCardPreview } | null>(null);
  const [cardMember, setCardMember] = useState('');
  const [cardError, setCardError] = useState<unknown>(null);
  const importCard = useCharterMutation((input: { memberId: string; content: string }) => request('contacts.importCard', input));
  const members: MemberCharterStatus[] = (statuses.data ?? []).filter((m) => m.active);

  return (
    <section className="card" aria-labelledby="charter-files">
      <h2 id="charter-files">{t('files.heading')}</h2>
      <p className="field-hint">{t('files.intro')}</p>
      <StatusMessage>{message}</StatusMessage>

      <div className="subsection">
        <h3>{t('files.cardHeading')}</h3>
        <FilePicker
          id={`${id}-card`}
          label={t('files.cardFile')}
          onText={async (content) => {
            setMessage('');
            setCard(null);
            setCardError(null);
            try {
              setCard({ content, preview: await request('contacts.previewCard', { content }) });
            } catch (error) {
              setCardError(error);
            }
          }}
        />
        <ErrorAlert error={cardError ?? importCard.error} />
        {card ? (
          <div className="charter-card-preview">
            <p>
              {t('files.cardPreview', { name: card.preview.name })} <strong className="fingerprint">{card.preview.keyFingerprint}</strong>
            </p>
            <p className="notice">{t('files.cardCompare')}</p>
            <div className="field field-short">
              <label htmlFor={`${id}-card-member`}>{t('files.cardMember')}</label>
              <select id={`${id}-card-member`} value={cardMember} onChange={(e) => setCardMember(e.target.value)}>
                <option value="">{t('witness.chooseMember')}</option>
                {members.map((m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {m.memberName}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button-primary"
              disabled={!cardMember || importCard.isPending}
              onClick={() =>
                importCard.mutate(
                  { memberId: cardMember, content: card.content },
                  {
                    onSuccess: (p) => {
                      setCard(null);
                      setMessage(t('files.cardDone', { name: p.name }));
                    },
                  },
                )
              }
            >
              {t('files.cardConfirm')}
            </button>
          </div>
        ) : null}
      </div>

      <div className="subsection">
        <h3>{t('files.importSignature')}</h3>
        <FilePicker
          id={`${id}-signature`}
          label={t('files.signatureFile')}
          onText={(content) => {
            setMessage('');
            importSignature.mutate(content, { onSuccess: (sig) => setMessage(t('files.imported', { name: sig.signerName })) });
          }}
        />
        <ErrorAlert error={importSignature.error} />
      </div>
    </section>
  );
}
