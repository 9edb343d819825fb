// Whether a recipient holds the latest version, in words: « à jour » or « n'a pas reçu la version n ».
import { useTranslation } from 'react-i18next';
import type { RegisterRecipient } from '../../../../contract/types/minutes';

export function ReceivedState({ recipient, latest }: { recipient: RegisterRecipient; latest: number }) {
  const { t } = useTranslation('minutes');
  if (recipient.upToDate) {
    return (
      <span className="minutes-met">
        <span aria-hidden="true">✓ </span>
        {t('distribution.upToDate', { number: latest })}
      </span>
    );
  }
  return (
    <span className="minutes-unmet">
      <span aria-hidden="true">✗ </span>
      {recipient.receivedVersion ? t('distribution.behind', { number: latest, received: recipient.receivedVersion }) : t('distribution.notReceived', { number: latest })}
    </span>
  );
}
