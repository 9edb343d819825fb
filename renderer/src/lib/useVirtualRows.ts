// Row virtualisation for long tables (roster, situations): only the rows in view are drawn, with
// spacer rows above and below standing for the others.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export function useVirtualRows(rows: ReadonlyArray<{ id: string }>, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  return {
    scrollRef,
    items,
    measureElement: virtualizer.measureElement,
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  };
}
