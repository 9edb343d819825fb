// Membres: the group's roster. Everyone can read it; coordinators add, edit, deactivate and
// reactivate members (never delete them), and import or export the roster as CSV.
import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/types/app';
import type { CharterStatus } from '../../../../contract/types/charter';
import { errorText } from '../../api/errors';
import { DeactivateDialog } from './DeactivateDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { MemberDetailsDialog } from './MemberDetailsDialog';
import { MemberFormDialog } from './MemberFormDialog';
import { focusPageHeading } from './RosterDialog';
import { DEFAULT_FILTERS, RosterFilters, type RosterFilterValues } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { SEARCH_COLUMN, memberColumns, rosterFeatures, searchFilter } from './memberColumns';
import { RosterActionsContext, type RosterActions } from './rosterActions';
import { useMemberStatuses } from '../charter/charterQueries';
import { useCanEditRoster, useMembers, useReactivateMember, useReference } from './rosterQueries';
import { fold, fullName } from './rosterText';
import './roster.css';
import './rosterDialogs.css';

const NO_MEMBERS: Member[] = [];
const INITIAL_SORTING: SortingState = [{ id: 'lastName', desc: false }];

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; member: Member }
  | { kind: 'view'; member: Member }
  | { kind: 'deactivate'; member: Member }
  | { kind: 'import' }
  | { kind: 'export' }
  | null;

function toColumnFilters(filters: RosterFilterValues): ColumnFiltersState {
  const list: ColumnFiltersState = [];
  if (filters.sector) list.push({ id: 'sector', value: filters.sector });
  if (filters.serviceType) list.push({ id: 'serviceType', value: filters.serviceType });
  if (filters.status !== 'all') list.push({ id: 'active', value: filters.status });
  if (filters.secrecy) list.push({ id: 'secrecyStatus', value: filters.secrecy });
  if (filters.charter) list.push({ id: 'charter', value: filters.charter });
  return list;
}

export function RosterPage() {
  const { t, i18n } = useTranslation('roster');
  const members = useMembers();
  const reference = useReference();
  const canEdit = useCanEditRoster();
  const reactivate = useReactivateMember();

  const [filters, setFilters] = useState<RosterFilterValues>(DEFAULT_FILTERS);
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORTING);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  // Typing stays responsive with thousands of rows: the search applies at React's next idle moment.
  const search = useDeferredValue(filters.search);

  const charter = useMemberStatuses();
  const charterStatuses = useRef<ReadonlyMap<string, CharterStatus>>(new Map());
  charterStatuses.current = useMemo(() => new Map((charter.data ?? []).map((m) => [m.memberId, m.status])), [charter.data]);
  const columns = useMemo(() => memberColumns(t, i18n.language, () => charterStatuses.current), [t, i18n.language]);
  // A new array when the statuses change, so the table recomputes its filtered and sorted rows.
  const rows = useMemo(() => (members.data ? [...members.data] : NO_MEMBERS), [members.data, charter.data]);
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const globalFilter = useMemo(() => fold(search) || undefined, [search]);

  const table = useTable({
    features: rosterFeatures,
    columns,
    data: rows,
    getRowId: (member) => member.id,
    state: { sorting, columnFilters, globalFilter },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    sortDescFirst: false,
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: (column) => column.id === SEARCH_COLUMN,
  });

  const close = useCallback(() => setDialog(null), []);
  const actions = useMemo<RosterActions>(
    () => ({
      canEdit,
      busyId: reactivate.isPending ? (reactivate.variables?.id ?? null) : null,
      open: (member) => setDialog({ kind: canEdit ? 'edit' : 'view', member }),
      deactivate: (member) => setDialog({ kind: 'deactivate', member }),
      reactivate: (member) => {
        setAnnouncement('');
        reactivate.mutate(
          { id: member.id },
          {
            onSuccess: (saved) => {
              setAnnouncement(t('messages.reactivated', { name: fullName(saved) }));
              // Under "Inactifs" the row (and its focused button) leaves the list.
              requestAnimationFrame(() => {
                if (!document.activeElement || document.activeElement === document.body) focusPageHeading();
              });
            },
            onError: (error) => setAnnouncement(errorText(t, error)),
          },
        );
      },
    }),
    [canEdit, reactivate, t],
  );

  const total = members.data?.length ?? 0;
  const shown = table.getRowModel().rows.length;

  return (
    <section className="roster-page" aria-labelledby="roster-title">
      <header className="roster-header">
        <div>
          <h1 id="roster-title" tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="roster-intro">{t('intro')}</p>
        </div>
        {canEdit ? (
          <div className="roster-toolbar">
            <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })} disabled={!reference.data}>
              {t('actions.add')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setDialog({ kind: 'import' })}>
              {t('actions.import')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setDialog({ kind: 'export' })} disabled={total === 0}>
              {t('actions.export')}
            </button>
          </div>
        ) : null}
      </header>

      <RosterFilters values={filters} reference={reference.data} onChange={setFilters} />

      <div className="roster-meta">
        <p className="roster-count" aria-live="polite">
          {members.isSuccess ? t('count', { count: shown, total }) : null}
        </p>
        <p className="roster-announcement" role="status">
          {announcement}
        </p>
      </div>

      {members.isPending ? <p>{t('table.loading')}</p> : null}
      {members.isError ? (
        <div className="roster-alert" role="alert">
          <p>{errorText(t, members.error)}</p>
          <button type="button" className="button-secondary" onClick={() => void members.refetch()}>
            {t('table.retry')}
          </button>
        </div>
      ) : null}
      {members.isSuccess ? (
        <RosterActionsContext.Provider value={actions}>
          <RosterTable table={table} emptyText={total === 0 ? t('table.emptyRoster') : t('table.empty')} />
        </RosterActionsContext.Provider>
      ) : null}

      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        reference.data ? (
          <MemberFormDialog
            // A new form per record: opening an existing one from the duplicate warning starts from its values.
            key={dialog.kind === 'edit' ? dialog.member.id : 'new'}
            member={dialog.kind === 'edit' ? dialog.member : null}
            reference={reference.data}
            onClose={close}
            onOpenMember={(existing) => setDialog({ kind: canEdit ? 'edit' : 'view', member: existing })}
            onSaved={(member, created) => {
              setDialog(null);
              setAnnouncement(t(created ? 'messages.created' : 'messages.updated', { name: fullName(member) }));
            }}
          />
        ) : null
      ) : null}
      {dialog?.kind === 'view' ? <MemberDetailsDialog member={dialog.member} onClose={close} /> : null}
      {dialog?.kind === 'deactivate' ? (
        <DeactivateDialog
          member={dialog.member}
          onClose={close}
          onDone={(member) => {
            setDialog(null);
            setAnnouncement(t('messages.deactivated', { name: fullName(member) }));
          }}
        />
      ) : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          onClose={close}
          onDone={(result) => {
            setDialog(null);
            setAnnouncement(t('messages.imported', { count: result.imported }));
          }}
        />
      ) : null}
      {dialog?.kind === 'export' ? (
        <ExportDialog
          onClose={close}
          onDone={(fileName) => {
            setDialog(null);
            setAnnouncement(t('messages.exported', { fileName }));
          }}
        />
      ) : null}
    </section>
  );
}
