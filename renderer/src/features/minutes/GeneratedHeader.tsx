// The generated head of the PV (group, date, time, place, present, excused), from the session and
// its attendance: shown as it will be printed, never typed.
import { useTranslation } from 'react-i18next';
import type { MinutesHeader } from '../../../../contract/types/minutes';
import { longDay } from '../sessions/sessionText';

type Person = MinutesHeader['present'][number];

const names = (people: Person[]) => people.map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name)).join(', ');

export function GeneratedHeader({ header, headingId }: { header: MinutesHeader; headingId: string }) {
  const { t, i18n } = useTranslation('minutes');
  return (
    <section className="minutes-header" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('header.title')}</h3>
      <p className="field-hint">{t('header.hint')}</p>
      <dl className="details">
        <dt>{t('header.group')}</dt>
        <dd>{header.groupName}</dd>
        <dt>{t('header.session')}</dt>
        <dd>
          {header.sessionTitle} — {longDay(header.sessionDate, i18n.language)}, {header.startTime}–{header.endTime}
        </dd>
        <dt>{t('header.place')}</dt>
        <dd>{header.place || t('header.noPlace')}</dd>
        <dt>{t('header.present', { count: header.present.length })}</dt>
        <dd>{header.present.length ? names(header.present) : t('header.nobody')}</dd>
        <dt>{t('header.excused', { count: header.excused.length })}</dt>
        <dd>{header.excused.length ? names(header.excused) : t('header.nobody')}</dd>
      </dl>
    </section>
  );
}
