// The member table: a real <table> whose body is virtualised (only the visible rows are in the DOM,
// padding rows stand for the others), so thousands of members scroll smoothly. The header row
// stays visible (sticky) and aria-rowcount/aria-rowindex tell assistive technologies the full size.
import { type Header, type ReactTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/types/app';
import { SpacerRow, VirtualRow } from '../../components/VirtualRows';
import { useVirtualRows } from '../../lib/useVirtualRows';
import type { rosterFeatures } from './memberColumns';

type Features = typeof rosterFeatures;
export type RosterTableInstance = ReactTable<Features, Member>;

const ROW_HEIGHT = 52;

function SortableHeader({ header, table }: { header: Header<Features, Member, unknown>; table: RosterTableInstance }) {
  const { t } = useTranslation('roster');
  const column = header.column;
  const sorted = column.getIsSorted();
  const width = column.columnDef.meta?.width;
  if (!column.getCanSort()) {
    return (
      <th scope="col" style={{ width }}>
        <table.FlexRender header={header} />
      </th>
    );
  }
  return (
    <th scope="col" style={{ width }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
      <button
        type="button"
        className="roster-sort"
        onClick={column.getToggleSortingHandler()}
        title={t(sorted === 'asc' ? 'table.sortDescending' : 'table.sortAscending')}
      >
        <table.FlexRender header={header} />
        <span className={`roster-sort-icon${sorted ? ' roster-sort-icon--active' : ''}`} aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

export function RosterTable({ table, emptyText }: { table: RosterTableInstance; emptyText: string }) {
  const { t } = useTranslation('roster');
  const rows = table.getRowModel().rows;
  const columns = table.getAllLeafColumns();
  const { scrollRef, items, measureElement, paddingTop, paddingBottom } = useVirtualRows(rows, ROW_HEIGHT);

  return (
    <div ref={scrollRef} className="roster-scroll" tabIndex={0} role="region" aria-labelledby="roster-table-caption">
      <table className="roster-table" aria-rowcount={rows.length > 0 ? rows.length + 1 : undefined}>
        <caption id="roster-table-caption" className="roster-sr-only">
          {t('table.caption')}
        </caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} table={table} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="roster-empty">
                {emptyText}
              </td>
            </tr>
          ) : null}
          <SpacerRow height={paddingTop} colSpan={columns.length} className="roster-spacer" />
          {items.map((item) => {
            const row = rows[item.index]!;
            // The name heads its row, so a screen reader announces whose cell it is.
            return (
              <VirtualRow
                key={row.id}
                row={row}
                index={item.index}
                measure={measureElement}
                headerColumnId="lastName"
                className={row.original.active ? undefined : 'roster-row--inactive'}
                columns={columns}
              />
            );
          })}
          <SpacerRow height={paddingBottom} colSpan={columns.length} className="roster-spacer" />
        </tbody>
      </table>
    </div>
  );
}
