// How to set up the group folder with the usual sync engines, and what the folder holds.
import { useTranslation } from 'react-i18next';

export function SetupHelp() {
  const { t } = useTranslation('group');
  return (
    <details className="subsection">
      <summary>{t('help.heading')}</summary>
      <p>{t('help.what')}</p>
      <p className="notice">{t('help.rules')}</p>
      <ul>
        <li>{t('help.syncthing')}</li>
        <li>{t('help.nextcloud')}</li>
        <li>{t('help.share')}</li>
      </ul>
      <p>{t('help.offline')}</p>
    </details>
  );
}
