// Sections not built yet: an honest page saying what will come.
import { useTranslation } from 'react-i18next';
import { AcronymText } from '../components/Acronym';

export type ComingSection = 'charter' | 'sessions' | 'situations' | 'minutes';

export function ComingSoonPage({ section }: { section: ComingSection }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>
        <AcronymText text={t(`comingSoon.${section}.title`)} />
      </h1>
      <p className="badge badge-soon">{t('comingSoon.badge')}</p>
      <p className="lead">
        <AcronymText text={t(`comingSoon.${section}.text`)} focusable />
      </p>
    </div>
  );
}
