// The list of situations: filters (status, sector, severity), a full-text search run by the backend
// (only over the situations this account may see), and a sortable table. The table is virtualised:
// a group accumulates thousands of situations over the years, and only the visible rows are drawn.
import { FlexRender, useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, SITUATION_STATUSES } from '../../../../contract/schemas/situations';
import type { SituationListItem } from '../../../../contract/types/situations';
import { useReference } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlaceholderRow, SpacerRow, VirtualRow } from '../../components/VirtualRows';
import { useVirtualRows } from '../../lib/useVirtualRows';
import { situationColumns, situationFeatures } from './situationColumns';
import { useSituationSearch, useSituations } from './situationsQueries';

const NONE: SituationListItem[] = [];
const INITIAL_SORTING: SortingState = [{ id: 'code', desc: true }];
const ROW_HEIGHT = 44;

export function SituationList({ signed, onOpen }: { signed: boolean; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation('situations');
  const id = useId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [sector, setSector] = useState('');
  const [severity, setSeverity] = useState('');
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORTING);
  const query = useDeferredValue(search.trim());
  const list = useSituations();
  const sectors = useReference().data?.sectors ?? [];
  const found = useSituationSearch(query);
  const data = query ? (found.data ?? NONE) : (list.data ?? NONE);
  // The count is shown only for the list or search it describes, never for a placeholder.
  const pending = query ? found.data === undefined || found.isPlaceholderData : list.data === undefined;
  const columns = useMemo(() => situationColumns(t, i18n.language, onOpen), [t, i18n.language, onOpen]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      ...(status ? [{ id: 'status', value: status }] : []),
      ...(sector ? [{ id: 'sectors', value: sector }] : []),
      ...(severity ? [{ id: 'severity', value: severity }] : []),
    ],
    [status, sector, severity],
  );
  const table = useTable({
    features: situationFeatures,
    columns,
    data,
    getRowId: (s) => s.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const { scrollRef, items, measureElement, paddingTop, paddingBottom, fast } = useVirtualRows(rows, ROW_HEIGHT);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('table.caption')}
      </h2>
      <search className="situation-filters" aria-label={t('filters.label')}>
        {signed ? (
          <div className="field situation-filter--search">
            <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
            <p id={`${id}-search-hint`} className="field-hint">
              {t('filters.searchHint')}
            </p>
            <input id={`${id}-search`} type="search" value={search} aria-describedby={`${id}-search-hint`} onChange={(e) => setSearch(e.target.value)} />
          </div>
        ) : null}
        <FilterSelect label={t('filters.status')} value={status} onChange={setStatus} options={SITUATION_STATUSES.map((s) => [s, t(`status.${s}`)])} />
        <FilterSelect label={t('filters.sector')} value={sector} onChange={setSector} options={sectors.map((s) => [s, t(`reference:sectors.${s}`)])} />
        <FilterSelect label={t('filters.severity')} value={severity} onChange={setSeverity} options={SEVERITIES.map((s) => [s, t(`severity.${s}`)])} />
      </search>
      <ErrorAlert error={list.error ?? found.error} />
      <p role="status" className="muted situation-count">
        {pending ? (query ? t('filters.searching') : '') : t('filters.results', { count: rows.length })}
      </p>
      <div ref={scrollRef} className="situation-table-wrap situation-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="data-table situation-table" aria-rowcount={rows.length > 0 ? rows.length + 1 : undefined}>
          <caption id={`${id}-caption`}>{t('table.caption')}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="situation-sort" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{(list.data ?? NONE).length === 0 ? t('table.none') : t('table.empty')}</td>
              </tr>
            ) : null}
            <SpacerRow height={paddingTop} colSpan={columns.length} className="situation-spacer" />
            {items.map((item) => {
              const row = rows[item.index]!;
              if (fast) return <PlaceholderRow key={row.id} index={item.index} label={row.original.code} cells={columns.length} height={item.size} />;
              return <VirtualRow key={row.id} row={row} index={item.index} measure={measureElement} headerColumnId="code" columns={columns} />;
            })}
            <SpacerRow height={paddingBottom} colSpan={columns.length} className="situation-spacer" />
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One filter: "Tous" or one value. */
function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange(value: string): void; options: Array<[string, string]> }) {
  const { t } = useTranslation('situations');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filters.all')}</option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
