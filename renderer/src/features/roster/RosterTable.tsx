// The member table: a real <table> whose body is virtualised (only the visible rows are in the DOM,
// padding rows stand for the others), so thousands of members scroll smoothly. The header row
// stays visible (sticky) and aria-rowcount/aria-rowindex tell assistive technologies the full size.
import { FlexRender, type Header, type ReactTable, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../electron/api/types';
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

interface RowProps {
  row: Row<Features, Member>;
  index: number;
  measure(element: HTMLTableRowElement | null): void;
  /** The columns in use: new columns (another language) must re-render rows even if the row objects stay. */
  columns: unknown;
}

/**
 * Memoised: scrolling re-renders the table on every frame, but a row already on screen only
 * re-renders when its data, its position in the list or the language (new columns) changes.
 */
const MemberRow = memo(function MemberRow({ row, index, measure }: RowProps) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={row.original.active ? undefined : 'roster-row--inactive'}>
      {row.getAllCells().map((cell) =>
        // The name heads its row, so a screen reader announces whose cell it is.
        cell.column.id === 'lastName' ? (
          <th key={cell.id} scope="row">
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id}>
            <FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
});

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
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="roster-spacer">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => (
            <MemberRow key={rows[item.index]!.id} row={rows[item.index]!} index={item.index} measure={measureElement} columns={columns} />
          ))}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="roster-spacer">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
