// What an import would do: how many rows are valid, and every rejected row with its line and reasons.
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../contract/types/app';
import { issueText } from './rosterText';

interface Props {
  preview: ImportPreview;
  fileName: string;
  encoding: 'utf-8' | 'windows-1252';
}

export function ImportPreviewView({ preview, fileName, encoding }: Props) {
  const { t } = useTranslation('roster');
  const { valid, rejected } = preview;
  return (
    <section className="roster-preview" aria-labelledby="roster-preview-title">
      <h3 id="roster-preview-title">{t('import.previewTitle', { fileName })}</h3>
      {encoding === 'windows-1252' ? <p className="roster-hint">{t('import.windowsEncoding')}</p> : null}
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
