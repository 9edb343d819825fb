// The situation table's features and columns (TanStack Table v9). A restricted row carries only
// code, sectors and status: its other cells say "Réservé" rather than show an empty cell.
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type Row,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { SituationListItem } from '../../../../contract/types/situations';
import { formatDate } from '../../lib/format';
import { codeKey } from './codeOrder';
import { StatusBadge } from './StatusBadge';

export const situationFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});
type Features = typeof situationFeatures;
type SituationRow = Row<Features, SituationListItem>;

const helper = createColumnHelper<Features, SituationListItem>();

const hasSector: FilterFn<Features, SituationListItem> = (row, _id, value: string) => row.original.needSectors.includes(value);
const equals: FilterFn<Features, SituationListItem> = (row, id, value: string) => row.getValue(id) === value;

const full = <T,>(item: SituationListItem, pick: (i: Extract<SituationListItem, { access: 'full' }>) => T): T | null => (item.access === 'full' ? pick(item) : null);

export function situationColumns(t: TFunction, language: string, onOpen: (id: string) => void) {
  const hidden = <span className="muted">{t('situations:table.hidden')}</span>;
  // Sorting and filtering run over every row when the list or the search changes: with thousands
  // of situations each comparison must be cheap. localeCompare with options builds a collator per
  // call (a large fraction of a second for 10,000 codes); codes compare as numbers instead
  // (SIT-YYYY-N…, the number may pass 999), and the sectors' labels are translated once per combination.
  const sectorLabels = new Map<string, string>();
  const sectorsLabel = (codes: string[]) => {
    const key = codes.join(',');
    let label = sectorLabels.get(key);
    if (label === undefined) {
      label = codes.map((code) => t(`reference:sectors.${code}`)).join(', ');
      sectorLabels.set(key, label);
    }
    return label;
  };
  return helper.columns([
    helper.accessor('code', {
      header: t('situations:columns.code'),
      sortFn: (a: SituationRow, b: SituationRow) => codeKey(a.original.code) - codeKey(b.original.code),
      cell: (info) => (
        <button type="button" className="link-button situation-code" onClick={() => onOpen(info.row.original.id)} aria-label={t('situations:actions.open', { code: info.getValue() })}>
          {info.getValue()}
        </button>
      ),
    }),
    helper.accessor('status', {
      header: t('situations:columns.status'),
      filterFn: equals,
      cell: (info) => <StatusBadge item={info.row.original} />,
    }),
    helper.accessor((s) => sectorsLabel(s.needSectors), {
      id: 'sectors',
      header: t('situations:columns.sectors'),
      filterFn: hasSector,
    }),
    helper.accessor((s) => full(s, (f) => f.ageBand) ?? '', {
      id: 'ageBand',
      header: t('situations:columns.ageBand'),
      cell: (info) => (info.row.original.access === 'full' ? t('situations:ageBand', { band: info.getValue().replace('-', '–') }) : hidden),
    }),
    helper.accessor((s) => full(s, (f) => f.severity) ?? '', {
      id: 'severity',
      header: t('situations:columns.severity'),
      filterFn: equals,
      cell: (info) => (info.row.original.access === 'full' ? t(`situations:severity.${info.getValue()}`) : hidden),
    }),
    helper.accessor((s) => full(s, (f) => f.presenterName) ?? '', {
      id: 'presenter',
      header: t('situations:columns.presenter'),
      cell: (info) => (info.row.original.access === 'full' ? info.getValue() : hidden),
    }),
    helper.accessor((s) => full(s, (f) => f.updatedAt) ?? '', {
      id: 'updated',
      header: t('situations:columns.updated'),
      cell: (info) => (info.getValue() ? formatDate(info.getValue(), language) : hidden),
    }),
  ]);
}
