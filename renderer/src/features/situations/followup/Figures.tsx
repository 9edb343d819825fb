// Figures of the situations: per combination of sectors of need, age band, severity and year;
// plain SVG bars with the number written beside each bar, and the same figures as tables; CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { CsvApostropheNote } from '../../../components/CsvApostropheNote';
import { ErrorAlert, StatusMessage } from '../../../components/ErrorAlert';
import { HorizontalBars } from '../../../components/HorizontalBars';
import { downloadText } from '../../roster/csvFiles';
import { SelectField } from '../../sessions/fields';
import { HeaderRow } from '../../sessions/formBits';
import { useSituationFigures } from './queries';

const BAR = 20;
const LABEL = 260;
const WIDTH = 260;

function CountChart({ id, title, rows, countLabel }: { id: string; title: string; rows: Array<{ label: string; count: number }>; countLabel: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure className="followup-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <HorizontalBars aria-hidden="true" rows={rows.map((r) => ({ label: r.label, fraction: r.count / max, value: String(r.count) }))} labelWidth={LABEL} barWidth={WIDTH} barHeight={BAR} valueWidth={50} />
      <table className="data-table">
        <caption className="visually-hidden">{title}</caption>
        <HeaderRow labels={[title, countLabel]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function FiguresPanel() {
  const { t } = useTranslation('situationFollowUp');
  const [year, setYear] = useState<number | null>(null);
  const figures = useSituationFigures(year);
  const [message, setMessage] = useState('');
  const f = figures.data;
  const exportCsv = async () => {
    setMessage('');
    try {
      const file = await request('situationFigures.exportCsv', { year });
      downloadText(file.fileName, file.content);
      setMessage(t('figures.exported', { fileName: file.fileName }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };
  const countLabel = t('figures.count');
  return (
    <section className="card followup-figures" aria-labelledby="situation-figures-heading">
      <h2 id="situation-figures-heading">{t('figures.title')}</h2>
      <p className="field-hint">{t('figures.intro')}</p>
      <div className="field-row">
        <SelectField id="situation-figures-year" label={t('figures.year')} value={year === null ? '' : String(year)} onChange={(value) => setYear(value ? Number(value) : null)}>
          <option value="">{t('figures.allYears')}</option>
          {(f?.years ?? []).map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {figures.error ? <ErrorAlert error={figures.error} /> : null}
      {!f ? null : f.total === 0 ? (
        <p className="muted">{t('figures.none')}</p>
      ) : (
        <>
          <p>{t('figures.total', { count: f.total })}</p>
          <div className="followup-charts">
            <CountChart id="fig-combo" title={t('figures.bySectors')} countLabel={countLabel} rows={f.bySectorCombination.map((c) => ({ label: c.sectors.map((s) => t(`reference:sectors.${s}`)).join(' + '), count: c.count }))} />
            <CountChart id="fig-age" title={t('figures.byAge')} countLabel={countLabel} rows={f.byAgeBand.map((r) => ({ label: t(`ageBands.${r.key}`), count: r.count }))} />
            <CountChart id="fig-severity" title={t('figures.bySeverity')} countLabel={countLabel} rows={f.bySeverity.map((r) => ({ label: t(`severity.${r.key}`), count: r.count }))} />
            <CountChart id="fig-year" title={t('figures.byYear')} countLabel={countLabel} rows={f.byYear.map((r) => ({ label: r.key, count: r.count }))} />
          </div>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void exportCsv()}>
          {t('figures.export')}
        </button>
      </div>
      <CsvApostropheNote />
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}
