// A service-type <select>: an empty first choice, then the types grouped by sector.
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { groupServiceTypes } from './rosterQueries';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  groups: ReturnType<typeof groupServiceTypes>;
  /** Text of the empty choice (value ''). */
  emptyLabel: string;
  value: string;
  onChange(value: string): void;
}

export function ServiceTypeSelect({ groups, emptyLabel, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {groups.map((group) => (
        <optgroup key={group.sector} label={t(`reference:sectors.${group.sector}`)}>
          {group.serviceTypes.map((code) => (
            <option key={code} value={code}>
              {t(`reference:serviceTypes.${code}`)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
