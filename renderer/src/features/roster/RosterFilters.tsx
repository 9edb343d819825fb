// The roster's filters: text search, sector and service type, status, secrecy.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '../../../../contract/types/app';
import type { StatusFilter } from './memberColumns';
import { groupServiceTypes } from './rosterQueries';
import { ServiceTypeSelect } from './ServiceTypeSelect';

export interface RosterFilterValues {
  search: string;
  sector: string;
  serviceType: string;
  status: StatusFilter;
  secrecy: string;
  /** Charter signature status, or '' for all. */
  charter: string;
}

export const DEFAULT_FILTERS: RosterFilterValues = { search: '', sector: '', serviceType: '', status: 'active', secrecy: '', charter: '' };

interface Props {
  values: RosterFilterValues;
  reference: ReferenceData | undefined;
  onChange(values: RosterFilterValues): void;
}

export function RosterFilters({ values, reference, onChange }: Props) {
  const { t } = useTranslation('roster');
  const id = useId();
  const set = (patch: Partial<RosterFilterValues>) => onChange({ ...values, ...patch });
  const groups = reference ? groupServiceTypes(reference).filter((g) => values.sector === '' || g.sector === values.sector) : [];
  const changed = JSON.stringify(values) !== JSON.stringify(DEFAULT_FILTERS);

  return (
    <search className="roster-filters" aria-label={t('filters.label')}>
      <div className="roster-filter roster-filter--search">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={values.search}
          placeholder={t('filters.searchPlaceholder')}
          aria-describedby={`${id}-search-hint`}
          onChange={(e) => set({ search: e.target.value })}
        />
        <span id={`${id}-search-hint`} className="roster-sr-only">
          {t('filters.searchHint')}
        </span>
      </div>
      <div className="roster-filter">
        <label htmlFor={`${id}-sector`}>{t('filters.sector')}</label>
        <select
          id={`${id}-sector`}
          value={values.sector}
          onChange={(e) => {
            const sector = e.target.value;
            const keepType = reference?.serviceTypes.some((s) => s.code === values.serviceType && (sector === '' || s.sector === sector));
            set({ sector, serviceType: keepType ? values.serviceType : '' });
          }}
        >
          <option value="">{t('filters.allSectors')}</option>
          {reference?.sectors.map((sector) => (
            <option key={sector} value={sector}>
              {t(`reference:sectors.${sector}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="roster-filter">
        <label htmlFor={`${id}-type`}>{t('filters.serviceType')}</label>
        <ServiceTypeSelect id={`${id}-type`} groups={groups} emptyLabel={t('filters.allServiceTypes')} value={values.serviceType} onChange={(serviceType) => set({ serviceType })} />
      </div>
      <div className="roster-filter">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select id={`${id}-status`} value={values.status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
          <option value="active">{t('filters.statusActive')}</option>
          <option value="inactive">{t('filters.statusInactive')}</option>
          <option value="all">{t('filters.statusAll')}</option>
        </select>
      </div>
      <div className="roster-filter">
        <label htmlFor={`${id}-secrecy`}>{t('filters.secrecy')}</label>
        <select id={`${id}-secrecy`} value={values.secrecy} onChange={(e) => set({ secrecy: e.target.value })}>
          <option value="">{t('filters.allSecrecy')}</option>
          <option value="professional_secret">{t('reference:secrecy.professional_secret')}</option>
          <option value="duty_of_reserve">{t('reference:secrecy.duty_of_reserve')}</option>
        </select>
      </div>
      <div className="roster-filter">
        <label htmlFor={`${id}-charter`}>{t('charter:roster.filter')}</label>
        <select id={`${id}-charter`} value={values.charter} onChange={(e) => set({ charter: e.target.value })}>
          <option value="">{t('charter:roster.all')}</option>
          {(['valid', 'to_renew', 'missing', 'revoked'] as const).map((status) => (
            <option key={status} value={status}>
              {t(`charter:status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {changed ? (
        <button type="button" className="link-button roster-link-button roster-filter-reset" onClick={() => onChange(DEFAULT_FILTERS)}>
          {t('filters.reset')}
        </button>
      ) : null}
    </search>
  );
}
