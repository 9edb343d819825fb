// The body rows of a virtualised table (roster, situations): one memoised row, and the spacer
// rows that stand for the rows out of view.
import { FlexRender, type Row, type RowData, type TableFeatures } from '@tanstack/react-table';
import { memo, type ReactElement } from 'react';

interface VirtualRowProps<TFeatures extends TableFeatures, TData extends RowData> {
  row: Row<TFeatures, TData>;
  index: number;
  measure(element: HTMLTableRowElement | null): void;
  /** The cell of this column heads its row (th scope="row"), so a screen reader announces whose cells follow. */
  headerColumnId: string;
  className?: string;
  /** The columns in use: new columns (another language) must re-render rows even if the row objects stay. */
  columns: unknown;
}

/** One body row: its cells, the header column's cell as a row header. */
function VirtualRowOf<TFeatures extends TableFeatures, TData extends RowData>({ row, index, measure, headerColumnId, className }: VirtualRowProps<TFeatures, TData>) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={className}>
      {row.getAllCells().map((cell) =>
        cell.column.id === headerColumnId ? (
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
}

/**
 * Memoised: scrolling re-renders the table on every frame, but a row already on screen only
 * re-renders when its data, its position in the list or the columns change. (memo drops the
 * generic parameters; the cast gives them back.)
 */
export const VirtualRow = memo(VirtualRowOf) as <TFeatures extends TableFeatures, TData extends RowData>(props: VirtualRowProps<TFeatures, TData>) => ReactElement;

/** Stands for the rows above or below the view; nothing when there are none. */
export function SpacerRow({ height, colSpan, className }: { height: number; colSpan: number; className: string }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className={className}>
      <td colSpan={colSpan} style={{ height }} />
    </tr>
  );
}

/**
 * Stands for a body row while the list flies past (useVirtualRows' `fast`): the row header's text and
 * empty cells, at the row's size, so the browser lays out almost nothing; the full row is drawn once
 * the scroll slows or stops. Not measured: the sizes already known stay.
 */
export const PlaceholderRow = memo(function PlaceholderRow({ index, label, cells, height }: { index: number; label: string; cells: number; height: number }) {
  return (
    <tr data-index={index} aria-rowindex={index + 2} className="virtual-row--placeholder" style={{ height }}>
      <th scope="row">{label}</th>
      {Array.from({ length: cells - 1 }, (_, i) => (
        <td key={i} />
      ))}
    </tr>
  );
});
