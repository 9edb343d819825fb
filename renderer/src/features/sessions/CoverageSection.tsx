// Which sectors are around the table: among the invitees and, once attendance is recorded,
// among those present; a warning for each sector the agenda needs that is missing.
import { useTranslation } from 'react-i18next';
import type { NeedSector } from '../../../../contract/schemas/sessions';
import type { Coverage } from '../../../../contract/types/sessions';

export function CoverageSection({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('sessions');
  const names = (list: NeedSector[]) => list.map((s) => t(`needs.${s}`)).join(', ');
  return (
    <section className="card sessions-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.title')}</h2>
      <table className="data-table sessions-coverage">
        <caption className="visually-hidden">{t('coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.sector')}</th>
            <th scope="col">{t('coverage.needed')}</th>
            <th scope="col">{t('coverage.invited')}</th>
            {coverage.present ? <th scope="col">{t('coverage.present')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {coverage.invited.map((row, i) => (
            <tr key={row.sector}>
              <th scope="row">{t(`needs.${row.sector}`)}</th>
              <td>{coverage.needed.includes(row.sector) ? t('coverage.yes') : '—'}</td>
              <td>{row.count}</td>
              {coverage.present ? <td>{coverage.present[i]!.count}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.missingAmongInvited.length ? (
        <p className="notice notice-warning">
          <span aria-hidden="true">⚠ </span>
          {t('coverage.missingInvited', { sectors: names(coverage.missingAmongInvited) })}
        </p>
      ) : null}
      {coverage.missingAmongPresent?.length ? (
        <p className="notice notice-warning">
          <span aria-hidden="true">⚠ </span>
          {t('coverage.missingPresent', { sectors: names(coverage.missingAmongPresent) })}
        </p>
      ) : null}
      {coverage.needed.length === 0 ? <p className="field-hint">{t('coverage.noNeeds')}</p> : null}
    </section>
  );
}
