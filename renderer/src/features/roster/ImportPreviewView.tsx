// What an import would do: how many rows are valid, and every rejected row with its line and reasons.
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../contract/types/app';
import { formatDay, issueText } from './rosterText';

interface Props {
  preview: ImportPreview;
  fileName: string;
}

const SHOWN_FIELDS = ['lastName', 'firstName', 'organisation', 'serviceType', 'secrecyStatus', 'isReferent', 'activeFrom'] as const;

/** The first rows as Concerto reads them: mapped values in the UI's words, and each row's state. */
export function ImportFirstRows({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation('roster');
  const shown = (field: (typeof SHOWN_FIELDS)[number], value: string | boolean | null | undefined) => {
    if (value === null || value === undefined || value === '') return '';
    if (field === 'serviceType') return t(`reference:serviceTypes.${String(value)}`);
    if (field === 'secrecyStatus') return t(`reference:secrecy.${String(value)}`);
    if (field === 'isReferent') return value ? t('import.yes') : t('import.no');
    if (field === 'activeFrom') return formatDay(String(value), i18n.language);
    return String(value);
  };
  if (preview.firstRows.length === 0) return null;
  return (
    <section className="roster-import-step" aria-labelledby="roster-first-rows-title">
      <h3 id="roster-first-rows-title">{t('import.firstRowsTitle')}</h3>
      {/* Wide table: the scrolling region is focusable so the keyboard can scroll it. */}
      <div className="roster-table-scroll" role="region" aria-labelledby="roster-first-rows-title" tabIndex={0}>
        <table className="roster-simple-table roster-first-rows">
          <caption className="roster-sr-only">{t('import.firstRowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              {SHOWN_FIELDS.map((f) => (
                <th scope="col" key={f}>
                  {t(`csv.headers.${f}`)}
                </th>
              ))}
              <th scope="col">{t('import.state')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.firstRows.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                {SHOWN_FIELDS.map((f) => (
                  <td key={f}>{shown(f, row.values[f])}</td>
                ))}
                <td>
                  {row.issues.length === 0 ? (
                    <span className="roster-preview-valid">{t('import.rowOk')}</span>
                  ) : (
                    <span className="roster-preview-rejected">
                      {t('import.rowRefused')} : {row.issues.map((issue) => t('import.reason', { column: issue.path, message: issueText(t, issue.message) })).join(' ; ')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ImportPreviewView({ preview, fileName }: Props) {
  const { t } = useTranslation('roster');
  const { valid, rejected } = preview;
  return (
    <section className="roster-preview" aria-labelledby="roster-preview-title">
      <h3 id="roster-preview-title">{t('import.resultTitle', { fileName })}</h3>
      {preview.encoding === 'windows-1252' ? <p className="roster-hint">{t('import.windowsEncoding')}</p> : null}
      <p className="roster-preview-summary">
        <span className="roster-preview-valid">{t('import.validCount', { count: valid.length })}</span>
        {rejected.length > 0 ? <span className="roster-preview-rejected">{t('import.rejectedCount', { count: rejected.length })}</span> : null}
      </p>
      {valid.length === 0 ? <p className="roster-alert">{t('import.nothingValid')}</p> : null}

      {rejected.length > 0 ? (
        <table className="roster-simple-table roster-rejected">
          <caption>{t('import.rejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.reasons')}</th>
              <th scope="col">{t('import.rawContent')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((row) => (
              <tr key={row.line}>
                <th scope="row">{t('import.lineNumber', { line: row.line })}</th>
                <td>
                  <ul>
                    {row.issues.map((issue, index) => (
                      <li key={index}>
                        {t('import.reason', { column: issue.path, message: issueText(t, issue.message) })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <code className="roster-raw">{row.raw}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {valid.length > 0 ? (
        <details>
          <summary>{t('import.validDetails', { count: valid.length })}</summary>
          <table className="roster-simple-table">
            <caption className="roster-sr-only">{t('import.validCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('columns.lastName')}</th>
                <th scope="col">{t('columns.firstName')}</th>
                <th scope="col">{t('columns.organisation')}</th>
                <th scope="col">{t('columns.serviceType')}</th>
              </tr>
            </thead>
            <tbody>
              {valid.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.lastName}</td>
                  <td>{row.firstName}</td>
                  <td>{row.organisation}</td>
                  <td>{t(`reference:serviceTypes.${row.serviceType}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
