// Sections not built yet: an honest page saying what will come.
import { useTranslation } from 'react-i18next';
import { AcronymText } from '../components/Acronym';

const COMING_SECTIONS = ['minutes'] as const;
export type ComingSection = (typeof COMING_SECTIONS)[number];

export const isComingSection = (route: string): route is ComingSection => (COMING_SECTIONS as readonly string[]).includes(route);

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
