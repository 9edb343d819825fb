// One line beside every CSV export: why some cells start with an apostrophe (the backend's formula
// neutralisation, electron/services/csvCell.ts), so nobody takes it for a fault or removes it.
import { useTranslation } from 'react-i18next';

export function CsvApostropheNote({ className = 'field-hint' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`${className} csv-apostrophe-note`} data-testid="csv-apostrophe-note">
      {t('csv.apostrophe')}
    </p>
  );
}
