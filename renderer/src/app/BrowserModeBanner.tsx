// Says plainly that the app runs in a browser tab, served only on this computer.
import { useTranslation } from 'react-i18next';

export function BrowserModeBanner() {
  const { t } = useTranslation();
  return (
    <p className="browser-banner">
      <strong>{t('browserMode.title')}</strong> {t('browserMode.text')}
    </p>
  );
}
