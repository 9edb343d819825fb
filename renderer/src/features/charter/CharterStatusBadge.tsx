// A member's charter status: a symbol and a word, so the meaning never rests on colour alone.
import { useTranslation } from 'react-i18next';
import type { CharterStatus } from '../../../../contract/types/charter';

export function CharterStatusBadge({ status }: { status: CharterStatus }) {
  const { t } = useTranslation('charter');
  return (
    <span className={`charter-badge charter-badge--${status}`}>
      <span aria-hidden="true">{t(`statusSymbol.${status}`)} </span>
      {t(`status.${status}`)}
    </span>
  );
}
