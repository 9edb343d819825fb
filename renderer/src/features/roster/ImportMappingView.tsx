// The import's mapping step: which Concerto field each column of the file is read into, and what
// each distinct value of the value-mapped columns means. Guesses come from the backend; every
// change here is sent back to it, which reads the file again.
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../contract/schemas/members';
import type { ImportPreview, ImportValueChoice, ReferenceData } from '../../../../contract/types/app';
import { ServiceTypeSelect } from './ServiceTypeSelect';
import { groupServiceTypes } from './rosterQueries';

interface Props {
  preview: ImportPreview;
  reference: ReferenceData;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
}

export function ImportMappingView({ preview, reference, mapping, onChange }: Props) {
  const { t } = useTranslation('roster');
  const fieldLabel = (field: ImportField) => (REQUIRED_IMPORT_FIELDS.includes(field) ? t('import.requiredField', { field: t(`csv.headers.${field}`) }) : t(`csv.headers.${field}`));
  const setColumn = (index: number, field: ImportField | null) => {
    // A field goes to one column: choosing it here frees the column that had it.
    const columns = preview.columns.map((f, i) => (i === index ? field : f === field ? null : f));
    onChange({ ...mapping, columns });
  };
  const setValue = (choice: ImportValueChoice, value: string) => {
    const forField = { ...(mapping.values[choice.field] ?? {}) };
    if (value === '') delete forField[choice.raw];
    else forField[choice.raw] = value;
    onChange({ ...mapping, columns: preview.columns, values: { ...mapping.values, [choice.field]: forField } });
  };

  return (
    <>
      <section className="roster-import-step" aria-labelledby="roster-mapping-title">
        <h3 id="roster-mapping-title">{t('import.mappingTitle')}</h3>
        <p className="roster-hint">{t('import.mappingIntro')}</p>
        <table className="roster-simple-table roster-mapping">
          <caption className="roster-sr-only">{t('import.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.fileColumn')}</th>
              <th scope="col">{t('import.readAs')}</th>
              <th scope="col">{t('import.firstValue')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, index) => {
              const field = preview.columns[index] ?? null;
              return (
                <tr key={index}>
                  <th scope="row">{header}</th>
                  <td>
                    <select
                      aria-label={t('import.readAsFor', { column: header })}
                      value={field ?? ''}
                      onChange={(e) => setColumn(index, (e.target.value || null) as ImportField | null)}
                    >
                      <option value="">{t('import.ignore')}</option>
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabel(f)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{preview.firstCells[index]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {preview.missingFields.length > 0 ? (
          <p className="roster-alert">{t('import.missingFields', { fields: preview.missingFields.map((f) => t(`csv.headers.${f}`)).join(', ') })}</p>
        ) : null}
      </section>

      {preview.values.length > 0 ? (
        <section className="roster-import-step" aria-labelledby="roster-values-title">
          <h3 id="roster-values-title">{t('import.valuesTitle')}</h3>
          <p className="roster-hint">{t('import.valuesIntro')}</p>
          <table className="roster-simple-table roster-mapping">
            <caption className="roster-sr-only">{t('import.valuesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.fileColumn')}</th>
                <th scope="col">{t('import.fileValue')}</th>
                <th scope="col">{t('import.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.values.map((choice) => {
                const label = t('import.meaningFor', { value: choice.raw || t('import.emptyValue'), column: choice.column });
                return (
                  <tr key={`${choice.field}|${choice.raw}`} className={choice.match === 'none' ? 'roster-mapping--unknown' : undefined}>
                    <td>{choice.column}</td>
                    <th scope="row">
                      {choice.raw || t('import.emptyValue')} <span className="roster-hint">({t('import.rows', { count: choice.count })})</span>
                    </th>
                    <td>
                      <ValueSelect choice={choice} reference={reference} label={label} onChange={(v) => setValue(choice, v)} />
                      {choice.match === 'approximate' ? <span className="roster-badge-check"> {t('import.toCheck')}</span> : null}
                      {choice.match === 'none' ? <span className="roster-error-inline"> {t('import.notRecognised')}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

function ValueSelect({ choice, reference, label, onChange }: { choice: ImportValueChoice; reference: ReferenceData; label: string; onChange(value: string): void }) {
  const { t } = useTranslation('roster');
  const value = choice.value ?? '';
  if (choice.field === 'serviceType') {
    return <ServiceTypeSelect aria-label={label} groups={groupServiceTypes(reference)} emptyLabel={t('import.chooseValue')} value={value} onChange={onChange} />;
  }
  const options =
    choice.field === 'secrecyStatus'
      ? (['professional_secret', 'duty_of_reserve'] as const).map((s) => [s, t(`reference:secrecy.${s}`)] as const)
      : ([
          ['true', t('import.yes')],
          ['false', t('import.no')],
        ] as const);
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('import.chooseValue')}</option>
      {options.map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </select>
  );
}
