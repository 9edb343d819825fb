// The expansions of the acronyms found in a label, spelled out as text ("AVIQ : Agence pour une
// Vie de Qualité"), for places where a tooltip is not enough (the service type chosen in the form).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/queries';

export function AcronymExpansions({ text }: { text: string }) {
  const { t, i18n } = useTranslation('roster');
  const glossary = useReference().data?.glossary;
  const entries = useMemo(
    () => (glossary ?? []).filter((entry) => new RegExp(`(?<![\\p{L}\\p{N}])${entry.acronym}(?![\\p{L}\\p{N}])`, 'u').test(text)),
    [glossary, text],
  );
  const english = i18n.language.startsWith('en');
  return (
    <>
      {entries.map((entry) => (
        <span key={entry.acronym} className="roster-expansion">
          {t('acronym', { acronym: entry.acronym, expansion: english ? entry.en : entry.fr })}{' '}
        </span>
      ))}
    </>
  );
}
