// A sector and a service type of the partner taxonomy: the service types offered follow the sector.
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../api/queries';
import { SelectField } from '../../sessions/fields';

interface Props {
  prefix: string;
  sector: string;
  serviceType: string;
  errors: Record<string, string | undefined>;
  onChange(patch: { sector?: string; serviceType?: string }): void;
}

export function SectorServiceFields({ prefix, sector, serviceType, errors, onChange }: Props) {
  const { t } = useTranslation('situationFollowUp');
  const reference = useReference().data;
  const types = reference?.serviceTypes.filter((s) => s.sector === sector) ?? [];
  return (
    <>
      <SelectField id={`${prefix}-sector`} label={t('fields.sector')} value={sector} onChange={(next) => onChange({ sector: next, serviceType: '' })} error={errors.sector} required>
        {(reference?.sectors ?? []).map((s) => (
          <option key={s} value={s}>
            {t(`reference:sectors.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${prefix}-serviceType`} label={t('fields.serviceType')} value={serviceType} onChange={(next) => onChange({ serviceType: next })} error={errors.serviceType} required>
        <option value="">{t('fields.choose')}</option>
        {types.map((s) => (
          <option key={s.code} value={s.code}>
            {t(`reference:serviceTypes.${s.code}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
