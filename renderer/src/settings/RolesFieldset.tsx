// Checkboxes of the roles an account holds (coordination, secretariat, member).
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../contract/schemas/common';
import { FieldError, errorIdOf } from '../components/FieldError';

interface Props {
  idPrefix: string;
  legend: string;
  value: Role[];
  onChange(roles: Role[]): void;
  error?: string | undefined;
  disabled?: boolean;
}

export function RolesFieldset({ idPrefix, legend, value, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) => onChange(on ? ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role));
  return (
    <fieldset className="checkbox-group" disabled={disabled} aria-describedby={error ? errorIdOf(idPrefix) : undefined}>
      <legend>{legend}</legend>
      {ROLES.map((role, index) => {
        // The first box carries the group's id, so that a field error can focus it.
        const id = index === 0 ? idPrefix : `${idPrefix}-${role}`;
        return (
          <div className="checkbox-field" key={role}>
            <input type="checkbox" id={id} checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} aria-describedby={`${idPrefix}-${role}-help`} />
            <label htmlFor={id}>{t(`reference:roles.${role}`)}</label>
            <span id={`${idPrefix}-${role}-help`} className="field-hint inline-hint">
              {t(`settings.roles.help.${role}`)}
            </span>
          </div>
        );
      })}
      <FieldError fieldId={idPrefix} messageKey={error} />
    </fieldset>
  );
}
