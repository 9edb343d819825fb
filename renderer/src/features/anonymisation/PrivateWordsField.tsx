// The private words of one check (the young person's real first name, the school…): typed for
// this screen only, never saved. One word or phrase per line.
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../sessions/fields';

/** One word or phrase per line; kept in the screen's memory only. */
export const parseWords = (text: string): string[] =>
  text
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 50);

export function PrivateWordsField({ id, value, onChange }: { id: string; value: string; onChange(text: string): void }) {
  const { t } = useTranslation('anonymisation');
  return <TextAreaField id={id} label={t('finding.privateWords')} hint={t('finding.privateWordsHint')} value={value} onChange={onChange} rows={3} autoComplete="off" spellCheck={false} />;
}
