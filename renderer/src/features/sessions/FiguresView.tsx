// Participation over a chosen period: attendance rate per sector, organisation and member, and
// how many sectors were present at each session; as charts and tables, exportable as CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodInput } from '../../../../contract/schemas/sessions';
import type { AttendanceRate } from '../../../../contract/types/sessions';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { CsvApostropheNote } from '../../components/CsvApostropheNote';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { DayField } from './fields';
import { useFieldErrors } from '../../forms/validation';
import { downloadText } from '../roster/csvFiles';
import { HeaderRow } from './formBits';
import { RateChart, SectorsPerSessionChart } from './FiguresCharts';
import { shortDay } from './sessionText';
import { useFigures } from './sessionsQueries';

const percent = (rate: number | null, language: string) =>
  rate === null ? '—' : new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'fr-BE', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

export function FiguresView({ defaultPeriod }: { defaultPeriod: { from: string; until: string } }) {
  const { t, i18n } = useTranslation('sessions');
  const [draft, setDraft] = useState({ from: defaultPeriod.from, to: defaultPeriod.until });
  const [period, setPeriod] = useState(draft);
  const [message, setMessage] = useState('');
  const form = useFieldErrors(periodInput, 'figures');
  const figures = useFigures(period.from, period.to, true);
  const f = figures.data;
  const sectorLabel = (r: AttendanceRate) => t(`reference:sectors.${r.key}`);

  const exportCsv = async () => {
    setMessage('');
    try {
      const file = await request('participation.exportCsv', period);
      downloadText(file.fileName, file.content);
      setMessage(t('figures.exported', { fileName: file.fileName }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };

  return (
    <section className="sessions-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('figures.title')}</h2>
      <form
        className="sessions-period"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const input = form.check(draft);
          if (input) setPeriod(input);
        }}
      >
        <div className="field-row">
          <DayField id={form.id('from')} label={t('figures.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={form.errors.from} />
        <DayField id={form.id('to')} label={t('figures.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={form.errors.to} />
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('figures.show')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void exportCsv()}>
            {t('figures.export')}
          </button>
        </div>
        <CsvApostropheNote />
      </form>
      <StatusMessage>{message}</StatusMessage>
      {figures.error ? <ErrorAlert error={figures.error} /> : null}
      {!f ? null : f.sessionsHeld === 0 ? (
        <p className="muted">{t('figures.none')}</p>
      ) : (
        <>
          <p>
            {t('figures.summary', { count: f.sessionsHeld })}{' '}
            {f.meanSectorsPerSession !== null ? t('figures.meanSectors', { mean: f.meanSectorsPerSession.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'fr-BE', { maximumFractionDigits: 1 }) }) : null}
          </p>
          <div className="sessions-charts">
            <RateChart title={t('figures.chartSectors')} rows={f.sectors.map((r) => ({ label: sectorLabel(r), rate: r.rate }))} />
            <SectorsPerSessionChart title={t('figures.chartSessions')} rows={f.sessions.map((s) => ({ label: shortDay(s.date, i18n.language), value: s.sectors.length }))} />
          </div>
          <RateTable caption={t('figures.bySector')} rows={f.sectors} label={sectorLabel} />
          <RateTable caption={t('figures.byOrganisation')} rows={f.organisations} label={(r) => r.label} />
          <RateTable caption={t('figures.byMember')} rows={f.members} label={(r) => r.label} />
          <table className="data-table">
            <caption>{t('figures.bySession')}</caption>
            <HeaderRow labels={[t('list.date'), t('figures.present'), t('figures.sectorCount'), t('figures.sectorsPresent')]} />
            <tbody>
              {f.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <th scope="row">{shortDay(s.date, i18n.language)}</th>
                  <td>{s.present}</td>
                  <td>{s.sectors.length}</td>
                  <td>{s.sectors.map((x) => t(`reference:sectors.${x}`)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );

  function RateTable({ caption, rows, label }: { caption: string; rows: AttendanceRate[]; label(r: AttendanceRate): string }) {
    return (
      <table className="data-table">
        <caption>{caption}</caption>
        <HeaderRow labels={[t('figures.name'), t('figures.expected'), t('figures.present'), t('figures.excused'), t('figures.absent'), t('figures.rate')]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r)}</th>
              <td>{r.expected}</td>
              <td>{r.present}</td>
              <td>{r.excused}</td>
              <td>{r.absent}</td>
              <td>{percent(r.rate, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}
