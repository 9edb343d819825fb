// An invitee's charter status, in words (never colour alone).
import { useTranslation } from 'react-i18next';
import type { CharterStatus } from '../../../../contract/types/sessions';

export function CharterBadge({ status }: { status: CharterStatus }) {
  const { t } = useTranslation('sessions');
  return (
    <span className={`badge sessions-charter sessions-charter--${status}`}>
      {status === 'valid' ? null : <span aria-hidden="true">⚠ </span>}
      {t(`charter.${status}`)}
    </span>
  );
}
