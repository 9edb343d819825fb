// The roster table's features and columns (TanStack Table v9: explicit features, row models as slots).
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type Row,
  type SortFn,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Member } from '../../../../contract/types/app';
import type { CharterStatus } from '../../../../contract/types/charter';
import { CharterStatusBadge } from '../charter/CharterStatusBadge';
import { ReferentCell, RowActions, SecrecyBadge, StatusCell, ServiceTypeLabel } from './RosterCells';
import { matchesSearch } from './rosterText';

export interface RosterColumnMeta {
  /** Width of the column (CSS length), applied through <colgroup> so virtual rows never shift columns. */
  width: string;
}

export const rosterFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnMeta: metaHelper<RosterColumnMeta>(),
});
type Features = typeof rosterFeatures;
type MemberRow = Row<Features, Member>;

export type StatusFilter = 'active' | 'inactive' | 'all';

/**
 * The search runs once per row over several fields (including the e-mail, which has no column),
 * so it is attached to a single column: the table calls a global filter once per eligible column.
 */
export const SEARCH_COLUMN = 'lastName';
export const searchFilter: FilterFn<Features, Member> = (row, _columnId, foldedQuery: string) => matchesSearch(row.original, foldedQuery);

const equalsOriginal =
  (field: 'sector' | 'serviceType' | 'secrecyStatus'): FilterFn<Features, Member> =>
  (row, _columnId, value: string) =>
    row.original[field] === value;

const statusFilter: FilterFn<Features, Member> = (row, _columnId, value: StatusFilter) =>
  value === 'all' ? true : value === 'active' ? row.original.active : !row.original.active;

const helper = createColumnHelper<Features, Member>();

const CHARTER_ORDER: Record<CharterStatus, number> = { valid: 0, to_renew: 1, missing: 2, revoked: 3 };

/** Columns depend on the language (headers, and sorting by translated labels) and on the charter statuses. */
export function memberColumns(t: TFunction, language: string, charterStatuses: () => ReadonlyMap<string, CharterStatus> = () => new Map()) {
  // Read at call time: the statuses arrive after (and change independently of) the columns.
  const charterOf = (m: Member): CharterStatus => charterStatuses().get(m.id) ?? 'missing';
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byText =
    (text: (member: Member) => string): SortFn<Features, Member> =>
    (a: MemberRow, b: MemberRow) =>
      collator.compare(text(a.original), text(b.original));
  const byName = (first: 'lastName' | 'firstName', second: 'lastName' | 'firstName'): SortFn<Features, Member> =>
    (a: MemberRow, b: MemberRow) =>
      collator.compare(a.original[first], b.original[first]) || collator.compare(a.original[second], b.original[second]);
  const serviceTypeLabel = (m: Member) => t(`reference:serviceTypes.${m.serviceType}`);
  const sectorLabel = (m: Member) => t(`reference:sectors.${m.sector}`);
  const secrecyLabel = (m: Member) => t(`reference:secrecy.${m.secrecyStatus}`);

  return helper.columns([
    helper.accessor('lastName', {
      header: t('roster:columns.lastName'),
      sortFn: byName('lastName', 'firstName'),
      cell: (info) => <span className="roster-name">{info.getValue()}</span>,
      meta: { width: '9rem' },
    }),
    helper.accessor('firstName', {
      header: t('roster:columns.firstName'),
      sortFn: byName('firstName', 'lastName'),
      meta: { width: '8rem' },
    }),
    helper.accessor(charterOf, {
      id: 'charter',
      header: t('charter:roster.column'),
      sortFn: (a: MemberRow, b: MemberRow) => CHARTER_ORDER[charterOf(a.original)] - CHARTER_ORDER[charterOf(b.original)],
      filterFn: (row: MemberRow, _columnId: string, value: CharterStatus) => charterOf(row.original) === value,
      cell: (info) => <CharterStatusBadge status={info.getValue()} />,
      meta: { width: '9rem' },
    }),
    helper.accessor('organisation', {
      header: t('roster:columns.organisation'),
      sortFn: byText((m) => m.organisation),
      meta: { width: '12rem' },
    }),
    helper.accessor('serviceType', {
      header: t('roster:columns.serviceType'),
      sortFn: byText(serviceTypeLabel),
      filterFn: equalsOriginal('serviceType'),
      cell: (info) => <ServiceTypeLabel code={info.getValue()} />,
      meta: { width: '15rem' },
    }),
    helper.accessor('sector', {
      header: t('roster:columns.sector'),
      sortFn: byText(sectorLabel),
      filterFn: equalsOriginal('sector'),
      cell: (info) => t(`reference:sectors.${info.getValue()}`),
      meta: { width: '9rem' },
    }),
    helper.accessor('function', {
      header: t('roster:columns.function'),
      sortFn: byText((m) => m.function),
      meta: { width: '10rem' },
    }),
    helper.accessor('town', {
      header: t('roster:columns.town'),
      sortFn: byText((m) => m.town),
      meta: { width: '8rem' },
    }),
    helper.accessor('secrecyStatus', {
      header: t('roster:columns.secrecyStatus'),
      sortFn: byText(secrecyLabel),
      filterFn: equalsOriginal('secrecyStatus'),
      cell: (info) => <SecrecyBadge status={info.getValue()} />,
      meta: { width: '10rem' },
    }),
    helper.accessor('isReferent', {
      header: t('roster:columns.isReferent'),
      sortFn: (a: MemberRow, b: MemberRow) => Number(a.original.isReferent) - Number(b.original.isReferent),
      cell: (info) => <ReferentCell value={info.getValue()} />,
      meta: { width: '6.5rem' },
    }),
    helper.accessor('active', {
      header: t('roster:columns.active'),
      sortFn: (a: MemberRow, b: MemberRow) => Number(b.original.active) - Number(a.original.active),
      filterFn: statusFilter,
      cell: (info) => <StatusCell member={info.row.original} />,
      meta: { width: '7.5rem' },
    }),
    helper.display({
      id: 'actions',
      header: t('roster:columns.actions'),
      enableSorting: false,
      cell: (info) => <RowActions member={info.row.original} />,
      meta: { width: '11rem' },
    }),
  ]);
}
